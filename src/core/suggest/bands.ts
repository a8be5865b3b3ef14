/**
 * Bands: a long list of suggestions cut into runs of consecutive items, each run painted by a
 * decoration type of its own, so that after an edit only the runs holding changed items are sent
 * to the editor again (the editor itself moves the others along with the text).
 *
 * A band is given by boundaries, indices into the list: band j holds items [bounds[j], bounds[j+1]).
 */

/** How a list changed: `head` items kept at its start, `tail` at its end; its length before and after. */
export interface ListChange {
  head: number;
  tail: number;
  before: number;
  after: number;
}

/** Boundaries cutting `n` items into `k` bands of (nearly) equal size. */
export function cutBands(n: number, k: number): number[] {
  const out: number[] = [];
  for (let j = 0; j <= k; j++) out.push(Math.round((j * n) / k));
  return out;
}

/** Whether [a, b) and the non-empty [c, d) share an index. */
const overlaps = (a: number, b: number, c: number, d: number): boolean => c < d && a < d && c < b;

/**
 * The boundaries after a change, and the bands to send again: those that held an item the change
 * removed or hold one it added. Every other band holds the same items as before (moved along).
 * A boundary inside the changed middle moves to its start.
 */
export function moveBands(bounds: readonly number[], c: ListChange): { bounds: number[]; touched: number[] } {
  const oldEnd = c.before - c.tail;
  const newEnd = c.after - c.tail;
  const move = (i: number): number => (i <= c.head ? i : i >= oldEnd ? i + c.after - c.before : c.head);
  const next = bounds.map(move);
  const touched: number[] = [];
  for (let j = 0; j + 1 < bounds.length; j++) {
    if (overlaps(bounds[j], bounds[j + 1], c.head, oldEnd) || overlaps(next[j], next[j + 1], c.head, newEnd)) touched.push(j);
  }
  return { bounds: next, touched };
}

/** Whether bands have drifted so far from even sizes that cutting them again is better. */
export function unbalanced(bounds: readonly number[]): boolean {
  const n = bounds[bounds.length - 1];
  const k = bounds.length - 1;
  const limit = 2 * Math.ceil(n / k) + 64;
  for (let j = 0; j < k; j++) if (bounds[j + 1] - bounds[j] > limit) return true;
  return false;
}
