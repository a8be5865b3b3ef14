import * as assert from 'assert';
import { characterTable, cohenKappa, tableOf } from '../../src/core/agree/kappa';
import { exactMatches, overlapMatches, prf } from '../../src/core/agree/match';
import { nominalAlpha } from '../../src/core/agree/nominal';
import { agreementReport, type AgreeAnnotation } from '../../src/core/agree/report';
import { alphaU, categoryAlpha, expectedDisagreement, observedDisagreement, type UnitizingStudy } from '../../src/core/agree/unitizing';

const close = (actual: number, expected: number, tolerance = 0.0001): void =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not ${expected} (±${tolerance})`);

/** Krippendorff (2004: p. 254), as DKPro Statistics' tests reproduce it: two observers on [150, 450). */
const krippendorff2004: UnitizingStudy = {
  raters: 2, begin: 150, length: 300,
  units: [
    { rater: 0, category: 'c', start: 225, end: 295 }, { rater: 0, category: 'c', start: 370, end: 400 },
    { rater: 1, category: 'c', start: 220, end: 300 }, { rater: 1, category: 'c', start: 355, end: 375 },
    { rater: 1, category: 'c', start: 400, end: 420 },
    { rater: 0, category: 'k', start: 180, end: 240 }, { rater: 0, category: 'k', start: 300, end: 350 },
    { rater: 1, category: 'k', start: 180, end: 240 }, { rater: 1, category: 'k', start: 300, end: 350 },
  ],
};

describe('agreement: alpha_U (unitizing)', () => {
  it('reproduces Krippendorff 2004, p. 254: category c 0.7286, k 1.0, overall 0.8591', () => {
    close(observedDisagreement(krippendorff2004, 'c'), 0.0144);
    close(expectedDisagreement(krippendorff2004, 'c'), 0.0532);
    close(categoryAlpha(krippendorff2004, 'c'), 0.7286);
    close(observedDisagreement(krippendorff2004, 'k'), 0);
    close(expectedDisagreement(krippendorff2004, 'k'), 0.0490);
    close(categoryAlpha(krippendorff2004, 'k'), 1);
    close(alphaU(krippendorff2004), 0.8591, 0.0005);
  });

  it('gives a negative alpha for one long unit against three short ones (-0.7003)', () => {
    const study: UnitizingStudy = {
      raters: 2, begin: 0, length: 10,
      units: [{ rater: 0, category: 'A', start: 1, end: 9 }, ...[2, 4, 6].map((s) => ({ rater: 1, category: 'A', start: s, end: s + 1 }))],
    };
    close(observedDisagreement(study, 'A'), 0.91);
    close(expectedDisagreement(study, 'A'), 0.5351);
    close(categoryAlpha(study, 'A'), -0.7003);
  });

  it('is 0 for a single unit, NaN without units, 1 for identical units; a rater\'s overlapping units count as their union', () => {
    assert.strictEqual(alphaU({ raters: 3, begin: 0, length: 20, units: [{ rater: 0, category: 'X', start: 0, end: 1 }] }), 0);
    assert.ok(Number.isNaN(alphaU({ raters: 3, begin: 0, length: 20, units: [] })));
    const same: UnitizingStudy = { raters: 2, begin: 0, length: 15, units: [{ rater: 0, category: 'A', start: 2, end: 7 }, { rater: 1, category: 'A', start: 2, end: 7 }] };
    assert.strictEqual(alphaU(same), 1);
    const nested: UnitizingStudy = { ...same, units: [...same.units, { rater: 0, category: 'A', start: 3, end: 5 }] };
    assert.strictEqual(alphaU(nested), 1);
  });
});

describe('agreement: Cohen\'s kappa and nominal alpha', () => {
  it('computes kappa of a 2x2 table worked by hand: p_o 0.7, p_e 0.5, kappa 0.4', () => {
    // A says yes 25 times, B 30 times, of 50; they agree on 20 yes and 15 no
    close(cohenKappa([[20, 5], [10, 15]]), 0.4, 1e-12);
    assert.ok(Number.isNaN(cohenKappa([[10, 0], [0, 0]])), 'no variation: undefined');
    assert.strictEqual(cohenKappa([[3, 0], [0, 7]]), 1);
  });

  it('reproduces Krippendorff 1995 (A, Bertha and Bill, digitized): kappa 0.385, nominal alpha 0.329', () => {
    const bertha = [[2, 10], [14, 20]] as const;
    const bill = [[4, 8], [15, 17]] as const;
    const table = characterTable(bertha, bill, 24);
    assert.deepStrictEqual(table, [[6, 8], [0, 10]]);
    close(cohenKappa(table), 0.385, 0.001);
    const seq = (spans: ReadonlyArray<readonly [number, number]>): string[] => Array.from({ length: 24 }, (_, i) => (spans.some(([s, e]) => i >= s && i < e) ? '1' : '0'));
    close(cohenKappa(tableOf(seq(bertha), seq(bill)).table), 0.385, 0.001);
    close(nominalAlpha(seq(bertha).map((v, i) => [v, seq(bill)[i]])).alpha, 0.329, 0.001);
  });

  it('reproduces Krippendorff 2004 (p. 230): four coders, missing values, nominal alpha 0.743', () => {
    const data: Array<Array<string | null>> = [
      ['B', 'B', null, 'B'], ['L', 'L', 'P', 'L'], ['P', 'P', 'P', 'P'], ['P', 'P', 'P', 'P'],
      ['L', 'L', 'L', 'L'], ['B', 'L', 'P', 'C'], ['C', 'C', 'C', 'C'], ['B', 'B', 'L', 'B'],
      ['L', 'L', 'L', 'L'], [null, 'F', 'F', 'F'], [null, null, 'B', 'B'], [null, null, 'P', null],
    ];
    const r = nominalAlpha(data);
    close(r.observed, 0.200, 0.001);
    close(r.expected, 0.779, 0.001);
    close(r.alpha, 0.743, 0.001);
    assert.strictEqual(r.units, 11, 'the unit with one value does not count');
  });
});

describe('agreement: matching and the report', () => {
  it('matches spans one to one, exactly and by overlap (largest overlap first)', () => {
    const a = [{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 40, end: 45 }];
    const b = [{ start: 0, end: 10 }, { start: 22, end: 35 }, { start: 21, end: 24 }, { start: 60, end: 70 }];
    assert.deepStrictEqual(exactMatches(a, b), [[0, 0]]);
    assert.deepStrictEqual(overlapMatches(a, b), [[0, 0], [1, 1]]);
    const f = prf({ matched: 2, reference: 3, other: 4 });
    assert.deepStrictEqual([f.p, f.r], [0.5, 2 / 3]);
    close(f.f1, 4 / 7, 1e-12);
  });

  it('reports per tag, speakers and claim attributes, per document and overall', () => {
    const actor = (id: string, start: number, end: number, name: string): AgreeAnnotation => ({ id, tag: 'actor', start, end, attributes: { type: 'person', actor: name } });
    const claim = (id: string, start: number, end: number, speaker: string | null, attributes: Record<string, string>): AgreeAnnotation => ({ id, tag: 'claim', start, end, speaker, attributes });
    const first = [actor('a1', 0, 9, 'Vera Lind'), claim('c1', 15, 40, 'Vera Lind', { kind: 'direct', stance: 'supports' }), claim('c2', 50, 80, 'Vera Lind', { kind: 'indirect' })];
    const second = [actor('b1', 0, 9, 'Vera Lind'), claim('d1', 15, 40, 'Vera Lind', { kind: 'direct', stance: 'opposes' }), claim('d2', 52, 80, null, { kind: 'indirect' }), actor('b2', 90, 95, 'Tomas')];
    const r = agreementReport(['anna', 'ben'], [{ file: 'x.txt', length: 100, sets: [first, second] }]);
    assert.strictEqual(r.documents, 1);
    assert.deepStrictEqual(r.sets, ['anna', 'ben']);
    assert.deepStrictEqual(Object.keys(r.tags), ['actor', 'claim']);
    assert.deepStrictEqual(r.tags.actor.exact, { p: 0.5, r: 1, f1: 2 / 3 });
    assert.deepStrictEqual(r.tags.claim.exact, { p: 0.5, r: 0.5, f1: 0.5 });
    assert.deepStrictEqual(r.tags.claim.overlap, { p: 1, r: 1, f1: 1 });
    assert.ok(r.tags.claim.alphaU > 0.8 && r.tags.claim.alphaU < 1, String(r.tags.claim.alphaU));
    assert.ok(r.tags.actor.kappa > 0.7 && r.tags.actor.kappa < 1);
    assert.deepStrictEqual({ aligned: r.speakers.aligned, agreement: r.speakers.agreement }, { aligned: 2, agreement: 0.5 });
    assert.strictEqual(r.attributes.kind.alpha, 1);
    assert.strictEqual(r.attributes.stance.agreement, 0);
    assert.strictEqual(r.attributes.reliability.units, 0);
    assert.strictEqual(r.perDocument.length, 1);
    assert.strictEqual(r.perDocument[0].alphaU, r.alphaU);
    assert.deepStrictEqual(agreementReport(['anna', 'ben'], [{ file: 'x.txt', length: 100, sets: [first, second] }], ['actor']).tags.claim, undefined);
  });
});

describe('agreement: two analysts side by side', () => {
  it('sorts spans into agreeing, theirs only, yours only and conflicting (same span, other tag, speaker or attributes)', async () => {
    const { compareSides } = await import('../../src/core/agree/compare');
    const yours = [
      { id: 'y1', tag: 'actor', start: 0, end: 5, attributes: { type: 'person' } },
      { id: 'y2', tag: 'claim', start: 10, end: 30, attributes: { kind: 'direct' }, speaker: 'Vera' },
      { id: 'y3', tag: 'actor', start: 40, end: 45 },
    ];
    const theirs = [
      { id: 't1', tag: 'actor', start: 0, end: 5, attributes: { type: 'person' } },
      { id: 't2', tag: 'claim', start: 10, end: 30, attributes: { kind: 'indirect' }, speaker: 'Tomas' },
      { id: 't3', tag: 'actor', start: 50, end: 55 },
    ];
    const d = compareSides(yours, theirs);
    assert.deepStrictEqual(d.map((x) => [x.kind, x.start, x.yours?.id, x.theirs?.id, x.fields]), [
      ['agree', 0, 'y1', 't1', []],
      ['conflict', 10, 'y2', 't2', ['speaker', 'attributes.kind']],
      ['yours', 40, 'y3', undefined, []],
      ['theirs', 50, undefined, 't3', []],
    ]);
  });
});
