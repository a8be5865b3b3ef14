/**
 * Stage 3, quotations without a cue of their own: a direct quotation that names no speaker
 * continues the speaker of the claim just before it, when it follows closely (under 400
 * characters, at most one paragraph break between) and no other person is named in between (the
 * speaker's own name, '"…," Pell said.', does not count).
 * Run by the document pass (incremental.ts), since the claim before may be in an earlier paragraph.
 */
import { firstPast } from '../search';
import type { ActorMention, ClaimMention, Speaker } from '../types';

/** The speaker claim `c` continues from `prev`, the claim just before it; null when none. */
export function continuedSpeaker(text: string, actors: readonly ActorMention[], prev: ClaimMention | undefined, c: ClaimMention): Speaker | null {
  if (c.kind !== 'direct' || c.cue || !prev?.speaker) return null;
  const gap = text.slice(prev.end, c.start);
  if (gap.length >= 400 || (gap.match(/\n\s*\n/g) ?? []).length > 1 || personBetween(actors, prev.end, c.start, prev.speaker.actor)) return null;
  return { ...prev.speaker };
}

/** Whether a person other than `speaker` (a canonical name) is named between two offsets. */
function personBetween(actors: readonly ActorMention[], from: number, to: number, speaker: string): boolean {
  for (let k = firstPast(actors, (a) => a.start, from, true); k < actors.length && actors[k].end <= to; k++) {
    if (actors[k].type === 'person' && actors[k].actor !== speaker) return true;
  }
  return false;
}
