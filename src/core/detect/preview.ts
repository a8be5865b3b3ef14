import { moveActor, moveClaim } from './delta';
import type { Gazetteer } from './gazetteer';
import { IncrementalDetector } from './incremental';
import type { Detection } from './types';

/** Texts shorter than this are analysed whole at once (a preview would gain nothing). */
export const PREVIEW_FROM = 64 * 1024;

/** Paragraphs (runs between blank lines) around [start, end): what a preview analyses. */
export function previewSpan(text: string, start: number, end: number): [number, number] {
  const before = text.lastIndexOf('\n\n', Math.max(0, start - 1));
  const after = text.indexOf('\n\n', end);
  return [before < 0 ? 0 : before + 2, after < 0 ? text.length : after];
}

/**
 * A quick first look at a long text: the paragraphs around [start, end) (what the editor shows)
 * analysed on their own, offsets in the whole text. Names and pronouns that need the rest of the
 * text may come out otherwise than in the whole text's result, which follows and replaces it.
 */
export function detectAround(text: string, start: number, end: number, gazetteer?: Gazetteer): Detection {
  const [a, b] = previewSpan(text, start, end);
  const d = new IncrementalDetector(gazetteer).detect(text.slice(a, b));
  return { actors: d.actors.map((m) => moveActor(m, a)), claims: d.claims.map((c) => moveClaim(c, a)) };
}
