import * as assert from 'assert';
import { detect } from '../../src/core/detect';

const said = (t: string): Array<[string, string | undefined]> => detect(t).claims.map((c) => [c.text, c.speaker?.actor]);

describe('claims, stage 5: the gender and salience of biography pronouns', () => {
  it('takes a noun for a man or a woman in apposition as the gender of the name', () => {
    assert.deepStrictEqual(said('Lusia Marek grew up in Tarnow. Her uncle, Pavel Marek, left when she was ten. She later said that the town had been poor.'),
      [['the town had been poor', 'Lusia Marek']]);
    assert.deepStrictEqual(said('Lusia Marek moved to Tarnow with Pavel Drozd, her husband. She said that the town had been poor.'),
      [['the town had been poor', 'Lusia Marek']]);
  });

  it('does not take the object of a clause whose subject is "he" or "she" for the next "he" or "she"', () => {
    assert.deepStrictEqual(said('Jonas Velt was a painter from Tarnow. In 1921 he married Alma Rusk, a dancer. He later wrote that the marriage had saved him.'),
      [['the marriage had saved him', 'Jonas Velt']]);
    assert.deepStrictEqual(said('Alma Rusk studied dance in Tarnow. In 1930 she met the sculptor Pia Lorne. She later wrote that Lorne had taught her patience.'),
      [['Lorne had taught her patience', 'Alma Rusk']]);
  });

  it('reads that object past a title too (one test of a verb\'s object for gender and for coreference)', () => {
    assert.deepStrictEqual(said('Alma Rusk was born in Tarnow in 1910. In 1930 she met Professor Pia Lorne. She later wrote that the meeting had changed her life.'),
      [['the meeting had changed her life', 'Alma Rusk']]);
  });

  it('still takes that object for a pronoun of the other gender', () => {
    assert.deepStrictEqual(said('Alma Rusk studied dance in Tarnow. In 1930 she met Jonas Velt. He said that she danced well.').map((r) => r[1]), ['Jonas Velt']);
  });
});
