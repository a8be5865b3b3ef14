/**
 * Krippendorff's alpha for nominal data (Krippendorff 2004, ch. 11): any number of raters, values
 * may be missing. From the coincidence matrix of the values paired within each unit:
 * alpha = 1 - D_o / D_e with D_o = sum over c != k of o_ck / n and
 * D_e = sum over c != k of n_c * n_k / (n (n - 1)).
 */

/** A unit's values, one per rater; null or undefined when that rater gave none. */
export type Values = ReadonlyArray<string | null | undefined>;

export interface NominalResult {
  alpha: number;
  observed: number;
  expected: number;
  /** Units with at least two values (the only ones that count). */
  units: number;
  /** Pairable values. */
  values: number;
}

export function nominalAlpha(units: readonly Values[]): NominalResult {
  const o = new Map<string, Map<string, number>>();
  let pairable = 0;
  let n = 0;
  const add = (c: string, k: string, w: number): void => {
    let row = o.get(c);
    if (!row) o.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + w);
  };
  for (const u of units) {
    const vals = u.filter((v): v is string => v !== null && v !== undefined);
    const m = vals.length;
    if (m < 2) continue;
    pairable++;
    n += m;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(vals[i], vals[j], 1 / (m - 1));
  }
  const totals = new Map<string, number>();
  let disagree = 0;
  for (const [c, row] of o) {
    for (const [k, w] of row) {
      totals.set(c, (totals.get(c) ?? 0) + w);
      if (c !== k) disagree += w;
    }
  }
  if (!n) return { alpha: NaN, observed: NaN, expected: NaN, units: 0, values: 0 };
  const observed = disagree / n;
  let sq = 0;
  for (const t of totals.values()) sq += t * t;
  const expected = (n * n - sq) / (n * (n - 1));
  let alpha: number;
  if (observed === expected) alpha = observed === 0 ? 1 : 0;
  else alpha = 1 - observed / expected;
  return { alpha, observed, expected, units: pairable, values: n };
}
