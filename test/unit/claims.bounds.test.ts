import * as assert from 'assert';
import { detect } from '../../src/core/detect';
import { saidRows as claims } from './helpers/claimRows';

describe('claims: bounds', () => {
  it('reads "that" before a time noun as a demonstrative, not a that-clause', () => {
    assert.deepStrictEqual(claims('Mayor Dana Pell said during a briefing that day, "The pier will open on time."'),
      [['The pier will open on time.', 'said', 'Dana Pell']]);
    assert.deepStrictEqual(claims('Dana Pell announced that week that the pier would open.'), [['the pier would open', 'announced', 'Dana Pell']]);
    // "that" with a time noun that is the clause's subject still opens the clause
    assert.deepStrictEqual(claims('Dana Pell said that time was running out.'), [['time was running out', 'said', 'Dana Pell']]);
  });

  it('leaves a fronted question out of the claim it prompted', () => {
    assert.deepStrictEqual(claims('On the same day, when asked whether the pier was safe, Rob Aske responded, "Nobody can promise that."'),
      [['Nobody can promise that.', 'responded', 'Rob Aske']]);
  });

  it('takes no noun in -ing as a cue ("a briefing", "the ruling")', () => {
    assert.deepStrictEqual(claims('After the ruling, Dana Pell said, "We will appeal."'), [['We will appeal.', 'said', 'Dana Pell']]);
  });
});

describe('precision off the news', () => {
  it('takes no part of a document for an actor ("Table 2", "Section 3", "Appendix B")', () => {
    const text = 'The harbour data are in Table 2 and Appendix B, and Section 3 describes the survey of Velmore.';
    assert.deepStrictEqual(detect(text).actors.map((a) => a.text), ['Velmore']);
  });
});
