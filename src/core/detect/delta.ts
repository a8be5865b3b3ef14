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

/**
 * What the worker keeps of the last result it sent, to make the next delta against: per item its
 * start and its other fields, in one flat array, offsets relative to the start (so that an item
 * moved by the edit has the fields it had). Copied field by field, since the detector goes on
 * changing its objects in place, and compared field by field.
 */
export interface DetectionSnapshot {
  actors: ListSnapshot;
  claims: ListSnapshot;
}

interface ListSnapshot {
  starts: number[];
  /** FIELDS[kind] values per item. */
  values: unknown[];
}

/** Writes the fields of an item but its start into `out` from `o`. */
type Fields<T> = (x: T, out: unknown[], o: number) => void;

const ACTOR_FIELDS = 4;
const writeActor: Fields<ActorMention> = (a, out, o) => {
  out[o] = a.end - a.start;
  out[o + 1] = a.type;
  out[o + 2] = a.actor;
  out[o + 3] = a.text;
};

const CLAIM_FIELDS = 14;
const writeClaim: Fields<ClaimMention> = (c, out, o) => {
  const at = c.start;
  out[o] = c.end - at;
  out[o + 1] = c.kind;
  out[o + 2] = c.text;
  out[o + 3] = c.fragments ? c.fragments.map(([s, e]) => `${s - at}:${e - at}`).join(' ') : null;
  const q = c.cue;
  out[o + 4] = q ? q.start - at : null;
  out[o + 5] = q ? q.end - at : null;
  out[o + 6] = q ? q.class : null;
  out[o + 7] = q ? q.text : null;
  const s = c.speaker;
  out[o + 8] = s ? s.start - at : null;
  out[o + 9] = s ? s.end - at : null;
  out[o + 10] = s ? (s.via === undefined ? '' : s.via - at) : null;
  out[o + 11] = s ? s.refer ?? '' : null;
  out[o + 12] = s ? s.actor : null;
  out[o + 13] = s ? s.text : null;
};

/** The fields a delta compares of an actor mention (all but its start), for tests. */
export function actorFields(a: ActorMention): unknown[] {
  const out: unknown[] = [];
  writeActor(a, out, 0);
  return out;
}

/** The fields a delta compares of a claim mention (all but its start; offsets relative to it), for tests. */
export function claimFields(c: ClaimMention): unknown[] {
  const out: unknown[] = [];
  writeClaim(c, out, 0);
  return out;
}

function snapshotList<T extends { start: number }>(items: readonly T[], write: Fields<T>, f: number): ListSnapshot {
  const starts = new Array<number>(items.length);
  const values = new Array<unknown>(items.length * f);
  for (let i = 0; i < items.length; i++) {
    starts[i] = items[i].start;
    write(items[i], values, i * f);
  }
  return { starts, values };
}

/** The snapshot of a result (what a delta against it is made from). */
export function snapshotDetection(d: Detection): DetectionSnapshot {
  return { actors: snapshotList(d.actors, writeActor, ACTOR_FIELDS), claims: snapshotList(d.claims, writeClaim, CLAIM_FIELDS) };
}

function diffList<T extends { start: number }>(prev: ListSnapshot, next: readonly T[], write: Fields<T>, f: number, shift: number): { delta: ListDelta<T>; snapshot: ListSnapshot } {
  const n = next.length;
  const m = prev.starts.length;
  const snapshot = snapshotList(next, write, f);
  const same = (i: number, j: number): boolean => {
    for (let k = 0; k < f; k++) if (snapshot.values[i * f + k] !== prev.values[j * f + k]) return false;
    return true;
  };
  let head = 0;
  while (head < m && head < n && prev.starts[head] === snapshot.starts[head] && same(head, head)) head++;
  let tail = 0;
  while (tail < m - head && tail < n - head) {
    const i = n - 1 - tail;
    const j = m - 1 - tail;
    if (prev.starts[j] + shift !== snapshot.starts[i] || !same(i, j)) break;
    tail++;
  }
  return { delta: { head, tail, middle: next.slice(head, n - tail) }, snapshot };
}

/**
 * The change from the result a snapshot was taken of to `next`, the text having grown by `shift`
 * (negative: shrunk), and the snapshot of `next` for the delta after it.
 */
export function diffDetection(prev: DetectionSnapshot, next: Detection, shift: number): { delta: DetectionDelta; snapshot: DetectionSnapshot } {
  const actors = diffList(prev.actors, next.actors, writeActor, ACTOR_FIELDS, shift);
  const claims = diffList(prev.claims, next.claims, writeClaim, CLAIM_FIELDS, shift);
  return { delta: { shift, actors: actors.delta, claims: claims.delta }, snapshot: { actors: actors.snapshot, claims: claims.snapshot } };
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

/**
 * One delta for two in a row: from the result `first` was made against to `result`, which
 * `second` leads to from the result `first` gave. What both kept at the start and at the end is
 * kept; the rest is `result`'s, new. (A result the editor never showed, as the text changed while
 * it was made, so leaves the next delta usable for what was shown.)
 */
export function chainDeltas(first: DetectionDelta, second: DetectionDelta, result: Detection): DetectionDelta {
  const chain = <T>(a: ListDelta<T>, b: ListDelta<T>, list: readonly T[]): ListDelta<T> => {
    const head = Math.min(a.head, b.head);
    const tail = Math.min(a.tail, b.tail);
    return { head, tail, middle: list.slice(head, list.length - tail) };
  };
  return {
    shift: first.shift + second.shift,
    actors: chain(first.actors, second.actors, result.actors),
    claims: chain(first.claims, second.claims, result.claims),
  };
}
