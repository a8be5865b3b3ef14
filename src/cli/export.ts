import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'fs';
import { basename, dirname, join, relative, resolve } from 'path';
import { pathToFileURL } from 'url';
import { bratAnn, ExportWriter, prepareSource } from '../core/export/exporter';
import { FORMATS, isBaseIri, resolveIri, type ArticleSource, type Format } from '../core/export/formats';
import { parseSidecar } from '../core/sidecar/parse';
import { DEFAULT_TAXONOMY, parseTaxonomy, TAXONOMY_FILE, type Taxonomy } from '../core/taxonomy/taxonomy';
import { sha256Hex } from '../core/text/hash';
import { InputError, nearest, readArticle, readTextFile, sidecarsOf, writeAtomic } from './files';

export interface ExportOptions {
  format: Format;
  /** File (or folder, for brat) to write; standard output when absent (not for brat). */
  out?: string;
  force: boolean;
  /** Absolute IRI the articles' paths are resolved against for W3C targets (else their file: URIs). */
  baseUri?: string;
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
 * is never held in memory; CSV and CoNLL read the sidecars once before, for their columns): an
 * invalid sidecar or a missing article is skipped with a message. Existing output is not overwritten
 * unless `force`; a file output appears whole or not at all. The nearest
 * `.claimlens/taxonomy.yaml` above the paths gives the tags and value sets.
 */
export function exportPaths(paths: readonly string[], opt: ExportOptions, write: (s: string) => void): ExportReport {
  if (opt.baseUri !== undefined && !isBaseIri(opt.baseUri)) throw new InputError(`--base-uri ${opt.baseUri}: not an absolute IRI a path can be resolved against (such as https://example.org/news/)`);
  const sidecars = sidecarsOf(paths);
  const report: ExportReport = { articles: 0, spans: 0, skipped: [] };
  const base = commonDir(paths);
  const load = (sidecarPath: string): ArticleSource | undefined => loadArticle(sidecarPath, base, opt.baseUri, report);
  if (opt.format === 'brat') {
    if (!opt.out) throw new InputError('brat export writes a .txt and an .ann per article: give a folder with --out');
    if (existsSync(opt.out) && !statSync(opt.out).isDirectory()) throw new InputError(`${opt.out}: --out for brat must be a folder`);
    sidecars.forEach((sidecarPath, k) => {
      const source = load(sidecarPath);
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
  const pageId = opt.out
    ? pathToFileURL(resolve(opt.out)).href
    : `urn:claimlens:export:${sha256Hex(sidecars.map((s) => relative(base, s)).join('\n')).slice(0, 16)}`;
  const writer = new ExportWriter(opt.format, { taxonomy: taxonomyFor(base, report), pageId });
  if (writer.needsPlan) {
    for (const s of sidecars) {
      let parsed;
      try {
        parsed = parseSidecar(readTextFile(s));
      } catch {
        continue; // reported when the article is exported
      }
      if (parsed.ok) writer.plan(parsed.sidecar);
    }
  }
  const tmp = opt.out ? join(dirname(resolve(opt.out)), `.${basename(opt.out)}.${process.pid}.tmp`) : undefined;
  let fd: number | undefined;
  if (tmp) {
    mkdirSync(dirname(tmp), { recursive: true });
    fd = openSync(tmp, 'w');
  }
  const emit = fd !== undefined ? (s: string): void => { if (s) writeSync(fd!, s); } : write;
  try {
    emit(writer.head());
    sidecars.forEach((sidecarPath, k) => {
      const source = load(sidecarPath);
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

/** The article of a sidecar ready for export, or undefined (and a message). */
function loadArticle(sidecarPath: string, base: string, baseUri: string | undefined, report: ExportReport): ArticleSource | undefined {
  let text: string;
  try {
    text = readTextFile(sidecarPath);
  } catch (e) {
    report.skipped.push((e as Error).message);
    return undefined;
  }
  const parsed = parseSidecar(text);
  const name = parsed.ok ? parsed.sidecar.document.file : undefined;
  const articlePath = name ? join(dirname(sidecarPath), name) : sidecarPath;
  let article = '';
  if (parsed.ok) {
    try {
      article = readArticle(articlePath);
    } catch (e) {
      report.skipped.push(`${sidecarPath}: its article cannot be read: ${(e as Error).message} (skipped)`);
      return undefined;
    }
  }
  const file = relative(base, articlePath).split('\\').join('/') || basename(articlePath);
  const uri = baseUri !== undefined ? resolveIri(baseUri, file) : pathToFileURL(resolve(articlePath)).href;
  const { source, problems } = prepareSource(sidecarPath, parsed, article, file, uri);
  report.skipped.push(...problems);
  return source;
}

/** The taxonomy of the nearest `.claimlens/taxonomy.yaml` at or above a folder (its problems reported), else the default. */
function taxonomyFor(dir: string, report: ExportReport): Taxonomy {
  const file = nearest(dir, TAXONOMY_FILE);
  if (!file) return DEFAULT_TAXONOMY;
  const { taxonomy, problems } = parseTaxonomy(readTextFile(file));
  for (const p of problems) report.skipped.push(`${file}:${p.line}:${p.col}: ${p.message}`);
  return taxonomy;
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
