import * as assert from 'assert';
import { detect } from '../../src/core/detect';

/**
 * More edited text of other genres than news (biographies, papers, court rulings, travel guides),
 * written for these tests.
 */
const claimsOf = (text: string): [string, string | undefined][] => detect(text).claims.map((c) => [c.text, c.speaker?.actor]);

describe('detection in other genres: an emphatic reflexive after the subject', () => {
  it('takes the name before "herself" or "himself" for the speaker, no compound with the pronoun', () => {
    assert.deepStrictEqual(claimsOf('Ines Kolar was a painter. Kolar herself insisted that she painted only what she saw.'),
      [['she painted only what she saw', 'Ines Kolar']]);
    assert.deepStrictEqual(claimsOf('Tomas Bel himself admitted that the bridge was unsafe.'), [['the bridge was unsafe', 'Tomas Bel']]);
  });
});
