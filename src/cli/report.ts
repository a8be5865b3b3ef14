// claimlens report: who said what across a corpus, from its sidecars (the articles are not read).
import { existsSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import { randomBytes } from 'crypto';
import { CorpusIndex, type CorpusReport } from '../core/corpus/corpusIndex';
import { graphData } from '../core/corpus/graph';
import { recordOf, type ArticleRecord } from '../core/corpus/records';
import { reportCsv, reportHtml, reportMarkdown, type ReportFormat } from '../core/corpus/reportFormats';
import type { ActorDefinition } from '../core/detect/gazetteer';
import { parseSidecar } from '../core/sidecar/parse';
import { nearestActorsFile, readActorsFile } from './detect';
import { commonDir, InputError, readTextFile, sidecarsOf, writeAtomic } from './files';
import { mapOrdered } from './jobs';

export interface ReportOptions {
  format: ReportFormat;
  out?: string;
  force: boolean;
  jobs: number;
  /** The command line's own file (what the workers run). */
  script: string;
  progress?: (done: number, total: number) => void;
}

export interface ReportRun {
  report: CorpusReport;
  /** Messages naming the file and the reason for what was skipped or is wrong. */
  problems: string[];
}

/** One sidecar's record, its article named relative to `base`; or why it cannot be read. */
export function recordOfFile(sidecarPath: string, base: string): { record?: ArticleRecord; problem?: string } {
  let text: string;
  try {
    text = readTextFile(sidecarPath);
  } catch (e) {
    return { problem: (e as Error).message };
  }
  const parsed = parseSidecar(text);
  if (!parsed.ok) {
    const p = parsed.problems[0];
    return { problem: `${sidecarPath}:${p.line}:${p.col}: ${p.message} (skipped)` };
  }
  const article = join(dirname(sidecarPath), parsed.sidecar.document.file);
  return { record: recordOf(relative(base, article).split('\\').join('/'), parsed.sidecar.annotations) };
}

/** The actors files that apply to the paths: the nearest at or above each one, each read once. */
function actorsOf(paths: readonly string[], problems: string[]): ActorDefinition[] {
  const files = new Set<string>();
  for (const p of paths) {
    const abs = resolve(p);
    const f = nearestActorsFile(existsSync(abs) && statSync(abs).isDirectory() ? abs : dirname(abs));
    if (f) files.add(f);
  }
  return [...files].sort().flatMap((f) => readActorsFile(f, problems));
}

/** Builds the index of every sidecar under the paths (parsed in `jobs` worker threads). */
export function indexPaths(paths: readonly string[], opt: Pick<ReportOptions, 'jobs' | 'script' | 'progress'>): { index: CorpusIndex; problems: string[] } {
  const sidecars = sidecarsOf(paths);
  const base = commonDir(paths);
  const problems: string[] = [];
  const index = new CorpusIndex();
  index.setActors(actorsOf(paths, problems));
  mapOrdered({ jobs: opt.jobs, script: opt.script, task: 'record', options: { base } }, sidecars, (s) => recordOfFile(s, base), (r, k) => {
    if (r.record) index.set(r.record);
    if (r.problem) problems.push(r.problem);
    opt.progress?.(k + 1, sidecars.length);
  });
  return { index, problems };
}

/** JSON with one actor, claim or pair a line (the structure is the contract; this is for reading). */
export function reportJson(r: CorpusReport): string {
  const list = (xs: readonly unknown[]): string => (xs.length ? `[\n  ${xs.map((x) => JSON.stringify(x)).join(',\n  ')}\n ]` : '[]');
  return `{"articles": ${r.articles},\n "actors": ${list(r.actors)},\n "claims": ${list(r.claims)},\n "pairs": ${list(r.pairs)}}\n`;
}

/** The bundled graph script and its stylesheet, beside the command line (dist/) or in the build. */
function graphAssets(): { script: string; css: string } {
  for (const dir of [__dirname, join(__dirname, '..', '..', '..', 'dist')]) {
    const js = join(dir, 'graph.js');
    if (existsSync(js)) return { script: readFileSync(js, 'utf8'), css: readFileSync(join(dir, 'graph.css'), 'utf8') };
  }
  throw new InputError('the graph script (dist/graph.js) is missing: build Claimlens first');
}

/** Runs the report; writes it to `out` (atomically) or through `write`. */
export function reportPaths(paths: readonly string[], opt: ReportOptions, write: (s: string) => void): ReportRun {
  if (opt.out && existsSync(opt.out) && !opt.force) throw new InputError(`${opt.out}: exists; use --force to replace it`);
  const { index, problems } = indexPaths(paths, opt);
  const report = index.report();
  let text: string;
  switch (opt.format) {
    case 'json': text = reportJson(report); break;
    case 'csv': text = reportCsv(report); break;
    case 'md': text = reportMarkdown(report); break;
    case 'html': {
      const { script, css } = graphAssets();
      text = reportHtml(report, graphData(index), script, randomBytes(16).toString('base64'), css);
      break;
    }
  }
  if (opt.out) writeAtomic(opt.out, text);
  else write(text);
  return { report, problems };
}
