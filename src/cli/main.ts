import { parseArgs } from 'util';
import { isMainThread } from 'worker_threads';
import { REPORT_FORMATS, type ReportFormat } from '../core/corpus/reportFormats';
import { check } from './check';
import { fileDetector, type DetectResult } from './detect';
import { exportPaths, isFormat } from './export';
import { importFiles } from './import';
import { InputError } from './files';
import { mapOrdered, parseJobs } from './jobs';
import { reportPaths } from './report';
import { serveTasks } from './worker';

export { detectionToJson } from './detect';

const USAGE = `usage:
  claimlens detect [--format jsonl|json|text] [--jobs N] FILE...
                                                          detected actors and claims
                                                          (with the nearest .claimlens/actors.yaml above each FILE)
  claimlens check PATH...                                 validate sidecars, re-anchor, report
  claimlens reanchor PATH...                              as check, then rewrite sidecars atomically
  claimlens export --format FMT [--out PATH] [--force] [--jobs N] PATH...
                                                          export tagged spans; FMT: jsonl, csv, w3c,
                                                          brat (--out is a folder), conll, labelstudio, spacy
  claimlens import --format brat|labelstudio [--root DIR] [--force] FILE...
                                                          sidecars from brat .ann (+ .txt) or Label Studio JSON
  claimlens report [--format json|csv|md|html] [--out FILE] [--force] [--jobs N] PATH...
                                                          who said what across the corpus: actors, claims
                                                          by speaker, speaker -> about pairs (html: one
                                                          self-contained page with the graph)
--jobs N: worker threads (default: the number of cores); the output is the same for any N.
A PATH is an article, its sidecar, or a folder (searched for sidecars).
Offsets are Unicode code points, end exclusive. Exit: 0 fine, 1 problems found, 2 usage or unreadable input.`;

class UsageError extends Error {}

function cmdDetect(args: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'jsonl' }, jobs: { type: 'string' } } });
  const format = values.format;
  if (format !== 'jsonl' && format !== 'json' && format !== 'text') throw new UsageError(`unknown --format "${format}" (jsonl, json or text)`);
  const jobs = jobsOf(values.jobs);
  if (!positionals.length) throw new UsageError('detect needs at least one FILE');
  const results: object[] = [];
  let failed = false;
  const said = new Set<string>();
  mapOrdered({ jobs, script: __filename, task: 'detect', options: { format } }, positionals, fileDetector(format), (r: DetectResult) => {
    for (const m of r.messages) {
      if (said.has(m)) continue;
      said.add(m);
      process.stderr.write(`claimlens: ${m}\n`);
      failed = true;
    }
    if (r.error !== undefined) {
      process.stderr.write(`claimlens: ${r.error}\n`);
      failed = true;
    } else if (format === 'jsonl') out(JSON.stringify(r.json) + '\n');
    else if (format === 'json') results.push(r.json!);
    else out(r.text!);
  });
  if (format === 'json') out(JSON.stringify(results, null, 2) + '\n');
  return failed ? 2 : 0;
}

function jobsOf(value: string | undefined): number {
  const jobs = parseJobs(value);
  if (jobs === undefined) throw new UsageError(`--jobs must be a whole number from 1 (got "${value}")`);
  return jobs;
}

function cmdCheck(args: string[], rewrite: boolean, out: (s: string) => void): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (!positionals.length) throw new UsageError(`${rewrite ? 'reanchor' : 'check'} needs at least one PATH`);
  let report;
  try {
    report = check(positionals, rewrite, (line) => process.stderr.write(`claimlens: ${line}\n`));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`claimlens: ${e.message}\n`);
    return 2;
  }
  for (const p of report.problems) out(p + '\n');
  for (const f of report.rewritten) process.stderr.write(`claimlens: rewrote ${f}\n`);
  if (report.unreadable) return 2;
  return report.problems.length ? 1 : 0;
}

function cmdExport(args: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false }, jobs: { type: 'string' } } });
  if (!values.format) throw new UsageError('export needs --format');
  const jobs = jobsOf(values.jobs);
  if (!isFormat(values.format)) throw new UsageError(`unknown --format "${values.format}" (jsonl, csv, w3c, brat, conll, labelstudio, spacy)`);
  if (!positionals.length) throw new UsageError('export needs at least one PATH');
  const tty = process.stderr.isTTY;
  let report;
  try {
    report = exportPaths(positionals, {
      format: values.format, out: values.out, force: values.force ?? false, jobs, script: __filename,
      progress: tty ? (done, total) => process.stderr.write(`\rclaimlens: exporting ${done}/${total} ${'#'.repeat(Math.round(20 * done / total)).padEnd(20, '.')}`) : undefined,
    }, out);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`claimlens: ${e.message}\n`);
    return 2;
  }
  if (tty) process.stderr.write('\n');
  for (const m of report.skipped) process.stderr.write(`claimlens: ${m}\n`);
  process.stderr.write(`claimlens: exported ${report.spans} spans from ${report.articles} article${report.articles === 1 ? '' : 's'}${values.out ? ` to ${values.out}` : ''}\n`);
  return report.skipped.length ? 1 : 0;
}

function cmdReport(args: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'json' }, out: { type: 'string' }, force: { type: 'boolean', default: false }, jobs: { type: 'string' } } });
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`unknown --format "${format}" (json, csv, md or html)`);
  const jobs = jobsOf(values.jobs);
  if (!positionals.length) throw new UsageError('report needs at least one PATH');
  const tty = process.stderr.isTTY;
  let run;
  try {
    run = reportPaths(positionals, {
      format, out: values.out, force: values.force ?? false, jobs, script: __filename,
      progress: tty ? (done, total) => { if (done === total || done % 100 === 0) process.stderr.write(`\rclaimlens: reading ${done}/${total} ${'#'.repeat(Math.round(20 * done / total)).padEnd(20, '.')}`); } : undefined,
    }, out);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`${tty ? '\n' : ''}claimlens: ${e.message}\n`);
    return 2;
  }
  if (tty) process.stderr.write('\n');
  for (const m of run.problems) process.stderr.write(`claimlens: ${m}\n`);
  const r = run.report;
  process.stderr.write(`claimlens: ${r.articles} article${r.articles === 1 ? '' : 's'}, ${r.actors.length} actors, ${r.claims.length} claims, ${r.pairs.length} speaker-about pairs${values.out ? ` in ${values.out}` : ''}\n`);
  return run.problems.length ? 1 : 0;
}

function cmdImport(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, root: { type: 'string' }, force: { type: 'boolean', default: false } } });
  if (values.format !== 'brat' && values.format !== 'labelstudio') throw new UsageError('import needs --format brat or --format labelstudio');
  if (!positionals.length) throw new UsageError('import needs at least one FILE');
  let report;
  try {
    report = importFiles(values.format, positionals, { root: values.root, force: values.force ?? false });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`claimlens: ${e.message}\n`);
    return 2;
  }
  for (const p of report.problems) process.stderr.write(`claimlens: ${p}\n`);
  for (const w of report.written) process.stderr.write(`claimlens: wrote ${w}\n`);
  return report.problems.length ? 1 : 0;
}

/** Runs the command line; returns the exit code. */
export function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'detect':
        return cmdDetect(rest, out);
      case 'check':
        return cmdCheck(rest, false, out);
      case 'reanchor':
        return cmdCheck(rest, true, out);
      case 'export':
        return cmdExport(rest, out);
      case 'import':
        return cmdImport(rest);
      case 'report':
        return cmdReport(rest, out);
      case '-h':
      case '--help':
      case 'help':
        out(USAGE + '\n');
        return 0;
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`claimlens: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

serveTasks();

if (require.main === module && isMainThread) {
  // a reader that stops early (| head) is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
