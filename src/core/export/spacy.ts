import { firstPast } from '../detect/search';
import { OffsetIndex } from '../text/offsets';
import { exported, piecesOf, type ArticleSource } from './formats';
import { exportTokens } from './tokens';

export interface SpacyToken {
  text: string;
  start: number;
  end: number;
  id: number;
  /** Followed by one space (spaCy's `whitespace_`). */
  ws: boolean;
}

export interface SpacySpan {
  start: number;
  end: number;
  /** Indices of the first and last token (inclusive). */
  token_start: number;
  token_end: number;
  label: string;
  /** The annotation's id: the pieces of a split claim share it. */
  id: string;
}

/**
 * One line of spaCy JSONL (the tokens-and-spans form spaCy's tools and Prodigy read): the text,
 * its tokens (words and white space, so that `Doc(vocab, words, spaces)` gives the text back
 * exactly) and its spans, code points as Python counts them. Every span begins and ends on a
 * token boundary: tokens are cut where annotations begin and end, a span's white space at either
 * end is left out, and a boundary inside a grapheme cluster moves out to the cluster's edge, so
 * `doc.char_span(start, end, label)` finds each span. A split claim gives one span per piece,
 * with the claim's id. Overlapping spans (an actor inside a claim) belong in `doc.spans`, not
 * `doc.ents`.
 */
export function spacyLine(source: ArticleSource, tags?: readonly string[]): { text: string; tokens: SpacyToken[]; spans: SpacySpan[]; meta: { file: string } } {
  const text = source.text;
  const ix = new OffsetIndex(text);
  const list = exported(source.sidecar, tags);
  const pieces = list.flatMap((a) => piecesOf(a).map(([s, e]) => ({ a, s: ix.toUtf16(s), e: ix.toUtf16(e) })));
  const words = exportTokens(text, [...new Set(pieces.flatMap((p) => [p.s, p.e]))].sort((x, y) => x - y));
  // words and the white space between them, as spaCy keeps it: one trailing space is `ws`, other space a token
  const tokens: SpacyToken[] = [];
  const wordIndex: number[] = [];
  const push = (s: number, e: number, ws: boolean): void => void tokens.push({ text: text.slice(s, e), start: ix.toCodePoint(s), end: ix.toCodePoint(e), id: tokens.length, ws });
  if (words.length && words[0].start > 0) push(0, words[0].start, false);
  words.forEach((w, k) => {
    const next = k + 1 < words.length ? words[k + 1].start : text.length;
    const ws = next > w.end && text.charCodeAt(w.end) === 32;
    wordIndex.push(tokens.length);
    push(w.start, w.end, ws);
    if (next > w.end + (ws ? 1 : 0)) push(w.end + (ws ? 1 : 0), next, false);
  });
  if (!words.length && text) push(0, text.length, false);
  const spans: SpacySpan[] = [];
  for (const { a, s, e } of pieces) {
    // the words the piece covers; none: a piece of white space only
    const first = firstPast(words, (w) => w.end, s);
    let last = first;
    while (last < words.length && words[last].start < e) last++;
    if (last === first) continue;
    last--;
    const t0 = tokens[wordIndex[first]];
    const t1 = tokens[wordIndex[last]];
    spans.push({ start: t0.start, end: t1.end, token_start: t0.id, token_end: t1.id, label: a.tag, id: a.id });
  }
  return { text, tokens, spans, meta: { file: source.file } };
}
