import * as assert from 'assert';
import { ExportWriter } from '../../src/core/export/exporter';
import { w3cAnnotations } from '../../src/core/export/w3c';
import { ix, source } from './exportFixture';
import { annotationMusts, isUri, pageMusts } from './w3cMusts';

type Json = Record<string, any>;

function page(): Json {
  const w = new ExportWriter('w3c', { pageId: 'https://example.org/corpus/claims.jsonld' });
  return JSON.parse(w.head() + w.article(source()) + w.tail());
}

describe('export: W3C Web Annotation', () => {
  it('meets the MUSTs of the W3C web-annotation tests: the page and each annotation', () => {
    assert.deepStrictEqual(pageMusts(page()), []);
    for (const a of w3cAnnotations(source(), { withContext: true }) as Json[]) assert.deepStrictEqual(annotationMusts(a), [], a.id);
  });

  it('the checks catch what breaks the MUSTs', () => {
    const good = (w3cAnnotations(source(), { withContext: true }) as Json[])[0];
    const broken = (change: (a: Json) => void): string[] => {
      const a = JSON.parse(JSON.stringify(good));
      change(a);
      return annotationMusts(a);
    };
    assert.match(broken((a) => { a.target.source = 'news/harbour.txt'; }).join(), /3.2-targetObjectsRecognized/, 'a relative source');
    assert.match(broken((a) => { a.id = 'a-1'; }).join(), /3.1-annotationIdValidated/);
    assert.match(broken((a) => { a.created = '27 November'; }).join(), /3.3.1-annotationCreatedValidated/);
    assert.match(broken((a) => { a.bodyValue = 'x'; }).join(), /3.2.5-notBodyBodyValue/);
    assert.match(broken((a) => { a.body[0].source = 'https://example.org/'; }).join(), /bodyEmbeddedTextual/);
    assert.match(broken((a) => { a.target.selector[1].start = -1; }).join(), /4.2-TextDataPositionSelectorValid/);
    assert.match(broken((a) => { a.target.selector[0] = { type: 'TextQuote', exact: 'x' }; }).join(), /4.2-selectorValidIfPresent/);
    assert.match(broken((a) => { a.creator = 'Ann'; }).join(), /creatorValidIfPresent/);
    assert.match(pageMusts({ ...page(), id: undefined }).join(), /5.2-pageIdValidated/);
    assert.strictEqual(isUri('file:///tmp/a b.txt'), false);
  });

  it('targets the article by an absolute IRI, with selectors that point at the text', () => {
    const items = page().items as Json[];
    assert.deepStrictEqual(items.map((a) => a.id.replace(/^.*#/, '')), ['a-1', 'c-1', 'e-1', 'a-2', 'a-3', 'c-2', 'a-4', 'c-3']);
    assert.strictEqual(items[0].id, 'https://example.org/corpus/news/harbour.txt.annotations.yaml#a-1', 'the annotation in its sidecar');
    for (const a of items) {
      for (const t of [a.target].flat()) {
        assert.strictEqual(t.source, 'https://example.org/corpus/news/harbour.txt');
        const quote = t.selector.find((s: Json) => s.type === 'TextQuoteSelector');
        const pos = t.selector.find((s: Json) => s.type === 'TextPositionSelector');
        assert.strictEqual(ix.sliceCp(pos.start, pos.end), quote.exact);
        assert.ok(ix.text.includes(quote.prefix + quote.exact + quote.suffix));
      }
    }
  });

  it('keeps a split claim in one target per piece, and describes tag, attributes, speaker and note', () => {
    const claim = (page().items as Json[]).find((a) => a.id.endsWith('#c-1'))!;
    assert.ok(Array.isArray(claim.target));
    assert.deepStrictEqual(claim.target.map((t: Json) => t.selector[0].exact), ['Prices rose', 'by five per cent.']);
    assert.deepStrictEqual(claim.body.map((b: Json) => [b.purpose, b.value ?? b.source]), [
      ['tagging', 'claim'], ['describing', 'kind: direct'], ['describing', 'cue: said'], ['describing', 'speaker: Anna Lindqvist'],
      ['linking', 'https://example.org/corpus/news/harbour.txt.annotations.yaml#a-1'], ['commenting', '-checked twice'],
    ]);
  });

  it('writes an author as an agent and leaves out a created that is no date-time', () => {
    const s = source();
    Object.assign(s.sidecar.annotations[0], { author: 'Ines Kolar', created: '2026-11-27T10:00:00Z' });
    Object.assign(s.sidecar.annotations[1], { created: 'yesterday' });
    const [a, c] = w3cAnnotations(s) as Json[];
    assert.deepStrictEqual([a.creator, a.created], [{ type: 'Person', name: 'Ines Kolar' }, '2026-11-27T10:00:00Z']);
    assert.strictEqual('created' in c, false);
  });
});
