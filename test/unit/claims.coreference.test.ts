import * as assert from 'assert';
import { detect } from '../../src/core/detect';
import { fits, nearestBefore, pronoun } from '../../src/core/detect/claims/coreference';
import type { ActorMention } from '../../src/core/detect/types';
import { contextOf, tokenIndex } from './helpers/claimContext';
import { detectClaims } from '../../src/core/detect/claims';
import { detectActors } from '../../src/core/detect/actors';
import { tokenize } from '../../src/core/detect/tokens';

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

  it('resolves a noun of a kind of body only to a body of that kind or a state; a spokesman to any body', () => {
    const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(said('Dana Pell met the Velmore Harbour Council. The talks had failed, the ministry said.'), ['ministry']);
    assert.deepStrictEqual(said('Estonia closed its border on Monday. The talks had failed, the ministry said.'), ['Estonia']);
    assert.deepStrictEqual(said('The Ministry of Transport met on Monday. The talks had failed, the ministry said.'), ['Ministry of Transport']);
    assert.deepStrictEqual(said('The Orsa Shipping Company closed the route. A spokesman said the ships were too old.'), ['Orsa Shipping Company']);
    // a name of unknown kind is no body
    assert.deepStrictEqual(said('Rob Aske lives in Orsavik. Police said a man had been arrested.'), ['police']);
  });

  it('passes over a person merely mentioned inside a claim, and the object of a preposition', () => {
    const inClaim = 'Mayor Dana Pell said that Rob Aske had been sanctioned by the council. Furthermore, she warned, "Nobody is above the rules."';
    assert.deepStrictEqual(detect(inClaim).claims.map((c) => c.speaker?.actor), ['Dana Pell', 'Dana Pell']);
    const inPhrase = 'Mayor Dana Pell spoke in an interview with Rob Aske. Later, he said, "The pier is safe."';
    assert.strictEqual(detect(inPhrase).claims[0].speaker?.actor, 'Dana Pell');
  });

  it('agrees in gender where the text shows it, across paragraphs too', () => {
    const one = '"The harbour is safe," Mayor Dana Pell said. Rob Aske was criticised for his remarks. Then she warned, "Nobody should spread fear."';
    assert.deepStrictEqual(detect(one).claims.map((c) => c.speaker?.actor), ['Dana Pell', 'Dana Pell']);
    const two = 'Mayor Dana Pell opened the pier.\n\nMr Rob Aske left early.\n\nShe said the pier was safe.';
    assert.strictEqual(detect(two).claims[0].speaker?.actor, 'Dana Pell');
  });

  it('prefers a person the text shows agrees over nearer people of unknown gender', () => {
    const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(said('Ines Vale said her union would strike. Omar Lisk arrived at noon. She said the port would close.'), ['Ines Vale', 'Ines Vale']);
    assert.deepStrictEqual(said('Omar Lisk said his union would strike.\n\nIdris Kamau arrived at noon.\n\nHe said the port would close.'), ['Omar Lisk', 'Omar Lisk']);
    // no one the text shows agrees: the nearest
    assert.deepStrictEqual(said('Ines Vale said the union would strike. Omar Lisk arrived at noon. He said the port would close.'), ['Ines Vale', 'Omar Lisk']);
  });

  it('gives the gender of a possessive opening an apposition to the person named before, not the head', () => {
    const text = '"It is over," Ines Vale said. Omar Lisk, her deputy, was not at the meeting. "We will start again," she said.';
    const { gender } = detectClaims(text, tokenize(text), detectActors(text, tokenize(text)).mentions);
    assert.deepStrictEqual([...gender].map(([a, g]) => [a.text, g]), [['Ines Vale', 'f']]);
    assert.deepStrictEqual(detect(text).claims.map((c) => c.speaker?.actor), ['Ines Vale', 'Ines Vale']);
  });

  it('reads a role noun as a body whose name holds it, and a company, party or union never as a state', () => {
    const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(said('The Tarnow Ministry of Fisheries closed the bay. The ministry said in a statement that the stocks had fallen.'), ['Tarnow Ministry of Fisheries']);
    assert.deepStrictEqual(said('The Kessel Mining Company closed two pits. The company said the seams were exhausted.'), ['Kessel Mining Company']);
    assert.deepStrictEqual(said('Norway closed its border. The union said the strike would go on.'), ['union']);
    assert.deepStrictEqual(said('The group said the march would go ahead.'), ['group']);
  });

  it('resolves "they" to a coordination of people or bodies, by its first conjunct', () => {
    const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(said('Ines Vale and Omar Lisk met in Tarnow on Friday. They said the port would close.'), ['Ines Vale']);
    assert.deepStrictEqual(said('Finland and Estonia signed the accord in May. They said it would end the dispute.'), ['Finland']);
    assert.deepStrictEqual(said('The Tarnow Dockers Union met in Kessel. They said the strike would go on.'), ['Tarnow Dockers Union']);
  });

  it('reads a coordination for "they" as a coordinated subject is read: a place before a comma alone is no conjunct', () => {
    const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(said('In Tarnow, the Kessel Dockers Union met on Friday. They said the strike would go on.'), ['Kessel Dockers Union']);
    assert.deepStrictEqual(said('After the vote in Finland, the Kessel Dockers Union met on Friday. They said the strike would go on.'), ['Kessel Dockers Union']);
    // three conjuncts, commas before the others and "and" before the last, as a subject
    assert.deepStrictEqual(said('Finland, Estonia and the Kessel Dockers Union met. They said the strike would go on.'), ['Finland']);
    assert.deepStrictEqual(said('Ines Vale, Omar Lisk and the Kessel Dockers Union said the strike would go on.'), ['Ines Vale']);
  });

  it('reads a surname alone that speaks, or a word of a full name before, as a person for the pronouns after it', () => {
    const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(said('Omar Lisk met Ines Vale in Tarnow.\n\nVale said the port would close. Lisk was not there. She said the dockers would strike.'), ['Ines Vale', 'Ines Vale']);
    assert.deepStrictEqual(said('Omar Lisk met Ines Vale in Tarnow. Vale said the port would close. She also said the dockers would strike.'), ['Ines Vale', 'Ines Vale']);
    // a word of a full name named before in the paragraph
    assert.deepStrictEqual(said('Omar Lisk met Ines Vale in Tarnow. Vale arrived late. She said the dockers would strike.'), ['Ines Vale']);
  });

  it('reads a surname alone that speaks in another paragraph as a person for the document pass\'s pronouns', () => {
    const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(said('Omar Lisk met the press in Tarnow on Monday.\n\nOn Tuesday, Vale said the port would close.\n\nShe said the dockers would strike.'), ['Vale', 'Vale']);
  });

  it('passes over a person named only as a verb\'s object to the last speaker, across paragraphs too', () => {
    const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(said('Jon Kirby said the talks failed.\n\nLast week the government sanctioned Lev Mora, a banker.\n\n"We will not return to the table," he said.'), ['Jon Kirby', 'Jon Kirby']);
    // an agent named since is the new centre
    assert.deepStrictEqual(said('Jon Kirby said the talks failed.\n\nLev Mora, a banker, arrived later.\n\n"We will not return to the table," he said.'), ['Jon Kirby', 'Lev Mora']);
  });

  it('goes on with the last speaker of a paragraph before for an additive connective', () => {
    const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(said('Jon Kirby said the talks failed.\n\nLev Mora was sanctioned last year. Furthermore, he warned, "We will not return to the table."'), ['Jon Kirby', 'Jon Kirby']);
    assert.deepStrictEqual(said('Jon Kirby said the talks failed.\n\nLev Mora was sanctioned last year.\n\nFurthermore, he warned, "We will not return to the table."'), ['Jon Kirby', 'Jon Kirby']);
    assert.deepStrictEqual(said('Jon Kirby said the talks failed.\n\nLev Mora was sanctioned last year. He also said the sanctions had worked.'), ['Jon Kirby', 'Jon Kirby']);
    // no one spoke before: the nearest person
    assert.deepStrictEqual(said('Jon Kirby left early.\n\nLev Mora was sanctioned last year. Furthermore, he warned, "We will not return to the table."'), ['Lev Mora']);
    // without a connective, the new subject is the centre
    assert.deepStrictEqual(said('Jon Kirby said the talks failed.\n\nLev Mora was sanctioned last year. He said the sanctions had worked.'), ['Jon Kirby', 'Lev Mora']);
  });

  it('resolves "he" or "she" to a person\'s role phrase that spoke before, when no person fits nearer', () => {
    const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(said('The aide to Senator Hal Vell said the bill would fail. He said the senator had not been consulted.'), ['aide to Senator Hal Vell', 'aide to Senator Hal Vell']);
    assert.deepStrictEqual(said('The wife of Senator Hal Vell said he would not run again. She said the family needed rest.'), ['wife of Senator Hal Vell', 'wife of Senator Hal Vell']);
    // not against the gender the noun shows, nor past a person who fits, nor for a body
    assert.deepStrictEqual(said('The wife of Senator Hal Vell said he would not run again. He said the family needed rest.'), ['wife of Senator Hal Vell', 'he']);
    assert.deepStrictEqual(said('The director of the Orsa Institute said the pier would close. Ann Berg arrived later. She said the road would reopen.'), ['director of the Orsa Institute', 'Ann Berg']);
    assert.deepStrictEqual(said('The ministry said the talks had failed. He said the army would stay.'), ['ministry', 'he']);
  });

  it('gives a surname alone the gender another paragraph shows for the full name, in the document pass', () => {
    const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    // "Mr Omar Lisk" before: "Lisk" alone is a man, and "she" passes over him
    assert.deepStrictEqual(said('Mr Omar Lisk met Ines Vale in Tarnow.\n\nOn Tuesday, Lisk said the port would close.\n\nShe said the dockers would strike.'), ['Omar Lisk', 'Ines Vale']);
    assert.deepStrictEqual(said('Ms Ines Vale met Omar Lisk in Tarnow.\n\nOn Tuesday, Vale said the port would close.\n\nHe said the dockers would strike.'), ['Ines Vale', 'Omar Lisk']);
  });

  it('resolves "it" and "they" to the unnamed speaker of the claim before, agreeing in number', () => {
    const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(said('The tribunal ruled that the permit was void. It held that the owner must pay.'), ['tribunal', 'tribunal']);
    assert.deepStrictEqual(said('The port will close, investigators said. They said the cranes were unsafe.'), ['investigators', 'investigators']);
    // a body named nearer wins
    assert.deepStrictEqual(said('The tribunal ruled that the permit was void. The Tarnow Port Authority welcomed the ruling. It said work would stop.').at(-1), 'Tarnow Port Authority');
  });

  it('resolves "the minister" to the person named with that title, its modifier too', () => {
    const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(said('Interior Minister Kai Moro met Ines Vale. The minister said the border would open.'), ['Kai Moro']);
    assert.deepStrictEqual(said('Kai Moro, the interior minister, met Ines Vale. "The border will open," the interior minister said.'), ['Kai Moro']);
    assert.deepStrictEqual(said('Interior Minister Kai Moro met Ines Vale. The finance minister said the border would open.'), ['minister']);
  });

  it('reads a role noun as the body whose name ends in it', () => {
    const text = 'The Velmore Harbour Council met the Velmore Gazette. The council said the pier was safe.';
    assert.strictEqual(detect(text).claims[0].speaker?.actor, 'Velmore Harbour Council');
  });

  it('takes "I" outside a quotation as the speaker of its own attribution', () => {
    const [c] = detect('I think the harbour wall will hold through the winter.').claims;
    assert.deepStrictEqual([c.text, c.cue?.class, c.speaker?.text, c.speaker?.actor], ['the harbour wall will hold through the winter', 'belief', 'I', 'I']);
  });
});

describe('claims, stage 5: a speaker continued by an additive connective', () => {
  const said = (t: string): Array<[string, string | undefined]> => detect(t).claims.map((c) => [c.text, c.speaker?.actor]);

  it('gives "Furthermore, he warned" and "he added" to the speaker before, past a person mentioned between', () => {
    assert.deepStrictEqual(said('Tom Koval said the pier would reopen. Rob Aske was fined by the council last year. Furthermore, he warned, "The road will close too."'),
      [['the pier would reopen', 'Tom Koval'], ['The road will close too.', 'Tom Koval']]);
    assert.deepStrictEqual(said('Tom Koval said the pier would reopen. Rob Aske was fined by the council last year. He added that the road would close.'),
      [['the pier would reopen', 'Tom Koval'], ['the road would close', 'Tom Koval']]);
  });

  it('keeps the speaker before for a pronoun past a person named since only as a verb\'s object', () => {
    assert.deepStrictEqual(said('Tom Koval said the pier would reopen. The new rules name Omar Lisk, a trader. He said the rules were overdue.'),
      [['the pier would reopen', 'Tom Koval'], ['the rules were overdue', 'Tom Koval']]);
  });

  it('keeps the nearest person for a pronoun without a connective', () => {
    assert.deepStrictEqual(said('Tom Koval said the pier would reopen. Rob Aske was fined by the council last year. He said the road would close.'),
      [['the pier would reopen', 'Tom Koval'], ['the road would close', 'Rob Aske']]);
  });
});

describe('coreference: a surname alone that speaks after a quotation', () => {
  it('keeps "Pell" of \'"…," Pell said\' as an actor, for a "he" in the next paragraph', () => {
    const r = detect('"We will win," Pell said.\n\nLater, he added that the vote was fair.');
    assert.deepStrictEqual(r.actors.map((a) => a.text), ['Pell']);
    assert.deepStrictEqual(r.claims.map((c) => [c.text, c.speaker?.actor]), [['We will win', 'Pell'], ['the vote was fair', 'Pell']]);
  });
  it('keeps no noun in that place for an actor', () => {
    assert.deepStrictEqual(detect('"We will win," Critics said.').actors, []);
  });
});

describe('claims, stage 5: centering (the subject over a person named as its object)', () => {
  const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);

  it('resolves "he" after "S met O" to S, not the object O', () => {
    assert.deepStrictEqual(said('Tomas Bel met Oskar Lind on Friday. He said the talks had gone well.'), ['Tomas Bel']);
  });

  it('passes over a name in apposition to the object, across paragraphs too', () => {
    const text = 'Ines Kolar flew to Orsa on Tuesday.\n\nKolar met her counterpart from Tarvik, Mara Voss, on Wednesday. She said the two countries would raise the matter.';
    assert.deepStrictEqual(said(text), ['Ines Kolar']);
    // two surnames alone, the object's gender known, the subject's not: still the subject
    assert.deepStrictEqual(said('Emil Dorn spoke first. He said no reply had come.\n\nBruno Kast arrived later.\n\nKast met Dorn on Thursday. Afterwards, he said the two sides had agreed on little.').slice(-1), ['Bruno Kast']);
    // a subject the text shows to be of the other gender leaves the object
    assert.deepStrictEqual(said('Mr Tomas Bel met Mara Voss on Friday. She said the talks had gone well.'), ['Mara Voss']);
  });
});

describe('claims, stage 5: a title standing for its holder named in a paragraph before', () => {
  const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);

  it('resolves "the mayor said" to the person named "Mayor …" paragraphs before', () => {
    assert.deepStrictEqual(said('Mayor Jonas Eld met the union on Tuesday.\n\nThe talks went on late.\n\n"Aarvik depends on this plant," the mayor said.'), ['Jonas Eld']);
    assert.deepStrictEqual(said('Lev Orin, the finance minister, met the board.\n\nThe finance minister said the deficit was small.'), ['Lev Orin']);
    // a modifier the holder's title lacks names someone else
    assert.deepStrictEqual(said('Foreign Minister Lev Orin met the board.\n\nThe finance minister said the deficit was small.'), ['minister']);
  });
});

describe('claims, stage 5: "it" or "they" for the unnamed subject of the sentence before', () => {
  const said = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);

  it('prefers the subject over a name there that is only an object', () => {
    assert.deepStrictEqual(said('Negotiators from Velmore and Orsa left Drenmoor on Sunday. They said the gap remained wide.'), ['negotiators']);
    assert.deepStrictEqual(said('The ministry of foreign affairs in Velmore later issued a statement. It said the talks had failed.'), ['ministry']);
    // number must agree: a singular subject is no "they"
    assert.notDeepStrictEqual(said('The ministry in Velmore met the unions. They said the talks had failed.'), ['ministry']);
  });
});
