/**
 * Stage 3, quotations without a cue of their own: a direct quotation that names no speaker
 * continues the speaker of the claim just before it, when it follows closely (under 1000
 * characters, at most one paragraph between: news sets each quotation of a source in a paragraph
 * of its own, narrative between) and no other person who could be speaking is
 * named in between (the speaker's own name, '"…," Pell said.', does not count; nor does a person
 * merely mentioned: the object of a preposition, '"…," Pell said of Tom Sato', or a name in a
 * relative clause closing the sentence of the claim before, '"…," said Pell, who met Sato').
 * Run by the document pass (incremental.ts), since the claim before may be in an earlier paragraph.
 */
import { PREPOSITIONS } from '../lexicon';
import { firstPast } from '../search';
import { isPerson } from './context';
import type { ActorMention, ClaimMention, Speaker } from '../types';

/**
 * The speaker claim `c` continues from `prev`, the claim just before it; null when none.
 * `surnames`: mentions of unknown kind read as people (isPerson).
 */
export function continuedSpeaker(text: string, actors: readonly ActorMention[], prev: ClaimMention | undefined, c: ClaimMention, surnames?: { has(a: ActorMention): boolean }): Speaker | null {
  if (c.kind !== 'direct' || c.cue || !prev?.speaker) return null;
  const gap = text.slice(prev.end, c.start);
  if (gap.length >= 1000 || (gap.match(/\n\s*\n/g) ?? []).length > 2 || personBetween(text, actors, prev.end, c.start, prev.speaker.actor, surnames)) return null;
  return { ...prev.speaker };
}

/** Whether a person other than `speaker` (a canonical name) who may be speaking is named between two offsets. */
function personBetween(text: string, actors: readonly ActorMention[], from: number, to: number, speaker: string, surnames?: { has(a: ActorMention): boolean }): boolean {
  for (let k = firstPast(actors, (a) => a.start, from, true); k < actors.length && actors[k].end <= to; k++) {
    const a = actors[k];
    if (isPerson(a, surnames) && a.actor !== speaker && !mentionedOnly(text, from, a)) return true;
  }
  return false;
}

/**
 * Whether a person is merely mentioned: the object of a preposition ("said of Tom Sato", "drafted
 * by Tom Sato"), or named in a relative clause in the sentence the claim before ends in
 * ("said Pell, who met Sato on Monday").
 */
function mentionedOnly(text: string, from: number, a: ActorMention): boolean {
  const before = /([\p{L}]+)\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}\p{L}*\.?\s+)?$/u.exec(text.slice(Math.max(from, a.start - 40), a.start));
  if (before && PREPOSITIONS.has(before[1].toLowerCase())) return true;
  const lead = text.slice(from, a.start);
  return !/[.!?]["”’]?\s/u.test(lead) && /,\s*(who|whom|whose)\b/i.test(lead);
}
