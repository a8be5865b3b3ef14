import * as assert from 'assert';
import { annotationText, piecesOf } from '../../src/core/export/formats';
import { jsonlSpans, toJsonl } from '../../src/core/export/jsonl';
import type { Annotation, Sidecar } from '../../src/core/sidecar/model';
import { source } from './exportFixture';

describe('JSONL export', () => {
  const sidecar: Sidecar = {
    document: { file: 'a.txt', sha256: '0'.repeat(64), length: 100 },
    annotations: [
      { id: 'a-1', tag: 'actor', start: 0, end: 10, quote: 'Ines Kolar', attributes: { type: 'person', actor: 'Ines Kolar' } },
      { id: 'a-2', tag: 'actor', start: 40, end: 45, quote: 'Kolar', attributes: { type: 'person', actor: 'Ines Kolar' } },
      { id: 'c-1', tag: 'claim', start: 12, end: 30, quote: 'the bridge is safe', links: { speaker: 'a-2' }, attributes: { kind: 'direct' } },
      { id: 'r-1', tag: 'actor', start: 50, end: 55, quote: 'Monday', status: 'rejected' },
      { id: 'o-1', tag: 'claim', start: 60, end: 70, quote: 'lost text', orphaned: true },
    ],
  };

  it('writes one line per confirmed, placed span with the speaker\'s canonical actor', () => {
    const out = toJsonl(jsonlSpans({ file: 'news/a.txt', sidecar }));
    const rows = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.ok(out.endsWith('\n'));
    assert.deepStrictEqual(rows.map((r) => r.id), ['a-1', 'a-2', 'c-1']);
    assert.deepStrictEqual(rows[2], {
      file: 'news/a.txt', id: 'c-1', tag: 'claim', start: 12, end: 30, text: 'the bridge is safe',
      attributes: { kind: 'direct' }, speaker: 'Ines Kolar',
    });
    assert.strictEqual('speaker' in rows[0], false, 'only claims carry a speaker');
  });
});

describe('export: split claims', () => {
  it('give the text of their pieces joined by " … ", not the words between them, and keep their fragments', () => {
    const claim = jsonlSpans(source()).find((s) => s.id === 'c-1')!;
    assert.strictEqual(claim.text, 'Prices rose … by five per cent.');
    assert.strictEqual(claim.fragments?.length, 2);
  });

  it('have their pieces in order, touching ones joined', () => {
    const a = { id: 'c', tag: 'claim', start: 0, end: 10, quote: '0123456789', fragments: [[6, 10], [0, 2], [2, 4]] } as Annotation;
    assert.deepStrictEqual(piecesOf(a), [[0, 4], [6, 10]]);
    assert.strictEqual(annotationText(a), '0123 … 6789');
  });
});
