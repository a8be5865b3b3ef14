import { firstCodePoints, lastCodePoints, OffsetIndex } from '../text/offsets';
import type { Annotation } from '../sidecar/model';

/** Code points of context kept before and after a span. */
export const CONTEXT_CP = 32;

export interface Selector {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/** The position + quote + context selector of a UTF-16 range, with offsets in code points. */
export function selectorOf(index: OffsetIndex, start16: number, end16: number): Selector {
  const t = index.text;
  return {
    start: index.toCodePoint(start16),
    end: index.toCodePoint(end16),
    quote: t.slice(start16, end16),
    prefix: lastCodePoints(t.slice(Math.max(0, start16 - 2 * CONTEXT_CP), start16), CONTEXT_CP),
    suffix: firstCodePoints(t.slice(end16, end16 + 2 * CONTEXT_CP), CONTEXT_CP),
  };
}

export type AnchorHow = 'position' | 'quote';

export interface Anchored {
  /** UTF-16 offsets into the current text. */
  start16: number;
  end16: number;
  how: AnchorHow;
}

/**
 * Places an annotation in the current text: where its offsets still hold its quote; else at the
 * occurrence of the quote whose context and position fit best. Undefined when the quote is not
 * in the text (the annotation is then orphaned, never moved to a look-alike passage).
 */
export function anchorAnnotation(index: OffsetIndex, a: Pick<Annotation, 'start' | 'end' | 'quote' | 'prefix' | 'suffix'>): Anchored | undefined {
  const s16 = index.toUtf16(a.start);
  const e16 = index.toUtf16(a.end);
  if (a.end <= index.lengthCp && index.text.slice(s16, e16) === a.quote) return { start16: s16, end16: e16, how: 'position' };
  if (!a.quote) return undefined;
  const text = index.text;
  let best: { at: number; score: number } | undefined;
  for (let at = text.indexOf(a.quote); at >= 0; at = text.indexOf(a.quote, at + 1)) {
    const score = contextScore(text, at, at + a.quote.length, a.prefix ?? '', a.suffix ?? '') - Math.abs(at - s16) / (text.length + 1);
    if (!best || score > best.score) best = { at, score };
  }
  return best ? { start16: best.at, end16: best.at + a.quote.length, how: 'quote' } : undefined;
}

/** How many characters of the stored context match next to a candidate (0..prefix+suffix). */
function contextScore(text: string, s: number, e: number, prefix: string, suffix: string): number {
  let n = 0;
  for (let i = 1; i <= prefix.length && s - i >= 0 && text[s - i] === prefix[prefix.length - i]; i++) n++;
  for (let i = 0; i < suffix.length && e + i < text.length && text[e + i] === suffix[i]; i++) n++;
  return n;
}
