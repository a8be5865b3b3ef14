import { parseArgs } from 'util';
import { isMainThread } from 'worker_threads';
import { REPORT_FORMATS, type ReportFormat } from '../core/corpus/reportFormats';
import { check } from './check';
import { describeCounts } from '../core/anchor/placed';
import { agree, agreeCsv, agreeText } from './agree';
import { mergeDriver, setupGit } from './mergeDriver';
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
  claimlens check [--verbose] PATH...                     validate sidecars, re-anchor, report (how each
                                                          annotation was placed: kept, mapped by the diff from
                                                          the old text in git, found by quote, fuzzy, orphaned)
  claimlens reanchor [--verbose] PATH...                  as check, then rewrite sidecars atomically
  claimlens export --format FMT [--out PATH] [--force] [--tag TAG]... [--base-uri BASE] [--jobs N] PATH...
                                                          export tagged spans; FMT: jsonl, csv, w3c,
                                                          brat (--out is a folder), conll, labelstudio, spacy;
                                                          --tag: only these tags (conll: these columns);
                                                          --base-uri: w3c targets are BASE + article path
  claimlens import --format brat|labelstudio [--root DIR] [--force] FILE...
                                                          sidecars from brat .ann (+ .txt) or Label Studio JSON
  claimlens report [--format json|csv|md|html] [--out FILE] [--force] [--jobs N] PATH...
                                                          who said what across the corpus: actors, claims
                                                          by speaker, speaker -> about pairs (html: one
                                                          self-contained page with the graph)
--jobs N: worker threads (default: the number of cores); the output is the same for any N.
  claimlens agree [--format text|json|csv] [--tag TAG]... SET SET...
                                                          inter-annotator agreement: P/R/F1, alpha_U, kappa,
                                                          speakers and claim attributes, per document and overall
  claimlens merge-driver BASE OURS THEIRS [PATH]          git merge driver for sidecars (%O %A %B %P): merges by
                                                          annotation id; conflicts are recorded in the file (exit 1)
  claimlens setup-git [DIR]                               .gitattributes and the repository's git config for it
A PATH is an article, its sidecar, or a folder (searched for sidecars). A SET is a folder, an article,
a sidecar, or REV:PATH (a git revision and a path in it, e.g. main:articles); articles are matched
by their path inside each set, and every set is placed on the first set's text.
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
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { verbose: { type: 'boolean', short: 'v' } } });
  if (!positionals.length) throw new UsageError(`${rewrite ? 'reanchor' : 'check'} needs at least one PATH`);
  const info = (line: string): boolean => process.stderr.write(`claimlens: ${line}\n`);
  let report;
  try {
    report = check(positionals, rewrite, info, values.verbose, info);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`claimlens: ${e.message}\n`);
    return 2;
  }
  for (const p of report.problems) out(p + '\n');
  // how the annotations were placed, on stderr (stdout keeps one line per problem): for every
  // sidecar whose article changed, and with --verbose for every sidecar
  for (const p of report.placements) {
    if (!p.changed && !values.verbose) continue;
    info(`${p.file}: ${describeCounts(p.counts)}${p.changed ? (p.history ? ' (the old text came from git)' : ' (no old text in git: placed by quote and order)') : ''}`);
  }
  for (const f of report.rewritten) process.stderr.write(`claimlens: rewrote ${f}\n`);
  if (report.unreadable) return 2;
  return report.problems.length ? 1 : 0;
}

function cmdExport(args: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false }, jobs: { type: 'string' }, tag: { type: 'string', multiple: true }, 'base-uri': { type: 'string' } } });
  if (!values.format) throw new UsageError('export needs --format');
  const jobs = jobsOf(values.jobs);
  if (!isFormat(values.format)) throw new UsageError(`unknown --format "${values.format}" (jsonl, csv, w3c, brat, conll, labelstudio, spacy)`);
  if (!positionals.length) throw new UsageError('export needs at least one PATH');
  const tty = process.stderr.isTTY;
  let report;
  try {
    report = exportPaths(positionals, {
      format: values.format, out: values.out, force: values.force ?? false, tags: values.tag, baseUri: values['base-uri'], jobs, script: __filename,
      progress: tty ? (done, total) => process.stderr.write(`\rclaimlens: exporting ${done}/${total} ${'#'.repeat(Math.round(20 * done / total)).padEnd(20, '.')}`) : undefined,
    }, out);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`claimlens: ${e.message}\n`);
    return 2;
  }
  if (tty) process.stderr.write('\n');
  for (const m of report.skipped) process.stderr.write(`claimlens: ${m}\n`);
  for (const m of report.notes) process.stderr.write(`claimlens: ${m}\n`);
  for (const f of report.written) process.stderr.write(`claimlens: wrote ${f}\n`);
  process.stderr.write(`claimlens: exported ${report.spans} spans from ${report.articles} article${report.articles === 1 ? '' : 's'}${values.out ? ` to ${values.out}` : ''}\n`);
  return report.skipped.length ? 1 : 0;
}

function cmdAgree(args: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' }, tag: { type: 'string', multiple: true } } });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'csv') throw new UsageError(`unknown --format "${format}" (text, json or csv)`);
  if (positionals.length < 2) throw new UsageError('agree needs at least two SETs');
  let run;
  try {
    run = agree(positionals, values.tag ?? []);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`claimlens: ${e.message}\n`);
    return 2;
  }
  for (const m of [...run.skipped, ...run.notes]) process.stderr.write(`claimlens: ${m}\n`);
  if (!run.report.documents) {
    process.stderr.write(`claimlens: no article is in every set (${positionals.join(', ')}); nothing to compare\n`);
    return 2;
  }
  if (format === 'json') out(JSON.stringify(run.report, null, 2) + '\n');
  else if (format === 'csv') out(agreeCsv(run.report));
  else out(agreeText(run.report));
  return run.skipped.length ? 1 : 0;
}

function cmdMergeDriver(args: string[]): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length < 3 || positionals.length > 4) throw new UsageError('merge-driver needs BASE OURS THEIRS [PATH] (git\'s %O %A %B %P)');
  const [base, ours, theirs, path] = positionals;
  const r = mergeDriver(base, ours, theirs, path);
  for (const m of r.messages) process.stderr.write(`claimlens: ${m}\n`);
  return r.code;
}

function cmdSetupGit(args: string[], out: (s: string) => void): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new UsageError('setup-git takes at most one DIR');
  try {
    for (const line of setupGit(positionals[0] ?? '.')) out(line + '\n');
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`claimlens: ${e.message}\n`);
    return 2;
  }
  return 0;
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
      case 'agree':
        return cmdAgree(rest, out);
      case 'merge-driver':
        return cmdMergeDriver(rest);
      case 'setup-git':
        return cmdSetupGit(rest, out);
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
