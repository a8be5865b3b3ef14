import * as assert from 'assert';
import { detect } from '../../src/core/detect';

/** [claim, cue class, speaker] of each claim found. */
const rows = (text: string): string[][] => detect(text).claims.map((c) => [c.text, c.cue?.class ?? '', c.speaker?.text ?? '']);

describe('claims: subjects without a name', () => {
  it('an accusation read by its frame takes any noun for people or groups as subject ("the party accused O of C")', () => {
    assert.deepStrictEqual(rows('The party accused the mayor of hiding the figures.'), [['the mayor of hiding the figures', 'accusation', 'The party']]);
    assert.deepStrictEqual(rows('The union accused the board of lying.'), [['the board of lying', 'accusation', 'union']]);
    // a thing holds no view
    assert.deepStrictEqual(rows('The storm rejected the boats.'), []);
  });

  it('the head before a relative clause set off by commas, not a name inside the clause', () => {
    assert.deepStrictEqual(rows('The senator, who chairs the Velmore Finance Committee, warned that the bill would fail.'), [['the bill would fail', 'speech', 'The senator']]);
    assert.deepStrictEqual(rows('The agency, which runs the Orsa port, said the pier would close.'), [['the pier would close', 'speech', 'The agency']]);
    // a name before the clause is the subject as before
    assert.deepStrictEqual(rows('Dana Pell, who chairs the committee, warned that the bill would fail.'), [['the bill would fail', 'speech', 'Dana Pell']]);
  });

  it('a relative clause after a comma is no parenthetical cue ("The bill, which Aske wrote, will fail, Pell said")', () => {
    assert.deepStrictEqual(rows('The bill, which Rob Aske wrote, will fail, Dana Pell said on Monday.'), [['The bill, which Rob Aske wrote, will fail', 'speech', 'Dana Pell']]);
    assert.deepStrictEqual(rows('He read the bill, which Rob Aske wrote.'), []);
    assert.deepStrictEqual(rows('Port tenants, said Rob Aske, must renew their leases.'), [['Port tenants, said Rob Aske, must renew their leases', 'speech', 'Rob Aske']]);
  });

  it('an unnamed source after "according to" ends before its postmodifier ("a senior official familiar with the plan")', () => {
    assert.deepStrictEqual(rows('The ferry tax will be cut, according to a senior official familiar with the plan.'), [['The ferry tax will be cut', 'speech', 'a senior official']]);
    assert.deepStrictEqual(rows('According to two people close to the mayor, the ferry tax will be cut.'), [['the ferry tax will be cut', 'speech', 'two people']]);
  });
});

describe('claims: a pronoun after a preposition', () => {
  it('is the object of the preposition, never the subject of the verb after it', () => {
    assert.deepStrictEqual(rows('The old lighthouse at Kestrel Point is worth the climb. The museum next to it explains how the keepers lived.'), []);
    // the pronoun as subject still speaks
    assert.deepStrictEqual(rows('Dana Pell visited the museum. She explained that the keepers lived there.'), [['the keepers lived there', 'speech', 'She']]);
  });
});

describe('claims: role nouns with a possessive', () => {
  it('"the prime minister\'s office said" is that office, not the body named last', () => {
    const claims = detect('Ana Brel told the Orsa Gazette that the pier would close. The prime minister\'s office said in a statement that it remained confident.').claims;
    assert.deepStrictEqual(claims.map((c) => [c.text, c.speaker?.actor]), [
      ['the pier would close', 'Ana Brel'],
      ['it remained confident', 'minister\'s office'],
    ]);
  });
});

describe('claims: cues of two words', () => {
  it('reads "S made clear that C" as a statement, not "made clear progress"', () => {
    assert.deepStrictEqual(rows('Dana Pell has made clear that she will not resign.'), [['she will not resign', 'speech', 'Dana Pell']]);
    assert.deepStrictEqual(rows('The two teams made clear progress.'), []);
  });
});

describe('claims: two verbs of one subject, each with its frame', () => {
  it('reads "S called on O to C1 and urged O2 to C2" as two claims of S', () => {
    assert.deepStrictEqual(rows('Mira Sandoval called on the mayor to resign and urged voters to join the march.'), [
      ['the mayor to resign', 'demand', 'Mira Sandoval'],
      ['voters to join the march', 'demand', 'Mira Sandoval'],
    ]);
    assert.deepStrictEqual(rows('Dana Pell condemned the strike and vowed to reopen the port.').map((r) => r[0]), ['the strike', 'to reopen the port']);
    // a second verb that is no cue leaves one claim
    assert.strictEqual(rows('Dana Pell condemned the strike and left the hall.').length, 1);
  });
});

describe('claims: "that" as the subject of the reported clause', () => {
  it('keeps a demonstrative "that" before its own verb in the claim ("She said that was wrong")', () => {
    assert.deepStrictEqual(rows('Dana Pell said that was wrong.'), [['that was wrong', 'speech', 'Dana Pell']]);
    // the complementizer stays out
    assert.deepStrictEqual(rows('Dana Pell said that the pier was closed.'), [['the pier was closed', 'speech', 'Dana Pell']]);
  });
});

describe('claims: a name between two coordinated verbs', () => {
  it('is the first verb\'s object, not the subject of the cue after "and" ("He met Rusk and said C")', () => {
    assert.deepStrictEqual(rows('Mayor Jonas Eld urged calm. He met Dana Rusk on Tuesday and said the town was worried.').slice(-1), [['the town was worried', 'speech', 'He']]);
    assert.deepStrictEqual(rows('Sara Holt praised Oskar Lind for his patience and said the talks would go on.'), [['Oskar Lind for his patience', 'position', 'Sara Holt'], ['the talks would go on', 'speech', 'Sara Holt']]);
    // coordinated names are still the subject
    assert.deepStrictEqual(rows('Sara Holt and Oskar Lind said the talks would go on.'), [['the talks would go on', 'speech', 'Sara Holt']]);
  });
});

describe('claims: a name right after a cue and before a verb', () => {
  it('is the reported clause\'s subject, no inverted speaker ("S, who spoke after Kolar, said Tarvik supported C")', () => {
    assert.deepStrictEqual(rows('Mara Voss, who spoke after Ines Kolar, said Tarvik supported an open border.'), [['Tarvik supported an open border', 'speech', 'Mara Voss']]);
    // an inverted speaker closing its clause is still one
    assert.deepStrictEqual(rows('The border will stay open, said Mara Voss.'), [['The border will stay open', 'speech', 'Mara Voss']]);
  });
});
