import type { ActorMention, ClaimMention, Detection, Speaker } from './types';

/**
 * A detection result as a change of the one before it, for sending from the worker: the items
 * kept at the start, the items kept at the end (moved by `shift` UTF-16 units, the edit's change
 * of length), and what lies between, new. After a paragraph edit the middle is that paragraph's.
 */
export interface ListDelta<T> {
  head: number;
  tail: number;
  middle: T[];
}

export interface DetectionDelta {
  shift: number;
  actors: ListDelta<ActorMention>;
  claims: ListDelta<ClaimMention>;
}

const moved = <T extends { start: number; end: number }>(s: T, d: number): T => ({ ...s, start: s.start + d, end: s.end + d });

function movedSpeaker(s: Speaker | null, d: number): Speaker | null {
  if (!s) return s;
  const out = moved(s, d);
  if (s.via !== undefined) out.via = s.via + d;
  return out;
}

/** A mention moved by `d` (all of its offsets). */
export function moveActor(a: ActorMention, d: number): ActorMention {
  return d ? moved(a, d) : a;
}

export function moveClaim(c: ClaimMention, d: number): ClaimMention {
  if (!d) return c;
  const out: ClaimMention = { ...c, start: c.start + d, end: c.end + d, cue: c.cue && moved(c.cue, d), speaker: movedSpeaker(c.speaker, d) };
  if (c.fragments) out.fragments = c.fragments.map(([s, e]) => [s + d, e + d]);
  return out;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function diffList<T>(prev: readonly T[], next: readonly T[], move: (x: T, d: number) => T, shift: number): ListDelta<T> {
  let head = 0;
  while (head < prev.length && head < next.length && same(prev[head], next[head])) head++;
  let tail = 0;
  while (tail < prev.length - head && tail < next.length - head && same(move(prev[prev.length - 1 - tail], shift), next[next.length - 1 - tail])) tail++;
  return { head, tail, middle: next.slice(head, next.length - tail) };
}

/** The change from one result to the next, the text having grown by `shift` (negative: shrunk). */
export function diffDetection(prev: Detection, next: Detection, shift: number): DetectionDelta {
  return { shift, actors: diffList(prev.actors, next.actors, moveActor, shift), claims: diffList(prev.claims, next.claims, moveClaim, shift) };
}

function applyList<T>(prev: readonly T[], d: ListDelta<T>, move: (x: T, s: number) => T, shift: number): T[] {
  const out = prev.slice(0, d.head);
  for (const x of d.middle) out.push(x);
  for (let k = prev.length - d.tail; k < prev.length; k++) out.push(move(prev[k], shift));
  return out;
}

/** The result a delta describes, from the result it was made against. */
export function applyDelta(prev: Detection, d: DetectionDelta): Detection {
  return { actors: applyList(prev.actors, d.actors, moveActor, d.shift), claims: applyList(prev.claims, d.claims, moveClaim, d.shift) };
}
