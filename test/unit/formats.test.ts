import * as assert from 'assert';
import { toSidecar, type Placed } from '../../src/core/anchor/placed';
import { bratAnn } from '../../src/core/export/brat';
import type { ArticleSource } from '../../src/core/export/formats';
import { labelStudioTask } from '../../src/core/export/labelstudio';
import { spacyLine } from '../../src/core/export/spacy';
import { importBrat, importLabelStudio } from '../../src/core/export/imports';
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
  it('brat: every T line\'s offsets give its text in the .txt; fragments, relations, attributes, notes', () => {
    const ann = bratAnn(source());
    const lines = ann.trimEnd().split('\n');
    const ts = lines.filter((l) => l.startsWith('T'));
    assert.strictEqual(ts.length, 3);
    for (const t of ts) {
      const [, typeAndSpans, text] = t.split('\t');
      const frags = typeAndSpans.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.strictEqual(frags.map(([s, e]) => ix.sliceCp(s, e)).join(' '), text);
      for (const [s, e] of frags) assert.ok(!ix.sliceCp(s, e).includes('\n'), 'no fragment spans a line break');
    }
    assert.match(ts[1], /^T2\tclaim \d+ \d+;\d+ \d+\tPrices rose by five per cent\.$/);
    assert.match(ts[2], /^T3\tevent \d+ \d+;\d+ \d+\t=HYPERLINK\("x"\) appeared on the board$/, 'a span over a line break becomes two fragments');
    assert.ok(lines.includes('R1\tspeaker Arg1:T2 Arg2:T1'));
    assert.ok(lines.includes('A1\ttype T1 person'));
    assert.ok(lines.some((l) => /^#1\tAnnotatorNotes T2\t-checked twice$/.test(l)));
  });

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

  it('brat: export then import gives the same annotations', () => {
    const back = importBrat(bratAnn(source()), TEXT);
    assert.deepStrictEqual(back.problems, []);
    // a span over a line break comes back as fragments around the break
    const expected = comparable(original()) as Array<Record<string, unknown>>;
    const got = comparable(back.annotations) as Array<Record<string, unknown>>;
    expected[2] = { ...expected[2], fragments: (got[2] as { fragments: unknown }).fragments };
    assert.deepStrictEqual(got.map((g) => ({ ...g, note: g.note ?? undefined })), expected);
  });

  it('brat: attribute values with spaces and symbols survive', () => {
    const s = source();
    s.sidecar.annotations[0].attributes = { actor: 'Anna Lindqvist (Port)', weight: 3, checked: true };
    const back = importBrat(bratAnn(s), TEXT);
    assert.deepStrictEqual(back.annotations[0].attributes, { actor: 'Anna Lindqvist (Port)', weight: 3, checked: true });
  });

  it('Label Studio: export then import gives the same annotations and the text', () => {
    const [task] = importLabelStudio([labelStudioTask(source())]);
    assert.strictEqual(task.text, TEXT);
    assert.strictEqual(task.file, 'news/harbour.txt');
    const expected = comparable(original()) as Array<Record<string, unknown>>;
    // Label Studio keeps no fragments or notes: the claim comes back as one span
    const got = comparable(task.annotations) as Array<Record<string, unknown>>;
    assert.deepStrictEqual(got.map((g) => [g.tag, g.start, g.end, g.attributes, g.links]), expected.map((e) => [e.tag, e.start, e.end, e.attributes, e.links]));
  });

  it('reports what it cannot import, with the line', () => {
    const back = importBrat('T1\tactor 0 7\tHarbour\nE1\tAttack:T1\nT2\tactor 9999 10000\tx\n', TEXT);
    assert.strictEqual(back.annotations.length, 1);
    assert.deepStrictEqual(back.problems.map((p) => p.line).sort(), [2, 3]);
    assert.match(back.problems.find((p) => p.line === 2)!.message, /"E1" lines are not imported/);
    assert.match(back.problems.find((p) => p.line === 3)!.message, /outside the text/);
  });
});
