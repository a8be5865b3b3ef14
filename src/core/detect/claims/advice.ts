/** Cues the writer uses to advise their subject, no statement of the subject's. */
import type { Context } from './context';

/**
 * "Hikers should know that the trail is steep", "Visitors must remember that C", "Critics need to
 * admit that C": a cue after a modal of obligation (should, must, ought to, need(s) to, have/has
 * to, past an adverb: "should always check") is what the writer tells the subject to know or say,
 * advice, not the subject's statement.
 */
export function obliged(ctx: Context, i: number): boolean {
  const toks = ctx.tokens;
  let k = i - 1;
  if (/^(also|always|first|still|now|really)$/.test(toks[k]?.text ?? '')) k--;
  const w = toks[k]?.text.toLowerCase() ?? '';
  // (the first person hedging its own statement says it still: "I should mention that C", "we must stress that C")
  const self = (j: number): boolean => /^(I|we)$/i.test(toks[j]?.text ?? '');
  if (/^(should|must)$/.test(w)) return !self(k - 1);
  return w === 'to' && /^(ought|need|needs|have|has)$/i.test(toks[k - 1]?.text ?? '') && !self(k - 2);
}
