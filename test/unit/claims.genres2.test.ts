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

describe('detection in other genres: the writers answering a cited claim', () => {
  it('ends a third party\'s claim before ", but" and a clause of the first person, in any tense', () => {
    assert.deepStrictEqual(claimsOf('Kolar and Bel (2018) found that vegetation slows erosion, but our data do not support this conclusion.'),
      [['vegetation slows erosion', 'Kolar']]);
    assert.deepStrictEqual(claimsOf('Varga (1998) argued that supply is constant, but we find that it varies.'),
      [['supply is constant', 'Varga'], ['it varies', 'we']]);
    // the speaker's own first person goes on ("we" said)
    assert.deepStrictEqual(claimsOf('We argued that supply is constant, but we now doubt it.').map((c) => c[0]), ['supply is constant, but we now doubt it']);
  });
});

describe('detection in other genres: advice with a modal of obligation', () => {
  it('gives no claim for a cue after should, must or need to, which tells the subject what to know', () => {
    assert.deepStrictEqual(claimsOf('Hikers should know that the trail to the summit is steep. Visitors must remember that the gates close at six. '
      + 'Drivers need to understand that the pass is closed in winter.'), []);
  });

  it('still reads the first person hedging its own words, and a cue with no modal', () => {
    assert.deepStrictEqual(claimsOf('I should mention that the ferry is often late.').map((c) => c[0]), ['the ferry is often late']);
    assert.deepStrictEqual(claimsOf('Hikers know that the trail is steep.').map((c) => c[0]), ['the trail is steep']);
  });
});

describe('detection in other genres: pronouns after an object pronoun', () => {
  it('shows no gender for a subject by the pronouns after its object "her" or "him", which go on about that other person', () => {
    const text = 'Ines Kolar grew up in Orsa. Her father taught her to draw.\n\n'
      + 'In 1950 the sculptor Tomas Bel encouraged her to exhibit, and her first show opened in 1956.\n\n'
      + 'During the 1970s her work grew more abstract. She told an interviewer that she had grown tired of faces.';
    const told = detect(text).claims.filter((c) => c.cue?.text === 'told');
    assert.deepStrictEqual(told.map((c) => [c.text, c.speaker?.actor]), [['she had grown tired of faces', 'Ines Kolar']]);
  });
});
