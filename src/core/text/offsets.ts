/**
 * Offsets in Claimlens files are Unicode code points (as brat, W3C Web Annotation, spaCy and
 * Python count them); JavaScript strings and the editor count UTF-16 code units. This index
 * converts between the two for one text in O(log n), and costs nothing for text without
 * characters outside the Basic Multilingual Plane.
 */
export class OffsetIndex {
  /** UTF-16 offsets of the high surrogate of every astral character, ascending. */
  private readonly astral16: number[] = [];
  readonly length16: number;
  readonly lengthCp: number;

  constructor(readonly text: string) {
    this.length16 = text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral16.push(i);
          i++;
        }
      }
    }
    this.lengthCp = text.length - this.astral16.length;
  }

  /** Code point offset of a UTF-16 offset; an offset inside a surrogate pair counts as after it. */
  toCodePoint(offset16: number): number {
    const o = clamp(offset16, 0, this.length16);
    if (this.astral16.length === 0) return o;
    // astral characters that start before o each take two units but count as one code point
    const before = lowerBound(this.astral16, o); // count of astral starts < o
    const inside = before > 0 && this.astral16[before - 1] === o - 1 ? 1 : 0;
    return o - before + inside;
  }

  /** UTF-16 offset of a code point offset. */
  toUtf16(offsetCp: number): number {
    const o = clamp(offsetCp, 0, this.lengthCp);
    if (this.astral16.length === 0) return o;
    // the k-th astral character (0-based) sits at code point astral16[k] - k
    let lo = 0;
    let hi = this.astral16.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.astral16[mid] - mid < o) lo = mid + 1;
      else hi = mid;
    }
    return o + lo;
  }

  /** The text between two code point offsets. */
  sliceCp(startCp: number, endCp: number): string {
    return this.text.slice(this.toUtf16(startCp), this.toUtf16(endCp));
  }
}

/** Number of code points of a string. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The last `n` code points of a string. */
export function lastCodePoints(s: string, n: number): string {
  let i = s.length;
  for (let k = 0; k < n && i > 0; k++) {
    i--;
    if (i > 0 && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1))) i--;
  }
  return s.slice(i);
}

/** The first `n` code points of a string. */
export function firstCodePoints(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    if (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i += 2;
    else i++;
  }
  return s.slice(0, i);
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Index of the first element >= value in an ascending array. */
function lowerBound(a: readonly number[], value: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
