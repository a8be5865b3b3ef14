import * as assert from 'assert';
import { fits, nearestBefore, pronoun } from '../../src/core/detect/claims/coreference';
import type { ActorMention } from '../../src/core/detect/types';
import { contextOf, tokenIndex } from './helpers/claimContext';

describe('claims, stage 5: coreference', () => {
  const person: ActorMention = { start: 0, end: 9, text: 'Dana Pell', type: 'person', actor: 'Dana Pell' };
  const council: ActorMention = { start: 20, end: 42, text: 'Velmore Harbour Council', type: 'organization', actor: 'Velmore Harbour Council' };

  it('fits a pronoun to the kind of actor it can stand for', () => {
    assert.strictEqual(fits(person, 'person'), true);
    assert.strictEqual(fits(council, 'person'), false);
    assert.strictEqual(fits(council, 'body'), true);
    assert.strictEqual(nearestBefore([person, council], 50, 'person'), person);
    assert.strictEqual(nearestBefore([person, council], 50, 'nonperson'), council);
  });

  it('resolves "she" to the person before it, and leaves it to the document pass when there is none', () => {
    const ctx = contextOf('Dana Pell arrived late. She said the pier was safe.');
    assert.deepStrictEqual(pronoun(ctx, tokenIndex(ctx, 'She')), { start: 24, end: 27, text: 'She', actor: 'Dana Pell', via: 0 });
    const alone = contextOf('She said the pier was safe.');
    assert.strictEqual(pronoun(alone, 0)?.refer, 'person');
  });

  it('resolves a role noun to the body named before it', () => {
    const ctx = contextOf('The Velmore Harbour Council met. The council said the pier was safe.');
    assert.strictEqual(pronoun(ctx, tokenIndex(ctx, 'council'))?.actor, 'Velmore Harbour Council');
  });
});
