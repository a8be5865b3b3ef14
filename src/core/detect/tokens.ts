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
    if (text[end] === '.' && isAbbreviation(t)) {
      t += '.';
      end++;
      WORD.lastIndex = end;
    }
    if (last) {
      const gap = text.slice(last.end, m.index);
      if (pendingBreak && /\s/.test(gap) && (/^[\p{Lu}\p{N}"“‘'«(\[]/u.test(t))) sentence++;
      else if (/\n\s*\n/.test(gap)) sentence++;
      else if (/\n/.test(gap) && pendingBreak) sentence++;
    }
    pendingBreak = pendingBreak && /^["”’'»)\]]$/.test(t) ? true : /^[.!?]$/.test(t);
    const tok: Token = { text: t, start: m.index, end, cap: /^\p{Lu}/u.test(t), sentence };
    out.push(tok);
    last = tok;
  }
  return out;
}
