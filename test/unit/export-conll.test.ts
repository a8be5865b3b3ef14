import * as assert from 'assert';
import { toSidecar } from '../../src/core/anchor/placed';
import { conll } from '../../src/core/export/conll';
import { ExportWriter } from '../../src/core/export/exporter';
import type { ArticleSource } from '../../src/core/export/formats';
import { conllevalProblems } from './conllRules';
import { source } from './exportFixture';

const COLUMNS = ['actor', 'claim', 'event', 'source'];

/** The lines of the fixture's CoNLL as [token, tags...]; a blank line as []. */
function rows(columns = COLUMNS): string[][] {
  return conll(source(), columns).trimEnd().split('\n').map((l) => (l ? l.split('\t') : []));
}
const tagsOf = (token: string, k = 0, columns = COLUMNS): string[] => rows(columns).filter((r) => r[0] === token)[k].slice(1);

describe('export: CoNLL', () => {
  it('is what conlleval reads: one tag column per tag, TAB-separated, IOB2 in every column', () => {
    assert.deepStrictEqual(conllevalProblems(conll(source(), COLUMNS), 4), []);
    assert.deepStrictEqual(conllevalProblems(conll(source(), ['claim']), 1), []);
    const w = new ExportWriter('conll');
    w.plan(source().sidecar);
    const two = w.head() + w.article(source()) + w.article({ ...source(), file: 'other.txt' }) + w.tail();
    assert.deepStrictEqual(conllevalProblems(two, 4), [], 'two articles in one file');
    assert.strictEqual(two.split('\n').filter((l) => l.startsWith('-DOCSTART-')).length, 2);
  });

  it('opens each article with -DOCSTART- in the same columns and a blank line', () => {
    const [first, second] = conll(source(), COLUMNS).split('\n');
    assert.strictEqual(first, '-DOCSTART-\tO\tO\tO\tO');
    assert.strictEqual(second, '');
  });

  it('keeps nested spans: an actor at the start of a claim is in the actor column, the claim keeps its first tokens', () => {
    assert.deepStrictEqual(tagsOf('Anna', 1), ['B-actor', 'B-claim', 'O', 'O']);
    assert.deepStrictEqual(tagsOf('Lindqvist', 1), ['I-actor', 'I-claim', 'O', 'O']);
    assert.deepStrictEqual(tagsOf('would'), ['O', 'I-claim', 'O', 'O']);
    assert.deepStrictEqual(tagsOf('union'), ['B-actor', 'O', 'O', 'O']);
    assert.deepStrictEqual(rows(['claim']).filter((r) => r[0] === 'Anna').map((r) => r[1]), ['O', 'B-claim'], '--tag claim: one layer');
  });

  it('begins each piece of a split claim anew and leaves the words between them out', () => {
    assert.deepStrictEqual(['Prices', 'rose', 'she', 'by', 'cent'].map((t) => tagsOf(t)[1]), ['B-claim', 'I-claim', 'O', 'B-claim', 'I-claim']);
    assert.strictEqual(tagsOf('Then')[0], 'O', 'rejected suggestions are not exported');
  });

  it('keeps grapheme clusters whole: an emoji with its variation selector, a flag, a ZWJ sequence, a combining mark', () => {
    const tokens = rows().map((r) => r[0]).filter(Boolean);
    for (const t of ['🛰️', '🇳🇴', '👩‍🚒', 'Zoe\u0308']) assert.ok(tokens.includes(t), t);
    assert.ok(!tokens.includes('\uFE0F') && !tokens.includes('\u0308') && !tokens.includes('🇳'));
  });

  it('ends a sentence after ." at a paragraph\'s end, at a headline without a full stop, and after a full stop', () => {
    const lines = conll(source(), COLUMNS).split('\n');
    const after = (token: string, k = 0): string => lines[lines.map((l) => l.split('\t')[0]).reduce<number[]>((acc, t, i) => (t === token ? [...acc, i] : acc), [])[k] + 1];
    assert.strictEqual(after('resume'), '', 'a headline');
    assert.strictEqual(after('"', 7), '', '." at the end of a paragraph (the closing quotation mark stays in its sentence)');
    assert.strictEqual(after('board'), '.\tO\tO\tO\tO', 'the event ends before its full stop');
    assert.strictEqual(after('.', 2), '', 'after a full stop');
    assert.strictEqual(after('line'), '', 'the last paragraph');
  });

  it('runs a sentence on while an annotation goes on across its end, and cuts words where an annotation ends inside one', () => {
    const text = 'The NSC\'s envoy said the talks failed. Nobody came. Then it rained.\n';
    const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
    const src: ArticleSource = {
      file: 'a.txt', uri: 'file:///a.txt', text,
      sidecar: toSidecar('a.txt', text, [
        { data: { id: 'a-1', tag: 'actor', start: 0, end: 0, quote: '' }, start: at('NSC')[0], end: at('NSC')[1], orphaned: false },
        { data: { id: 'c-1', tag: 'claim', start: 0, end: 0, quote: '' }, start: at('the talks failed. Nobody came.')[0], end: at('the talks failed. Nobody came.')[1], orphaned: false },
      ]),
    };
    const out = conll(src, ['actor', 'claim']);
    assert.deepStrictEqual(conllevalProblems(out, 2), []);
    const lines = out.split('\n');
    assert.ok(lines.includes('NSC\tB-actor\tO') && lines.includes("'s\tO\tO"));
    assert.deepStrictEqual(lines.slice(lines.indexOf('failed\tO\tI-claim'), lines.indexOf('failed\tO\tI-claim') + 4), ['failed\tO\tI-claim', '.\tO\tI-claim', 'Nobody\tO\tI-claim', 'came\tO\tI-claim']);
    assert.strictEqual(lines[lines.indexOf('Then\tO\tO') - 1], '');
  });
});
