import { dirname, join } from 'path';
import { placeAll, toSidecar } from '../core/anchor/placed';
import { articlePathOf } from '../core/sidecar/model';
import { conflictPlaces, describeConflict } from '../core/sidecar/conflicts';
import { parseSidecar } from '../core/sidecar/parse';
import { serializeSidecar } from '../core/sidecar/write';
import { InputError, readArticle, readTextFile, sidecarsOf, writeAtomic } from './files';

export interface CheckReport {
  /** One line per problem: `FILE: orphaned ID "quote"` or `FILE:LINE:COL: reason` (merge conflicts too). */
  problems: string[];
  /** Sidecars rewritten (reanchor only). */
  rewritten: string[];
  checked: number;
  /** Files that could not be read at all. */
  unreadable: number;
}

/**
 * Validates sidecars and re-anchors their annotations in the current article text; with
 * `rewrite`, writes back every valid sidecar whose offsets, context or orphans changed
 * (atomically; a sidecar that could not be parsed is never written).
 */
export function check(paths: readonly string[], rewrite: boolean, onError: (line: string) => void): CheckReport {
  const report: CheckReport = { problems: [], rewritten: [], checked: 0, unreadable: 0 };
  for (const sidecarPath of sidecarsOf(paths)) {
    report.checked++;
    let text: string;
    try {
      text = readTextFile(sidecarPath);
    } catch (e) {
      onError((e as Error).message);
      report.unreadable++;
      continue;
    }
    const parsed = parseSidecar(text);
    if (!parsed.ok) {
      for (const p of parsed.problems) report.problems.push(`${sidecarPath}:${p.line}:${p.col}: ${p.message}`);
      continue;
    }
    for (const c of conflictPlaces(text, parsed.sidecar.annotations, parsed.canonical)) {
      report.problems.push(`${sidecarPath}:${c.line}:${c.col}: ${describeConflict(c.id, c.conflict)} (a merge left it; keep one value and remove "conflict")`);
    }
    const articlePath = join(dirname(sidecarPath), parsed.sidecar.document.file);
    const expected = articlePathOf(sidecarPath);
    let article: string;
    try {
      article = readArticle(articlePath);
    } catch (e) {
      report.problems.push(`${sidecarPath}:1:1: article ${parsed.sidecar.document.file} cannot be read (${e instanceof InputError ? e.message.replace(/^.*?: cannot read: /, '') : String(e)})`
        + (expected && expected !== articlePath ? `; the sidecar's name suggests ${expected}` : ''));
      continue;
    }
    const placed = placeAll(article, parsed.sidecar);
    placed.forEach((p, i) => {
      if (!p.orphaned) return;
      const a = parsed.sidecar.annotations[i];
      report.problems.push(`${sidecarPath}: orphaned ${a.id} ${JSON.stringify(a.quote)}${p.how === 'ambiguous' ? ' (ambiguous)' : ''}`);
    });
    if (rewrite) {
      const next = serializeSidecar(toSidecar(parsed.sidecar.document.file, article, placed), text);
      if (next !== text) {
        writeAtomic(sidecarPath, next);
        report.rewritten.push(sidecarPath);
      }
    }
  }
  return report;
}
