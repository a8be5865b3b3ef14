import type { ActorMention, ClaimMention, Detection } from '../detect/types';

/** A detected span the analyst has not decided on yet. Offsets are UTF-16. */
export type Suggestion =
  | { kind: 'actor'; start: number; end: number; mention: ActorMention }
  | { kind: 'claim'; start: number; end: number; mention: ClaimMention };

/** A span with its kind: what identifies one suggestion. */
export interface SpanKey {
  start: number;
  end: number;
  kind: string;
}

/**
 * Document order of suggestions, nested ones included: by start, the longer first (a claim before
 * the actors inside it), a claim before an actor of the very same span.
 */
export function compareSpans(a: SpanKey, b: SpanKey): number {
  return a.start - b.start || b.end - a.end || (a.kind === b.kind ? 0 : a.kind === 'claim' ? -1 : 1);
}

/**
 * The suggestions still open: detections whose span is not annotated yet, confirmed or rejected
 * (a rejected suggestion is never offered again). In document order (compareSpans).
 */
export function openSuggestions(d: Detection | undefined, decided: (start: number, end: number) => boolean): readonly Suggestion[] {
  if (!d) return [];
  // the views, the status bar, hovers and commands all ask for the same list after a change
  const cached = made.get(d);
  if (cached?.decided === decided) return cached.list;
  const out: Suggestion[] = [];
  for (const a of d.actors) if (!decided(a.start, a.end)) out.push({ kind: 'actor', start: a.start, end: a.end, mention: a });
  for (const c of d.claims) if (!decided(c.start, c.end)) out.push({ kind: 'claim', start: c.start, end: c.end, mention: c });
  const list = out.sort(compareSpans);
  made.set(d, { decided, list });
  return list;
}

/** The last list made from a result, with the decided-span test it was made with. */
const made = new WeakMap<Detection, { decided: (start: number, end: number) => boolean; list: readonly Suggestion[] }>();

/** The innermost suggestion that holds an offset (its edges included). */
export function suggestionAt(list: readonly Suggestion[], offset: number): Suggestion | undefined {
  return meantSuggestion(list, offset, offset);
}

/**
 * The suggestion the analyst means, one rule for every command: the one the selection is exactly
 * on (navigation selects exactly one suggestion; `kind` tells two of the same span apart), else
 * the innermost one whose range holds the whole selection (its edges included).
 */
export function meantSuggestion<T extends SpanKey>(list: readonly T[], selStart: number, selEnd: number, kind?: string): T | undefined {
  let exact: T | undefined;
  let inner: T | undefined;
  for (const s of list) {
    if (s.start > selStart) break;
    if (s.end < selEnd) continue;
    if (s.start === selStart && s.end === selEnd && selEnd > selStart && (!exact || s.kind === kind)) exact = s;
    if (!inner || s.end - s.start < inner.end - inner.start) inner = s;
  }
  return exact ?? inner;
}

/**
 * The suggestion after (or before) `current` in document order, wrapping at the ends. `current`
 * need not be in the list any more (one just accepted or rejected): its place in the order
 * decides. Without a current one, the first starting at or after `offset` (or the last before it).
 */
export function stepSuggestion<T extends SpanKey>(list: readonly T[], current: SpanKey | undefined, offset: number, direction: 1 | -1): T | undefined {
  if (!list.length) return undefined;
  if (current) {
    if (direction === 1) return list.find((s) => compareSpans(s, current) > 0) ?? list[0];
    for (let k = list.length - 1; k >= 0; k--) if (compareSpans(list[k], current) < 0) return list[k];
    return list[list.length - 1];
  }
  if (direction === 1) return list.find((s) => s.start >= offset) ?? list[0];
  for (let k = list.length - 1; k >= 0; k--) if (list[k].start < offset) return list[k];
  return list[list.length - 1];
}

/** The next span after an offset (or the previous one before it), wrapping around at the ends. */
export function nextSpan<T extends { start: number }>(list: readonly T[], offset: number, direction: 1 | -1): T | undefined {
  if (!list.length) return undefined;
  if (direction === 1) return list.find((s) => s.start > offset) ?? list[0];
  for (let k = list.length - 1; k >= 0; k--) if (list[k].start < offset) return list[k];
  return list[list.length - 1];
}
