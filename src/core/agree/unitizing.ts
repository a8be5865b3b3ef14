/**
 * Krippendorff's alpha for unitizing (alpha_U; Krippendorff 1995, 2004), computed the way DKPro
 * Statistics does: per category on the continuum of positions (here: code points), observed
 * disagreement from the squared boundary differences of overlapping units and from units lying
 * inside the other rater's gaps, expected disagreement over every unitizing the units and gaps
 * could form; overall as 1 - mean observed / mean expected disagreement over the categories.
 */

/** A unit one rater marked: [start, end) on the continuum, with its category. */
export interface Unit {
  rater: number;
  category: string;
  start: number;
  end: number;
}

export interface UnitizingStudy {
  raters: number;
  /** The continuum is [begin, begin + length). */
  begin: number;
  length: number;
  units: readonly Unit[];
}

/** A unit (category set) or a gap (no category) in one rater's tiling of the continuum. */
interface Segment {
  start: number;
  end: number;
  unit: boolean;
}

export function categoriesOf(study: UnitizingStudy): string[] {
  return [...new Set(study.units.map((u) => u.category))].sort();
}

/**
 * One rater's units of a category, clipped to the continuum, overlapping ones joined (the measure
 * assumes a rater's units of one category never overlap; nested spans count as their union).
 */
export function ratersUnits(study: UnitizingStudy, rater: number, category: string): Array<[number, number]> {
  const lo = study.begin;
  const hi = study.begin + study.length;
  const spans = study.units
    .filter((u) => u.rater === rater && u.category === category)
    .map((u): [number, number] => [Math.max(lo, u.start), Math.min(hi, u.end)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    const last = out[out.length - 1];
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Units and the gaps between them, tiling the whole continuum. */
function tiling(study: UnitizingStudy, rater: number, category: string): Segment[] {
  const out: Segment[] = [];
  let pos = study.begin;
  for (const [s, e] of ratersUnits(study, rater, category)) {
    if (s > pos) out.push({ start: pos, end: s, unit: false });
    out.push({ start: s, end: e, unit: true });
    pos = e;
  }
  if (pos < study.begin + study.length) out.push({ start: pos, end: study.begin + study.length, unit: false });
  return out;
}

/** Squared distance of two overlapping segments of two raters. */
function distance(a: Segment, b: Segment): number {
  if (a.unit && b.unit) return (a.start - b.start) ** 2 + (a.end - b.end) ** 2;
  // a unit lying inside the other rater's gap is missed entirely
  if (a.unit && !b.unit) return a.start >= b.start && a.end <= b.end ? (a.end - a.start) ** 2 : 0;
  if (!a.unit && b.unit) return b.start >= a.start && b.end <= a.end ? (b.end - b.start) ** 2 : 0;
  return 0;
}

/** Observed disagreement on one category: every pair of raters, every pair of overlapping segments. */
export function observedDisagreement(study: UnitizingStudy, category: string): number {
  const { raters: R, length: L } = study;
  const tilings = Array.from({ length: R }, (_, r) => tiling(study, r, category));
  let sum = 0;
  for (let r1 = 0; r1 < R; r1++) {
    for (let r2 = r1 + 1; r2 < R; r2++) {
      const a = tilings[r1];
      const b = tilings[r2];
      let i = 0;
      let j = 0;
      // both tilings cover the continuum: walking them together meets each overlapping pair once
      while (i < a.length && j < b.length) {
        sum += distance(a[i], b[j]);
        if (a[i].end < b[j].end) i++;
        else if (b[j].end < a[i].end) j++;
        else {
          i++;
          j++;
        }
      }
    }
  }
  return (2 * sum) / (R * (R - 1) * L * L);
}

/** Expected disagreement on one category: over all the unitizings its units and gaps could form. */
export function expectedDisagreement(study: UnitizingStudy, category: string): number {
  const { raters: R, length: L } = study;
  const lengths: number[] = [];
  const gaps: number[] = [];
  for (let r = 0; r < R; r++) {
    for (const s of tiling(study, r, category)) (s.unit ? lengths : gaps).push(s.end - s.start);
  }
  const n = lengths.length;
  // gaps longest first, with running sums: the gaps at least as long as a unit are a prefix
  gaps.sort((x, y) => y - x);
  const sums = [0];
  for (const g of gaps) sums.push(sums[sums.length - 1] + g);
  const atLeast = (l: number): number => {
    let lo = 0;
    let hi = gaps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (gaps[mid] >= l) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let total = 0;
  let squared = 0;
  for (const l of lengths) {
    squared += l * (l - 1);
    const k = atLeast(l);
    // ways the unit could sit inside a gap of length g: g - l + 1
    const inGaps = sums[k] - k * (l - 1);
    total += ((n - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * inGaps;
  }
  return (total * (2 / L)) / (R * L * (R * L - 1) - squared);
}

/** Equal up to rounding (the two sums are computed along different paths). */
const same = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));

/** alpha_U of one category (0 when observed and expected disagreement are equal, as DKPro has it). */
export function categoryAlpha(study: UnitizingStudy, category: string): number {
  const o = observedDisagreement(study, category);
  const e = expectedDisagreement(study, category);
  return same(o, e) ? 0 : 1 - o / e;
}

/**
 * alpha_U over all categories: 1 - mean observed / mean expected disagreement. NaN without any
 * unit; 1 when nobody disagrees on units of some length, 0 when only empty units exist.
 */
export function alphaU(study: UnitizingStudy, categories = categoriesOf(study)): number {
  if (!categories.length) return NaN;
  let o = 0;
  let e = 0;
  for (const c of categories) {
    o += observedDisagreement(study, c);
    e += expectedDisagreement(study, c);
  }
  o /= categories.length;
  e /= categories.length;
  if (same(o, e)) return o === 0 && study.units.some((u) => u.end > u.start) ? 1 : 0;
  return 1 - o / e;
}
