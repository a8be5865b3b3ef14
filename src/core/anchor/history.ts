import { diffLines, diffWordsWithSpace } from 'diff';

/** A stretch of text the old and the new version share: UTF-16 offsets in each. */
export interface Same {
  old: number;
  new: number;
  length: number;
}

/** Changed hunks longer than this are not refined word by word (their spans go to the search). */
const REFINE_LIMIT = 20000;

/**
 * What an old and a new text share, from a real diff (jsdiff): lines first, then the words of
 * each changed hunk, so that an edit inside a paragraph leaves the rest of it mapped.
 */
export function sharedStretches(oldText: string, newText: string): Same[] {
  const out: Same[] = [];
  let o = 0;
  let n = 0;
  const parts = diffLines(oldText, newText);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p.added && !p.removed) {
      push(out, o, n, p.value.length);
      o += p.value.length;
      n += p.value.length;
      continue;
    }
    // a hunk: the removed and added text next to each other, compared word by word
    let removed = '';
    let added = '';
    while (i < parts.length && (parts[i].added || parts[i].removed)) {
      if (parts[i].removed) removed += parts[i].value;
      else added += parts[i].value;
      i++;
    }
    i--;
    // as many lines changed as replaced them: each line against its counterpart (a word diff
    // over several paragraphs of similar text would align words of different paragraphs)
    const oldLines = linesOf(removed);
    const newLines = linesOf(added);
    // (lines merged or split: the hunk is left unmapped, its spans go to the search, since a word
    // diff across paragraphs aligns repeated phrases of one with the other)
    const pairs: Array<[string, string]> = oldLines.length === newLines.length ? oldLines.map((l, k) => [l, newLines[k]]) : [[removed, '']];
    let ro = o;
    let an = n;
    for (const [a, b] of pairs) {
      if (a && b && a.length <= REFINE_LIMIT && b.length <= REFINE_LIMIT) refine(out, ro, an, a, b);
      ro += a.length;
      an += b.length;
    }
    o += removed.length;
    n += added.length;
  }
  return out;
}

/** Share of a line two versions of it keep at least (or all but a small edit); less, and they are different lines. */
const MIN_KEPT = 0.8;
const SMALL_EDIT = 16;

/**
 * The words two versions of a line share. Lines that keep less than MIN_KEPT of their text (and
 * differ by more than a small edit) are
 * not taken for versions of each other (two paragraphs written from one template share many
 * phrases): nothing of them is mapped.
 */
function refine(out: Same[], o: number, n: number, a: string, b: string): void {
  const words = diffWordsWithSpace(a, b);
  let kept = 0;
  for (const w of words) if (!w.added && !w.removed) kept += w.value.length;
  const longer = Math.max(a.length, b.length);
  if (kept < MIN_KEPT * longer && longer - kept > SMALL_EDIT) return;
  for (const w of words) {
    if (!w.added && !w.removed) push(out, o, n, w.value.length);
    if (!w.added) o += w.value.length;
    if (!w.removed) n += w.value.length;
  }
}

/** Lines with their line breaks. */
function linesOf(s: string): string[] {
  return s.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function push(out: Same[], o: number, n: number, length: number): void {
  if (!length) return;
  const last = out[out.length - 1];
  if (last && last.old + last.length === o && last.new + last.length === n) last.length += length;
  else out.push({ old: o, new: n, length });
}

/** Maps offsets of the old text into the new one through what the two share. */
export class DiffMap {
  constructor(private readonly same: readonly Same[]) {}

  /** The stretch holding an old offset, or the last one before it. */
  private at(old: number): Same | undefined {
    const s = this.same;
    let lo = 0;
    let hi = s.length - 1;
    let found: Same | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid].old <= old) {
        found = s[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * The new range of an old one that lies wholly in unchanged text (undefined if any of it
   * changed), and whether it touches a change before or after it: there a diff may have aligned
   * a repeated word either way, so the caller checks the context on that side.
   */
  span(start: number, end: number): { start: number; end: number; editBefore: boolean; editAfter: boolean } | undefined {
    const s = this.at(start);
    if (!s || end > s.old + s.length || start >= s.old + s.length) return undefined;
    return {
      start: start - s.old + s.new, end: end - s.old + s.new,
      editBefore: start === s.old && s.old + s.new > 0, editAfter: end === s.old + s.length,
    };
  }

  /** Where an old offset is expected in the new text (shifted like the unchanged text before it). */
  expected(old: number): number {
    const s = this.at(old);
    return s ? Math.min(old - s.old, s.length) + s.new : old;
  }
}
