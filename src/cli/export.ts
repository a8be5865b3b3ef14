import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'fs';
import { basename, dirname, join, relative, resolve } from 'path';
import { placeAll, toSidecar } from '../core/anchor/placed';
import { bratAnn, conll, csvHeader, csvRows, FORMATS, labelStudioTask, spacyLine, w3cAnnotations, W3C_CONTEXT, type ArticleSource, type Format } from '../core/export/formats';
import { jsonlSpans, toJsonl } from '../core/export/jsonl';
import { parseSidecar } from '../core/sidecar/parse';
import { sha256Hex } from '../core/text/hash';
import { OffsetIndex } from '../core/text/offsets';
import { InputError, readArticle, readTextFile, sidecarsOf, writeAtomic } from './files';

export interface ExportOptions {
  format: Format;
  /** File (or folder, for brat) to write; standard output when absent (not for brat). */
  out?: string;
  force: boolean;
  /** Called after each article: done, total. */
  progress?: (done: number, total: number) => void;
}

export interface ExportReport {
  articles: number;
  spans: number;
  /** Messages naming the file and the reason for what was skipped. */
  skipped: string[];
}

export function isFormat(f: string): f is Format {
  return (FORMATS as readonly string[]).includes(f);
}

/**
 * Exports the annotations of every sidecar under the paths, one article at a time (the corpus
 * is never held in memory): an invalid sidecar or a missing article is skipped with a message.
 * Existing output is not overwritten unless `force`.
 */
export function exportPaths(paths: readonly string[], opt: ExportOptions, write: (s: string) => void): ExportReport {
  const sidecars = sidecarsOf(paths);
  const report: ExportReport = { articles: 0, spans: 0, skipped: [] };
  const base = commonDir(paths);
  if (opt.format === 'brat') {
    if (!opt.out) throw new InputError('brat export writes a .txt and an .ann per article: give a folder with --out');
    if (existsSync(opt.out) && !statSync(opt.out).isDirectory()) throw new InputError(`${opt.out}: --out for brat must be a folder`);
  } else if (opt.out && existsSync(opt.out) && !opt.force) {
    throw new InputError(`${opt.out}: exists; use --force to replace it`);
  }
  let fd: number | undefined;
  const emit = opt.out && opt.format !== 'brat'
    ? (s: string): void => { writeSync(fd!, s); }
    : write;
  const tmp = opt.out && opt.format !== 'brat' ? join(dirname(resolve(opt.out)), `.${basename(opt.out)}.${process.pid}.tmp`) : undefined;
  if (tmp) {
    mkdirSync(dirname(tmp), { recursive: true });
    fd = openSync(tmp, 'w');
  }
  let first = true;
  const item = (json: object): void => {
    emit(`${first ? '' : ',\n'}${JSON.stringify(json)}`);
    first = false;
  };
  try {
    if (opt.format === 'csv') emit(csvHeader());
    if (opt.format === 'labelstudio') emit('[\n');
    if (opt.format === 'w3c') emit(`{"@context": ${JSON.stringify(W3C_CONTEXT)}, "type": "AnnotationPage", "items": [\n`);
    sidecars.forEach((sidecarPath, k) => {
      const source = load(sidecarPath, base, report);
      opt.progress?.(k + 1, sidecars.length);
      if (!source) return;
      report.articles++;
      switch (opt.format) {
        case 'jsonl': {
          const spans = jsonlSpans(source);
          report.spans += spans.length;
          emit(toJsonl(spans));
          break;
        }
        case 'csv':
          report.spans += jsonlSpans(source).length;
          emit(csvRows(source));
          break;
        case 'w3c':
          // the page carries the context once
          for (const a of w3cAnnotations(source, false)) {
            report.spans++;
            item(a);
          }
          break;
        case 'labelstudio': {
          const task = labelStudioTask(source) as { annotations: Array<{ result: Array<{ type: string }> }> };
          report.spans += task.annotations[0].result.filter((r) => r.type === 'labels').length;
          item(task);
          break;
        }
        case 'spacy': {
          const line = spacyLine(source) as { spans: unknown[] };
          report.spans += line.spans.length;
          emit(JSON.stringify(line) + '\n');
          break;
        }
        case 'conll':
          report.spans += jsonlSpans(source).length;
          emit(conll(source));
          break;
        case 'brat': {
          const rel = source.file.replace(/\.[^./]+$/, '');
          const txt = join(opt.out!, `${rel}.txt`);
          const ann = join(opt.out!, `${rel}.ann`);
          if (!opt.force && (existsSync(txt) || existsSync(ann))) {
            report.skipped.push(`${ann}: exists; use --force to replace it`);
            break;
          }
          mkdirSync(dirname(txt), { recursive: true });
          writeAtomic(txt, source.text);
          const text = bratAnn(source);
          writeAtomic(ann, text);
          report.spans += text.split('\n').filter((l) => l.startsWith('T')).length;
          break;
        }
      }
    });
    if (opt.format === 'labelstudio') emit('\n]\n');
    if (opt.format === 'w3c') emit('\n]}\n');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  // the output appears whole, or not at all
  if (tmp && opt.out) renameSync(tmp, opt.out);
  return report;
}

/** The article of a sidecar with its annotations re-anchored in the current text, or undefined (and a message). */
function load(sidecarPath: string, base: string, report: ExportReport): ArticleSource | undefined {
  let text: string;
  try {
    text = readTextFile(sidecarPath);
  } catch (e) {
    report.skipped.push((e as Error).message);
    return undefined;
  }
  const parsed = parseSidecar(text);
  if (!parsed.ok) {
    const p = parsed.problems[0];
    report.skipped.push(`${sidecarPath}:${p.line}:${p.col}: ${p.message} (skipped)`);
    return undefined;
  }
  const articlePath = join(dirname(sidecarPath), parsed.sidecar.document.file);
  let article: string;
  try {
    article = readArticle(articlePath);
  } catch (e) {
    report.skipped.push(`${sidecarPath}: its article cannot be read: ${(e as Error).message} (skipped)`);
    return undefined;
  }
  const file = relative(base, articlePath).split('\\').join('/') || basename(articlePath);
  // the article is the text the offsets were made on: they hold as they are
  if (sha256Hex(article) === parsed.sidecar.document.sha256) {
    const ix = new OffsetIndex(article);
    if (parsed.sidecar.annotations.every((a) => !a.orphaned && ix.sliceCp(a.start, a.end) === a.quote)) return { file, text: article, sidecar: parsed.sidecar };
  }
  const placed = placeAll(article, parsed.sidecar);
  const orphans = placed.filter((p) => p.orphaned).length;
  if (orphans) report.skipped.push(`${sidecarPath}: ${orphans} orphaned annotation${orphans === 1 ? '' : 's'} not exported (run claimlens check)`);
  return { file, text: article, sidecar: toSidecar(parsed.sidecar.document.file, article, placed) };
}

/** The folder the paths have in common, for article names relative to it. */
function commonDir(paths: readonly string[]): string {
  const dirs = paths.map((p) => {
    const abs = resolve(p);
    return existsSync(abs) && statSync(abs).isDirectory() ? abs : dirname(abs);
  });
  let common = dirs[0] ?? process.cwd();
  for (const d of dirs.slice(1)) while (!(d + '/').startsWith(common.endsWith('/') ? common : common + '/')) common = dirname(common);
  return common;
}
