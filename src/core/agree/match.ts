/**
 * One-to-one matching of two analysts' spans of one tag: exact (same start, end and pieces) and
 * overlap (sharing at least one code point; the largest overlaps are paired first), with
 * precision, recall and F1 of the second set against the first.
 */

export interface Span {
  start: number;
  end: number;
  fragments?: ReadonlyArray<readonly [number, number]>;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** Counts behind P/R/F1: matched pairs, items of the reference (first) set and of the other set. */
export interface MatchCounts {
  matched: number;
  reference: number;
  other: number;
}

export const noCounts = (): MatchCounts => ({ matched: 0, reference: 0, other: 0 });

export function addCounts(into: MatchCounts, c: MatchCounts): MatchCounts {
  into.matched += c.matched;
  into.reference += c.reference;
  into.other += c.other;
  return into;
}

/** P = matched / other, R = matched / reference, F1 their harmonic mean; NaN where undefined. */
export function prf(c: MatchCounts): Prf {
  return {
    p: c.other ? c.matched / c.other : NaN,
    r: c.reference ? c.matched / c.reference : NaN,
    f1: c.reference + c.other ? (2 * c.matched) / (c.reference + c.other) : NaN,
  };
}

const piecesKey = (s: Span): string => (s.fragments && s.fragments.length > 1 ? s.fragments.map(([a, b]) => `${a}-${b}`).join(',') : `${s.start}-${s.end}`);

/** Pairs [i, j] of spans of `a` and `b` with the same extent, each span used once. */
export function exactMatches(a: readonly Span[], b: readonly Span[]): Array<[number, number]> {
  const free = new Map<string, number[]>();
  b.forEach((s, j) => {
    const k = piecesKey(s);
    const list = free.get(k);
    if (list) list.push(j);
    else free.set(k, [j]);
  });
  const out: Array<[number, number]> = [];
  a.forEach((s, i) => {
    const j = free.get(piecesKey(s))?.shift();
    if (j !== undefined) out.push([i, j]);
  });
  return out;
}

/**
 * Pairs [i, j] of overlapping spans, each span used once: the pair sharing the most code points
 * first, then the one whose boundaries differ least, then by position.
 */
export function overlapMatches(a: readonly Span[], b: readonly Span[]): Array<[number, number]> {
  const cands: Array<{ i: number; j: number; shared: number; off: number }> = [];
  const order = b.map((_, j) => j).sort((x, y) => b[x].start - b[y].start);
  // spans of b sorted by start; those starting before a span of a ends may overlap it
  let maxLen = 0;
  for (const s of b) maxLen = Math.max(maxLen, s.end - s.start);
  a.forEach((s, i) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[order[mid]].start < s.start - maxLen) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < order.length && b[order[k]].start < s.end; k++) {
      const t = b[order[k]];
      const shared = Math.min(s.end, t.end) - Math.max(s.start, t.start);
      if (shared > 0) cands.push({ i, j: order[k], shared, off: Math.abs(s.start - t.start) + Math.abs(s.end - t.end) });
    }
  });
  cands.sort((x, y) => y.shared - x.shared || x.off - y.off || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const c of cands) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    out.push([c.i, c.j]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

export function counts(pairs: readonly unknown[], a: readonly unknown[], b: readonly unknown[]): MatchCounts {
  return { matched: pairs.length, reference: a.length, other: b.length };
}
