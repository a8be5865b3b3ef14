/**
 * Two verbs of one subject joined by "and" or "but" ("He met Rusk on Tuesday and said C", "She
 * praised Lind for his patience and said C"): a name between the two verbs is the first verb's
 * object, never the subject of the second (the subject of a coordinated verb phrase is the one
 * before the first verb). speakers.ts reads past such a name to the subject before it.
 */
import type { ActorMention } from '../types';
import type { Context } from './context';
import { objectVerb } from './gender';

/** Adverbs and auxiliaries that may stand between the conjunction and the second verb. */
const BEFORE_VERB = /^(also|then|later|has|have|had|will|would|could|\p{L}+ly)$/iu;

/**
 * The index of the verb actor `a` is the object of, when a conjunction "and" or "but" (no comma
 * and no other name after it) stands between `a` and the verb at token `verb` and opens the
 * second verb phrase; else -1.
 */
export function objectBeforeCoordinated(ctx: Context, a: ActorMention, verb: number): number {
  const toks = ctx.tokens;
  let k = verb - 1;
  while (k > 0 && BEFORE_VERB.test(toks[k].text)) k--;
  if (!/^(and|but)$/.test(toks[k]?.text ?? '') || toks[k].start < a.end || toks[k - 1]?.text === ',') return -1;
  // (up to a few words of an adjunct between the name and the conjunction: "on Tuesday", "for his patience")
  const between = ctx.text.slice(a.end, toks[k].start);
  if (/[,;:"“”]/.test(between) || between.split(/\s+/).filter(Boolean).length > 5) return -1;
  return objectVerb(ctx, a);
}
