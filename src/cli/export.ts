import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'fs';
import { basename, dirname, join, relative, resolve } from 'path';
import { pathToFileURL } from 'url';
import { ExportWriter, prepareSource } from '../core/export/exporter';
import { FORMATS, isBaseIri, resolveIri, type ArticleSource, type Format } from '../core/export/formats';
import { parseSidecar } from '../core/sidecar/parse';
import { DEFAULT_TAXONOMY, parseTaxonomy, TAXONOMY_FILE, type Taxonomy } from '../core/taxonomy/taxonomy';
import { sha256Hex } from '../core/text/hash';
import { commonDir, InputError, nearest, readArticle, readTextFile, sidecarsOf, writeAtomic } from './files';
import { mapOrdered } from './jobs';

export interface ExportOptions {
  format: Format;
  /** File (or folder, for brat) to write; standard output when absent (not for brat). */
  out?: string;
  force: boolean;
  /** Only these tags; for CoNLL, the tag columns. */
  tags?: string[];
  /** Absolute IRI the articles' paths are resolved against for W3C targets (else their file: URIs). */
  baseUri?: string;
  /** Called after each article: done, total. */
  progress?: (done: number, total: number) => void;
  /** Worker threads that read and place the articles (1: this thread); the output is the same. */
  jobs?: number;
  /** The command line's script, which the worker threads run. */
  script?: string;
}

export interface ExportReport {
  articles: number;
  spans: number;
  /** Messages naming the file and the reason for what was skipped. */
  skipped: string[];
  /** Files written beside the output. */
  written: string[];
  /** Information that is no problem. */
  notes: string[];
}

export function isFormat(f: string): f is Format {
  return (FORMATS as readonly string[]).includes(f);
}

/**
 * Exports the annotations of every sidecar under the paths, one article at a time (the corpus
 * is never held in memory; CSV and CoNLL read the sidecars once before, for their columns): an
 * invalid sidecar or a missing article is skipped with a message. Existing output is not
 * overwritten unless `force`; a file output appears whole or not at all. brat writes its
 * annotation.conf and visual.conf into the folder, Label Studio its labeling config beside the
 * tasks; the nearest `.claimlens/taxonomy.yaml` above the paths gives the tags and value sets.
 */
export function exportPaths(paths: readonly string[], opt: ExportOptions, write: (s: string) => void): ExportReport {
  if (opt.baseUri !== undefined && !isBaseIri(opt.baseUri)) throw new InputError(`--base-uri ${opt.baseUri}: not an absolute IRI a path can be resolved against (such as https://example.org/news/)`);
  const sidecars = sidecarsOf(paths);
  const report: ExportReport = { articles: 0, spans: 0, skipped: [], written: [], notes: [] };
  const base = commonDir(paths);
  const pageId = opt.out
    ? pathToFileURL(resolve(opt.out)).href
    : `urn:claimlens:export:${sha256Hex(sidecars.map((s) => relative(base, s)).join('\n')).slice(0, 16)}`;
  const writer = new ExportWriter(opt.format, { taxonomy: taxonomyFor(base, report), tags: opt.tags, pageId });
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
      writeAtomic(ann, writer.article(source));
    });
    writeSideFiles(writer, opt.out, '', opt.force, report);
  } else {
    const sides = opt.out ? writer.sideFiles(basename(opt.out)).map((f) => join(dirname(opt.out!), f.name)) : [];
    for (const f of opt.out ? [opt.out, ...sides] : []) if (existsSync(f) && !opt.force) throw new InputError(`${f}: exists; use --force to replace it`);
    if (writer.needsPlan) {
      for (const s of sidecars) {
        const parsed = parseSidecar(readSidecar(s, { skipped: [] }) ?? '');
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
      each(sidecars, base, opt, report, (source, k) => {
        opt.progress?.(k + 1, sidecars.length);
        if (source) emit(writer.article(source));
      });
      emit(writer.tail());
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    if (tmp && opt.out) {
      renameSync(tmp, opt.out);
      writeSideFiles(writer, dirname(opt.out), basename(opt.out), true, report);
    } else if (opt.format === 'labelstudio') {
      report.notes.push('the labeling config is written beside the tasks: give --out FILE to have it');
    }
  }
  report.articles = writer.articles;
  report.spans = writer.spans;
  return report;
}

/** Writes what the format keeps beside its output (atomically; an existing file only with `force`). */
function writeSideFiles(writer: ExportWriter, dir: string, outName: string, force: boolean, report: ExportReport): void {
  for (const f of writer.sideFiles(outName)) {
    const file = join(dir, f.name);
    if (!force && existsSync(file)) {
      report.skipped.push(`${file}: exists; use --force to replace it`);
      continue;
    }
    mkdirSync(dir, { recursive: true });
    writeAtomic(file, f.text);
    report.written.push(file);
  }
}

function readSidecar(sidecarPath: string, report: Pick<ExportReport, 'skipped'>): string | undefined {
  try {
    return readTextFile(sidecarPath);
  } catch (e) {
    report.skipped.push((e as Error).message);
    return undefined;
  }
}

/** Each sidecar's article ready for export (read and placed in `jobs` worker threads), in order. */
function each(sidecars: readonly string[], base: string, opt: ExportOptions, report: ExportReport, use: (source: ArticleSource | undefined, k: number) => void): void {
  mapOrdered({ jobs: opt.jobs ?? 1, script: opt.script ?? '', task: 'load', options: { base, baseUri: opt.baseUri } }, sidecars,
    (s) => loadSource(s, base, opt.baseUri), (r, k) => {
      report.skipped.push(...r.skipped);
      use(r.source, k);
    });
}

/** The article of a sidecar ready for export, or undefined (and messages). */
export function loadSource(sidecarPath: string, base: string, baseUri?: string): { source?: ArticleSource; skipped: string[] } {
  const report = { skipped: [] as string[] };
  const text = readSidecar(sidecarPath, report);
  if (text === undefined) return report;
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
  const uri = baseUri !== undefined ? resolveIri(baseUri, file) : pathToFileURL(resolve(articlePath)).href;
  const { source, problems } = prepareSource(sidecarPath, parsed, article, file, uri);
  return { source, skipped: [...report.skipped, ...problems] };
}

/** The taxonomy of the nearest `.claimlens/taxonomy.yaml` at or above a folder (its problems reported), else the default. */
function taxonomyFor(dir: string, report: ExportReport): Taxonomy {
  const file = nearest(dir, TAXONOMY_FILE);
  if (!file) return DEFAULT_TAXONOMY;
  const { taxonomy, problems } = parseTaxonomy(readTextFile(file));
  for (const p of problems) report.skipped.push(`${file}:${p.line}:${p.col}: ${p.message}`);
  return taxonomy;
}
