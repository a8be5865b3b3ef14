import * as assert from 'assert';
import { afterPreposition, subjectAfter, subjectBefore } from '../../src/core/detect/claims/speakers';
import { contextOf, tokenIndex } from './helpers/claimContext';
import { detect } from '../../src/core/detect';

describe('claims, stage 4: speakers', () => {
  it('takes the head of an apposition before the verb', () => {
    const ctx = contextOf('Dana Pell, the mayor of Velmore, said the pier was safe.');
    assert.strictEqual(subjectBefore(ctx, tokenIndex(ctx, 'said'), 0)?.text, 'Dana Pell');
  });

  it('does not take the object of a preposition past its title', () => {
    const ctx = contextOf('The union, led by Governor Kai Moro, said the port would close.');
    assert.strictEqual(afterPreposition(ctx, ctx.text.indexOf('Kai')), true);
    assert.notStrictEqual(subjectBefore(ctx, tokenIndex(ctx, 'said'), 0)?.text, 'Kai Moro');
  });

  it('does not take the object of a preposition', () => {
    const ctx = contextOf('A letter to Dana Pell said the pier was safe.');
    assert.strictEqual(afterPreposition(ctx, ctx.text.indexOf('Dana')), true);
    assert.notStrictEqual(subjectBefore(ctx, tokenIndex(ctx, 'said'), 0)?.text, 'Dana Pell');
  });

  it('takes the name in apposition to a role after an inverted verb', () => {
    assert.deepStrictEqual(detect('"The port will stay open," said the union\'s chairman, Omar Lisk.').claims.map((c) => c.speaker?.actor), ['Omar Lisk']);
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

describe('claims, stage 4: who a representative speaks for', () => {
  const said = (t: string): Array<[string, string | undefined]> => detect(t).claims.map((c) => [c.text, c.speaker?.actor]);

  it('gives "X\'s spokesman said" and "a lawyer for X said" to X', () => {
    assert.deepStrictEqual(said('Tom Sato spoke first. The Orsa Shipping Company\'s spokesman said the route would close in June.'),
      [['the route would close in June', 'Orsa Shipping Company']]);
    assert.deepStrictEqual(said('Tom Sato spoke first. Dana Pell\'s office said the mayor had not been told.'),
      [['the mayor had not been told', 'Dana Pell']]);
    assert.deepStrictEqual(said('Tom Sato spoke first. A spokeswoman for the Orsa Shipping Company said the route would close.'),
      [['the route would close', 'Orsa Shipping Company']]);
    assert.deepStrictEqual(said('The route will close in June, a lawyer for Tom Sato said.'), [['The route will close in June', 'Tom Sato']]);
  });

  it('gives "his spokesman said" to the person "his" stands for', () => {
    assert.deepStrictEqual(said('Tom Sato left early. His spokesman said the talks had failed.'), [['the talks had failed', 'Tom Sato']]);
    assert.deepStrictEqual(said('Tom Sato urged both sides to show restraint, his spokesman said in a statement.'),
      [['Tom Sato urged both sides to show restraint', 'Tom Sato']]);
  });

  it('finds the cue after a long relative clause on a speaker named after a quotation', () => {
    assert.deepStrictEqual(detect('"The pier is unsafe," Dana Pell, who chairs the safety board of the harbour and has lived in the town for thirty years, said on Monday.')
      .claims.map((c) => [c.text, c.cue?.text, c.speaker?.actor]), [['The pier is unsafe', 'said', 'Dana Pell']]);
  });
});

describe('claims, stage 4: a noun phrase holding a name as the speaker', () => {
  const said = (t: string): Array<[string, string | undefined]> => detect(t).claims.map((c) => [c.text, c.speaker?.text]);

  it('takes "the director of X" and "a senior engineer at X" whole, before the cue and after the claim', () => {
    assert.deepStrictEqual(said('The director of the Orsa Institute said the pier would close.'), [['the pier would close', 'The director of the Orsa Institute']]);
    assert.deepStrictEqual(said('A senior engineer at the Velmore Port Authority said the pier would close.'),
      [['the pier would close', 'A senior engineer at the Velmore Port Authority']]);
    assert.deepStrictEqual(said('The pier would close, the director of the Orsa Institute said.'), [['The pier would close', 'the director of the Orsa Institute']]);
  });

  it('takes "the aide to Senator X", "a friend of Mayor X" whole: past the title, after "to", with a noun and "of" in the head', () => {
    assert.deepStrictEqual(said('The aide to Senator Hal Vell said the bill would fail.'), [['the bill would fail', 'The aide to Senator Hal Vell']]);
    assert.deepStrictEqual(said('An adviser to Prime Minister Olek Dunn said the vote would be delayed.'), [['the vote would be delayed', 'An adviser to Prime Minister Olek Dunn']]);
    assert.deepStrictEqual(said('A close friend of Mayor Tom Sato said he was tired.'), [['he was tired', 'A close friend of Mayor Tom Sato']]);
    assert.deepStrictEqual(detect('The chief of staff to Governor Ines Marr said the budget was late.').claims.map((c) => c.speaker?.actor), ['chief of staff to Governor Ines Marr']);
  });

  it('takes the phrase before a participle or relative clause set off by commas, and a name after the comma as the head', () => {
    assert.deepStrictEqual(said('An adviser to Prime Minister Olek Dunn, speaking on condition of anonymity, said the vote would be delayed.'),
      [['the vote would be delayed', 'An adviser to Prime Minister Olek Dunn']]);
    assert.deepStrictEqual(said('The aide to Senator Hal Vell, who asked not to be named, said the bill would fail.'), [['the bill would fail', 'The aide to Senator Hal Vell']]);
    assert.deepStrictEqual(said('The head of the Orsa Institute, speaking in Velmore, said the pier would close.'), [['the pier would close', 'The head of the Orsa Institute']]);
    assert.deepStrictEqual(said('The director of the Orsa Institute, Ann Berg, said the pier would close.'), [['the pier would close', 'Ann Berg']]);
  });

  it('still gives a representative "for" a titled person, and a document "from" one, to that person', () => {
    const by = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(by('The spokesman for Senator Ana Quill said the bill was dead.'), ['Ana Quill']);
    assert.deepStrictEqual(by('A statement from Senator Ana Quill said the bill was dead.'), ['Ana Quill']);
  });

  it('keeps a name that is the subject, and an object of a preposition out of it', () => {
    assert.deepStrictEqual(said('Rob Aske wrote to the head of the Orsa Institute and said the pier would close.'), [['the pier would close', 'Rob Aske']]);
  });
});

describe('claims, stage 4: the source after an inverted verb or "according to"', () => {
  const by = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);

  it('gives a representative to the one it speaks for, a document to its author', () => {
    assert.deepStrictEqual(by('According to a spokesman for Senator Ana Quill, the bill is dead.'), ['Ana Quill']);
    assert.deepStrictEqual(by('"The bill is dead," said a spokesman for the Velmore Ministry of Finance.'), ['Velmore Ministry of Finance']);
    assert.deepStrictEqual(by('The bill is dead, according to a statement from the Velmore Ministry of Finance.'), ['Velmore Ministry of Finance']);
  });

  it('takes a noun phrase holding a name after a quotation: before the verb and after an inverted one', () => {
    const phrase = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.text);
    assert.deepStrictEqual(by('"We are disappointed," a statement from the Velmore Farmers Union said.'), ['Velmore Farmers Union']);
    assert.deepStrictEqual(phrase('"We are disappointed," the director of the Orsa Institute said.'), ['the director of the Orsa Institute']);
    assert.deepStrictEqual(phrase('"We are disappointed," said the director of the Orsa Institute.'), ['the director of the Orsa Institute']);
  });

  it('keeps an unnamed representative or document as it is', () => {
    assert.deepStrictEqual(by('According to a lawyer for the family, the charges were false.'), ['lawyer']);
    assert.deepStrictEqual(by('The deficit has grown, according to a report from the ministry.'), ['report']);
  });
});

describe('claims, stage 4: coordinated speakers', () => {
  const said = (t: string): Array<[string, string | undefined]> => detect(t).claims.map((c) => [c.text, c.speaker?.actor]);

  it('gives "X and Y said" to the first conjunct, which stands for the coordination', () => {
    assert.deepStrictEqual(said('Dana Pell and Tom Sato said the pier was safe.'), [['the pier was safe', 'Dana Pell']]);
    assert.deepStrictEqual(said('Mayor Dana Pell and Rob Aske told reporters that the pier was safe.'), [['the pier was safe', 'Dana Pell']]);
    assert.deepStrictEqual(said('The pier was safe, Dana Pell and Tom Sato said.'), [['The pier was safe', 'Dana Pell']]);
    assert.deepStrictEqual(said('Ann Berg, Rob Aske and the Velmore Harbour Council said the pier was unsafe.'), [['the pier was unsafe', 'Ann Berg']]);
  });

  it('keeps a coordination after a preposition, and a name before a lone comma, out of the subject', () => {
    assert.deepStrictEqual(said('A report by Ann Berg and Tom Sato said the pier was unsafe.').map((r) => r[1]), ['report']);
    assert.deepStrictEqual(said('Asked about Ann Berg, Tom Sato said the pier was unsafe.'), [['the pier was unsafe', 'Tom Sato']]);
  });
});

describe('claims, stage 4: a name inside an apposition is not the speaker', () => {
  it('takes the head before an apposition that names another person', () => {
    assert.deepStrictEqual(detect('Ann Berg, a lawyer who once worked with Tom Koval, said the pier was safe.').claims.map((c) => [c.text, c.speaker?.actor]),
      [['the pier was safe', 'Ann Berg']]);
  });
});

describe('claims, stage 4: a relative pronoun as the subject', () => {
  it('takes "who" for the person before its comma, past a preposition', () => {
    assert.deepStrictEqual(detect('The plan was criticised by Omar Lisk, who said it would cost too much.').claims.map((c) => [c.text, c.speaker?.text, c.speaker?.actor]),
      [['it would cost too much', 'who', 'Omar Lisk']]);
    assert.deepStrictEqual(detect('Ines Vale met Omar Lisk, who later said the port would close.').claims.map((c) => c.speaker?.actor), ['Omar Lisk']);
  });

  it('takes "who" for a surname alone and for a noun of people before its comma', () => {
    const of = (text: string): Array<[string, string | undefined]> => detect(text).claims.map((c) => [c.text, c.speaker?.actor]);
    assert.deepStrictEqual(of('The plan was opposed by Lisk, who said the cuts would ruin farmers.'), [['the cuts would ruin farmers', 'Lisk']]);
    assert.deepStrictEqual(of('The bill was criticised by farmers, who said it would ruin them.'), [['it would ruin them', 'farmers']]);
  });
});

describe('claims, stage 4: an opening prepositional phrase is no subject', () => {
  it('takes the subject after the comma of "In a statement," or "In a letter to the board,"', () => {
    const of = (text: string): Array<[string, string | undefined]> => detect(text).claims.map((c) => [c.text, c.speaker?.text]);
    assert.deepStrictEqual(of('In a statement, shareholders said the chief executive must go.'), [['the chief executive must go', 'shareholders']]);
    assert.deepStrictEqual(of('In a letter to the board, the shareholders demanded his resignation.'), [['his resignation', 'the shareholders']]);
    assert.deepStrictEqual(of('In Velmore, residents said the water was brown.'), [['the water was brown', 'residents']]);
  });
});

describe('claims, stage 4: a capitalised word opening a compound subject', () => {
  it('reads "Human rights groups" as one noun phrase, and "Pell and his allies" as Pell first', () => {
    const of = (text: string): Array<[string, string | undefined]> => detect(text).claims.map((c) => [c.text, c.speaker?.text]);
    assert.deepStrictEqual(of('Human rights groups condemned the arrests.'), [['the arrests', 'Human rights groups']]);
    assert.deepStrictEqual(of('Velmore trade unions said the strike would go on.'), [['the strike would go on', 'Velmore trade unions']]);
    assert.deepStrictEqual(of('Pell and his allies said the vote was rigged.'), [['the vote was rigged', 'Pell']]);
  });
});

describe('claims, stage 4: clause boundaries and conjunctions before an unnamed subject', () => {
  const of = (text: string): Array<[string, string | undefined]> => detect(text).claims.map((c) => [c.text, c.speaker?.text]);
  it('stops looking for the subject at a colon: a label before it is no speaker', () => {
    assert.deepStrictEqual(of('Eat: Most visitors agree that the fish stew is the best in town.'), [['the fish stew is the best in town', 'Most visitors']]);
  });
  it('leaves a conjunction out of a role noun\'s phrase', () => {
    assert.deepStrictEqual(of('Thieves work the trams, and police warn that bag snatching is common.'), [['bag snatching is common', 'police']]);
  });
});

describe('claims, stage 4: an unnamed head before an apposition', () => {
  const of = (text: string): Array<[string, string | undefined]> => detect(text).claims.map((c) => [c.text, c.speaker?.text]);
  it('takes "Her father, a boat builder, (later) said" for the head, not the apposition', () => {
    assert.deepStrictEqual(of('Her father, a boat builder, later said she had been drawing ships.'), [['she had been drawing ships', 'Her father']]);
    assert.deepStrictEqual(of('The company, a Velmore firm, said profits would fall.'), [['profits would fall', 'The company']]);
  });

  it('takes the head before a participle\'s or a preposition\'s phrase set off by commas, not a name inside it', () => {
    assert.deepStrictEqual(of('The minister, speaking alongside her Drava counterpart Tomas Bel, said that trade would grow.'), [['trade would grow', 'The minister']]);
    assert.deepStrictEqual(of('The mayor, after meeting Ivo Kolar, said the plan was dead.'), [['the plan was dead', 'The mayor']]);
    assert.deepStrictEqual(of('The envoy, flanked by Ilse Brandt and two aides, told reporters that the talks had stalled.'), [['the talks had stalled', 'The envoy']]);
  });

  it('takes a noun for people opening the sentence with the body after "at" or "from", not a name in the adjunct after it', () => {
    assert.deepStrictEqual(of('Staff at Orsa General Hospital, speaking alongside union leader Tomas Bel, said the cuts would hurt patients.'),
      [['the cuts would hurt patients', 'Staff at Orsa General Hospital']]);
    assert.deepStrictEqual(of('Doctors at the Orsa Clinic said the ward was full.'), [['the ward was full', 'Doctors at the Orsa Clinic']]);
  });
});

describe('claims, stage 4: a capital by its place before a parenthetical cue', () => {
  it('takes the noun phrase after the comma, not the sentence\'s first word, for the subject', () => {
    const of = (text: string): Array<[string, string | undefined]> => detect(text).claims.map((c) => [c.text, c.speaker?.text]);
    assert.deepStrictEqual(of('Taxes will rise, the minister warned.'), [['Taxes will rise', 'the minister']]);
    assert.deepStrictEqual(of('Pell came home, and said the vote was fair.'), [['the vote was fair', 'Pell']]);
  });
});
