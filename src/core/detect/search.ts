/** Binary searches over items sorted by a numeric key. */

/** Index of the first item whose key is past `value` (or at it, with `orAt`); items.length if none. */
export function firstPast<T>(items: readonly T[], key: (t: T) => number, value: number, orAt = false): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = key(items[mid]);
    if (k < value || (k === value && !orAt)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last item whose key is <= value, or -1. */
export function lastAtOrBefore<T>(items: readonly T[], key: (t: T) => number, value: number): number {
  return firstPast(items, key, value) - 1;
}
