import { sha256Hex } from '../text/hash';
import { OffsetIndex } from '../text/offsets';
import type { Annotation, Sidecar } from '../sidecar/model';
import { Anchorer, selectorOf, type AnchorFailure, type AnchorHow } from './anchor';
import type { LiveSpan } from './track';

/** An annotation placed in a live text: UTF-16 offsets (or orphaned, keeping its stored selector). */
export interface Placed extends LiveSpan {
  data: Annotation;
  orphaned: boolean;
  /** How it was placed when loaded, or why it could not be. */
  how?: AnchorHow | AnchorFailure;
}

/** Anchors every annotation of a sidecar in the current text (results in the sidecar's order). */
export function placeAll(text: string, sidecar: Sidecar): Placed[] {
  const anchorer = new Anchorer(text, sha256Hex(text) === sidecar.document.sha256);
  const ix = anchorer.index;
  const order = sidecar.annotations.map((_, i) => i).sort((i, j) => sidecar.annotations[i].start - sidecar.annotations[j].start);
  const out: Placed[] = new Array(sidecar.annotations.length);
  for (const i of order) {
    const a = sidecar.annotations[i];
    const r = anchorer.anchor(a);
    if (typeof r === 'string') {
      out[i] = { data: { ...a }, start: 0, end: 0, orphaned: true, how: r };
      continue;
    }
    let fragments: Array<[number, number]> | undefined;
    if (a.fragments) {
      const delta = ix.toCodePoint(r.start16) - a.start;
      fragments = a.fragments
        .map(([s, e]): [number, number] => [Math.max(r.start16, ix.toUtf16(s + delta)), Math.min(r.end16, ix.toUtf16(e + delta))])
        .filter(([s, e]) => e > s);
      if (fragments.length < 2) fragments = undefined;
    }
    out[i] = { data: { ...a }, start: r.start16, end: r.end16, fragments, orphaned: false, how: r.how };
  }
  return out;
}

/** The sidecar for a text and its placed annotations; selectors are recomputed from the text. */
export function toSidecar(fileName: string, text: string, placed: readonly Placed[]): Sidecar {
  const index = new OffsetIndex(text);
  const annotations = placed.map((p): Annotation => {
    if (p.orphaned) return { ...p.data, orphaned: true };
    const out: Annotation = { ...p.data, ...selectorOf(index, p.start, p.end), orphaned: undefined };
    if (p.fragments && p.fragments.length > 1) out.fragments = p.fragments.map(([s, e]) => [index.toCodePoint(s), index.toCodePoint(e)]);
    else delete out.fragments;
    return out;
  });
  return {
    document: { file: fileName, sha256: sha256Hex(text), length: index.lengthCp },
    annotations,
  };
}
