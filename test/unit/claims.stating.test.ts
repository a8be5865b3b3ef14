import * as assert from 'assert';
import { classRows } from './helpers/claimRows';
import { detect } from '../../src/core/detect';

/** Who can state things: sentences written for these tests. */
describe('claims: a subject must be able to state what is attributed to it', () => {
  it('gives no claim of saying or believing to a thing', () => {
    for (const text of [
      'Signs warn that the cliff path is closed after dark.',
      'Travel advisories suggest that visitors avoid the border area.',
      'Heavy clouds suggest that rain is coming.',
    ]) assert.deepStrictEqual(classRows(text), [], text);
  });

  it('keeps the claims of people, groups and documents, and reads a finding as subject as evidence', () => {
    const cases: Array<[string, [string, string, string]]> = [
      ['Critics argue that the toll is unfair.', ['the toll is unfair', 'speech', 'Critics']],
      ['The committee said it would review the decision.', ['it would review the decision', 'speech', 'committee']],
      ['Stone says that the vote in Velmore was rigged.', ['the vote in Velmore was rigged', 'speech', 'Stone']],
      ['The results show that the new ferry saves time.', ['the new ferry saves time', 'evidence', 'results']],
      ['The data suggest that the fever spread early.', ['the fever spread early', 'evidence', 'data']],
    ];
    for (const [text, row] of cases) assert.deepStrictEqual(classRows(text), [row], text);
  });

  it('reads a verb that is also a noun as the verb after a noun for someone or something that states, a clause following', () => {
    assert.deepStrictEqual(classRows('The defendant claims that he never saw the letter.'), [['he never saw the letter', 'speech', 'defendant']]);
    assert.deepStrictEqual(classRows('The brochure says the ferry leaves at noon.'), [['the ferry leaves at noon', 'speech', 'brochure']]);
    // (a noun compound before a verb, or before no clause, stays a noun phrase)
    for (const text of ['The press reports were wrong about the vote.', 'The company estimates put the cost at ten million.']) assert.deepStrictEqual(classRows(text), [], text);
  });

  it('takes a body\'s short name after a noun for someone and a preposition as no subject ("Counsel for the Board submitted")', () => {
    assert.deepStrictEqual(classRows('Counsel for the Board submitted that the appellant had ignored the signs.'), [['the appellant had ignored the signs', 'speech', 'counsel']]);
  });

  it('leaves a thing that shows or commits its claim', () => {
    assert.deepStrictEqual(classRows('Old maps indicate that the river once ran further east.').map((r) => r[1]), ['evidence']);
  });
});

describe('claims: travel and instruction text', () => {
  it('gives a claim after ", and" to the subject of its own clause, not to the subject of the first', () => {
    assert.deepStrictEqual(classRows('Visitors should arrive early, and the guide says that the gates close at noon.'), [['the gates close at noon', 'speech', 'guide']]);
    assert.deepStrictEqual(classRows('Walkers should carry water, and the rangers warn that the spring is dry.'), [['the spring is dry', 'speech', 'rangers']]);
  });

  it('keeps the subject for a second verb of its own ("S had known O, and wrote that C")', () => {
    assert.deepStrictEqual(classRows('Dana Pell had visited the island twice, and wrote that the ferry was too slow.'), [['the ferry was too slow', 'speech', 'Dana Pell']]);
  });

  it('gives no claim for an imperative or advice to the reader', () => {
    for (const text of [
      'Take the left fork, and remember that the path is steep.',
      'Book ahead in summer. You should know that prices rise in July.',
    ]) assert.deepStrictEqual(classRows(text), [], text);
  });
});

describe('claims: interview forms', () => {
  it('reads "I mean C" as the speaker\'s, but not "this means that C"', () => {
    assert.deepStrictEqual(classRows('Well, I mean, the council has the votes.'), [['the council has the votes', 'speech', 'I']]);
    assert.deepStrictEqual(classRows('This means that the toll will rise.'), []);
  });

  it('takes the noun of speech in a phrase before a colon as the cue', () => {
    const text = 'Dana Pell, in an interview with the Velmore Gazette: "The pier will reopen in May."';
    assert.deepStrictEqual(detect(text).claims.map((c) => [c.cue?.text, c.speaker?.actor]), [['interview', 'Dana Pell']]);
  });
});

describe('claims: gender across paragraphs', () => {
  it('takes no gender from an object pronoun after a name ("Sato thanked her")', () => {
    for (const middle of ['Tom Sato spoke after her.', 'Tom Sato thanked her warmly.']) {
      const text = `Dana Pell opened the new pier on Monday. Her speech was short. ${middle} His speech was long.\n\nShe said the pier would reopen in May.`;
      assert.deepStrictEqual(classRows(text), [['the pier would reopen in May', 'speech', 'Dana Pell']], middle);
    }
  });
});

describe('claims: a noun for people opening the sentence', () => {
  it('takes a capitalised plural noun for people as the unnamed subject, and a past tense after a plural name', () => {
    assert.deepStrictEqual(classRows('Epidemiologists warn that the flu season will be long.'), [['the flu season will be long', 'speech', 'Epidemiologists']]);
    assert.deepStrictEqual(classRows('Stones said the pier in Velmore is unsafe.'), [['the pier in Velmore is unsafe', 'speech', 'Stones']]);
  });
});
