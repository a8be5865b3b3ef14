import { OffsetIndex } from '../text/offsets';
import { exported, type ArticleSource } from './formats';

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * CoNLL-2003-style columns: one token a line with its BIO tag (the innermost annotation wins),
 * a blank line after each sentence, `-DOCSTART- -X- -X- O` before each article.
 */
export function conll(source: ArticleSource): string {
  const text = source.text;
  const spans = exported(source.sidecar);
  const ix = new OffsetIndex(text);
  const ranges = spans.map((a) => ({ tag: a.tag, pieces: (a.fragments ?? [[a.start, a.end]]).map(([s, e]) => [ix.toUtf16(s), ix.toUtf16(e)] as [number, number]), len: a.end - a.start }));
  const out: string[] = ['-DOCSTART- -X- -X- O', ''];
  let prev: { tag: string; piece: [number, number] } | undefined;
  let sentence: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    let best: { tag: string; piece: [number, number]; len: number } | undefined;
    for (const r of ranges) {
      for (const piece of r.pieces) {
        if (s >= piece[0] && e <= piece[1] && (!best || r.len < best.len)) best = { tag: r.tag, piece, len: r.len };
      }
    }
    const label = best ? `${prev && prev.piece === best.piece ? 'I' : 'B'}-${best.tag}` : 'O';
    prev = best ? { tag: best.tag, piece: best.piece } : undefined;
    sentence.push(`${m[0]}\t${label}`);
    if (/^[.!?]$/.test(m[0]) && !best) {
      out.push(...sentence, '');
      sentence = [];
    }
  }
  if (sentence.length) out.push(...sentence, '');
  return out.join('\n') + '\n';
}
