/**
 * Cohen's kappa: agreement of two raters beyond what their own label frequencies give by chance,
 * (p_o - p_e) / (1 - p_e). At character level each code point of a text is an item, labelled
 * by whether the rater's spans of a tag cover it.
 */

/** Kappa of a square contingency table (rows: rater A's labels, columns: rater B's). NaN without items or without variation. */
export function cohenKappa(table: readonly (readonly number[])[]): number {
  const k = table.length;
  let n = 0;
  let agreed = 0;
  const rows = new Array<number>(k).fill(0);
  const cols = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = table[i][j];
      n += v;
      rows[i] += v;
      cols[j] += v;
      if (i === j) agreed += v;
    }
  }
  if (!n) return NaN;
  const po = agreed / n;
  let pe = 0;
  for (let i = 0; i < k; i++) pe += (rows[i] / n) * (cols[i] / n);
  return pe === 1 ? NaN : (po - pe) / (1 - pe);
}

/** The 2x2 table of two label sequences of the same items (for tests and small data). */
export function tableOf<T>(a: readonly T[], b: readonly T[]): { labels: T[]; table: number[][] } {
  const labels = [...new Set([...a, ...b])];
  const table = labels.map(() => labels.map(() => 0));
  a.forEach((x, i) => table[labels.indexOf(x)][labels.indexOf(b[i])]++);
  return { labels, table };
}

/** Total length of sorted, non-overlapping spans. */
function covered(spans: ReadonlyArray<readonly [number, number]>): number {
  return spans.reduce((n, [s, e]) => n + (e - s), 0);
}

/** Length shared by two lists of sorted, non-overlapping spans. */
export function sharedLength(a: ReadonlyArray<readonly [number, number]>, b: ReadonlyArray<readonly [number, number]>): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    n += Math.max(0, Math.min(a[i][1], b[j][1]) - Math.max(a[i][0], b[j][0]));
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return n;
}

/**
 * The character-level 2x2 table of a text of `length` code points: [[both, only A], [only B,
 * neither]]; spans sorted and non-overlapping.
 */
export function characterTable(a: ReadonlyArray<readonly [number, number]>, b: ReadonlyArray<readonly [number, number]>, length: number): number[][] {
  const both = sharedLength(a, b);
  const onlyA = covered(a) - both;
  const onlyB = covered(b) - both;
  return [[both, onlyA], [onlyB, length - both - onlyA - onlyB]];
}

/** Adds tables cell by cell. */
export function addTables(into: number[][], t: readonly (readonly number[])[]): number[][] {
  for (let i = 0; i < t.length; i++) for (let j = 0; j < t[i].length; j++) into[i][j] += t[i][j];
  return into;
}
