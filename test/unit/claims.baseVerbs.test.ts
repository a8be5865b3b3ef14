import * as assert from 'assert';
import { detect } from '../../src/core/detect';

/** [claim, cue, cue class, speaker] of each claim found. */
const rows = (text: string): string[][] => detect(text).claims.map((c) => [c.text, c.cue?.text ?? '', c.cue?.class ?? '', c.speaker?.text ?? '']);

describe('claims, stage 0: the base form of a cue that is mostly a noun, read as a verb', () => {
  it('after a plural or first- or second-person subject or a modal, and before a that-clause', () => {
    assert.deepStrictEqual(rows('They claim that the ferry tolls are illegal.'), [['the ferry tolls are illegal', 'claim', 'speech', 'They']]);
    assert.deepStrictEqual(rows('Residents fear that the harbour will close.'), [['the harbour will close', 'fear', 'belief', 'Residents']]);
    assert.deepStrictEqual(rows('Critics also note that the plan has no budget.'), [['the plan has no budget', 'note', 'speech', 'Critics']]);
    assert.deepStrictEqual(rows('Pell would later claim that the vote was rigged.'), [['the vote was rigged', 'claim', 'speech', 'Pell']]);
    assert.deepStrictEqual(rows('We demand that the council publish the accounts.').map((r) => r.slice(0, 3)), [['the council publish the accounts', 'demand', 'demand']]);
  });

  it('stays a noun after a determiner or a possessive, and without a that-clause', () => {
    assert.deepStrictEqual(rows('The claim that the ferry tolls are illegal was dropped.').filter((r) => r[1] === 'claim' && r[3]), []);
    assert.deepStrictEqual(rows('The residents\' fear that the harbour will close is real.').filter((r) => r[3] === 'residents'), []);
    assert.deepStrictEqual(rows('They filed a claim on Monday.'), []);
    // a singular subject takes "claims": the base form after it is no verb
    assert.deepStrictEqual(rows('The fisherman claim that was dismissed cost him dearly.'), []);
  });

  it('after two names joined by "and", or a name and "et al.", maybe with a year cited ("Brask and Lund (2019) report that C")', () => {
    assert.deepStrictEqual(rows('Brask and Lund (2019) report that the effect disappears in older adults.').map((r) => r.slice(0, 3)),
      [['the effect disappears in older adults', 'report', 'speech']]);
    assert.deepStrictEqual(rows('Brask and Lund report that the effect disappears.').map((r) => r[3]), ['Brask']);
  });
});

describe('sentences in academic and legal text', () => {
  it('ends no sentence at "et al.", "cf.", "Fig." or "v."', () => {
    assert.deepStrictEqual(rows('Kolar et al. (2015) found that frequency predicted reading times.'), [['frequency predicted reading times', 'found', 'evidence', 'Kolar']]);
    assert.deepStrictEqual(detect('In Kolar v. Bel the court held that the duty was owed.').claims.map((c) => c.speaker?.actor), ['court']);
  });
});
