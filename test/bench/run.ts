// npm run bench: speed and memory figures (printed; no pass/fail).
import { placeAll, toSidecar, type Placed } from '../../src/core/anchor/placed';
import { LAYOUTS, type SidecarData } from '../shared/layouts';
import { lookalikeRun } from './lookalike';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { detect, IncrementalDetector } from '../../src/core/detect';
import { parseSidecar } from '../../src/core/sidecar/parse';
import { serializeSidecar, writeSidecar } from '../../src/core/sidecar/write';
import { newsText, rng, spreadAnnotations } from './corpus';

function time<T>(fn: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const v = fn();
  return [v, Number(process.hrtime.bigint() - t0) / 1e6];
}

/** Median milliseconds over runs (after one warm-up). */
function median(runs: number, fn: () => unknown): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push(time(fn)[1]);
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)];
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

function sidecarBench(figures = true, layouts = true): void {
  const text = newsText(1024 * 1024);
  const r = rng(11);
  // 10,000 annotations on words and phrases spread over the text
  const placed = spreadAnnotations(text, 10000, r);
  if (!figures) {
    layoutBench(text, placed);
    return;
  }
  const [sidecar] = time(() => toSidecar('bench.txt', text, placed));
  const fileText = serializeSidecar(sidecar);
  console.log(`sidecar benchmark: ${mb(Buffer.byteLength(text))} article, ${placed.length} annotations, sidecar ${mb(Buffer.byteLength(fileText))}`);

  const load = median(5, () => {
    const p = parseSidecar(fileText);
    if (!p.ok) throw new Error('bench sidecar invalid');
    return placeAll(text, p.sidecar);
  });
  const parsed = parseSidecar(fileText);
  if (!parsed.ok) throw new Error('bench sidecar invalid');
  const anchored = placeAll(text, parsed.sidecar);
  console.log(`  load + anchor (parse, validate, place all):   ${fmt(load)}   (target <= 200 ms)`);

  // as the extension saves: one annotation changed, the file's layout remembered from the last read or write
  const loaded = { text: fileText, layout: parsed.canonical };
  let k = 0;
  const save = median(7, () => {
    anchored[(k += 997) % anchored.length].data.note = `checked ${k}`;
    return writeSidecar(toSidecar('bench.txt', text, anchored), loaded);
  });
  console.log(`  save (one annotation changed, comments kept):  ${fmt(save)}   (target <= 100 ms)`);
  const saveReread = median(5, () => serializeSidecar(toSidecar('bench.txt', text, anchored), fileText));
  console.log(`  save, reading the previous file again:         ${fmt(saveReread)}`);
  const saveFresh = median(5, () => serializeSidecar(toSidecar('bench.txt', text, anchored)));
  console.log(`  save, new file:                                ${fmt(saveFresh)}`);

  // 1% of the text changed, in scattered edits (some inside annotated spans)
  let edited = text;
  const edits = 2000;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (edited.length - 20));
    const len = Math.floor(r() * 10) + 1;
    edited = edited.slice(0, at) + 'lorem ipsum'.slice(0, Math.floor(r() * 11)) + edited.slice(at + len);
  }
  const changed = Math.abs(edited.length - text.length) + edits * 5;
  const [placedAgain, reanchor] = time(() => placeAll(edited, parsed.sidecar));
  const again = median(3, () => placeAll(edited, parsed.sidecar));
  const counts: Record<string, number> = {};
  for (const p of placedAgain) counts[p.how ?? 'none'] = (counts[p.how ?? 'none'] ?? 0) + 1;
  console.log(`  re-anchor after ${edits} scattered edits (~${(100 * changed / text.length).toFixed(1)}% of the text): ${fmt(again)} (first run ${fmt(reanchor)})   (target <= 500 ms)`);
  console.log(`    placed by: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);

  if (layouts) layoutBench(text, placed);

  // no annotation on a look-alike: the 2,000 scattered edits above, the true place of every annotation followed
  for (const history of [false, true]) {
    const [r, ms] = time(() => lookalikeRun(2000, history));
    console.log(`  misplaced after 2,000 scattered edits, ${history ? 'with the old text (diff)  ' : 'without the old text      '}: ${r.misplaced} of ${r.annotations} (${r.orphaned} orphaned; ${fmt(ms)} incl. following the edits)   (target 0)`);
  }
}

/** The fields annotations carry (type and name, kind and cue, the speaker, status and origin), for the layout figures. */
function withFields(placed: readonly Placed[]): Placed[] {
  return placed.map((p, i) => ({
    ...p,
    data: {
      ...p.data, status: 'confirmed', origin: i % 2 ? 'manual' : 'detected',
      attributes: p.data.tag === 'actor' ? { type: 'person', actor: p.data.quote || 'Anna Lindqvist' } : { kind: 'indirect', cue: 'said', class: 'speech' },
      ...(p.data.tag === 'claim' && i ? { links: { speaker: placed[i - 1].data.id } } : {}),
    },
  }));
}

const cli = path.resolve(__dirname, '../../../dist/cli.js');

/**
 * One `claimlens` run in a new Node process: its wall-clock milliseconds and the CPU
 * milliseconds the process used (start-up included; on this shared machine the CPU time is the
 * figure that other work does not move).
 */
function cliRun(args: string[]): { wall: number; cpu: number } {
  const probe = `const m=require(${JSON.stringify(cli)});const c=m.main(${JSON.stringify(args)},()=>{});`
    + `const u=process.cpuUsage();process.stderr.write('CPU '+(u.user+u.system)+'\\n');process.exitCode=c;`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`claimlens ${args[0]}: exit ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { wall, cpu: Number(/CPU (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1000 };
}

/** Medians of wall and CPU milliseconds. */
function medians(runs: Array<{ wall: number; cpu: number }>): { wall: number; cpu: number } {
  const m = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: m(runs.map((r) => r.wall)), cpu: m(runs.map((r) => r.cpu)) };
}

/**
 * The same 10,000 annotations in the layouts scripts and people write (test/shared/layouts.ts):
 * load + anchor in process, `claimlens check` and `reanchor` (process start-up included), each
 * against Claimlens's own layout; and whether a reanchor leaves the file in the own layout.
 */
function layoutBench(text: string, plain: readonly Placed[]): void {
  const placed = withFields(plain);
  const sidecar = toSidecar('bench.txt', text, placed);
  const data: SidecarData = JSON.parse(JSON.stringify({ claimlens: 1, document: sidecar.document, annotations: sidecar.annotations }));
  const own = serializeSidecar(sidecar);
  const loadOf = (t: string): number => median(3, () => {
    const p = parseSidecar(t);
    if (!p.ok) throw new Error('bench sidecar invalid');
    return placeAll(text, p.sidecar);
  });
  loadOf(own);
  console.log(`layouts: the same ${placed.length} annotations with attributes, links, status and origin (own layout ${mb(Buffer.byteLength(own))});`
    + ' each figure beside one of the own layout measured just before it');
  // CLAIMLENS_BENCH_LAYOUTS='a;b': only the layouts whose names contain one of those
  const pick = process.env.CLAIMLENS_BENCH_LAYOUTS?.split(';');
  const texts: Array<[string, string]> = Object.entries(LAYOUTS).filter(([name]) => !pick || pick.some((p) => name.includes(p))).map(([name, write]) => [name, write(data)]);
  let worstLoad = 0;
  for (const [name, t] of texts) {
    const p = parseSidecar(t);
    const ownMs = loadOf(own);
    const ms = loadOf(t);
    worstLoad = Math.max(worstLoad, ms / ownMs);
    console.log(`  load + anchor, ${name}: ${fmt(ms)} (own ${fmt(ownMs)}: ${(ms / ownMs).toFixed(2)}x; fast reader: ${p.ok && p.canonical ? 'yes' : 'no'})   (target <= 200 ms)`);
  }
  console.log(`  load + anchor, the slowest other layout: ${worstLoad.toFixed(2)}x own`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-layouts-'));
  try {
    fs.writeFileSync(path.join(dir, 'bench.txt'), text);
    const file = path.join(dir, 'bench.txt.annotations.yaml');
    const f = (r: { wall: number; cpu: number }): string => `${r.wall.toFixed(0)} ms (CPU ${r.cpu.toFixed(0)} ms)`;
    let worst = 0;
    let worstWall = 0;
    for (const [name, t] of texts) {
      // own and other in turn, so that both meet the same load
      const own3: Array<{ wall: number; cpu: number }> = [];
      const other3: Array<{ wall: number; cpu: number }> = [];
      for (let i = 0; i < 3; i++) {
        fs.writeFileSync(file, own);
        own3.push(cliRun(['check', file]));
        fs.writeFileSync(file, t);
        other3.push(cliRun(['check', file]));
      }
      const [o, c] = [medians(own3), medians(other3)];
      fs.writeFileSync(file, own);
      const ownReanchor = cliRun(['reanchor', file]);
      fs.writeFileSync(file, t);
      const reanchor = cliRun(['reanchor', file]);
      // what reanchor wrote: Claimlens's layout, read by the fast reader
      const after = parseSidecar(fs.readFileSync(file, 'utf8'));
      const ownAfter = after.ok && (after.canonical as { own?: boolean } | undefined)?.own === true;
      const checkAfter = cliRun(['check', file]);
      worst = Math.max(worst, c.cpu / o.cpu);
      worstWall = Math.max(worstWall, c.wall / o.wall);
      console.log(`  claimlens check, ${name}: ${f(c)}, own ${f(o)}: ${(c.wall / o.wall).toFixed(2)}x (CPU ${(c.cpu / o.cpu).toFixed(2)}x)   (target <= 1.5x)`);
      console.log(`    reanchor ${f(reanchor)}, own ${f(ownReanchor)}: CPU ${(reanchor.cpu / ownReanchor.cpu).toFixed(2)}x; the file after it ${ownAfter ? 'in the own layout' : 'NOT in the own layout'}, check ${f(checkAfter)}`);
    }
    console.log(`  claimlens check, the slowest other layout: CPU ${worst.toFixed(2)}x own, wall clock ${worstWall.toFixed(2)}x   (target <= 1.5x)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function detectBench(): void {
  const text = newsText(1024 * 1024, 3);
  const bytes = Buffer.byteLength(text);
  const ms = median(3, () => detect(text));
  console.log(`detection in process: ${mb(bytes)} of news-like text in ${fmt(ms)} = ${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(2)} MB/s`);

  // the command line on 8 files of 256 KB, process start-up included
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-'));
  try {
    const files: string[] = [];
    for (let i = 0; i < 8; i++) {
      const f = path.join(dir, `a${i}.txt`);
      fs.writeFileSync(f, newsText(256 * 1024, 100 + i));
      files.push(f);
    }
    const total = files.reduce((n, f) => n + fs.statSync(f).size, 0);
    const cliMs = median(3, () => {
      const r = spawnSync(process.execPath, [cli, 'detect', '--format', 'jsonl', ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
      if (r.status !== 0) throw new Error(r.stderr);
    });
    console.log(`detection, CLI: ${mb(total)} in 8 files in ${fmt(cliMs)} = ${(total / 1024 / 1024 / (cliMs / 1000)).toFixed(2)} MB/s (target >= 1 MB/s)`);
    // and on one file of 2 MB
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, newsText(2 * 1024 * 1024, 11));
    const bigBytes = fs.statSync(big).size;
    const bigMs = median(3, () => {
      const r = spawnSync(process.execPath, [cli, 'detect', '--format', 'jsonl', big], { encoding: 'utf8', maxBuffer: 1 << 30 });
      if (r.status !== 0) throw new Error(r.stderr);
    });
    console.log(`detection, CLI: one file of ${mb(bigBytes)} in ${fmt(bigMs)} = ${(bigBytes / 1024 / 1024 / (bigMs / 1000)).toFixed(2)} MB/s (target >= 1 MB/s)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // one paragraph edited in a 1 MB article: only that one is analysed again
  const inc = new IncrementalDetector();
  inc.detect(text);
  let n = 0;
  const at = text.indexOf('\n\n', text.length / 2);
  const edit = median(9, () => inc.detect(text.slice(0, at) + ` Edit number ${++n} was made here.` + text.slice(at)));
  console.log(`re-detect after editing one paragraph of the 1 MB article: ${fmt(edit)} (${inc.lastAnalysed} paragraph analysed,`
    + ` document pass over ${inc.lastDocumentPass === 'edited' ? 'the edited paragraphs' : 'the whole text'}; target <= 20 ms)`);
  // the worker posts every result to the extension host, which copies it (structured clone)
  const result = inc.detect(text);
  const copy = median(9, () => structuredClone(result));
  console.log(`  copying that result to the extension host (structured clone, ${result.actors.length} actors, ${result.claims.length} claims): ${fmt(copy)}`);
}

/** A corpus of 10,000 annotated articles (about 100 MB) exported to JSONL by the command line. */
function exportBench(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-corpus-'));
  try {
    let bytes = 0;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 10000; i++) {
      const sub = path.join(dir, String(Math.floor(i / 500)));
      if (i % 500 === 0) fs.mkdirSync(sub);
      const text = newsText(10 * 1024, 1000 + i);
      bytes += Buffer.byteLength(text);
      const words = [...text.matchAll(/\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?/gu)].slice(0, 12);
      const placed: Placed[] = words.map((m, k) => ({ data: { id: `a-${k}`, tag: k % 3 ? 'actor' : 'claim', start: 0, end: 0, quote: '' }, start: m.index!, end: m.index! + m[0].length, orphaned: false }));
      fs.writeFileSync(path.join(sub, `a${i}.txt`), text);
      fs.writeFileSync(path.join(sub, `a${i}.txt.annotations.yaml`), serializeSidecar(toSidecar(`a${i}.txt`, text, placed)));
    }
    const made = Number(process.hrtime.bigint() - t0) / 1e9;
    const out = path.join(dir, 'corpus.jsonl');
    const run = (): { secs: number; rss: number; spans: string } => {
      const probe = `const m=require(${JSON.stringify(cli)});const c=m.main(['export','--format','jsonl','--force','--out',${JSON.stringify(out)},${JSON.stringify(dir)}],()=>{});`
        + `process.stderr.write('RSS '+process.resourceUsage().maxRSS+'\\n');process.exitCode=c;`;
      const t1 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
      const secs = Number(process.hrtime.bigint() - t1) / 1e9;
      if (r.status !== 0) throw new Error(r.stderr);
      return { secs, rss: Number(/RSS (\d+)/.exec(r.stderr)?.[1] ?? 0) * 1024, spans: fs.readFileSync(out, 'utf8') };
    };
    const own = run();
    const lines = own.spans.split('\n').length - 1;
    console.log(`export: 10,000 articles, ${mb(bytes)} of text (made in ${made.toFixed(0)} s), ${lines} spans to JSONL in ${own.secs.toFixed(1)} s`
      + ` = ${(bytes / 1024 / 1024 / own.secs).toFixed(1)} MB/s (target >= 20 MB/s), peak RSS ${mb(own.rss)} (target < 300 MB)`);
    // the same sidecars, each in one of the other layouts in turn
    const names = Object.keys(LAYOUTS);
    let fast = 0;
    for (let i = 0; i < 10000; i++) {
      const file = path.join(dir, String(Math.floor(i / 500)), `a${i}.txt.annotations.yaml`);
      const p = parseSidecar(fs.readFileSync(file, 'utf8'));
      if (!p.ok) throw new Error(`${file} invalid`);
      const other = LAYOUTS[names[i % names.length]]({ claimlens: 1, document: { ...p.sidecar.document }, annotations: JSON.parse(JSON.stringify(p.sidecar.annotations)) });
      fs.writeFileSync(file, other);
      const q = parseSidecar(other);
      if (q.ok && q.canonical) fast++;
    }
    const other = run();
    if (other.spans !== own.spans) throw new Error('the export of the other layouts differs');
    console.log(`export of the same 10,000 articles, sidecars in ${names.length} other layouts in turn (${fast} of 10,000 read by the fast reader; output identical):`
      + ` ${other.secs.toFixed(1)} s = ${(bytes / 1024 / 1024 / other.secs).toFixed(1)} MB/s (target >= 20 MB/s), peak RSS ${mb(other.rss)}`);
    const again = run();
    console.log(`export, the other layouts once more: ${(bytes / 1024 / 1024 / again.secs).toFixed(1)} MB/s`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `node out/test/bench/run.js [sidecar|layouts|detect|export]...`: those parts only (all by default). */
function main(): void {
  const only = process.argv.slice(2);
  const want = (part: string): boolean => !only.length || only.includes(part);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
  if (want('sidecar') || want('layouts')) sidecarBench(want('sidecar'), want('layouts'));
  if (want('detect')) detectBench();
  if (want('export')) exportBench();
  console.log(`peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

main();
