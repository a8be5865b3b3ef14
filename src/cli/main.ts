import { parseArgs } from 'util';
import { existsSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { Gazetteer, IncrementalDetector, type Detection } from '../core/detect';
import { ACTORS_FILE, parseActorsFile } from '../core/detect/actorsFile';
import { OffsetIndex } from '../core/text/offsets';
import { check } from './check';
import { exportPaths, isFormat } from './export';
import { importFiles } from './import';
import { InputError, readArticle, readTextFile } from './files';

const USAGE = `usage:
  claimlens detect [--format jsonl|json|text] FILE...     detected actors and claims
                                                          (with the nearest .claimlens/actors.yaml above each FILE)
  claimlens check PATH...                                 validate sidecars, re-anchor, report
  claimlens reanchor PATH...                              as check, then rewrite sidecars atomically
  claimlens export --format FMT [--out PATH] [--force] PATH...
                                                          export tagged spans; FMT: jsonl, csv, w3c,
                                                          brat (--out is a folder), conll, labelstudio, spacy
  claimlens import --format brat|labelstudio [--root DIR] [--force] FILE...
                                                          sidecars from brat .ann (+ .txt) or Label Studio JSON
A PATH is an article, its sidecar, or a folder (searched for sidecars).
Offsets are Unicode code points, end exclusive. Exit: 0 fine, 1 problems found, 2 usage or unreadable input.`;

class UsageError extends Error {}

/** Detection results with code point offsets, as the command line prints them. */
export function detectionToJson(file: string, text: string, d: Detection): object {
  const ix = new OffsetIndex(text);
  const cp = (o: number): number => ix.toCodePoint(o);
  return {
    file,
    actors: d.actors.map((a) => ({ start: cp(a.start), end: cp(a.end), text: a.text, type: a.type, actor: a.actor })),
    claims: d.claims.map((c) => ({
      start: cp(c.start), end: cp(c.end), text: c.text, kind: c.kind,
      ...(c.fragments ? { fragments: c.fragments.map(([s, e]) => [cp(s), cp(e)]) } : {}),
      cue: c.cue ? { start: cp(c.cue.start), end: cp(c.cue.end), text: c.cue.text, class: c.cue.class } : null,
      speaker: c.speaker ? { start: cp(c.speaker.start), end: cp(c.speaker.end), text: c.speaker.text, actor: c.speaker.actor } : null,
    })),
  };
}

/** The analyst's actors that apply to a file: the nearest `.claimlens/actors.yaml` above it. */
class Gazetteers {
  private readonly byFile = new Map<string, Gazetteer>();
  private readonly shipped = new Gazetteer();
  failed = false;

  for(file: string): Gazetteer {
    for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
      const candidate = join(dir, ACTORS_FILE);
      if (existsSync(candidate)) return this.load(candidate);
      if (dirname(dir) === dir) return this.shipped;
    }
  }

  private load(path: string): Gazetteer {
    let g = this.byFile.get(path);
    if (g) return g;
    const { actors, problems } = parseActorsFile(readTextFile(path));
    for (const p of problems) process.stderr.write(`claimlens: ${path}:${p.line}:${p.col}: ${p.message}\n`);
    if (problems.length) this.failed = true;
    g = new Gazetteer(actors);
    this.byFile.set(path, g);
    return g;
  }
}

function cmdDetect(args: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'jsonl' } } });
  const format = values.format;
  if (format !== 'jsonl' && format !== 'json' && format !== 'text') throw new UsageError(`unknown --format "${format}" (jsonl, json or text)`);
  if (!positionals.length) throw new UsageError('detect needs at least one FILE');
  const results: object[] = [];
  let failed = false;
  const gazetteers = new Gazetteers();
  const detectors = new Map<Gazetteer, IncrementalDetector>();
  for (const file of positionals) {
    let text: string;
    try {
      text = readArticle(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`claimlens: ${e.message}\n`);
      failed = true;
      continue;
    }
    const g = gazetteers.for(file);
    let detector = detectors.get(g);
    if (!detector) detectors.set(g, (detector = new IncrementalDetector(g)));
    const d = detector.detect(text);
    const json = detectionToJson(file, text, d);
    if (format === 'jsonl') out(JSON.stringify(json) + '\n');
    else if (format === 'json') results.push(json);
    else out(textReport(file, json as ReturnType<typeof detectionToJson> & { actors: TextActor[]; claims: TextClaim[] }));
  }
  if (format === 'json') out(JSON.stringify(results, null, 2) + '\n');
  return failed || gazetteers.failed ? 2 : 0;
}

interface TextActor { start: number; end: number; text: string; type: string; actor: string }
interface TextClaim { start: number; end: number; text: string; kind: string; speaker: { actor: string; text: string } | null; cue: { text: string } | null }

function textReport(file: string, r: { actors: TextActor[]; claims: TextClaim[] }): string {
  const lines = [`${file}: ${r.actors.length} actor mentions, ${r.claims.length} claims`];
  for (const a of r.actors) lines.push(`  actor ${a.start}-${a.end} ${a.type} "${a.text}"${a.actor !== a.text ? ` -> ${a.actor}` : ''}`);
  for (const c of r.claims) {
    const who = c.speaker ? (c.speaker.actor || c.speaker.text) : 'unattributed';
    lines.push(`  claim ${c.start}-${c.end} ${c.kind} by ${who}${c.cue ? ` (${c.cue.text})` : ''}: "${c.text.length > 70 ? c.text.slice(0, 69) + '…' : c.text}"`);
  }
  return lines.join('\n') + '\n';
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
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } } });
  if (!values.format) throw new UsageError('export needs --format');
  if (!isFormat(values.format)) throw new UsageError(`unknown --format "${values.format}" (jsonl, csv, w3c, brat, conll, labelstudio, spacy)`);
  if (!positionals.length) throw new UsageError('export needs at least one PATH');
  const tty = process.stderr.isTTY;
  let report;
  try {
    report = exportPaths(positionals, {
      format: values.format, out: values.out, force: values.force ?? false,
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

if (require.main === module) {
  // a reader that stops early (| head) is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
