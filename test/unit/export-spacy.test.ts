import * as assert from 'assert';
import { toSidecar } from '../../src/core/anchor/placed';
import type { ArticleSource } from '../../src/core/export/formats';
import { spacyLine } from '../../src/core/export/spacy';
import { OffsetIndex } from '../../src/core/text/offsets';
import { source, TEXT } from './exportFixture';

type Line = ReturnType<typeof spacyLine>;

/**
 * What spaCy needs: `Doc(vocab, words, spaces)` from the tokens gives the text back, and
 * `doc.char_span(start, end)` (alignment_mode "strict") finds a span only when `start` is a
 * token's start and `end` a token's end.
 */
function spacyProblems(line: Line): string[] {
  const bad: string[] = [];
  const ix = new OffsetIndex(line.text);
  const rebuilt = line.tokens.map((t) => t.text + (t.ws ? ' ' : '')).join('');
  if (rebuilt !== line.text) bad.push('words + spaces do not give the text back');
  let at = 0;
  line.tokens.forEach((t, i) => {
    if (t.id !== i) bad.push(`token ${i} has id ${t.id}`);
    if (t.start !== at) bad.push(`token ${i} starts at ${t.start}, not ${at}`);
    if (ix.sliceCp(t.start, t.end) !== t.text) bad.push(`token ${i}: its offsets do not give its text`);
    if (!t.text) bad.push(`token ${i} is empty`);
    at = t.end + (t.ws ? 1 : 0);
  });
  const starts = new Map(line.tokens.map((t) => [t.start, t.id]));
  const ends = new Map(line.tokens.map((t) => [t.end, t.id]));
  for (const s of line.spans) {
    const where = `span ${s.id} ${s.start}-${s.end}`;
    if (starts.get(s.start) !== s.token_start) bad.push(`${where}: does not begin at token ${s.token_start}`);
    if (ends.get(s.end) !== s.token_end) bad.push(`${where}: does not end at token ${s.token_end}`);
    if (/^\s|\s$/.test(ix.sliceCp(s.start, s.end))) bad.push(`${where}: white space at an end`);
  }
  return bad;
}

describe('export: spaCy', () => {
  it('gives tokens that rebuild the text and spans that lie on token boundaries (doc.char_span finds each)', () => {
    const line = spacyLine(source());
    assert.deepStrictEqual(spacyProblems(line), []);
    assert.strictEqual(line.text, TEXT);
    assert.deepStrictEqual(line.meta, { file: 'news/harbour.txt' });
    const ix = new OffsetIndex(TEXT);
    assert.deepStrictEqual(line.spans.map((s) => [ix.sliceCp(s.start, s.end), s.label, s.id]), [
      ['Anna Lindqvist', 'actor', 'a-1'], ['Prices rose', 'claim', 'c-1'], ['by five per cent.', 'claim', 'c-1'],
      ['=HYPERLINK("x") appeared\non the board', 'event', 'e-1'], ['union', 'actor', 'a-2'], ['Anna Lindqvist', 'actor', 'a-3'],
      ['Anna Lindqvist would resign soon', 'claim', 'c-2'], ['Zoe\u0308 Berg', 'actor', 'a-4'], ['We stay.', 'claim', 'c-3'],
    ]);
    assert.ok(line.tokens.some((t) => t.text === '\n\n' && !t.ws), 'white space other than one space is a token, as spaCy keeps it');
    assert.deepStrictEqual(spacyLine(source(), ['claim']).spans.map((s) => s.id), ['c-1', 'c-1', 'c-2', 'c-3'], '--tag');
  });

  it('moves span ends out of white space and grapheme clusters, and cuts words where a span ends inside one', () => {
    const text = '  The NSC\'s envoy 👍🏽 waved.  ';
    const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
    const [v0, v1] = at('👍🏽');
    const src: ArticleSource = {
      file: 'a.txt', uri: 'file:///a.txt', text,
      sidecar: toSidecar('a.txt', text, [
        { data: { id: 'a-1', tag: 'actor', start: 0, end: 0, quote: '' }, start: at('NSC')[0] - 1, end: at('NSC')[1], orphaned: false },
        { data: { id: 'e-1', tag: 'event', start: 0, end: 0, quote: '' }, start: v0, end: v1 - 2, orphaned: false },
        { data: { id: 'x-1', tag: 'event', start: 0, end: 0, quote: '' }, start: text.length - 2, end: text.length, orphaned: false },
      ]),
    };
    const line = spacyLine(src);
    assert.deepStrictEqual(spacyProblems(line), []);
    const ix = new OffsetIndex(text);
    assert.deepStrictEqual(line.spans.map((s) => ix.sliceCp(s.start, s.end)), ['NSC', '👍🏽'], 'a span of white space only is left out');
    assert.ok(line.tokens.some((t) => t.text === "'s"));
  });
});
