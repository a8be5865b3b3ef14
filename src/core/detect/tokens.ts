import type { Span } from './types';

export interface Token extends Span {
  text: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Adm', 'Sgt', 'Sen', 'Rep', 'Gov', 'Prof',
  'Rev', 'St', 'Jr', 'Sr', 'Inc', 'Ltd', 'Corp', 'Co', 'No', 'vs', 'etc', 'approx', 'Jan', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  // of academic and legal text: "Kolar et al. (2015) found", "cf. Bel", "Fig. 3", "pp. 4-9", "Kolar v. Bel"
  'al', 'cf', 'Fig', 'Figs', 'Eq', 'Vol', 'pp', 'v',
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
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    // a word: letters, marks and digits, joined by ' ’ - & . between two of them; else one character
    const start = i;
    let end = i + charLength(text, i);
    if (isWordAt(text, i)) {
      for (;;) {
        while (end < text.length && isWordAt(text, end)) end += charLength(text, end);
        const sep = text.charCodeAt(end);
        if ((sep === 39 || sep === 0x2019 || sep === 45 || sep === 38 || sep === 46) && end + 1 < text.length && isWordAt(text, end + 1)) end++;
        else break;
      }
    }
    let t = text.slice(start, end);
    // keep the period of abbreviations on the word ("Gen.", "U.S.")
    if (text.charCodeAt(end) === 46 && isAbbreviation(t)) {
      t += '.';
      end++;
    }
    i = end;
    const first = t.charCodeAt(0);
    if (last) {
      // every character between two tokens is white space
      const gap = start - last.end;
      let newlines = 0;
      for (let k = last.end; k < start && newlines < 2; k++) if (text.charCodeAt(k) === 10) newlines++;
      if (pendingBreak && gap > 0 && opensSentence(t, first)) sentence++;
      else if (newlines >= 2) sentence++;
      else if (newlines === 1 && pendingBreak) sentence++;
    }
    pendingBreak = pendingBreak && t.length === 1 && CLOSERS.includes(t) ? true : t.length === 1 && (first === 46 || first === 33 || first === 63);
    const tok: Token = { text: t, start, end, cap: first >= 65 && first <= 90 || (first > 127 && /^\p{Lu}/u.test(t)), sentence };
    out.push(tok);
    last = tok;
  }
  return out;
}

/** White space as JavaScript's \\s knows it. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
    || c === 0x3000 || c === 0xfeff;
}

/** UTF-16 units of the character at i (2 for a surrogate pair). */
function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;
/** Basic Multilingual Plane characters already classified: 1 word character, 2 not. */
const WORD_CACHE = new Uint8Array(65536);

/** Whether the character at i is a letter, a mark or a digit. */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2));
  let known = WORD_CACHE[c];
  if (!known) WORD_CACHE[c] = known = WORD_CHAR.test(text[i]) ? 1 : 2;
  return known === 1;
}

/** Marks that may follow the end of a sentence before the next one starts. */
const CLOSERS = '"”’\'»)]';

/** Whether a token can open a sentence: a capital, a digit, an opening quotation mark or bracket. */
function opensSentence(t: string, first: number): boolean {
  if (first >= 65 && first <= 90 || first >= 48 && first <= 57) return true;
  if (first < 128) return first === 34 || first === 39 || first === 40 || first === 91;
  return /^[\p{Lu}\p{N}“‘«]/u.test(t);
}
