/**
 * Stage 1, quotations: the spans between quotation marks that may hold speech (straight, curly,
 * guillemets), without quoted titles and scare quotes.
 */
import { lastAtOrBefore } from '../search';
import type { Span } from '../types';

export interface Quote {
  open: number; // offset of the opening mark
  close: number; // offset of the closing mark
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“' };

/** Finds quotations: curly, guillemets, and straight double quotes paired by position. */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const marks = /["“«„]/g;
  for (let i = 0; i < text.length; i++) {
    // jump to the next opening mark
    marks.lastIndex = i;
    const found = marks.exec(text);
    if (!found) break;
    i = found.index;
    const ch = text[i];
    let closeCh: string | undefined;
    if (ch === '"') {
      const prev = i === 0 ? ' ' : text[i - 1];
      if (!/[\s(\[—–-]/u.test(prev)) continue; // a closing mark without an opening one
      closeCh = '"';
    } else closeCh = PAIRS[ch];
    if (!closeCh) continue;
    // bounded: a quotation runs at most 3000 characters (paragraphs hold no blank lines)
    const window = text.slice(i + 1, i + 3001);
    let j = window.indexOf(closeCh);
    if (j >= 0) j += i + 1;
    // a straight quotation closed by a curly mark after its last word ('"… decision.“ However'): a typo to tolerate
    if (ch === '"') {
      const curly = window.slice(0, j < 0 ? undefined : j - i - 1).search(/[.!?][“](?=\s)/u);
      if (curly >= 0) j = i + 1 + curly + 1;
    }
    // a quotation running over paragraphs leaves each paragraph but the last open (the next one
    // opens with a mark again: news and book convention): a mark opening a sentence and never
    // closed in the paragraph quotes to the paragraph's end
    const blank = window.search(/\n\s*\n/);
    const rest = blank < 0 ? window : window.slice(0, blank);
    if (ch !== '«' && (j < 0 || j - i - 1 > rest.length) && opensSentence(text, i)) j = i + 1 + rest.trimEnd().length;
    if (j < 0 || window.slice(0, j - i - 1).includes('\n\n')) continue;
    out.push({ open: i, close: j });
    i = j;
  }
  return out;
}

/** Whether offset i opens the text or a sentence (a period, a closing mark, a space before it): only the few characters before it are read. */
function opensSentence(text: string, i: number): boolean {
  return i === 0 || /[.!?]["”]?\s$/u.test(text.slice(Math.max(0, i - 3), i));
}

/** "The Harbour Report 2024", "Photographs and Prints from the Collection": a quoted title, not speech. */
export function isTitle(s: string): boolean {
  if (/[.!?,;]["”’]?\s*$/u.test(s)) return false;
  const words = s.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * long.length;
}

/** Four words or more, or a phrase ending like a sentence: speech rather than a scare quote. */
export function isWordy(s: string): boolean {
  const word = /[\p{L}\p{N}]+/gu;
  let n = 0;
  while (n < 4 && word.exec(s)) n++;
  return n >= 4 || /[.!?,]\s*$/u.test(s) && /\s/.test(s.trim());
}

/** The text inside the marks, white space trimmed. */
export function innerSpan(text: string, q: Quote): Span {
  let start = q.open + 1;
  let end = q.close;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  // the comma closing the first half of a split quote belongs to the sentence, not the claim
  if (/[,]/.test(text[end - 1])) end--;
  return { start, end };
}
/** The quotations of a text that may be speech: wordy, and not a title. */
export function speechQuotes(text: string): Quote[] {
  return findQuotes(text).filter((q) => isWordy(text.slice(q.open + 1, q.close)) && !isTitle(text.slice(q.open + 1, q.close)));
}

const openOf = (q: Quote): number => q.open;

/** Whether an offset lies inside one of the quotations (in text order, not overlapping). */
export function insideQuote(quotes: readonly Quote[], offset: number): boolean {
  // (asked of nearly every token: no quotation, no search)
  if (!quotes.length) return false;
  const i = lastAtOrBefore(quotes, openOf, offset);
  return i >= 0 && offset > quotes[i].open && offset < quotes[i].close;
}
