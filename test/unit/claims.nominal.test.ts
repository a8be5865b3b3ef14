import * as assert from 'assert';
import { detect } from '../../src/core/detect';

const claims = (text: string): Array<[string, string | undefined, string | undefined, string | undefined]> =>
  detect(text).claims.map((c) => [c.text, c.cue?.text, c.cue?.class, c.speaker?.actor]);

describe('claims: nominal cues', () => {
  it('gives a quotation after "a statement from S" to S', () => {
    assert.deepStrictEqual(claims('A statement from the Velmore Harbour Council: "The accounts will be published in full."'),
      [['The accounts will be published in full.', 'statement', 'speech', 'Velmore Harbour Council']]);
    assert.deepStrictEqual(claims('In a letter by Mayor Dana Pell, "The plan is unlawful and must be stopped."'),
      [['The plan is unlawful and must be stopped.', 'letter', 'speech', 'Dana Pell']]);
  });

  it('reads "S\'s announcement that C" and "S\'s pledge to C"', () => {
    assert.deepStrictEqual(claims("Mayor Dana Pell's announcement that she would stand again surprised her party."),
      [['she would stand again', 'announcement', 'speech', 'Dana Pell']]);
    assert.deepStrictEqual(claims("The Velmore Harbour Council's pledge to rebuild the wall was welcomed."),
      [['to rebuild the wall', 'pledge', 'intention', 'Velmore Harbour Council']]);
  });

  it('needs a named source', () => {
    assert.deepStrictEqual(claims('The statement that the pier was safe did not convince residents.'), []);
  });

  it('reads a light verb of expressing with a noun of attitude: "S expressed concern that C"', () => {
    const cases: Array<[string, string, string, string]> = [
      ['Dana Pell expressed concern that the pier would not hold.', 'the pier would not hold', 'concern', 'Dana Pell'],
      ['The Velmore Harbour Council voiced hope that the talks would resume.', 'the talks would resume', 'hope', 'Velmore Harbour Council'],
      ['Tom Sato raised serious doubts that the budget would pass.', 'the budget would pass', 'doubts', 'Tom Sato'],
      ['Rob Aske has expressed the view that the ferry should stop.', 'the ferry should stop', 'view', 'Rob Aske'],
    ];
    for (const [text, claim, cue, speaker] of cases) assert.deepStrictEqual(claims(text), [[claim, cue, 'belief', speaker]], text);
  });

  it('reads no attitude without a light verb of expressing or a that-clause', () => {
    for (const text of ['The report raised doubts about the budget.', 'Dana Pell felt no concern about the pier.', 'Residents were left with the hope that the pier would hold.']) {
      assert.deepStrictEqual(claims(text), [], text);
    }
  });
});

describe('nominal cues: a that-clause in the subject ends before the main verb', () => {
  it('ends the clause of "S\'s announcement that C" before the verb of the sentence', () => {
    const cases: Array<[string, string]> = [
      ["Dana Pell's announcement that she would stand again surprised her party.", 'she would stand again'],
      ["Tom Sato's claim that the plan was flawed was rejected by the court.", 'the plan was flawed'],
      ["Dana Pell's announcement that she had resigned and that the pier was closed angered traders.", 'she had resigned and that the pier was closed'],
      ["Dana Pell's pledge to cut fees was welcomed by traders.", 'to cut fees'],
      // (the nominal as an object: the clause runs to the end)
      ["The party welcomed Dana Pell's announcement that she would not easily give up.", 'she would not easily give up'],
    ];
    for (const [text, claim] of cases) assert.deepStrictEqual(detect(text).claims.map((c) => c.text), [claim], text);
  });
});

describe('nominal cues: an unnamed owner in the possessive', () => {
  it('takes "the prime minister\'s claim that C" and "the company\'s pledge to C" for the owner, but not a thing\'s', () => {
    const of = (text: string): Array<[string, string | undefined]> => detect(text).claims.map((c) => [c.text, c.speaker?.text]);
    assert.deepStrictEqual(of("The prime minister's claim that the election was stolen was debunked."), [['the election was stolen', 'The prime minister']]);
    assert.deepStrictEqual(of("Traders welcomed the company's pledge to cut fees."), [['to cut fees', "the company"]]);
    assert.deepStrictEqual(of("The river's claim that it is the longest is old."), []);
  });
});
