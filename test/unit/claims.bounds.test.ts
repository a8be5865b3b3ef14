import * as assert from 'assert';
import { detect } from '../../src/core/detect';
import { classRows, saidRows as claims } from './helpers/claimRows';

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

describe('claims: a relative "that" inside a clause already begun', () => {
  it('starts the claim where the clause begins, not at a "that" after a pronoun subject or a modal', () => {
    assert.deepStrictEqual(claims('Dana Pell said he would veto any bill that raised harbour fees.'),
      [['he would veto any bill that raised harbour fees', 'said', 'Dana Pell']]);
    assert.deepStrictEqual(claims('Rob Aske said it was the only plan that worked.'),
      [['it was the only plan that worked', 'said', 'Rob Aske']]);
  });

  it('reads a noun phrase with a relative clause as the subject of the reported clause', () => {
    assert.deepStrictEqual(claims('Dana Pell said the firm that built the pier had ignored warnings.'),
      [['the firm that built the pier had ignored warnings', 'said', 'Dana Pell']]);
    assert.deepStrictEqual(claims('Mira Sandoval told the council the fees that it set would drive tenants away.'),
      [['the fees that it set would drive tenants away', 'told', 'Mira Sandoval']]);
    // a time before "that" still leaves "that" as the complementiser
    assert.deepStrictEqual(claims('Dana Pell said this week that the pier would open.'), [['the pier would open', 'said', 'Dana Pell']]);
    // (nor is the month "May" a modal)
    assert.deepStrictEqual(claims('Dana Pell revealed in May that the pier would close.'), [['the pier would close', 'revealed', 'Dana Pell']]);
  });

  it('reads a demonstrative subject and a contracted subject as the clause\'s start', () => {
    assert.deepStrictEqual(claims('Rob Aske said this is a problem that will not go away.'),
      [['this is a problem that will not go away', 'said', 'Rob Aske']]);
    assert.deepStrictEqual(claims('Rob Aske says it\'s a story that needs telling.'),
      [['it\'s a story that needs telling', 'says', 'Rob Aske']]);
  });

  it('still takes no object with a relative clause for a claim ("conceded a penalty which the referee awarded")', () => {
    assert.deepStrictEqual(claims('The Orsa keeper conceded a penalty which the referee awarded.'), []);
  });
});

describe('claims: a demonstrative "that" after a cue', () => {
  const of = (text: string): string[] => detect(text).claims.map((c) => c.text);
  it('reads "that" before a noun and a preposition or the end, with no verb after, as a determiner', () => {
    assert.deepStrictEqual(of('She submitted that report to the board.'), []);
    assert.deepStrictEqual(of('The minister denied that report.'), []);
  });
  it('keeps the complementiser before a name, a determiner or a verb of its clause, irregular ones too', () => {
    assert.deepStrictEqual(of('She said that Pell won.'), ['Pell won']);
    assert.deepStrictEqual(of('She said that the men ran.'), ['the men ran']);
    assert.deepStrictEqual(of('Counsel for the firm submitted that the fee was fair.'), ['the fee was fair']);
  });
});

describe('claims: bounds and cue frames of political news', () => {
  it('reads an adjective of attitude after an adverb, as a belief ("are increasingly convinced that C")', () => {
    assert.deepStrictEqual(classRows('Harbour tenants are increasingly convinced that the council will raise the fees.'),
      [['the council will raise the fees', 'belief', 'Harbour tenants']]);
    assert.deepStrictEqual(classRows('Dana Pell was now confident the ferry would run in May.'), [['the ferry would run in May', 'belief', 'Dana Pell']]);
    assert.deepStrictEqual(classRows('Rob Aske is confident that the pier will open.'), [['the pier will open', 'belief', 'Rob Aske']]);
    // a negation between is no adverb of degree: no view held
    assert.deepStrictEqual(classRows('Rob Aske is not confident that the pier will open.'), []);
    // "adamant" insists: a saying
    assert.deepStrictEqual(classRows('Rob Aske was adamant that the pier would open.'), [['the pier would open', 'speech', 'Rob Aske']]);
  });

  it('keeps the first of two coordinated clauses when the second opens with "and that"', () => {
    assert.deepStrictEqual(claims('Dana Pell warned fees would rise and that the pier would close.'),
      [['fees would rise and that the pier would close', 'warned', 'Dana Pell']]);
    assert.deepStrictEqual(claims('Rob Aske warned the ferry would stop and that tenants would leave.'),
      [['the ferry would stop and that tenants would leave', 'warned', 'Rob Aske']]);
    assert.deepStrictEqual(claims('Rob Aske said fees would rise and that tenants would leave.'),
      [['fees would rise and that tenants would leave', 'said', 'Rob Aske']]);
    // an addressee still comes before the clause
    assert.deepStrictEqual(claims('Rob Aske warned the council that tenants would leave.'), [['tenants would leave', 'warned', 'Rob Aske']]);
  });

  it('reads a free relative as the subject of the reported clause ("said what happened that night was C")', () => {
    assert.deepStrictEqual(claims('Dana Pell said what happened that night was a tragedy.'),
      [['what happened that night was a tragedy', 'said', 'Dana Pell']]);
    assert.deepStrictEqual(claims('Rob Aske said what the council did was unlawful.'), [['what the council did was unlawful', 'said', 'Rob Aske']]);
    // a free relative that is the verb's object is no clause
    assert.deepStrictEqual(claims('Rob Aske said what he wanted.'), []);
  });

  it('reads on past a relative clause in the subject of the reported clause', () => {
    // set off by commas: the claim is the whole clause, the parenthesis in it
    assert.deepStrictEqual(claims('Ines Kolar argued the levy, which passed in 2019, was unlawful.'),
      [['the levy, which passed in 2019, was unlawful', 'argued', 'Ines Kolar']]);
    // restrictive, its verb phrase closed by an object pronoun
    assert.deepStrictEqual(classRows('Rob Aske believes the tenants who voted for him deserve better.'),
      [['the tenants who voted for him deserve better', 'belief', 'Rob Aske']]);
    // an object with a relative clause is still no clause
    assert.deepStrictEqual(claims('The Orsa keeper conceded a penalty, which the referee awarded.'), []);
  });

  it('ends the claim of a cue in a relative clause set off by commas where the relative clause ends', () => {
    assert.deepStrictEqual(claims('Dana Pell, who has said she will retire, declined to comment on the vote.'),
      [['she will retire', 'said', 'Dana Pell']]);
    assert.deepStrictEqual(claims('Rob Aske, who argued the levy was unlawful, lost the vote.'), [['the levy was unlawful', 'argued', 'Rob Aske']]);
    // (the relative clause with a subject of its own: what critics say ends with it too)
    assert.deepStrictEqual(claims('The harbour master, who critics say has ignored the pier, resigned.'), [['has ignored the pier', 'say', 'critics']]);
    // (a parenthesis inside the reported clause, before its verb, is no end)
    assert.deepStrictEqual(claims('Rob Aske, who said the bill, in its current form, was dead, left early.'),
      [['the bill, in its current form, was dead', 'said', 'Rob Aske']]);
  });

  it('reads a plural noun for people after a verb of telling as its addressee ("warned voters C")', () => {
    assert.deepStrictEqual(claims('Dana Pell warned tenants the pier would close.'), [['the pier would close', 'warned', 'Dana Pell']]);
    assert.deepStrictEqual(claims('Rob Aske assured residents the ferry was safe.'), [['the ferry was safe', 'assured', 'Rob Aske']]);
    // (the subject of the clause, when a verb follows it at once)
    assert.deepStrictEqual(claims('Rob Aske warned tenants would leave.'), [['tenants would leave', 'warned', 'Rob Aske']]);
  });
});

describe('claims: bounds, irregular verbs and coordinated clauses', () => {
  it('reads an irregular past tense as the verb of a reported clause and of a free relative', () => {
    assert.deepStrictEqual(claims('Dana Pell said the minister lost his seat.'), [['the minister lost his seat', 'said', 'Dana Pell']]);
    assert.deepStrictEqual(claims('Rob Aske told reporters the harbour master took the money.'), [['the harbour master took the money', 'told', 'Rob Aske']]);
    assert.deepStrictEqual(claims('Dana Pell said what the committee found was troubling.'), [['what the committee found was troubling', 'said', 'Dana Pell']]);
    assert.deepStrictEqual(claims('The mayor said what the inspectors saw was alarming.').map((c) => c[0]), ['what the inspectors saw was alarming']);
    // (a free relative with one verb is an object, no clause)
    assert.deepStrictEqual(claims('Dana Pell said what she saw.'), []);
  });

  it('reads an irregular past that is its participle too as a participle where a reduced relative may end, and "that according to S, C" as a that-clause', () => {
    // "made" / "sent" before a determiner: the clause's verb; before "two days ago": a participle
    assert.deepStrictEqual(claims('Rob Aske said the council made a mistake.').map((c) => c[0]), ['the council made a mistake']);
    const text = 'The Velmore Gazette has learned that according to an online notice made two days ago, the town museum is being sold.';
    assert.deepStrictEqual(claims(text).map((c) => [c[0], c[2]]), [
      ['according to an online notice made two days ago, the town museum is being sold', 'Velmore Gazette'],
      ['the town museum is being sold', 'online notice made two days ago'],
    ]);
  });

  it('ends a reported clause before ", but" and a clause in the past with a subject of its own, and reads that clause apart', () => {
    assert.deepStrictEqual(classRows('The defendant claimed he was at home, but the jury rejected his account.'),
      [['he was at home', 'speech', 'defendant'], ['his account', 'position', 'jury']]);
    assert.deepStrictEqual(claims('Rob Aske insisted he was innocent, yet the court found him guilty.'), [['he was innocent', 'insisted', 'Rob Aske']]);
    // (only a contrast ends it: after ", and" or ", so" the clause may go on with the speaker's
    // words, and cutting there cost the interviews' check half)
    assert.deepStrictEqual(claims('The mayor said the budget was balanced, and the council approved it on Friday.').map((c) => c[0]), ['the budget was balanced, and the council approved it on Friday']);
    assert.deepStrictEqual(claims('Officials said the bridge was safe, but engineers warned that it could collapse.'),
      [['the bridge was safe', 'said', 'Officials'], ['it could collapse', 'warned', 'engineers']]);
    // (a commitment as well: "vowed to C1, but analysts doubted C2")
    assert.deepStrictEqual(claims('The Orsa Shipping Company vowed to appeal the verdict, but analysts doubted it would succeed.').map((c) => [c[0], c[2]]),
      [['to appeal the verdict', 'Orsa Shipping Company'], ['it would succeed', 'analysts']]);
  });

  it('reads on past a coordinated clause that may still be the speaker\'s', () => {
    // a modal or a present: the reported clause's tense, back-shifted or not
    assert.deepStrictEqual(claims('Dana Pell said the pier was costly, but it would pay for itself.').map((c) => c[0]), ['the pier was costly, but it would pay for itself']);
    assert.deepStrictEqual(claims('Rob Aske estimated there should be 45 berths, but this number is uncertain.').map((c) => c[0]), ['there should be 45 berths, but this number is uncertain']);
    // no subject of its own
    assert.deepStrictEqual(claims('Dana Pell said taxes would rise, and that schools would close.').map((c) => c[0]), ['taxes would rise, and that schools would close']);
    // the claim before its cue
    assert.deepStrictEqual(claims('The pier closed, and the tenants left, Dana Pell said.').map((c) => c[0]), ['The pier closed, and the tenants left']);
  });
});

describe('claims: bounds, plural nouns and base forms', () => {
  it('reads a word in -s after a determiner, a number or an adjective as a plural noun, no verb', () => {
    assert.deepStrictEqual(claims('Of course, Rob Aske showed ethical lapses in judgment.'), []);
    // (a base form after a plural is a verb: "the results confirm")
    assert.deepStrictEqual(claims('The authors say the results confirm the existence of a shortage.').map((c) => c[0]), ['the results confirm the existence of a shortage']);
    assert.deepStrictEqual(claims('Dana Pell said the talks failed.'), [['the talks failed', 'said', 'Dana Pell']]);
  });

  it('reads a clause opening with its verb after a relative pronoun and the cue\'s subject', () => {
    assert.deepStrictEqual(claims('The document, which media reports range from ten to 32 pages, must be completed in English.').map((c) => c[0]), ['range from ten to 32 pages']);
  });
});

describe('claims: bounds of a subordinate clause opening the sentence', () => {
  it('ends the claim of a cue in a fronted subordinate clause at its comma, and reads the main clause apart', () => {
    assert.deepStrictEqual(claims('Although Dana Pell said the talks had failed, Rob Aske remained hopeful.'), [['the talks had failed', 'said', 'Dana Pell']]);
    assert.deepStrictEqual(claims('While Dana Pell said the talks had failed, Rob Aske insisted they would resume.'),
      [['the talks had failed', 'said', 'Dana Pell'], ['they would resume', 'insisted', 'Rob Aske']]);
    assert.deepStrictEqual(claims('If the volunteers think the site is going in the wrong direction, they can move the project elsewhere.').map((c) => c[0]),
      ['the site is going in the wrong direction']);
    // (a cue after the comma: the subordinate clause is part of the claim)
    assert.deepStrictEqual(claims('When the storm hit, the pier flooded, Dana Pell said.').map((c) => c[0]), ['When the storm hit, the pier flooded']);
  });

  it('reads no clause in an object and a clause of its own after it', () => {
    assert.deepStrictEqual(claims('When I wrote my poems, that was true adversity.'), []);
    assert.deepStrictEqual(claims('Eventually when he found his brother he had resolution.'), []);
    assert.deepStrictEqual(claims('Dana Pell said the man he met was lying.').map((c) => c[0]), ['the man he met was lying']);
  });
});

describe('claims: bounds, round 8 tails and leads', () => {
  it('ends a reported clause before "…, though S V-ed", "…, but S did not" and ", which S denies"', () => {
    assert.deepStrictEqual(claims('Analysts said the pier would pay for itself, though some warned of risks.').map((c) => c[0]), ['the pier would pay for itself']);
    assert.deepStrictEqual(claims('Dana Pell, the mayor, said the pier would close, but she did not say when.').map((c) => c[0]), ['the pier would close']);
    assert.deepStrictEqual(claims('Prosecutors said Rob Aske stole the funds, which he denies.').map((c) => c[0]), ['Rob Aske stole the funds']);
    // (a relative clause without a verb of the lexicon is part of the claim)
    assert.deepStrictEqual(claims('Dana Pell said the council approved the plan, which cost millions.').map((c) => c[0]), ['the council approved the plan, which cost millions']);
  });

  it('reads a clause after a phrase of the medium, place or time without "that"', () => {
    assert.deepStrictEqual(claims('The Velmore Ministry of Transport said on its website the changes were temporary.').map((c) => c[0]), ['the changes were temporary']);
    assert.deepStrictEqual(claims('Dana Pell said at a press conference she would resign.').map((c) => c[0]), ['she would resign']);
    assert.deepStrictEqual(claims('Dana Pell said in May the talks would resume.').map((c) => c[0]), ['the talks would resume']);
    assert.deepStrictEqual(claims('Dana Pell said the harbour master died.').map((c) => c[0]), ['the harbour master died']);
  });

  it('reads a pledge or promise of an act', () => {
    assert.deepStrictEqual(classRows('The president pledged support for the strikers.').map((c) => [c[0], c[1]]), [['support for the strikers', 'intention']]);
    assert.deepStrictEqual(classRows('Ana Vell promised a referendum.'), [['a referendum', 'intention', 'Ana Vell']]);
  });
});

describe('claims: a cue inside an indirect question after "asked"', () => {
  const rows = (text: string): string[][] => detect(text).claims.map((c) => [c.text, c.speaker?.text ?? '']);
  it('reports nothing, and the answer after the comma is the claim', () => {
    assert.deepStrictEqual(rows('Asked whether she expected Karel Holm to resign, Mira Tann replied, "He should, but he won\'t."'), [['He should, but he won\'t.', 'Mira Tann']]);
    assert.deepStrictEqual(rows('Oskar Lind, asked if he thought the deal was dead, said, "Not yet."'), [['Not yet.', 'Oskar Lind']]);
    // a cue after the question's comma still reports
    assert.deepStrictEqual(rows('Asked about the walkout, Oskar Lind said he had needed a break.'), [['he had needed a break', 'Oskar Lind']]);
  });
});
