import { isSpace } from '../detect/tokens';

/** A token of an exported text: UTF-16 offsets, end exclusive. */
export interface TextToken {
  start: number;
  end: number;
}

/** Made when first needed (loading ICU's segmentation data costs some 20 ms at start-up). */
let graphemes: Intl.Segmenter | undefined;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

const asciiWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** ' ’ - join two word parts ("don't", "Jean-Luc"). */
const joiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;

/**
 * The tokens of a text for the token-based formats (CoNLL, spaCy): letters, marks and digits,
 * joined by ' ’ - between two of them, make a word; any other visible character is a token of its
 * own. A token never ends inside a grapheme cluster (an emoji with its variation selector, a flag,
 * a ZWJ sequence, a letter with its combining marks: `Intl.Segmenter`), and is cut at every offset
 * of `cuts` (UTF-16, ascending) that lies between two clusters, so that annotations begin and end
 * on token boundaries.
 */
export function exportTokens(text: string, cuts: readonly number[]): TextToken[] {
  const out: TextToken[] = [];
  let c = 0;
  /** Adds the token from..to, cut where `cuts` says at the cluster starts `at(i)` for i in (k, j). */
  const emit = (from: number, to: number, k: number, j: number, at: (i: number) => number): void => {
    while (c < cuts.length && cuts[c] <= from) c++;
    for (let i = k + 1; i < j && c < cuts.length && cuts[c] < to; i++) {
      const b = at(i);
      while (c < cuts.length && cuts[c] < b) c++;
      if (cuts[c] === b) {
        out.push({ start: from, end: b });
        from = b;
      }
    }
    out.push({ start: from, end: to });
  };
  for (let i = 0; i < text.length;) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // a run of visible characters; plain ASCII has one character per cluster
    const start = i;
    let ascii = true;
    while (i < text.length && !isSpace(text.charCodeAt(i))) {
      if (text.charCodeAt(i) >= 128) ascii = false;
      i++;
    }
    if (ascii) {
      for (let k = start; k < i;) {
        let j = k + 1;
        if (asciiWord(text.charCodeAt(k))) {
          for (;;) {
            while (j < i && asciiWord(text.charCodeAt(j))) j++;
            if (j + 1 < i && joiner(text.charCodeAt(j)) && asciiWord(text.charCodeAt(j + 1))) j += 2;
            else break;
          }
        }
        emit(k, j, k, j, (x) => x);
        k = j;
      }
      continue;
    }
    const bounds: number[] = [];
    const word: boolean[] = [];
    for (const g of (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text.slice(start, i))) {
      bounds.push(start + g.index);
      word.push(WORD_START.test(g.segment));
    }
    bounds.push(i);
    const n = word.length;
    const single = (k: number): boolean => bounds[k + 1] - bounds[k] === 1;
    for (let k = 0; k < n;) {
      let j = k + 1;
      if (word[k]) {
        for (;;) {
          while (j < n && word[j]) j++;
          if (j + 1 < n && word[j + 1] && single(j) && joiner(text.charCodeAt(bounds[j]))) j += 2;
          else break;
        }
      }
      emit(bounds[k], bounds[j], k, j, (x) => bounds[x]);
      k = j;
    }
  }
  return out;
}
