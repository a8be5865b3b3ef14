/**
 * Who can state things: a claim's speaker must be a name, a pronoun for people, or a noun for
 * people, groups, institutions, or documents and findings that state or show something
 * (nouns.ts). "Signs warn that C", "Travel advisories suggest C", "Heavy clouds suggest C" have a
 * thing as subject: the verb describes, it attributes nothing to anyone. A finding as subject
 * ("the results suggest C", "a study shows C") gives evidence, not speech. Only claims of saying
 * and believing are read so: a thing may show (evidence) or guarantee (commitment) without a speaker.
 */
import { evidenceNoun, statingNoun, thingNoun } from '../nouns';
import { cueForm } from '../cues';
import type { ActorMention, ClaimMention } from '../types';
import type { Context } from './context';

/** Words for people that stand alone as a subject ("many believe", "others argue"). */
const PEOPLE_WORDS = /^(i|we|you|he|she|they|it|everyone|everybody|someone|somebody|anyone|anybody|nobody|others|many|some|few|both|all|most|several|each|one)$/;

/** Words that follow a verb (its object), never a name opening a sentence. */
const IMPERATIVE_OBJECT = /^(the|a|an|your|this|these|those|our|my|them|it|me|us|him|her|every|each|some|any)$/;

/** Whether the claim's speaker can state it (and, for a finding as subject, the cue made evidence). */
export function statedBy(ctx: Context, claim: ClaimMention, unsure: ReadonlySet<ActorMention>): boolean {
  const sp = claim.speaker;
  // (only saying and believing need a speaker: "the right to fork guarantees that C", "maps
  // indicate that C" commit or show without one)
  if (!sp || sp.refer || sp.via !== undefined || !/^(speech|belief)$/.test(claim.cue?.class ?? 'speech')) return true;
  const head = sp.text.split(/\s+/).at(-1)!.replace(/['’]s?$/, '');
  if (PEOPLE_WORDS.test(head.toLowerCase())) return true;
  const actor = ctx.actorAt.get(sp.start);
  if (actor && !unsure.has(actor) && actor.end >= sp.end) return true;
  if (evidenceNoun(head) && claim.cue && claim.cue.class === 'speech') claim.cue = { ...claim.cue, class: 'evidence' };
  if (actor && actor.end >= sp.end && unsure.has(actor) && IMPERATIVE_OBJECT.test(ctx.tokens[ctx.indexFrom(actor.end)]?.text ?? '')) {
    // an imperative opening the sentence: "Take the left fork, and remember that C" (a name is not
    // followed by a determiner or an object pronoun; the verb is)
    return false;
  }
  if (actor && actor.end >= sp.end) {
    // a capitalised word opening the sentence may be a name ("Stone says", "Banks warned"): only a
    // plural that WordNet knows as a thing, before a verb in the plural, is one ("Signs warn")
    // (a verb in the plural present: a past tense, "Stones said", is of either number)
    const plural = lemmaDiffers(head) && cueForm(claim.cue?.text.toLowerCase() ?? '') === 'base';
    return !(plural && thingNoun(head));
  }
  // a common noun as head ("the results", "travel advisories", a name modifying one), not a name
  // ("according to Ambassador Dana Pell", "the Orsa Citation Index")
  return !/^\p{Ll}+$/u.test(head) || statingNoun(head);
}

/** Whether a word reads as a plural (ends in -s, not -ss). */
function lemmaDiffers(word: string): boolean {
  return /[^s]s$/i.test(word);
}
