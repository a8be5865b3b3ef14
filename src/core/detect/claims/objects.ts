/**
 * The object noun phrase of a frame's verb: the words that open it (DETERMINER) and its head, and
 * whether it is of the kind the verb's object frame takes (a verb with a literal sense takes only
 * the objects of its figurative one: "attacked the plan", not "attacked the town").
 */
import type { CueVerb } from '../cues';
import { PREPOSITIONS } from '../lexicon';
import { contentNoun, physicalNoun } from '../nouns';
import type { Context } from './context';

/** Words that open a noun phrase (an object). */
export const DETERMINER = /^(the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|any|all|every|each|no|both|further|more|new|plans?|calls?)$/i;

/** Words that end an object noun phrase: a preposition, a conjunction, a verb or a complementiser after its head. */
const AFTER_HEAD = /^(to|as|that|who|which|whose|and|or|but|if|when|while|because|is|are|was|were|will|would|has|have|had|can|could|over|after|before|during|since|until)$/i;

/**
 * The head of the object noun phrase at token j (its last word before a preposition, a
 * conjunction, a punctuation mark or a verb, past a possessive: "the ministry's plan", "the
 * senator's record on taxes", "rising crime as the reason"), a token index.
 */
function objectHead(ctx: Context, j: number, end: number): number {
  const toks = ctx.tokens;
  let k = j;
  while (k + 1 < end && /^[\p{L}\p{N}'’-]+$/u.test(toks[k + 1].text) && !PREPOSITIONS.has(toks[k + 1].text) && !AFTER_HEAD.test(toks[k + 1].text) && k < j + 6) k++;
  return k;
}

/**
 * Whether the object at token j is of a kind the verb's object frame takes (CueVerb.objects):
 * any, without a literal sense; 'content', a noun for what a judgment is about (nouns.ts
 * contentNoun: "the plan", "the remarks", "the ministry's decision"), no name or pronoun;
 * 'judged', anything but a physical thing or a place (physicalNoun: "the truck", "the town"), or
 * a place named.
 */
export function objectFits(ctx: Context, j: number, end: number, objects: CueVerb['objects']): boolean {
  if (!objects) return true;
  const head = ctx.tokens[objectHead(ctx, j, end)];
  const named = ctx.actorCovering(head.start);
  if (named || /^\p{Lu}/u.test(head.text)) return objects === 'judged' && named?.type !== 'location';
  if (/^(it|them|him|her|us|me|you|this|that|these|those)$/i.test(head.text)) return objects === 'judged';
  return objects === 'content' ? contentNoun(head.text) : !physicalNoun(head.text);
}
