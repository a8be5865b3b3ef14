import * as assert from 'assert';
import { toSidecar, type Placed } from '../../src/core/anchor/placed';
import type { ArticleSource } from '../../src/core/export/formats';
import { spacyLine } from '../../src/core/export/spacy';

const TEXT = 'Harbour talks 🛰️\n\nAnna Lindqvist said: "Prices rose," she added, "by five per cent." Then =HYPERLINK("x") appeared\non the board.\n';

function source(): ArticleSource {
  const at = (s: string, k = 0): [number, number] => {
    let i = -1;
    for (let n = 0; n <= k; n++) i = TEXT.indexOf(s, i + 1);
    return [i, i + s.length];
  };
  const [a0, a1] = at('Anna Lindqvist');
  const [q0] = at('Prices rose');
  const [, q3] = at('by five per cent.');
  const [r0, r1] = at('=HYPERLINK("x") appeared\non the board');
  const placed: Placed[] = [
    { data: { id: 'a-1', tag: 'actor', start: 0, end: 0, quote: '', attributes: { type: 'person', actor: 'Anna Lindqvist' } }, start: a0, end: a1, orphaned: false },
    {
      data: { id: 'c-1', tag: 'claim', start: 0, end: 0, quote: '', attributes: { kind: 'direct' }, links: { speaker: 'a-1' }, note: '-checked twice' },
      start: q0, end: q3, fragments: [at('Prices rose'), at('by five per cent.')], orphaned: false,
    },
    { data: { id: 'e-1', tag: 'event', start: 0, end: 0, quote: '' }, start: r0, end: r1, orphaned: false },
    { data: { id: 'x-1', tag: 'actor', start: 0, end: 0, quote: '', status: 'rejected' }, start: at('Then')[0], end: at('Then')[1], orphaned: false },
  ];
  return { file: 'news/harbour.txt', uri: 'file:///corpus/news/harbour.txt', text: TEXT, sidecar: toSidecar('harbour.txt', TEXT, placed) };
}

describe('export formats', () => {
  it('spaCy: code point spans whose text matches', () => {
    const line = spacyLine(source()) as { text: string; spans: Array<{ start: number; end: number; label: string }> };
    assert.deepStrictEqual(line.spans.map((s) => [[...line.text].slice(s.start, s.end).join(''), s.label]).slice(0, 1), [['Anna Lindqvist', 'actor']]);
  });
});
