/**
 * The verb of a frame without a verb of saying and its subject (stage 2c: frames.ts, support.ts):
 * whether the verb is active and affirmative in a statement (no passive, negation, question,
 * condition or relative clause before it), and whether its subject can hold a view (an actor, a
 * pronoun, a role noun or a noun for someone or something that states, right before the verb
 * but for adverbs, auxiliaries and a day between).
 */
import { nounCue } from '../cues';
import { FINITE_AUXILIARY, REPRESENTATIVES, ROLE_NOUNS, UNNAMED_SPEAKERS } from '../lexicon';
import { documentNoun, statingNoun } from '../nouns';
import type { Speaker } from '../types';
import type { Context } from './context';
import { dayAfter } from './between';

const BE = /^(is|are|was|were|be|been|being|am|'s|’s|get|got|gets|become|became|seem|seems|seemed)$/i;
/** Forms of "be" before the -ing form of a progressive. */
export const PROGRESSIVE = /^(is|are|was|were|am|been|'s|’s|'re|’re)$/i;
const NEGATION = /^(not|never|no|longer|neither|nor)$|n['’]t$/i;
/** Words that may stand between a subject and its verb (auxiliaries and adverbs: "has long accused"). */
export const BETWEEN = /^(also|has|have|had|will|would|could|may|might|should|must|can|later|then|again|now|once|still|repeatedly|twice|long|\p{L}+ly)$/iu;
/** Words before a verb that put it in a question, a condition or a relative clause. */
const NOT_STATEMENT = /^(if|whether|unless|who|which|that|whom|do|does|did|why|how|what|when|where)$/i;

/**
 * An active, affirmative verb in a statement: no form of "be" before it (a passive, an adjective:
 * "were very threatening"), no negation, not in a question, and no "if", "who", "do you" in the
 * three words before it.
 */
export function active(ctx: Context, i: number, first: number): boolean {
  const toks = ctx.tokens;
  let last = i + 1;
  while (last < toks.length && toks[last].sentence === toks[i].sentence) last++;
  if (toks[last - 1].text === '?') return false;
  // (a progressive is active: "is calling for C")
  const progressive = /ing$/.test(toks[i].text) && PROGRESSIVE.test(toks[i - 1]?.text ?? '');
  for (let k = i - 1; k >= first && k >= i - 3; k--) {
    const w = toks[k].text;
    // (a relative clause set off by a comma asserts of its head what it says: "the mayor, who
    // called the plan reckless" is the mayor's labelling; not a restrictive one, "voters who oppose C")
    if (/^(who|which)$/.test(w) && toks[k - 1]?.text === ',') return true;
    if (BE.test(w) && !(progressive && k === i - 1) || NEGATION.test(w) || NOT_STATEMENT.test(w)) return false;
  }
  return true;
}

/**
 * A subject that can hold a view: an actor, a pronoun or a role noun, ending in the three words
 * before the verb (adverbs and auxiliaries between), or the head of an apposition closed by a comma.
 */
export function speakerLike(ctx: Context, sp: Speaker, verb: number): boolean {
  const toks = ctx.tokens;
  if (toks[verb - 1].text !== ',') {
    // only adverbs and auxiliaries between the subject and the verb ("has prompted calls" is no subject + verb)
    // (nor a day: "the council on Tuesday accused O of C", "S yesterday called for C"; nor the
    // representative the subject speaks through: "Pell's campaign accused O of C" is Pell's)
    // (past the comma and pronoun of a relative clause on the subject: "the mayor, who called O P")
    let after = ctx.indexFrom(sp.end);
    const relative = toks[after]?.text === ',' && /^(who|which)$/.test(toks[after + 1]?.text ?? '') ? 2 : 0;
    // (past the source of a statement or document: "A statement from the presidency described …")
    const noun = toks[after - 1]?.text.toLowerCase() ?? '';
    if (/^(from|by)$/.test(toks[after]?.text ?? '') && (nounCue(noun) || documentNoun(noun))) {
      let e = after + 1;
      while (e < verb && e <= after + 5 && /^[\p{L}'’-]+$/u.test(toks[e].text) && !FINITE_AUXILIARY.test(toks[e].text)) e++;
      if (e === verb) after = verb;
    }
    for (let k = after + relative; k < verb; k++) {
      const day = dayAfter(ctx, k);
      if (day) k += day - 1;
      else if (!BETWEEN.test(toks[k].text) && !(k === after && REPRESENTATIVES.has(toks[k].text)) && !(k === verb - 1 && PROGRESSIVE.test(toks[k].text))) return false;
    }
  }
  if (ctx.actorAt.has(sp.start) || sp.via !== undefined || sp.refer) return true;
  const head = sp.text.split(/\s+/).at(-1)!.toLowerCase();
  // (or a noun WordNet knows for people, groups and institutions: "the candidates have pledged to C")
  return ROLE_NOUNS.has(head) || UNNAMED_SPEAKERS.has(head) || /^(i|we|you)$/.test(head) || statingNoun(head);
}
