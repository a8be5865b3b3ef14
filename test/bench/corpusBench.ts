// npm run bench:corpus: the workspace index and `claimlens report` on a generated corpus of
// 10,000 annotated articles (seconds and peak RSS, counts checked exactly), and --jobs 1 against
// --jobs 2 for report, export and detect. Figures only; a wrong count fails.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { newsText } from './corpus';
import { writeCorpus, type Expected } from './sidecarCorpus';

const ARTICLES = Number(process.env.CLAIMLENS_BENCH_ARTICLES ?? 10000);
const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist', 'cli.js');
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Runs a script in a fresh Node; returns its seconds, peak RSS and what it printed. */
function probe(code: string): { secs: number; rss: number; out: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', `${code};process.stderr.write('RSS '+process.resourceUsage().maxRSS+'\\n');`], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(r.stderr);
  return { secs, rss: Number(/RSS (\d+)/.exec(r.stderr)?.[1] ?? 0) * 1024, out: r.stdout };
}

/** The workspace index as the extension builds it: every sidecar read and indexed, then queried. */
function indexBench(dir: string, ex: Expected): void {
  const core = path.join(root, 'out', 'src', 'core');
  const r = probe(`
    const fs = require('fs'), path = require('path');
    const { CorpusIndex } = require(${JSON.stringify(path.join(core, 'corpus', 'corpusIndex.js'))});
    const { recordOfSidecar } = require(${JSON.stringify(path.join(core, 'corpus', 'records.js'))});
    const { parseActorsFile } = require(${JSON.stringify(path.join(core, 'detect', 'actorsFile.js'))});
    const ix = new CorpusIndex();
    ix.setActors(parseActorsFile(fs.readFileSync(${JSON.stringify(path.join(dir, '.claimlens', 'actors.yaml'))}, 'utf8')).actors);
    const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.annotations.yaml')) { const r = recordOfSidecar(p, fs.readFileSync(p, 'utf8')); if (r.record) ix.set(r.record); }
    } };
    walk(${JSON.stringify(dir)});
    const actors = ix.actors(); const speakers = ix.bySpeaker(); const pairs = ix.pairs();
    process.stdout.write(JSON.stringify({ articles: ix.size, actors: actors.length, claims: ix.claims().length, speakers: speakers.length, pairs: pairs.length }));`);
  const got = JSON.parse(r.out);
  if (got.articles !== ex.articles || got.claims !== ex.claims || got.actors !== ex.mentions.size || got.pairs !== ex.pairs.size) throw new Error(`index counts ${r.out}`);
  console.log(`index (as in the extension): ${got.articles} articles, ${got.actors} actors, ${got.claims} claims, ${got.pairs} pairs`
    + ` in ${r.secs.toFixed(1)} s, peak RSS ${mb(r.rss)} (target <= 10 s, < 300 MB; Node start-up included)`);
}

function check(report: { articles: number; actors: Array<{ actor: string; mentions: number; articles: number; claims: number }>; claims: unknown[]; pairs: Array<{ speaker: string; about: string; claims: number }> }, ex: Expected): void {
  const bad: string[] = [];
  if (report.articles !== ex.articles) bad.push(`articles ${report.articles}`);
  if (report.claims.length !== ex.claims) bad.push(`claims ${report.claims.length}`);
  if (report.actors.length !== ex.mentions.size) bad.push(`actors ${report.actors.length}`);
  for (const a of report.actors) {
    if (a.mentions !== ex.mentions.get(a.actor) || a.articles !== ex.articlesOf.get(a.actor)?.size || a.claims !== (ex.claimsBy.get(a.actor) ?? 0)) bad.push(a.actor);
  }
  if (report.pairs.length !== ex.pairs.size || report.pairs.some((p) => ex.pairs.get(`${p.speaker} -> ${p.about}`) !== p.claims)) bad.push('pairs');
  if (bad.length) throw new Error(`report counts wrong: ${bad.join(', ')}`);
}

function cliRun(args: string[], out: string): { secs: number; rss: number } {
  const r = probe(`const m=require(${JSON.stringify(cli)});process.exitCode=m.main(${JSON.stringify([...args, '--out', out, '--force'])},()=>{});if(process.exitCode)throw new Error('exit '+process.exitCode)`);
  return { secs: r.secs, rss: r.rss };
}

function main(): void {
  console.log(`node ${process.version}, ${os.availableParallelism()} cores, ${ARTICLES} articles`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-corpus-bench-'));
  try {
    const t0 = Date.now();
    const ex = writeCorpus(dir, ARTICLES, 17);
    console.log(`corpus written in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${ex.claims} claims, ${[...ex.mentions.values()].reduce((a, b) => a + b, 0)} actor mentions`);
    indexBench(dir, ex);
    const outs: Record<string, string> = {};
    for (const jobs of ['1', '2']) {
      const out = path.join(os.tmpdir(), `claimlens-report-bench-${jobs}.json`);
      const r = cliRun(['report', '--jobs', jobs, dir], out);
      outs[jobs] = fs.readFileSync(out, 'utf8');
      check(JSON.parse(outs[jobs]), ex);
      console.log(`claimlens report --jobs ${jobs}: ${r.secs.toFixed(1)} s, peak RSS ${mb(r.rss)}, counts exact (target <= 20 s, < 500 MB)`);
      fs.rmSync(out);
    }
    if (outs['1'] !== outs['2']) throw new Error('--jobs 2 gave another report');
    const exports: string[] = [];
    for (const jobs of ['1', '2']) {
      const out = path.join(os.tmpdir(), `claimlens-export-bench-${jobs}.jsonl`);
      const r = cliRun(['export', '--format', 'jsonl', '--jobs', jobs, dir], out);
      exports.push(fs.readFileSync(out, 'utf8'));
      fs.rmSync(out);
      console.log(`claimlens export --format jsonl --jobs ${jobs}: ${r.secs.toFixed(1)} s, peak RSS ${mb(r.rss)}`);
    }
    if (exports[0] !== exports[1]) throw new Error('--jobs 2 gave another export');
    const files: string[] = [];
    for (let i = 0; i < 8; i++) {
      const f = path.join(dir, `long${i}.txt`);
      fs.writeFileSync(f, newsText(256 * 1024, 300 + i));
      files.push(f);
    }
    const detected: string[] = [];
    for (const jobs of ['1', '2']) {
      const t1 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [cli, 'detect', '--jobs', jobs, ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
      const secs = Number(process.hrtime.bigint() - t1) / 1e9;
      if (r.status !== 0) throw new Error(r.stderr);
      detected.push(r.stdout);
      console.log(`claimlens detect --jobs ${jobs} (8 files of 256 KB): ${secs.toFixed(1)} s = ${(2 / secs).toFixed(2)} MB/s`);
    }
    if (detected[0] !== detected[1]) throw new Error('--jobs 2 detected otherwise');
    console.log('--jobs 2 output identical to --jobs 1 (report, export, detect)');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
