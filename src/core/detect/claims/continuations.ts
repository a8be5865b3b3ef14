/**
 * Stage 3, quotations without a cue of their own: a direct quotation that names no speaker
 * continues the speaker of the claim just before it, when it follows closely (under 400
 * characters, at most one paragraph break between) and no other person is named in between.
 * Run by the document pass (incremental.ts), since the claim before may be in an earlier paragraph.
 */
import { firstPast } from '../search';
import type { ActorMention, ClaimMention, Speaker } from '../types';

/** The speaker claim `c` continues from `prev`, the claim just before it; null when none. */
export function continuedSpeaker(text: string, actors: readonly ActorMention[], prev: ClaimMention | undefined, c: ClaimMention): Speaker | null {
  if (c.kind !== 'direct' || c.cue || !prev?.speaker) return null;
  const gap = text.slice(prev.end, c.start);
  if (gap.length >= 400 || (gap.match(/\n\s*\n/g) ?? []).length > 1 || personBetween(actors, prev.end, c.start)) return null;
  return { ...prev.speaker };
}

function personBetween(actors: readonly ActorMention[], from: number, to: number): boolean {
  for (let k = firstPast(actors, (a) => a.start, from, true); k < actors.length && actors[k].end <= to; k++) {
    if (actors[k].type === 'person') return true;
  }
  return false;
}
