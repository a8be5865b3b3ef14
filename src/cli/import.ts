import { existsSync, mkdirSync } from 'fs';
import { basename, dirname, resolve } from 'path';
import { placeAll, toSidecar } from '../core/anchor/placed';
import { importBrat, importLabelStudio, type Imported } from '../core/export/imports';
import { sidecarPathOf, type Annotation } from '../core/sidecar/model';
import { serializeSidecar } from '../core/sidecar/write';
import { sha256Hex } from '../core/text/hash';
import { codePointLength, OffsetIndex } from '../core/text/offsets';
import { InputError, readArticle, readTextFile, writeAtomic } from './files';

export interface ImportReport {
  written: string[];
  /** Messages naming the file and the reason. */
  problems: string[];
}

/**
 * Imports brat `.ann` files (with their `.txt`) or Label Studio JSON exports into sidecars
 * next to the articles. An existing sidecar is only replaced with `force`.
 */
export function importFiles(format: 'brat' | 'labelstudio', files: readonly string[], opt: { root?: string; force: boolean }): ImportReport {
  const report: ImportReport = { written: [], problems: [] };
  for (const file of files) {
    if (format === 'brat') {
      const base = file.replace(/\.(ann|txt)$/, '');
      const ann = readTextFile(`${base}.ann`);
      const article = `${base}.txt`;
      const text = readArticle(article);
      save(article, text, importBrat(ann, text), `${base}.ann`, opt.force, report);
    } else {
      let tasks: unknown;
      try {
        tasks = JSON.parse(readTextFile(file));
      } catch (e) {
        if (e instanceof InputError) throw e;
        throw new InputError(`${file}: not JSON (${(e as Error).message})`);
      }
      importLabelStudio(tasks).forEach((task, k) => {
        const article = resolve(opt.root ?? dirname(file), task.file ?? `${basename(file, '.json')}-${k + 1}.txt`);
        if (!existsSync(article)) {
          mkdirSync(dirname(article), { recursive: true });
          writeAtomic(article, task.text);
        }
        save(article, readArticle(article), task, file, opt.force, report);
      });
    }
  }
  return report;
}

function save(article: string, text: string, imported: Imported & { text?: string }, from: string, force: boolean, report: ImportReport): void {
  for (const p of imported.problems) report.problems.push(`${from}:${p.line}: ${p.message}`);
  const sidecarPath = sidecarPathOf(article);
  if (existsSync(sidecarPath) && !force) {
    report.problems.push(`${sidecarPath}: exists; use --force to replace it (nothing imported for ${basename(article)})`);
    return;
  }
  let annotations: Annotation[] = imported.annotations;
  const source = imported.text ?? text;
  if (source !== text) {
    // the task's text differs from the article: place the annotations in the article's text
    const six = new OffsetIndex(source);
    const onSource = toSidecar(basename(article), source, imported.annotations.map((a) => ({
      data: a, start: six.toUtf16(a.start), end: six.toUtf16(a.end), orphaned: false,
      fragments: a.fragments?.map(([s, e]) => [six.toUtf16(s), six.toUtf16(e)] as [number, number]),
    })));
    const placed = placeAll(text, onSource);
    annotations = toSidecar(basename(article), text, placed).annotations;
    const orphans = placed.filter((p) => p.orphaned).length;
    if (orphans) report.problems.push(`${from}: ${orphans} annotation${orphans === 1 ? '' : 's'} could not be placed in ${article}; kept as orphaned`);
  }
  const sidecar = {
    document: { file: basename(article), sha256: sha256Hex(text), length: codePointLength(text) },
    annotations,
  };
  writeAtomic(sidecarPath, serializeSidecar(sidecar));
  report.written.push(sidecarPath);
}
