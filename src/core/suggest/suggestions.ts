import type { ActorMention, ClaimMention, Detection } from '../detect/types';

/** A detected span the analyst has not decided on yet. Offsets are UTF-16. */
export type Suggestion =
  | { kind: 'actor'; start: number; end: number; mention: ActorMention }
  | { kind: 'claim'; start: number; end: number; mention: ClaimMention };

/**
 * The suggestions still open: detections whose span is not annotated yet, confirmed or rejected
 * (a rejected suggestion is never offered again). In text order.
 */
export function openSuggestions(d: Detection | undefined, decided: (start: number, end: number) => boolean): Suggestion[] {
  if (!d) return [];
  const out: Suggestion[] = [];
  for (const a of d.actors) if (!decided(a.start, a.end)) out.push({ kind: 'actor', start: a.start, end: a.end, mention: a });
  for (const c of d.claims) if (!decided(c.start, c.end)) out.push({ kind: 'claim', start: c.start, end: c.end, mention: c });
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** The innermost suggestion that holds an offset (its edges included). */
export function suggestionAt(list: readonly Suggestion[], offset: number): Suggestion | undefined {
  let best: Suggestion | undefined;
  for (const s of list) {
    if (s.start > offset) break;
    if (offset <= s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
}

/** The next span after an offset (or the previous one before it), wrapping around at the ends. */
export function nextSpan<T extends { start: number }>(list: readonly T[], offset: number, direction: 1 | -1): T | undefined {
  if (!list.length) return undefined;
  if (direction === 1) return list.find((s) => s.start > offset) ?? list[0];
  for (let k = list.length - 1; k >= 0; k--) if (list[k].start < offset) return list[k];
  return list[list.length - 1];
}
