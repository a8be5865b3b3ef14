import * as assert from 'assert';
import { toSidecar, type Placed } from '../../src/core/anchor/placed';
import type { ArticleSource } from '../../src/core/export/formats';
import { labelStudioTask } from '../../src/core/export/labelstudio';
import { spacyLine } from '../../src/core/export/spacy';
import { importLabelStudio } from '../../src/core/export/imports';
import type { Annotation } from '../../src/core/sidecar/model';
import { OffsetIndex } from '../../src/core/text/offsets';

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

const ix = new OffsetIndex(TEXT);

describe('export formats', () => {
  it('Label Studio and spaCy: code point spans whose text matches, and the speaker relation', () => {
    const task = labelStudioTask(source()) as { data: { text: string }; annotations: Array<{ result: Array<Record<string, any>> }> };
    const labels = task.annotations[0].result.filter((r) => r.type === 'labels');
    for (const r of labels) assert.strictEqual(ix.sliceCp(r.value.start, r.value.end), r.value.text);
    assert.deepStrictEqual(task.annotations[0].result.filter((r) => r.type === 'relation').map((r) => [r.from_id, r.to_id, r.labels[0]]), [['c-1', 'a-1', 'speaker']]);
    const line = spacyLine(source()) as { text: string; spans: Array<{ start: number; end: number; label: string }> };
    assert.deepStrictEqual(line.spans.map((s) => [[...line.text].slice(s.start, s.end).join(''), s.label]).slice(0, 1), [['Anna Lindqvist', 'actor']]);
  });
});

describe('import: round trips', () => {
  const comparable = (list: Annotation[]): unknown => {
    const ids = new Map(list.map((a, i) => [a.id, i]));
    return list.map((a) => ({
      tag: a.tag, start: a.start, end: a.end, fragments: a.fragments, quote: a.quote, note: a.note,
      attributes: a.attributes, links: a.links && Object.fromEntries(Object.entries(a.links).map(([k, v]) => [k, ids.get(v)])),
    }));
  };
  const original = (): Annotation[] => source().sidecar.annotations.filter((a) => a.status !== 'rejected');

  it('Label Studio: export then import gives the same annotations and the text', () => {
    const [task] = importLabelStudio([labelStudioTask(source())]);
    assert.strictEqual(task.text, TEXT);
    assert.strictEqual(task.file, 'news/harbour.txt');
    const expected = comparable(original()) as Array<Record<string, unknown>>;
    // Label Studio keeps no fragments or notes: the claim comes back as one span
    const got = comparable(task.annotations) as Array<Record<string, unknown>>;
    assert.deepStrictEqual(got.map((g) => [g.tag, g.start, g.end, g.attributes, g.links]), expected.map((e) => [e.tag, e.start, e.end, e.attributes, e.links]));
  });

});
