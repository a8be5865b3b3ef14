import * as assert from 'assert';
import { afterPreposition, subjectAfter, subjectBefore } from '../../src/core/detect/claims/speakers';
import { contextOf, tokenIndex } from './helpers/claimContext';

describe('claims, stage 4: speakers', () => {
  it('takes the head of an apposition before the verb', () => {
    const ctx = contextOf('Dana Pell, the mayor of Velmore, said the pier was safe.');
    assert.strictEqual(subjectBefore(ctx, tokenIndex(ctx, 'said'), 0)?.text, 'Dana Pell');
  });

  it('does not take the object of a preposition', () => {
    const ctx = contextOf('A letter to Dana Pell said the pier was safe.');
    assert.strictEqual(afterPreposition(ctx, ctx.text.indexOf('Dana')), true);
    assert.notStrictEqual(subjectBefore(ctx, tokenIndex(ctx, 'said'), 0)?.text, 'Dana Pell');
  });

  it('takes the name after an inverted verb, past a title', () => {
    const ctx = contextOf('"The pier is safe," said Mayor Dana Pell.');
    assert.strictEqual(subjectAfter(ctx, tokenIndex(ctx, 'said'))?.text, 'Dana Pell');
  });

  it('takes an unnamed subject with its determiner', () => {
    const ctx = contextOf('The city reasoned that the pier was safe.');
    assert.strictEqual(subjectBefore(ctx, tokenIndex(ctx, 'reasoned'), 0)?.text, 'The city');
  });
});

describe('claims, stage 4: speakers stop at a clause boundary', () => {
  it('does not look for a subject across a semicolon', () => {
    const ctx = contextOf('Dana Pell left early; the timetable shows fewer ferries on Sundays.');
    assert.strictEqual(subjectBefore(ctx, tokenIndex(ctx, 'shows'), 0), null);
  });
});

describe('claims, stage 4: the subject of a participle after "with"', () => {
  it('takes "with S saying" as S speaking', () => {
    const ctx = contextOf('The council met Mayor Dana Pell, with Rob Aske stating that the pier was safe.');
    assert.strictEqual(subjectBefore(ctx, tokenIndex(ctx, 'stating'), 0)?.text, 'Rob Aske');
  });
});
