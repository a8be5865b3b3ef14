/**
 * A predicate after the object, the object_predicate frame (frames.ts): "S called the plan a
 * disaster", "called her the most gifted student", "called them racist", "called the plan
 * reckless": a noun phrase with an indefinite article or a superlative, or an adjective closing
 * its clause, after an object (not "called the meeting to order", "called them back").
 */
import { adjectiveSuffix } from '../pos';
import type { Context } from './context';
import { DETERMINER } from './objects';

/**
 * Whether an object (a pronoun, a name, or a noun phrase of up to four words opening with a
 * determiner) at token j is followed by a noun phrase with an indefinite article or a
 * superlative: "called it a blow", "called the new budget a disgrace", "called her the most
 * gifted student" (not "called the meeting to order").
 */
export function predicateAhead(ctx: Context, j: number, end: number): boolean {
  const toks = ctx.tokens;
  const named = ctx.actorAt.get(toks[j].start);
  let k = named ? ctx.indexFrom(named.end) : /^(it|him|her|them|this|that)$/i.test(toks[j].text) ? j + 1 : -1;
  // (a predicate opens with an indefinite article, or with "the" and a superlative: "called the
  // plan the worst idea in years", "called her the most gifted student")
  const opens = (i: number): boolean => /^(a|an)$/.test(toks[i].text) || toks[i].text === 'the' && /^(\p{Ll}{2,}est|best|worst|most|least|only)$/u.test(toks[i + 1]?.text ?? '');
  // "called them racist", "calling it dishonest": after a pronoun or a name, one word closing the clause
  if (k > j && adjectiveCloses(ctx, k, end, false)) return true;
  if (k < 0 && DETERMINER.test(toks[j].text)) {
    for (k = j + 1; k < end && k <= j + 4 && /^\p{Ll}+$/u.test(toks[k].text) && !opens(k); k++);
    // "called the plan reckless": after a noun phrase, its last word when it has an adjective's suffix
    if (k >= j + 3 && adjectiveCloses(ctx, k - 1, end, true)) return true;
  }
  return k > j && k < end - 1 && opens(k) && /^\p{L}/u.test(toks[k + 1].text);
}

/** An adjective by its form: a suffix ("reckless", "illegal"), a participle ("rigged", "biased"), or the negative prefix ("unfair"; not "union", "unit"). */
function predicateAdjective(w: string): boolean {
  return adjectiveSuffix(w) || /^\p{Ll}{3,}ed$/u.test(w) || /^un(?!i)\p{Ll}{3,}$/u.test(w);
}

/** Words after an object that are no predicate: particles and adverbs ("called them back", "called it off"). */
const NOT_PREDICATE = /^(back|off|up|out|in|on|over|down|again|today|yesterday|tonight|later|home|away|together|now|too|also|then|so|here|there)$/;

/**
 * Whether the word at token k is an adjective predicate closing its clause (a comma, a stop, a
 * conjunction or the sentence's end after it): any lower-case word but a particle after a pronoun
 * or name, one with an adjective's form after a noun phrase, whose last noun it may be otherwise
 * ("called the press conference").
 */
function adjectiveCloses(ctx: Context, k: number, end: number, suffix: boolean): boolean {
  const toks = ctx.tokens;
  const w = toks[k]?.text ?? '';
  if (k >= end || !/^\p{Ll}{3,}$/u.test(w) || NOT_PREDICATE.test(w) || /(ly|ing)$/.test(w) || suffix && !predicateAdjective(w)) return false;
  return k + 1 >= end || /^[,;:.!?]$/.test(toks[k + 1].text) || /^(and|but)$/.test(toks[k + 1].text);
}
