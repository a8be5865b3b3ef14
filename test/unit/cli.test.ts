import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).bin.claimlens);
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });

describe('command line: claimlens detect', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-cli-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), '🛰️ Ines Kolar, the mayor, said: "The bridge will reopen in May," and left.\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'No names here.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON object per file with code point offsets (--format jsonl)', () => {
    const r = run('detect', '--format', 'jsonl', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    assert.strictEqual(r.status, 0, r.stderr);
    const [a, b] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.strictEqual(a.file, path.join(dir, 'a.txt'));
    assert.deepStrictEqual(a.actors, [{ start: 3, end: 13, text: 'Ines Kolar', type: 'person', actor: 'Ines Kolar' }]);
    assert.deepStrictEqual(a.claims, [{
      start: 33, end: 62, text: 'The bridge will reopen in May', kind: 'direct',
      cue: { start: 26, end: 30, text: 'said' },
      speaker: { start: 3, end: 13, text: 'Ines Kolar', actor: 'Ines Kolar' },
    }]);
    assert.deepStrictEqual(b, { file: path.join(dir, 'b.txt'), actors: [], claims: [] });
  });

  it('defaults to JSONL and offers json and text', () => {
    const plain = run('detect', path.join(dir, 'a.txt'));
    assert.strictEqual(plain.stdout.trimEnd().split('\n').length, 1);
    const json = JSON.parse(run('detect', '--format', 'json', path.join(dir, 'a.txt'), path.join(dir, 'b.txt')).stdout);
    assert.strictEqual(json.length, 2);
    assert.match(run('detect', '--format', 'text', path.join(dir, 'a.txt')).stdout, /actor 3-13 person "Ines Kolar"/);
  });

  it('names the file and the reason for unreadable input, with exit code 2', () => {
    const r = run('detect', path.join(dir, 'missing.txt'), path.join(dir, 'b.txt'));
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /missing\.txt: cannot read: no such file/);
    assert.strictEqual(r.stdout.trimEnd().split('\n').length, 1, 'readable files are still reported');
  });

  it('rejects usage errors with exit code 2', () => {
    assert.strictEqual(run('detect', '--format', 'xml', 'x').status, 2);
    assert.strictEqual(run('detect').status, 2);
    assert.strictEqual(run('frobnicate').status, 2);
    assert.match(run('frobnicate').stderr, /unknown command "frobnicate"/);
  });
});
