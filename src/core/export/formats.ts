import type { Annotation, Sidecar } from '../sidecar/model';
import { OffsetIndex } from '../text/offsets';
import type { ExportSource } from './jsonl';

/** An article with its annotations, for the formats that need the text itself. */
export interface ArticleSource extends ExportSource {
  text: string;
  /** The article's absolute IRI (its file: URI, or its path resolved against a base), for W3C targets. */
  uri: string;
}

export const FORMATS = ['jsonl', 'csv', 'w3c', 'brat', 'conll', 'labelstudio', 'spacy'] as const;
export type Format = (typeof FORMATS)[number];

/** The annotations that are exported: confirmed and placed, of the given tags (all when absent), in position order. */
export function exported(sidecar: Sidecar, tags?: readonly string[]): Annotation[] {
  return sidecar.annotations.filter((a) => a.status !== 'rejected' && !a.orphaned && (!tags || tags.includes(a.tag)));
}

/**
 * The pieces of an annotation in code points: its fragments (in order, overlapping or touching
 * ones joined, kept inside the span) or its one span.
 */
export function piecesOf(a: Annotation): Array<[number, number]> {
  if (!a.fragments || a.fragments.length < 2) return [[a.start, a.end]];
  const sorted = a.fragments
    .map(([s, e]): [number, number] => [Math.max(s, a.start), Math.min(e, a.end)])
    .filter(([s, e]) => e > s)
    .sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out.length ? out : [[a.start, a.end]];
}

/** What stands between the pieces of a split claim where a format has one text for the whole claim. */
export const PIECE_JOINER = ' … ';

/** The text of an annotation: its quote, or for a split claim the text of its pieces joined (not the words between them). */
export function annotationText(a: Annotation): string {
  const pieces = piecesOf(a);
  if (pieces.length === 1 && pieces[0][0] === a.start && pieces[0][1] === a.end) return a.quote;
  const ix = new OffsetIndex(a.quote);
  return pieces.map(([s, e]) => ix.sliceCp(s - a.start, e - a.start)).join(PIECE_JOINER);
}

/** An attribute value as text: strings as they are, other values as JSON. */
export function valueText(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** An article's IRI: its path (relative, `/`-separated) resolved against a base IRI (RFC 3986: end a folder with /). */
export function resolveIri(base: string, path: string): string {
  return new URL(path.split('/').map(encodeURIComponent).join('/'), base).href;
}

/** Whether relative paths can be resolved against an IRI (an absolute, hierarchical one). */
export function isBaseIri(iri: string): boolean {
  try {
    resolveIri(iri, 'a.txt');
    return true;
  } catch {
    return false;
  }
}
