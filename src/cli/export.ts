import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'fs';
import { basename, dirname, join, relative, resolve } from 'path';
import { bratAnn, ExportWriter, prepareSource } from '../core/export/exporter';
import { FORMATS, type ArticleSource, type Format } from '../core/export/formats';
import { parseSidecar } from '../core/sidecar/parse';
import { commonDir, InputError, readArticle, readTextFile, sidecarsOf, writeAtomic } from './files';
import { mapOrdered } from './jobs';

export interface ExportOptions {
  format: Format;
  /** File (or folder, for brat) to write; standard output when absent (not for brat). */
  out?: string;
  force: boolean;
  /** Called after each article: done, total. */
  progress?: (done: number, total: number) => void;
  /** Worker threads that read and place the articles (1: none); `script` is the command line's file. */
  jobs?: number;
  script?: string;
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
 * Existing output is not overwritten unless `force`; a file output appears whole or not at all.
 */
export function exportPaths(paths: readonly string[], opt: ExportOptions, write: (s: string) => void): ExportReport {
  const sidecars = sidecarsOf(paths);
  const report: ExportReport = { articles: 0, spans: 0, skipped: [] };
  const base = commonDir(paths);
  if (opt.format === 'brat') {
    if (!opt.out) throw new InputError('brat export writes a .txt and an .ann per article: give a folder with --out');
    if (existsSync(opt.out) && !statSync(opt.out).isDirectory()) throw new InputError(`${opt.out}: --out for brat must be a folder`);
    each(sidecars, base, opt, report, (source, k) => {
      opt.progress?.(k + 1, sidecars.length);
      if (!source) return;
      const rel = source.file.replace(/\.[^./]+$/, '');
      const txt = join(opt.out!, `${rel}.txt`);
      const ann = join(opt.out!, `${rel}.ann`);
      if (!opt.force && (existsSync(txt) || existsSync(ann))) {
        report.skipped.push(`${ann}: exists; use --force to replace it`);
        return;
      }
      mkdirSync(dirname(txt), { recursive: true });
      writeAtomic(txt, source.text);
      const text = bratAnn(source);
      writeAtomic(ann, text);
      report.articles++;
      report.spans += text.split('\n').filter((l) => l.startsWith('T')).length;
    });
    return report;
  }
  if (opt.out && existsSync(opt.out) && !opt.force) throw new InputError(`${opt.out}: exists; use --force to replace it`);
  const tmp = opt.out ? join(dirname(resolve(opt.out)), `.${basename(opt.out)}.${process.pid}.tmp`) : undefined;
  let fd: number | undefined;
  if (tmp) {
    mkdirSync(dirname(tmp), { recursive: true });
    fd = openSync(tmp, 'w');
  }
  const emit = fd !== undefined ? (s: string): void => { if (s) writeSync(fd!, s); } : write;
  const writer = new ExportWriter(opt.format);
  try {
    emit(writer.head());
    each(sidecars, base, opt, report, (source, k) => {
      opt.progress?.(k + 1, sidecars.length);
      if (source) emit(writer.article(source));
    });
    emit(writer.tail());
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (tmp && opt.out) renameSync(tmp, opt.out);
  report.articles = writer.articles;
  report.spans = writer.spans;
  return report;
}

/** Each sidecar's article ready for export (read and placed in `jobs` worker threads), in order. */
function each(sidecars: readonly string[], base: string, opt: ExportOptions, report: ExportReport, use: (source: ArticleSource | undefined, k: number) => void): void {
  mapOrdered({ jobs: opt.jobs ?? 1, script: opt.script ?? '', task: 'load', options: { base } }, sidecars, (s) => loadSource(s, base), (r, k) => {
    report.skipped.push(...r.skipped);
    use(r.source, k);
  });
}

/** The article of a sidecar ready for export, or undefined (and messages). */
export function loadSource(sidecarPath: string, base: string): { source?: ArticleSource; skipped: string[] } {
  const skipped: string[] = [];
  let text: string;
  try {
    text = readTextFile(sidecarPath);
  } catch (e) {
    return { skipped: [(e as Error).message] };
  }
  const parsed = parseSidecar(text);
  const name = parsed.ok ? parsed.sidecar.document.file : undefined;
  const articlePath = name ? join(dirname(sidecarPath), name) : sidecarPath;
  let article = '';
  if (parsed.ok) {
    try {
      article = readArticle(articlePath);
    } catch (e) {
      return { skipped: [`${sidecarPath}: its article cannot be read: ${(e as Error).message} (skipped)`] };
    }
  }
  const file = relative(base, articlePath).split('\\').join('/') || basename(articlePath);
  const { source, problems } = prepareSource(sidecarPath, parsed, article, file);
  skipped.push(...problems);
  return { source, skipped };
}
