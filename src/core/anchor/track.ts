/** A replacement in UTF-16 offsets of the text as it is when the change is applied. */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

/** A span in UTF-16 offsets, possibly in pieces. */
export interface LiveSpan {
  start: number;
  end: number;
  fragments?: Array<[number, number]>;
}

/**
 * Moves a span through one change. Text inserted at either edge stays outside the span;
 * an edit inside it grows or shrinks it; an edit that overlaps an edge trims it; a span whose
 * whole text is replaced or deleted is gone (returns false).
 */
export function applyChange(span: LiveSpan, change: TextChange): boolean {
  if (span.fragments) {
    const kept: Array<[number, number]> = [];
    for (const [s, e] of span.fragments) {
      const piece = move(s, e, change);
      if (piece) kept.push(piece);
    }
    if (!kept.length) return false;
    span.fragments = kept.length > 1 ? kept : undefined;
    span.start = kept[0][0];
    span.end = kept[kept.length - 1][1];
    return true;
  }
  const moved = move(span.start, span.end, change);
  if (!moved) return false;
  [span.start, span.end] = moved;
  return true;
}

function move(s: number, e: number, c: TextChange): [number, number] | undefined {
  const cs = c.offset;
  const ce = c.offset + c.length;
  const delta = c.text.length - c.length;
  if (ce <= s && !(cs === s && c.length > 0 && ce > s)) {
    // wholly before (an insertion at the start counts as before)
    return [s + delta, e + delta];
  }
  if (cs >= e) return [s, e]; // wholly after (an insertion at the end counts as after)
  if (cs <= s && ce >= e) return undefined; // the whole span replaced or deleted
  if (cs >= s && ce <= e) return e + delta > s ? [s, e + delta] : undefined; // inside
  if (cs < s) return [cs + c.text.length, e + delta]; // overlaps the start
  return cs > s ? [s, cs] : undefined; // overlaps the end
}
