import * as assert from 'assert';
import { placeAll, toSidecar, type Placed } from '../../src/core/anchor/placed';
import type { Sidecar } from '../../src/core/sidecar/model';

const lines = (...l: string[]): string => l.join('\n');

const ARTICLE = lines(
  'Harbour talks resume 🛰️',
  '',
  'Anna Lindqvist, the spokesperson of the Baltic Port Authority (BPA), said on Monday that the harbour would reopen within two weeks.',
  '"The damaged crane has been removed and the channel is clear," Lindqvist told journalists.',
  '',
  'The BPA did not say who would pay for the repairs. 서울 and 北京 were not mentioned.',
);

/** A sidecar made on ARTICLE with annotations on the given quotes (first occurrence each). */
function sidecarFor(text: string, quotes: string[]): Sidecar {
  const placed: Placed[] = quotes.map((q, i) => {
    const at = text.indexOf(q);
    assert.ok(at >= 0, q);
    return { data: { id: `x-${i}`, tag: 'claim', start: 0, end: 0, quote: '' }, start: at, end: at + q.length, orphaned: false };
  });
  return toSidecar('a.txt', text, placed);
}

/** Where each annotation lands in the revised text: its text there, or null when orphaned. */
function landed(revised: string, sidecar: Sidecar): Array<string | null> {
  return placeAll(revised, sidecar).map((p) => (p.orphaned ? null : revised.slice(p.start, p.end)));
}

const QUOTES = ['Anna Lindqvist', 'the harbour would reopen within two weeks', 'Lindqvist told journalists', 'BPA', '北京'];

describe('re-anchoring after the text changed outside the editor', () => {
  const stored = sidecarFor(ARTICLE, QUOTES);

  it('places everything at its offsets when nothing changed', () => {
    const p = placeAll(ARTICLE, stored);
    assert.deepStrictEqual(p.map((x) => x.how), ['position', 'position', 'position', 'position', 'position']);
  });

  it('follows a paragraph inserted before', () => {
    const revised = ARTICLE.replace('\n\n', '\n\nA new first paragraph, with 😀 and more words in it.\n\n');
    assert.deepStrictEqual(landed(revised, stored), QUOTES);
    const p = placeAll(revised, stored);
    assert.strictEqual(p[0].how, 'quote');
    assert.strictEqual(revised.slice(p[3].start - 16, p[3].start), 'Port Authority (', 'the BPA after the name, not a later one');
  });

  it('keeps a span whose sentence was rewritten around it', () => {
    const revised = ARTICLE.replace('said on Monday that the harbour', 'told a press conference on Monday evening that the harbour');
    assert.deepStrictEqual(landed(revised, stored), QUOTES);
  });

  it('follows a typo fixed inside a span (close match)', () => {
    const typo = sidecarFor(ARTICLE.replace('reopen within', 'reopen whithin'), ['the harbour would reopen whithin two weeks']);
    const p = placeAll(ARTICLE, typo);
    assert.strictEqual(p[0].how, 'fuzzy');
    assert.strictEqual(ARTICLE.slice(p[0].start, p[0].end), 'the harbour would reopen within two weeks');
  });

  it('orphans a quote made ambiguous by a duplicated sentence, rather than guessing', () => {
    const text = lines('Intro line.', 'Kolar said no. Then they left.');
    const s = sidecarFor(text, ['no']);
    const revised = lines('A longer intro line here.', 'Kolar said no. Kolar said no. Then they left.');
    const [p] = placeAll(revised, s);
    assert.strictEqual(p.orphaned, true);
    assert.strictEqual(p.how, 'ambiguous');
  });

  it('survives CRLF <-> LF conversion, also for spans across lines', () => {
    const across = '"The damaged crane has been removed';
    const s = sidecarFor(ARTICLE, [...QUOTES, `two weeks.\n${across}`]);
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    assert.deepStrictEqual(landed(crlf, s), [...QUOTES, `two weeks.\r\n${across}`]);
    const back = toSidecar('a.txt', crlf, placeAll(crlf, s));
    assert.deepStrictEqual(landed(ARTICLE, back), [...QUOTES, `two weeks.\n${across}`]);
  });

  it('counts code points after emoji and CJK text inserted before', () => {
    const revised = '🇰🇷 서울 📰 ' + ARTICLE;
    const p = placeAll(revised, stored);
    assert.deepStrictEqual(p.map((x) => revised.slice(x.start, x.end)), QUOTES);
    const again = toSidecar('a.txt', revised, p);
    const original = stored.annotations.map((a) => a.start);
    assert.deepStrictEqual(again.annotations.map((a) => a.start), original.map((o) => o + [...'🇰🇷 서울 📰 '].length));
  });

  it('orphans what a truncation cut off and keeps the rest', () => {
    const revised = ARTICLE.slice(0, ARTICLE.indexOf('"The damaged'));
    assert.deepStrictEqual(landed(revised, stored), ['Anna Lindqvist', 'the harbour would reopen within two weeks', null, 'BPA', null]);
  });

  it('never moves a short quote to a look-alike when its own place is gone', () => {
    const text = lines('Kolar said he would go.', 'Later Varga said he would stay.');
    const s = sidecarFor(text, ['he would go']);
    const revised = lines('Kolar refused to comment.', 'Later Varga said he would stay.');
    assert.deepStrictEqual(landed(revised, s), [null]);
  });
});
