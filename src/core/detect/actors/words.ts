/** Word shapes and head words the actor stages share. */
import { CREDIT_LABELS, GROUP_HEADS, LOCATION_HEADS, ORG_HEADS, STATE_HEADS } from '../lexicon';

/** A run of tokens that may name an actor. */
export interface Candidate {
  first: number; // token index
  last: number; // token index, inclusive
  titled: boolean;
}

export const stripPossessive = (t: string): string => (endsInApostrophe(t) ? t.replace(/['’]s?$/u, '') : t);
/** Starts with a letter or a digit (ASCII checked without a regular expression). */
export const wordLike = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^[\p{L}\p{N}]/u.test(t);
};
export const isAcronym = (t: string): boolean => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(t);

/** Ends in "'s" or "’s". */
export function possessiveS(w: string): boolean {
  const prev = w.charCodeAt(w.length - 2);
  return w.charCodeAt(w.length - 1) === 115 && (prev === 39 || prev === 0x2019);
}

/** "Berg's", "Berg'", "Bergs’": a possessive ending, checked without scanning the word. */
export function endsInApostrophe(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  if (last === 39 || last === 0x2019) return true;
  const prev = w.charCodeAt(w.length - 2);
  return (last === 115 || last === 83) && (prev === 39 || prev === 0x2019);
}

export function titleCase(s: string): string {
  return s.charAt(0) + s.slice(1).toLowerCase();
}

/** Labels of captions and credits, which end no name ("… Kolar Image: …"). */
export const CAPTION_WORDS = new Set([...CREDIT_LABELS, 'File', 'Caption', 'Map', 'Source']);

export const isHead = (w: string): boolean => ORG_HEADS.has(w) || GROUP_HEADS.has(w) || LOCATION_HEADS.has(w) || STATE_HEADS.has(w);
