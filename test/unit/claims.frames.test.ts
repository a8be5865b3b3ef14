import * as assert from 'assert';
import { classRows as claims, classRows } from './helpers/claimRows';
import { detect } from '../../src/core/detect';


describe('claims, stage 2c: attributions without a verb of saying', () => {
  it('reads accusations, demands, commitments and positions by the frames of their verbs', () => {
    assert.deepStrictEqual(claims('Mayor Dana Pell accused the Velmore Harbour Council of hiding the cost of the pier.'),
      [['the Velmore Harbour Council of hiding the cost of the pier', 'accusation', 'Dana Pell']]);
    assert.deepStrictEqual(claims('Dana Pell called for an independent audit.'), [['an independent audit', 'demand', 'Dana Pell']]);
    assert.deepStrictEqual(claims('Dana Pell called on the regional government to freeze the budget.'),
      [['the regional government to freeze the budget', 'demand', 'Dana Pell']]);
    assert.deepStrictEqual(claims('Rob Aske urged voters to reject the plan.'), [['voters to reject the plan', 'demand', 'Rob Aske']]);
    assert.deepStrictEqual(claims('Rob Aske vowed to block the vote.'), [['to block the vote', 'intention', 'Rob Aske']]);
    assert.deepStrictEqual(claims('Rob Aske opposes the new terminal.'), [['the new terminal', 'position', 'Rob Aske']]);
    assert.deepStrictEqual(claims('Rob Aske warned of a long winter.'), [['a long winter', 'speech', 'Rob Aske']]);
  });

  it('reads a frame whose complement opens with a quoted phrase', () => {
    assert.deepStrictEqual(claims('Ines Kolar warned of "grave consequences" if the talks failed.'), [['"grave consequences" if the talks failed', 'speech', 'Ines Kolar']]);
  });

  it('reads no claim in a plan or an intention, which is no statement made to anyone', () => {
    assert.deepStrictEqual(claims('Rob Aske planned to sell the ferry to the Orsa Shipping Company.'), []);
    assert.deepStrictEqual(claims('Dana Pell intends to visit the harbour in May.'), []);
    // a commitment is made to others: a claim
    assert.deepStrictEqual(claims('Dana Pell vowed to reopen the harbour in May.'), [['to reopen the harbour in May', 'intention', 'Dana Pell']]);
  });

  it('leaves out passives, negations, questions, conditions, relative clauses and nouns', () => {
    for (const text of [
      'Rob Aske was accused of hiding the cost.',
      'Rob Aske did not oppose the terminal.',
      'Do you want a new terminal?',
      'If Rob Aske wants a terminal, he will pay for it.',
      'Voters who oppose the plan met Rob Aske.',
      'The report prompted calls for an audit.',
      'Rob Aske rescinded their pledge to build it.',
      'Rob Aske met people asking questions.',
    ]) assert.deepStrictEqual(claims(text), [], text);
  });

  it('needs a speaker-like subject right before the verb', () => {
    assert.deepStrictEqual(claims('The old pier wants a coat of paint.'), []);
    assert.deepStrictEqual(claims('The council has repeatedly rejected the plan.').map((c) => c[2]), ['council']);
  });

  it('reads criticism of an object, and an expectation of what another will do', () => {
    assert.deepStrictEqual(claims('Tom Koval slammed the new budget.'), [['the new budget', 'accusation', 'Tom Koval']]);
    assert.deepStrictEqual(claims('Tom Koval blasted the plan as reckless.'), [['the plan as reckless', 'accusation', 'Tom Koval']]);
    assert.deepStrictEqual(claims('Dana Pell expects the council to resign.'), [['the council to resign', 'belief', 'Dana Pell']]);
  });
});


describe('frames: a labelling predicate with a superlative', () => {
  it('reads "called O the worst / the most … N" as a label, and not "called O to order"', () => {
    const of = (text: string): string[] => detect(text).claims.map((c) => c.text);
    assert.deepStrictEqual(of('Anton Berg called the plan the worst idea in years.'), ['the plan the worst idea in years']);
    assert.deepStrictEqual(of('Anton Berg called her the most gifted student he had taught.'), ['her the most gifted student he had taught']);
    assert.deepStrictEqual(of('Pell called the meeting to order.'), []);
  });
});

describe('frames: "the opposition" as a subject', () => {
  it('takes the opposition party for a speaker of a judgment, but not opposition as an attitude', () => {
    const of = (text: string): Array<[string, string | undefined]> => detect(text).claims.map((c) => [c.text, c.speaker?.text]);
    assert.deepStrictEqual(of('The opposition criticised the minister for the delays.'), [['the minister for the delays', 'opposition']]);
    assert.deepStrictEqual(of('Opposition to the plan grew.'), []);
  });
});

describe('frames: the literal sense of a verb of judgment', () => {
  it('reads an attack, a welcome, a question or a citation of an idea, an act or a message, not of people or places', () => {
    assert.deepStrictEqual(claims('Critics attacked the plan.'), [['the plan', 'accusation', 'Critics']]);
    assert.deepStrictEqual(claims("The Aske campaign attacked the senator's record on taxes.").map((c) => c[0]), ["the senator's record on taxes"]);
    assert.deepStrictEqual(claims('Dana Pell welcomed the ruling.'), [['the ruling', 'position', 'Dana Pell']]);
    assert.deepStrictEqual(claims('Rob Aske questioned the legality of the deal.').map((c) => c[0]), ['the legality of the deal']);
    assert.deepStrictEqual(claims('Rob Aske cited the report.'), [['the report', 'evidence', 'Rob Aske']]);
    for (const text of [
      'Rebels attacked the town.',
      'Troops attacked the village at dawn.',
      'The mayor welcomed the guests.',
      'Police questioned the suspect.',
      'The company dismissed the workers.',
      'Police cited the driver for speeding.',
    ]) assert.deepStrictEqual(claims(text), [], text);
  });

  it('reads backing, defending or slamming anything but a thing or a place', () => {
    assert.deepStrictEqual(claims('Critics slammed the minister.'), [['the minister', 'accusation', 'Critics']]);
    assert.deepStrictEqual(claims('The council defended the decision.').map((c) => c[0]), ['the decision']);
    assert.deepStrictEqual(claims('The Velmore Labour Party backed Dana Pell.').map((c) => c[0]), ['Dana Pell']);
    for (const text of [
      'Dana Pell slammed the door.',
      'Soldiers defended the town.',
      'The senator backed the truck into the garage.',
      'Engineers supported the roof with steel beams.',
    ]) assert.deepStrictEqual(claims(text), [], text);
  });

  it('reads "took aim at" as criticism of anything but a thing or a place', () => {
    assert.deepStrictEqual(claims("The senator took aim at the ministry's plan."), [["the ministry's plan", 'accusation', 'senator']]);
    assert.deepStrictEqual(claims('Dana Pell hit out at critics.'), [['critics', 'accusation', 'Dana Pell']]);
    assert.deepStrictEqual(claims('The archer took aim at the target.'), []);
  });
});

describe('frames: a commitment with two objects', () => {
  it('reads what is promised, offered or pledged to a recipient as the claim', () => {
    assert.deepStrictEqual(claims('Ana Vell promised voters a referendum.'), [['a referendum', 'intention', 'Ana Vell']]);
    assert.deepStrictEqual(claims('Ana Vell offered the unions a new contract.'), [['a new contract', 'intention', 'Ana Vell']]);
    assert.deepStrictEqual(claims('The mayor pledged the town a new school.').map((c) => c[0]), ['a new school']);
    assert.deepStrictEqual(claims('The minister promised the farmers compensation.').map((c) => c[0]), ['compensation']);
    assert.deepStrictEqual(claims('Ana Vell promised her a job.').map((c) => c[0]), ['a job']);
    assert.deepStrictEqual(claims('Ana Vell offered the unions $5 million.').map((c) => c[0]), ['$5 million']);
    // (and the clause after the recipient of "promised")
    assert.deepStrictEqual(claims('Ana Vell promised voters taxes would fall.').map((c) => c[0]), ['taxes would fall']);
    // a possessive is no recipient: a single object ("pledged her support"); "offer" takes none
    assert.deepStrictEqual(claims('Ana Vell pledged her support.'), [['her support', 'intention', 'Ana Vell']]);
    assert.deepStrictEqual(claims('Ana Vell offered condolences to the families.'), []);
  });
});

describe('frames: questions and appeals', () => {
  it('reads no demand in a question about a topic', () => {
    assert.deepStrictEqual(claims('In an interview with Senator Ana Quill, the Velmore Gazette asked about the tax.'), []);
    assert.deepStrictEqual(claims('Dana Pell asked a question about the tax.'), []);
    assert.deepStrictEqual(claims('Dana Pell asked the council to delay the vote.'), [['the council to delay the vote', 'demand', 'Dana Pell']]);
  });

  it('reads "appealed for C" and "pleaded for C" as "called for C"', () => {
    assert.deepStrictEqual(claims('Campaigners appealed for calm after the verdict.'), [['calm after the verdict', 'demand', 'Campaigners']]);
    assert.deepStrictEqual(claims('Dana Pell pleaded for privacy.'), [['privacy', 'demand', 'Dana Pell']]);
  });
});

describe('frames: a participle clause after a claim', () => {
  it('reads a participle of the other frames after a reported clause as a claim of its own, by the same speaker', () => {
    assert.deepStrictEqual(classRows('The Orsa Shipping Company announced it would cut 500 jobs, citing falling demand.'),
      [['it would cut 500 jobs', 'speech', 'Orsa Shipping Company'], ['falling demand', 'evidence', 'Orsa Shipping Company']]);
    assert.deepStrictEqual(classRows('Dana Pell said the plan was flawed, accusing the council of haste.'),
      [['the plan was flawed', 'speech', 'Dana Pell'], ['the council of haste', 'accusation', 'Dana Pell']]);
  });

  it('keeps the object of a verb without a clause before ", saying C"', () => {
    assert.deepStrictEqual(classRows('The Velmore Labour Party rejected the proposal, saying it would raise costs.'),
      [['the proposal', 'position', 'Velmore Labour Party'], ['it would raise costs', 'speech', 'Velmore Labour Party']]);
    // (a verb of saying with a noun phrase: no claim of its own)
    assert.deepStrictEqual(classRows('Rob Aske maintained his innocence, saying the money was a loan.'), [['the money was a loan', 'speech', 'Rob Aske']]);
  });

  it('reads a threat of an act', () => {
    assert.deepStrictEqual(classRows('The dockers\' union threatened a strike if the talks failed.').map((c) => [c[0], c[1]]), [['a strike if the talks failed', 'intention']]);
    assert.deepStrictEqual(classRows('Rebels threatened the town.'), []);
  });
});

describe('frames: the subject of a participle clause, and more verbs', () => {
  it('reads a participle clause after a comma as the main clause\'s subject\'s, not the object\'s before the comma', () => {
    assert.deepStrictEqual(classRows('The governor urged residents to stay indoors, warning that the storm could worsen.').map((c) => [c[0], c[2]]),
      [['residents to stay indoors', 'governor'], ['the storm could worsen', 'governor']]);
    assert.deepStrictEqual(classRows('After the bridge collapsed, engineers met residents, warning that the storm could worsen.').map((c) => [c[0], c[2]]),
      [['the storm could worsen', 'engineers']]);
  });

  it('reads the base form of a noun-like cue before a clause without "that"', () => {
    assert.deepStrictEqual(claims('Officials fear the death toll will rise.'), [['the death toll will rise', 'belief', 'Officials']]);
    assert.deepStrictEqual(claims('Residents fear the worst.'), []);
  });

  it('reads blame of someone, and doubt with a clause', () => {
    assert.deepStrictEqual(claims('The minister blamed the unions.').map((c) => [c[0], c[1]]), [['the unions', 'accusation']]);
    assert.deepStrictEqual(claims('Dana Pell doubted the plan would work.'), [['the plan would work', 'belief', 'Dana Pell']]);
  });
});

describe('support: "as S said, C"', () => {
  it('reads a manner clause of saying as the attribution of the main clause', () => {
    assert.deepStrictEqual(claims('As Dana Pell said, the talks have failed.'), [['the talks have failed', 'speech', 'Dana Pell']]);
    assert.deepStrictEqual(claims('The talks have failed, as Dana Pell noted.'), [['The talks have failed', 'speech', 'Dana Pell']]);
    assert.deepStrictEqual(claims('As the report shows, crime has fallen.').map((c) => [c[0], c[1]]), [['crime has fallen', 'evidence']]);
    assert.deepStrictEqual(claims('As Dana Pell spoke, protesters gathered.'), []);
  });
});

describe('frames: a statement or document from its source as subject', () => {
  it('reads the verb past "from S" / "by S", by S', () => {
    assert.deepStrictEqual(claims('A report by the Velmore Audit Office criticised the ministry.'), [['the ministry', 'accusation', 'Velmore Audit Office']]);
    assert.deepStrictEqual(claims('A letter from residents urged the council to act.'), [['the council to act', 'demand', 'residents']]);
    assert.deepStrictEqual(claims('A statement from Mayor Dana Pell called for calm.'), [['calm', 'demand', 'Dana Pell']]);
    // (a source that is no noun for people or a body: the statement speaks)
    assert.deepStrictEqual(claims('A statement from the presidency portrayed the meeting as constructive.').map((c) => c[0]), ['the meeting as constructive']);
  });
});
