/**
 * Where the complement of a frame's verb begins (frames.ts): after its particle or preposition
 * ("called for C", "warned of C", "pledged to C"), at its object when the frame's preposition
 * follows within reach ("accused O of C", "urged O to C", "described O as X"), at what is committed
 * after a recipient ("promised voters C"), or at an object of the kind the verb takes ("rejected
 * the plan", "called the plan a disaster").
 */
import type { CueVerb, VerbFrame } from '../cues';
import { PREPOSITIONS } from '../lexicon';
import { timeNoun, type Context } from './context';
import { dayAfter } from './between';
import { recipientEnd, themeAt } from './doubleObjects';
import { DETERMINER, objectFits } from './objects';
import { predicateAhead } from './predicates';

/** How many tokens an object may run before the preposition of its frame. */
const OBJECT_SPAN = 10;

/** Where the complement a frame of `v` allows after the verb at i begins (a token index), or -1. */
export function complementStart(ctx: Context, i: number, v: CueVerb, end: number): number {
  const toks = ctx.tokens;
  let j = i + 1;
  if (v.particle) {
    if (toks[j]?.text !== v.particle) return -1;
    j++;
  }
  const at = (k: number): string => (k < end ? toks[k]?.text.toLowerCase() ?? '' : '');
  const has = (f: VerbFrame): boolean => v.frames.includes(f);
  // (a word, or a quotation mark opening a quoted phrase: 'warned of "grave consequences"')
  const word = (k: number): boolean => k < end && (/^[\p{L}\p{N}]/u.test(toks[k]?.text ?? '') || /^["“]$/.test(toks[k]?.text ?? '') && /^[\p{L}\p{N}]/u.test(toks[k + 1]?.text ?? ''));
  // S called for C / S called on O to C
  if (v.particle === 'for' && has('for')) return word(j) ? j : -1;
  if (v.particle === 'on' && has('on_to')) return word(j) && prepAhead(ctx, j, end, 'to') > j ? j : -1;
  if (v.particle === 'to' && has('to_np')) return word(j) ? j : -1;
  // S pledged to C (and "S vowed not to C")
  if (has('to') && (at(j) === 'to' || (at(j) === 'not' && at(j + 1) === 'to'))) return word(j + (at(j) === 'to' ? 1 : 2)) ? j : -1;
  // S warned of C / S complained about C / S warned against C / S pointed to C
  // (and "S appealed for C", "S pleaded for C": a one-word lemma with the frame of "call for")
  for (const [f, p] of [['of', 'of'], ['about', 'about'], ['against', 'against'], ['to_np', 'to'], ['for', 'for']] as Array<[VerbFrame, string]>) {
    if (has(f) && at(j) === p && word(j + 1)) return j + 1;
  }
  if (!word(j) || /^(that|to|and|or|but|as|if|when|while|in|on|at|by|with|from|after|before|during|since)$/i.test(at(j))) return -1;
  // S accused O of C / S blamed O for C / S urged O to C: the object, then the preposition of the frame
  // (the reason of a judgment may take "over" as well: "criticised O over C", FrameNet
  // Judgment_communication's Reason; not a time: "attacked the town over the weekend")
  // (and "S blamed the shutdown on O": what is blamed, then on whom, the frame's other order)
  for (const [f, p] of [['object_of', 'of'], ['object_for', 'for'], ['object_for', 'over'], ['object_to', 'to'], ['object_on', 'on']] as Array<[VerbFrame, string]>) {
    const k = has(f) ? prepAhead(ctx, j, end, p) : -1;
    // (nor a day after "on": "blamed the delay on Monday"; but a time noun before "of" measures
    // what follows, no time: "blamed the strike on years of underfunding")
    const n = /^(the|a|an|this|that|last|past|recent)$/i.test(toks[k + 1]?.text ?? '') ? k + 2 : k + 1;
    if (k > j && !(/^(over|on)$/.test(p) && (timeNoun(toks[n]?.text ?? '') && toks[n + 1]?.text !== 'of' || dayAfter(ctx, k) > 0))) return j;
  }
  // S promised voters a referendum: a recipient, then what is committed to them, the claim
  if (has('object_object')) {
    const k = recipientEnd(ctx, j, end);
    if (k > j && themeAt(ctx, k, end)) return k;
  }
  // S described the plan as a betrayal: an object, then "as" and what it is said to be
  if (has('object_as') && prepAhead(ctx, j, end, 'as') > j) return j;
  // S called the plan a disaster: an object, then a noun phrase with an article
  if (has('object_predicate') && predicateAhead(ctx, j, end)) return j;
  // S rejected the plan: an object noun phrase (of a kind the verb's literal sense leaves out:
  // "attacked the plan", not "attacked the town")
  // (a preposition opens no object: "asked about the tax" is a question)
  if (has('object') && !PREPOSITIONS.has(at(j)) && (DETERMINER.test(at(j)) || ctx.actorAt.has(toks[j].start) || /^\p{Ll}{3,}$/u.test(toks[j].text) && !/(ly|ed)$/.test(at(j))) && objectFits(ctx, j, end, v.objects)) return j;
  return -1;
}

/** The index of preposition `p` within an object's reach after token j, with no verb-like word or clause break before it; else -1. */
function prepAhead(ctx: Context, j: number, end: number, p: string): number {
  const toks = ctx.tokens;
  for (let k = j; k < end && k < j + OBJECT_SPAN; k++) {
    const w = toks[k].text;
    if (w === p && k > j) return k;
    if (/^[,;:.!?"“”]$/.test(w) || /^(that|who|which|and|but|is|are|was|were|will|would|has|have|had)$/i.test(w)) return -1;
  }
  return -1;
}
