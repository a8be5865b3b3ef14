// Saves proven crash-safe: `claimlens reanchor` and the extension's writer are killed at random
// moments, during the write too, and the sidecar is always the old file or the complete new one;
// what the killed writers leave is cleaned up; and a reanchor running while the editor's save
// path adds annotations loses none of them.
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { toSidecar, type Placed } from '../../src/core/anchor/placed';
import { parseSidecar } from '../../src/core/sidecar/parse';
import { serializeSidecar } from '../../src/core/sidecar/write';
import { lockName } from '../../src/core/files/atomicFile';
import { newsText, rng } from '../bench/corpus';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist', 'cli.js');
const KILLS = 120;

/** An article of about `bytes` with `n` annotations, and an edited version that makes reanchor rewrite. */
function workspace(bytes: number, n: number): { dir: string; article: string; sidecar: string; old: string; edited: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-crash-'));
  const text = newsText(bytes, 4);
  const words = [...text.matchAll(/\p{Lu}\p{L}+/gu)];
  const r = rng(3);
  const placed: Placed[] = Array.from({ length: n }, (_, i) => {
    const m = words[Math.floor((i + r() * 0.5) * words.length / n)];
    return { data: { id: `a-${i.toString(36).padStart(5, '0')}`, tag: 'actor', start: 0, end: 0, quote: '' }, start: m.index!, end: m.index! + m[0].length, orphaned: false };
  });
  const article = path.join(dir, 'wire.txt');
  const sidecar = `${article}.annotations.yaml`;
  const old = serializeSidecar(toSidecar('wire.txt', text, placed));
  fs.writeFileSync(article, 'Update: corrected.\n\n' + text);
  fs.writeFileSync(sidecar, old);
  const done = spawnSync(process.execPath, [cli, 'reanchor', dir], { encoding: 'utf8' });
  assert.ok(done.status === 0 || done.status === 1, done.stderr);
  const edited = fs.readFileSync(sidecar, 'utf8');
  assert.notStrictEqual(edited, old, 'reanchor rewrites the sidecar');
  return { dir, article, sidecar, old, edited };
}

const temporaries = (dir: string): string[] => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('crash safety', function () {
  this.timeout(240000);

  it(`kills claimlens reanchor ${KILLS} times, during the write too: the sidecar is always the old or the complete new file`, async () => {
    const w = workspace(60_000, 800);
    try {
      const start = Date.now();
      spawnSync(process.execPath, [cli, 'reanchor', w.dir]);
      const full = Date.now() - start;
      const r = rng(17);
      let duringWrite = 0;
      for (let k = 0; k < KILLS; k++) {
        fs.writeFileSync(w.sidecar, w.old);
        const child = spawn(process.execPath, [cli, 'reanchor', w.dir], { stdio: 'ignore' });
        const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
        if (k % 2) {
          // the moment its temporary file appears: the kill lands in the write
          const watcher = fs.watch(w.dir, (_e, name) => {
            if (name && String(name).endsWith('.tmp')) child.kill('SIGKILL');
          });
          await exited;
          watcher.close();
        } else {
          const delay = Math.floor(r() * full * 1.2);
          const timer = setTimeout(() => child.kill('SIGKILL'), delay);
          await exited;
          clearTimeout(timer);
        }
        if (temporaries(w.dir).length) duringWrite++;
        const now = fs.readFileSync(w.sidecar, 'utf8');
        assert.ok(now === w.old || now === w.edited, `kill ${k}: the sidecar is neither the old nor the new file (${now.length} characters)`);
        assert.ok(parseSidecar(now).ok);
      }
      assert.ok(duringWrite >= 10, `only ${duringWrite} kills left a temporary file (the write was hit too rarely)`);
      // what the killed processes left (temporary files, their lock) is removed by the next run
      const check = spawnSync(process.execPath, [cli, 'check', w.dir], { encoding: 'utf8' });
      assert.ok(check.status === 0 || check.status === 1, check.stderr);
      assert.deepStrictEqual(temporaries(w.dir), []);
      fs.writeFileSync(lockName(w.sidecar), '999999999');
      fs.writeFileSync(w.sidecar, w.old);
      const again = spawnSync(process.execPath, [cli, 'reanchor', w.dir], { encoding: 'utf8' });
      assert.ok(again.status === 0 || again.status === 1, again.stderr);
      assert.strictEqual(fs.readFileSync(w.sidecar, 'utf8'), w.edited, 'a lock of a process that is gone is taken over');
    } finally {
      fs.rmSync(w.dir, { recursive: true, force: true });
    }
  });

  it(`kills the extension's writer ${KILLS} times mid-save: the file is always one complete version`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-crash-ext-'));
    try {
      const file = path.join(dir, 'a.txt.annotations.yaml');
      const versions = ['A', 'B'].map((v) => `# version ${v}\n${'x'.repeat(400_000)}\n`);
      const sources = versions.map((v, i) => {
        const f = path.join(dir, `version-${i}.txt`);
        fs.writeFileSync(f, v);
        return f;
      });
      fs.writeFileSync(file, versions[0]);
      // the writer the extension saves sidecars with (writeFileAtomicAsync), in a loop
      const script = `const { writeFileAtomicAsync } = require(${JSON.stringify(path.join(root, 'out', 'src', 'core', 'files', 'atomicFile.js'))});
        const v = ${JSON.stringify(sources)}.map((f) => require('fs').readFileSync(f, 'utf8')); let k = 0;
        process.stdout.write('writing\\n');
        (async () => { for (;;) await writeFileAtomicAsync(${JSON.stringify(file)}, v[k++ % 2]); })();`;
      const r = rng(23);
      let hits = 0;
      for (let k = 0; k < KILLS; k++) {
        const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
        const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
        let watcher: fs.FSWatcher | undefined;
        let timer: NodeJS.Timeout | undefined;
        if (k % 2) {
          // the moment a temporary file appears: the kill lands in a write
          watcher = fs.watch(dir, (_e, name) => { if (name && String(name).endsWith('.tmp')) child.kill('SIGKILL'); });
        } else {
          // a random moment once it writes (however long the process took to start)
          child.stdout!.once('data', () => { timer = setTimeout(() => child.kill('SIGKILL'), Math.floor(r() * 30)); });
        }
        await exited;
        watcher?.close();
        clearTimeout(timer);
        if (temporaries(dir).length) hits++;
        const now = fs.readFileSync(file, 'utf8');
        assert.ok(versions.includes(now), `kill ${k}: a torn file (${now.length} characters)`);
      }
      assert.ok(hits >= 10, `only ${hits} kills landed in a write`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loses no annotation when reanchor runs while the editor\'s save adds annotations', async () => {
    const w = workspace(30_000, 200);
    try {
      // the editor's save path: under the sidecar's lock, read what is on disk, add, write; it
      // goes on until the test says stop, and prints how many it added
      const stop = path.join(w.dir, 'stop');
      const script = `const s = require(${JSON.stringify(path.join(root, 'out', 'src', 'core', 'sidecar', 'parse.js'))});
        const w = require(${JSON.stringify(path.join(root, 'out', 'src', 'core', 'sidecar', 'write.js'))});
        const f = require(${JSON.stringify(path.join(root, 'out', 'src', 'core', 'files', 'atomicFile.js'))});
        const fs = require('fs'); const file = ${JSON.stringify(w.sidecar)};
        (async () => { let k = 0; for (; !fs.existsSync(${JSON.stringify(stop)}); k++) await f.withFileLockAsync(file, async () => {
          const text = fs.readFileSync(file, 'utf8'); const p = s.parseSidecar(text);
          const a = p.sidecar.annotations[0];
          p.sidecar.annotations.push({ ...a, id: 'e-' + k, note: 'added by the editor ' + k });
          await f.writeFileAtomicAsync(file, w.serializeSidecar(p.sidecar, text));
        }); console.log(k); })();`;
      const editor = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      let editorOut = '';
      let editorErr = '';
      editor.stdout?.on('data', (d) => { editorOut += d; });
      editor.stderr?.on('data', (d) => { editorErr += d; });
      const editorDone = new Promise<number | null>((resolve) => editor.on('exit', (c) => resolve(c)));
      // meanwhile the command line re-anchors the same sidecar again and again (the article keeps changing)
      const runs = 6;
      for (let k = 0; k < runs; k++) {
        fs.writeFileSync(w.article, `Update ${k}.\n\n` + fs.readFileSync(w.article, 'utf8').replace(/^Update[^\n]*\n\n/, ''));
        const code = await new Promise<number | null>((resolve) => spawn(process.execPath, [cli, 'reanchor', w.dir], { stdio: 'ignore' }).on('exit', resolve));
        assert.ok(code === 0 || code === 1, `reanchor exited ${code}`);
      }
      fs.writeFileSync(stop, '');
      assert.strictEqual(await editorDone, 0, editorErr);
      const added = Number(editorOut.trim());
      assert.ok(added >= 1, `the editor added ${editorOut}`);
      const final = parseSidecar(fs.readFileSync(w.sidecar, 'utf8'));
      assert.ok(final.ok);
      const kept = final.sidecar.annotations.filter((a) => a.id.startsWith('e-'));
      assert.strictEqual(kept.length, added, `${kept.length} of the ${added} annotations the editor added are kept after ${runs} reanchor runs`);
    } finally {
      fs.rmSync(w.dir, { recursive: true, force: true });
    }
  });
});
