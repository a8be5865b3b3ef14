import type { Span } from './types';

export interface Token extends Span {
  text: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-&.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Adm', 'Sgt', 'Sen', 'Rep', 'Gov', 'Prof',
  'Rev', 'St', 'Jr', 'Sr', 'Inc', 'Ltd', 'Corp', 'Co', 'No', 'vs', 'etc', 'approx', 'Jan', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/** Whether the word before a period is an abbreviation (so the period ends no sentence). */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Splits text into word and punctuation tokens, and marks sentence boundaries: after . ! ? (and
 * any closing quotes or brackets) followed by white space, unless the period closes an
 * abbreviation, and at every blank line or line break between lines that do not continue a sentence.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let sentence = 0;
  let pendingBreak = false;
  let last: Token | undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let t = m[0];
    let end = m.index + t.length;
    // keep the period of abbreviations on the word ("Gen.", "U.S.")
    if (text.charCodeAt(end) === 46 && isAbbreviation(t)) {
      t += '.';
      end++;
      WORD.lastIndex = end;
    }
    const first = t.charCodeAt(0);
    if (last) {
      // every character between two tokens is white space (the pattern matches all others)
      const gap = m.index - last.end;
      let newlines = 0;
      for (let k = last.end; k < m.index && newlines < 2; k++) if (text.charCodeAt(k) === 10) newlines++;
      if (pendingBreak && gap > 0 && opensSentence(t, first)) sentence++;
      else if (newlines >= 2) sentence++;
      else if (newlines === 1 && pendingBreak) sentence++;
    }
    pendingBreak = pendingBreak && t.length === 1 && CLOSERS.includes(t) ? true : t.length === 1 && (first === 46 || first === 33 || first === 63);
    const tok: Token = { text: t, start: m.index, end, cap: first >= 65 && first <= 90 || (first > 127 && /^\p{Lu}/u.test(t)), sentence };
    out.push(tok);
    last = tok;
  }
  return out;
}

/** Marks that may follow the end of a sentence before the next one starts. */
const CLOSERS = '"”’\'»)]';

/** Whether a token can open a sentence: a capital, a digit, an opening quotation mark or bracket. */
function opensSentence(t: string, first: number): boolean {
  if (first >= 65 && first <= 90 || first >= 48 && first <= 57) return true;
  if (first < 128) return first === 34 || first === 39 || first === 40 || first === 91;
  return /^[\p{Lu}\p{N}“‘«]/u.test(t);
}
