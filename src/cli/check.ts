import { dirname, join } from 'path';
import { placeAll, placementCounts, toSidecar, type PlacementCounts } from '../core/anchor/placed';
import type { AnchorFailure } from '../core/anchor/anchor';
import { sha256Hex } from '../core/text/hash';
import { textFromGit } from './history';
import { articlePathOf } from '../core/sidecar/model';
import { conflictPlaces, describeConflict } from '../core/sidecar/conflicts';
import { parseSidecar } from '../core/sidecar/parse';
import { serializeSidecar } from '../core/sidecar/write';
import { InputError, readArticle, readTextFile, sidecarsOf, writeAtomic } from './files';
import { removeStaleTemporaries, withFileLock } from '../core/files/atomicFile';

export interface CheckReport {
  /** One line per problem: `FILE: orphaned ID "quote"` or `FILE:LINE:COL: reason` (merge conflicts too). */
  problems: string[];
  /** Sidecars rewritten (reanchor only). */
  rewritten: string[];
  checked: number;
  /** Files that could not be read at all. */
  unreadable: number;
  /** How the annotations of each sidecar were placed, and whether its article's old text was found in git. */
  placements: Array<{ file: string; counts: PlacementCounts; history: boolean; changed: boolean }>;
}

const FAILURES: Record<AnchorFailure, string> = {
  missing: 'its text is gone', ambiguous: 'ambiguous', 'out-of-order': 'out of order', taken: 'its span is taken',
};

/**
 * Validates sidecars and re-anchors their annotations in the current article text; with
 * `rewrite`, writes back every valid sidecar whose offsets, context or orphans changed
 * (atomically; a sidecar that could not be parsed is never written).
 */
export function check(paths: readonly string[], rewrite: boolean, onError: (line: string) => void,
  verbose = false, onInfo: (line: string) => void = () => undefined): CheckReport {
  const report: CheckReport = { problems: [], rewritten: [], checked: 0, unreadable: 0, placements: [] };
  for (const sidecarPath of sidecarsOf(paths)) {
    report.checked++;
    removeStaleTemporaries(sidecarPath);
    // a rewrite reads, places and writes while holding the file's lock (the editor may be saving it)
    if (rewrite) withFileLock(sidecarPath, () => checkOne(sidecarPath, report, rewrite, onError, verbose, onInfo));
    else checkOne(sidecarPath, report, rewrite, onError, verbose, onInfo);
  }
  return report;
}

function checkOne(sidecarPath: string, report: CheckReport, rewrite: boolean, onError: (line: string) => void,
  verbose: boolean, onInfo: (line: string) => void): void {
  let text: string;
  try {
    text = readTextFile(sidecarPath);
  } catch (e) {
    onError((e as Error).message);
    report.unreadable++;
    return;
  }
  const parsed = parseSidecar(text);
  if (!parsed.ok) {
    for (const p of parsed.problems) report.problems.push(`${sidecarPath}:${p.line}:${p.col}: ${p.message}`);
    return;
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
    return;
  }
  // the text the sidecar was written for, when the article changed since: from git's history
  const changed = sha256Hex(article) !== parsed.sidecar.document.sha256;
  const previous = changed ? textFromGit(articlePath, parsed.sidecar.document.sha256) : undefined;
  const placed = placeAll(article, parsed.sidecar, previous);
  placed.forEach((p, i) => {
    if (!p.orphaned) return;
    const a = parsed.sidecar.annotations[i];
    report.problems.push(`${sidecarPath}: orphaned ${a.id} ${JSON.stringify(a.quote)}${p.how && p.how !== 'missing' ? ` (${FAILURES[p.how as AnchorFailure]})` : ''}`);
  });
  const counts = placementCounts(placed);
  report.placements.push({ file: sidecarPath, counts, history: previous !== undefined, changed });
  if (verbose) placed.forEach((p, i) => {
    if (p.orphaned || p.how === 'position' || p.how === 'diff') return;
    const a = parsed.sidecar.annotations[i];
    onInfo(`${sidecarPath}: ${p.how === 'quote' ? 'found by its quote' : 'found by a close match'} ${a.id} ${JSON.stringify(a.quote)}`);
  });
  if (rewrite) {
    const next = serializeSidecar(toSidecar(parsed.sidecar.document.file, article, placed), text);
    if (next !== text) {
      writeAtomic(sidecarPath, next);
      report.rewritten.push(sidecarPath);
    }
  }
}
