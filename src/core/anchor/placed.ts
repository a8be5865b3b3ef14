import { codePointLength, OffsetIndex } from '../text/offsets';
import { sha256Hex } from '../text/hash';
import type { Annotation, Sidecar } from '../sidecar/model';
import { anchorAnnotation, selectorOf } from './anchor';
import type { LiveSpan } from './track';

/** An annotation placed in a live text: UTF-16 offsets (or orphaned, keeping its stored selector). */
export interface Placed extends LiveSpan {
  data: Annotation;
  orphaned: boolean;
}

/** Anchors every annotation of a sidecar in the current text. */
export function placeAll(text: string, sidecar: Sidecar): Placed[] {
  const index = new OffsetIndex(text);
  return sidecar.annotations.map((a) => {
    const found = anchorAnnotation(index, a);
    if (!found) return { data: { ...a }, start: 0, end: 0, orphaned: true };
    const shift = found.start16 - index.toUtf16(a.start);
    const fragments = a.fragments?.map(([s, e]) => [index.toUtf16(s) + shift, index.toUtf16(e) + shift] as [number, number]);
    return { data: { ...a }, start: found.start16, end: found.end16, fragments, orphaned: false };
  });
}

/** The sidecar for a text and its placed annotations; selectors are recomputed from the text. */
export function toSidecar(fileName: string, text: string, placed: readonly Placed[]): Sidecar {
  const index = new OffsetIndex(text);
  const annotations = placed.map((p): Annotation => {
    if (p.orphaned) return { ...p.data, orphaned: true };
    const sel = selectorOf(index, p.start, p.end);
    const out: Annotation = { ...p.data, ...sel, orphaned: undefined };
    if (p.fragments && p.fragments.length > 1) out.fragments = p.fragments.map(([s, e]) => [index.toCodePoint(s), index.toCodePoint(e)]);
    else delete out.fragments;
    return out;
  });
  return {
    document: { file: fileName, sha256: sha256Hex(text), length: codePointLength(text) },
    annotations,
  };
}
