import { firstPast } from '../detect/search';
import { tokenize } from '../detect/tokens';
import { OffsetIndex } from '../text/offsets';
import { exported, piecesOf, type ArticleSource } from './formats';
import { exportTokens } from './tokens';

/** A tag as a CoNLL field: no white space (fields are TAB-separated, and some readers split on spaces). */
const field = (tag: string): string => tag.replace(/\s/g, '_');

/** The line that opens each article: `-DOCSTART-` and an O for every tag column. */
export function conllDocStart(columns: readonly string[]): string {
  return ['-DOCSTART-', ...columns.map(() => 'O')].join('\t');
}

/**
 * CoNLL columns for conlleval and the CoNLL-2003 readers: one token a line, TAB-separated, then
 * one BIO column per tag of `columns` (so nested spans of different tags are all kept: an actor
 * inside a claim is B-actor in the actor column while the claim column goes on with I-claim).
 * Within a column an annotation takes the tokens no earlier or longer one holds; each fragment of
 * a split claim begins with B-. `-DOCSTART-` (with an O per column) and a blank line open the
 * article; a blank line follows each sentence (as the detector splits them: after . ! ? and any
 * closing quotes or brackets, and at every paragraph) unless an annotation goes on across it,
 * and always at a paragraph break.
 */
export function conll(source: ArticleSource, columns: readonly string[]): string {
  const text = source.text;
  const ix = new OffsetIndex(text);
  const list = exported(source.sidecar, columns);
  // pieces per column, UTF-16: earlier first, then longer first
  const byColumn = columns.map((tag) => list
    .filter((a) => a.tag === tag)
    .flatMap((a) => piecesOf(a).map(([s, e]): [number, number] => [ix.toUtf16(s), ix.toUtf16(e)]))
    .sort((x, y) => x[0] - y[0] || y[1] - x[1]));
  const cuts = [...new Set(byColumn.flat(2))].sort((x, y) => x - y);
  const tokens = exportTokens(text, cuts);
  // which piece (a number unique in the column) holds each token, -1 for none
  const held = byColumn.map((pieces) => {
    const at = new Int32Array(tokens.length).fill(-1);
    pieces.forEach(([s, e], p) => {
      for (let t = firstPast(tokens, (x) => x.end, s); t < tokens.length && tokens[t].start < e; t++) if (at[t] < 0) at[t] = p;
    });
    return at;
  });
  const sentences = sentenceOf(text, tokens);
  const out: string[] = [conllDocStart(columns), ''];
  for (let t = 0; t < tokens.length; t++) {
    let fresh = t === 0;
    if (t > 0) {
      const paragraph = lineBreaks(text, tokens[t - 1].end, tokens[t].start) >= 2;
      const goesOn = held.some((at) => at[t] >= 0 && at[t] === at[t - 1]);
      if (paragraph || (sentences[t] !== sentences[t - 1] && !goesOn)) {
        out.push('');
        fresh = true;
      }
    }
    const tags = held.map((at, col) => (at[t] < 0 ? 'O' : `${!fresh && at[t - 1] === at[t] ? 'I' : 'B'}-${field(columns[col])}`));
    out.push([text.slice(tokens[t].start, tokens[t].end), ...tags].join('\t'));
  }
  if (tokens.length) out.push('');
  return out.join('\n') + '\n';
}

/** The detector's sentence number of each token (the sentence of the detector's token it starts in). */
function sentenceOf(text: string, tokens: ReadonlyArray<{ start: number }>): Int32Array {
  const words = tokenize(text);
  const out = new Int32Array(tokens.length);
  let w = 0;
  for (let t = 0; t < tokens.length; t++) {
    while (w + 1 < words.length && words[w + 1].start <= tokens[t].start) w++;
    out[t] = words.length ? words[w].sentence : 0;
  }
  return out;
}

/** Line breaks between two offsets (CR LF counts once). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}
