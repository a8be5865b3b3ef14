/**
 * Views reported with no verb of saying: an adjective of attitude after a copula says what its
 * subject holds ("S is concerned (that) C", "S was adamant that C", "I'm sure C": lexicon.ts
 * ATTITUDES), and a speaker in the first person glosses what they say ("I mean C").
 */
import { ATTITUDES, NOT_CLAUSE_START } from '../lexicon';
import type { ClaimMention, Span } from '../types';
import type { Context } from './context';
import { claimEnd } from './ends';
import { contractedSubject, subjectBefore } from './speakers';

/** Adverbs of degree or time between a copula and an adjective of attitude ("are increasingly convinced", "is now sure"). */
const ATTITUDE_ADVERB = /^(?:\p{Ll}+ly|now|still|also|all|both|very|so|quite|more|less|ever|even|fully)$/u;

/**
 * The claim of an adjective of attitude at token i (w, its word with its capital lowered) in
 * sentence s (token range), outside quotations: false when it is none, else the claim (undefined
 * when its span is empty).
 */
export function attitudeClaim(ctx: Context, s: Span, i: number, w: string, inQuote: (offset: number) => boolean): ClaimMention | undefined | false {
  const toks = ctx.tokens;
  const t = toks[i];
  // S is concerned (that) C.  /  S was adamant that C.  /  I am sure that C.  /  I'm sure C.
  // (a degree or time adverb may stand between the copula and the adjective: "voters are
  // increasingly convinced that C", "S is now confident C"; a negation may not)
  const be = ATTITUDES.has(w) && ATTITUDE_ADVERB.test(toks[i - 1]?.text ?? '') ? i - 2 : i - 1;
  const contracted = ATTITUDES.has(w) ? /^(I|he|she|we|they)['’](m|s|re)$/i.exec(toks[be]?.text ?? '') : null;
  if (ATTITUDES.has(w) && (/^(is|are|am|was|were|remain|remains|remained)$/.test(toks[be]?.text ?? '') || contracted) && toks[i + 1]) {
    const subject = contracted ? contractedSubject(toks[be], contracted[1]) : subjectBefore(ctx, be, s.start);
    const c = toks[i + 1].text === 'that' ? i + 2 : i + 1;
    if (subject && toks[c] && /^[\p{L}\p{N}]/u.test(toks[c].text) && !NOT_CLAUSE_START.has(toks[c].text.toLowerCase())
      && !inQuote(toks[c].start) && ctx.hasFiniteVerb(c + 1, s.end)) {
      // (a view held, FrameNet Certainty and the emotion frames: belief; "adamant" insists, a saying)
      return ctx.claim(toks[c].start, claimEnd(ctx, s, i, inQuote), 'indirect', { ...ctx.cue(t), class: w === 'adamant' ? 'speech' : 'belief' }, subject);
    }
  }
  return false;
}

/**
 * The claim of "mean" or "meant" at token i (w, its word with its capital lowered) in sentence s
 * (token range), outside quotations: false when it is none, else the claim (undefined when its
 * span is empty).
 */
export function glossClaim(ctx: Context, s: Span, i: number, w: string, inQuote: (offset: number) => boolean): ClaimMention | undefined | false {
  const toks = ctx.tokens;
  const t = toks[i];
  // "I mean C", "we meant that C": a speaker glossing what they say (only in the first person:
  // "this means that C" says what follows from something, no one's statement)
  if (/^(mean|meant)$/.test(w) && /^(I|we)$/i.test(toks[i - 1]?.text ?? '') && !inQuote(t.start)) {
    const c = toks[i + 1]?.text === 'that' || toks[i + 1]?.text === ',' ? i + 2 : i + 1;
    const subject = subjectBefore(ctx, i, s.start);
    if (subject && toks[c] && /^[\p{L}\p{N}]/u.test(toks[c].text) && !NOT_CLAUSE_START.has(toks[c].text.toLowerCase()) && ctx.clauseAhead(c, s.end)) {
      return ctx.claim(toks[c].start, claimEnd(ctx, s, i, inQuote), 'indirect', ctx.cue(t), subject);
    }
  }
  return false;
}
