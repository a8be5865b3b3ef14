import * as assert from 'assert';
import { detect } from '../../src/core/detect';

/**
 * A challenge set of invented political-news sentences (names and places made up), one row per
 * syntactic variant of an attribution: the claims the detector should give, as [claim text,
 * speaker's actor]. It covers accusations, demands, commitments, positions, evidence, belief,
 * nominal cues, reported speech with verbs of saying, claim bounds, quotations and sentences with
 * no attribution. Rows in PENDING are forms the detector does not read yet: they are checked to
 * give something else, so that a rule that reads one moves it out.
 */
type Row = [text: string, claims: Array<[claim: string, speaker: string | undefined]>];

const CASES: Row[] = [
  // accusation and criticism
  ['Senator Rob Aske accused the government of misleading voters.', [['the government of misleading voters', 'Rob Aske']]],
  ['Dana Pell blasted the budget as a betrayal of working families.', [['the budget as a betrayal of working families', 'Dana Pell']]],
  ['Rob Aske criticized the governor for cutting school funds.', [['the governor for cutting school funds', 'Rob Aske']]],
  ['Ines Kolar condemned the decision to close the clinic.', [['the decision to close the clinic', 'Ines Kolar']]],
  ['Rob Aske, the party\'s leader, accused the minister of lying to parliament.', [['the minister of lying to parliament', 'Rob Aske']]],
  ['Rob Aske has long accused the council of wasting money.', [['the council of wasting money', 'Rob Aske']]],
  ['Ines Kolar attacked her rival over his tax returns.', [['her rival over his tax returns', 'Ines Kolar']]],
  ['Tom Sato slammed the ruling, calling it a blow to democracy.', [['the ruling', 'Tom Sato'], ['it a blow to democracy', 'Tom Sato']]],
  ['Dana Pell blamed the opposition for the shutdown.', [['the opposition for the shutdown', 'Dana Pell']]],
  ['Velmore Democrats blamed the shutdown on the Speaker.', [['the shutdown on the Speaker', 'Velmore Democrats']]],
  ['The union blamed the closures on the new tax.', [['the closures on the new tax', 'union']]],
  ['Dana Pell mocked her rival for his gaffe.', [['her rival for his gaffe', 'Dana Pell']]],
  ['Rob Aske railed against the trade deal.', [['the trade deal', 'Rob Aske']]],
  ['Rob Aske chided reporters for their coverage.', [['reporters for their coverage', 'Rob Aske']]],
  ['The Velmore Harbour Council on Tuesday accused the mayor of hiding the cost.', [['the mayor of hiding the cost', 'Velmore Harbour Council']]],
  ['Dana Pell criticized the minister over his handling of the strike.', [['the minister over his handling of the strike', 'Dana Pell']]],
  ['Rob Aske called the plan a disaster.', [['the plan a disaster', 'Rob Aske']]],
  ['Dana Pell described the plan as a betrayal.', [['the plan as a betrayal', 'Dana Pell']]],
  ['Dana Pell portrayed the plan as a betrayal.', [['the plan as a betrayal', 'Dana Pell']]],
  ['Critics have labelled the scheme a waste of money.', [['the scheme a waste of money', 'Critics']]],
  ['Dana Pell rejected the offer, calling it an insult.', [['the offer', 'Dana Pell'], ['it an insult', 'Dana Pell']]],
  ['Tom Sato slammed the ruling, calling it dishonest.', [['the ruling', 'Tom Sato'], ['it dishonest', 'Tom Sato']]],
  ['Dana Pell took aim at the budget, calling it reckless.', [['the budget', 'Dana Pell'], ['it reckless', 'Dana Pell']]],
  ['Ines Kolar hit out at the ruling.', [['the ruling', 'Ines Kolar']]],
  ['Rob Aske called the new budget reckless.', [['the new budget reckless', 'Rob Aske']]],
  ['Dana Pell called the harbour vote rigged.', [['the harbour vote rigged', 'Dana Pell']]],
  ['Rob Aske called the new contract unfair.', [['the new contract unfair', 'Rob Aske']]],
  ['Teachers blamed the strike on years of underfunding.', [['the strike on years of underfunding', 'Teachers']]],
  // a labelling inside a relative clause set off by a comma: the head before the comma labels
  ['Rob Aske criticised the mayor, who called the plan reckless.', [['the mayor', 'Rob Aske'], ['the plan reckless', 'mayor']]],
  ['Dana Pell praised the protesters, who called them racist.', [['them racist', 'protesters']]],
  ['Dana Pell thanked the volunteers, who called the response heroic.', [['the response heroic', 'volunteers']]],
  ['Tom Sato met Ines Kolar, who called the ruling a disgrace.', [['the ruling a disgrace', 'Ines Kolar']]],
  ['Rob Aske\'s campaign accused Dana Pell of lying.', [['Dana Pell of lying', 'Rob Aske']]],
  // demands
  ['Dana Pell called for an inquiry into the contract.', [['an inquiry into the contract', 'Dana Pell']]],
  ['Opposition leader Rob Aske called on the prime minister to resign.', [['the prime minister to resign', 'Rob Aske']]],
  ['Ines Kolar urged lawmakers to pass the bill before the recess.', [['lawmakers to pass the bill before the recess', 'Ines Kolar']]],
  ['Dana Pell demanded that the minister apologise.', [['the minister apologise', 'Dana Pell']]],
  ['Tom Sato asked the court to delay the trial.', [['the court to delay the trial', 'Tom Sato']]],
  ['Dana Pell rejected calls to resign.', [['calls to resign', 'Dana Pell']]],
  ['Rob Aske\'s call for a recount was rejected by the court.', [['a recount', 'Rob Aske']]],
  ['Ines Kolar renewed her call for a ceasefire.', [['a ceasefire', 'Ines Kolar']]],
  ['Rob Aske repeated his claim that the vote was rigged.', [['the vote was rigged', 'Rob Aske']]],
  ['Rob Aske is calling for a recount.', [['a recount', 'Rob Aske']]],
  ['The council has been urging residents to save water.', [['residents to save water', 'council']]],
  ['Rob Aske on Monday called for a ban on foreign donations.', [['a ban on foreign donations', 'Rob Aske']]],
  ['Dana Pell argued for a tougher approach.', [['a tougher approach', 'Dana Pell']]],
  ['Dana Pell has pushed for tougher rules.', [['tougher rules', 'Dana Pell']]],
  // commitments
  ['Rob Aske pledged to cut taxes for small businesses.', [['to cut taxes for small businesses', 'Rob Aske']]],
  ['Dana Pell promised that the hospital would open next year.', [['the hospital would open next year', 'Dana Pell']]],
  ['Tom Sato vowed not to raise taxes.', [['not to raise taxes', 'Tom Sato']]],
  ['Tom Sato said he would veto the bill.', [['he would veto the bill', 'Tom Sato']]],
  ['The Velmore Harbour Council said it would appeal the ruling.', [['it would appeal the ruling', 'Velmore Harbour Council']]],
  ['Ines Kolar threatened to quit the coalition.', [['to quit the coalition', 'Ines Kolar']]],
  ['The candidates have pledged to raise the minimum wage.', [['to raise the minimum wage', 'candidates']]],
  ['Dana Pell has proposed a tax on imports.', [['a tax on imports', 'Dana Pell']]],
  ['Tom Sato\'s pledge to cut taxes won him the election.', [['to cut taxes', 'Tom Sato']]],
  // positions
  ['Dana Pell wants to raise the minimum wage.', [['to raise the minimum wage', 'Dana Pell']]],
  ['Rob Aske opposes the measure.', [['the measure', 'Rob Aske']]],
  ['Ines Kolar supports a ban on assault weapons.', [['a ban on assault weapons', 'Ines Kolar']]],
  ['Tom Sato refused to comment on the investigation.', [['to comment on the investigation', 'Tom Sato']]],
  ['Dana Pell defended her record on immigration.', [['her record on immigration', 'Dana Pell']]],
  ['Rob Aske agreed to testify before the committee.', [['to testify before the committee', 'Rob Aske']]],
  ['Dana Pell dismissed the report as a partisan attack.', [['the report as a partisan attack', 'Dana Pell']]],
  ['Rob Aske welcomed the decision.', [['the decision', 'Rob Aske']]],
  ['Rob Aske is opposed to the new tax.', [['the new tax', 'Rob Aske']]],
  ['Dana Pell is in favor of a ban.', [['a ban', 'Dana Pell']]],
  ['Rob Aske has been critical of the plan.', [['the plan', 'Rob Aske']]],
  ['Rob Aske hailed the deal as a breakthrough.', [['the deal as a breakthrough', 'Rob Aske']]],
  ['Dana Pell lauded the court for its ruling.', [['the court for its ruling', 'Dana Pell']]],
  ['Dana Pell questioned the wisdom of the plan.', [['the wisdom of the plan', 'Dana Pell']]],
  ['The Velmore Teachers Union is lobbying for higher pay.', [['higher pay', 'Velmore Teachers Union']]],
  ['Ines Kolar has repeatedly rejected the proposal.', [['the proposal', 'Ines Kolar']]],
  ['Rob Aske disputed the claim.', [['the claim', 'Rob Aske']]],
  ['Rob Aske signaled that he would support the bill.', [['he would support the bill', 'Rob Aske']]],
  ['Rob Aske signalled that he would support the bill.', [['he would support the bill', 'Rob Aske']]],
  // reported speech: denial, insistence, admission
  ['Rob Aske denied that he had met the lobbyist.', [['he had met the lobbyist', 'Rob Aske']]],
  ['Ines Kolar insisted the deal was fair.', [['the deal was fair', 'Ines Kolar']]],
  ['Rob Aske touted the new jobs figures.', [['the new jobs figures', 'Rob Aske']]],
  ['Rob Aske hinted that he would run.', [['he would run', 'Rob Aske']]],
  ['The council forecast that revenue would fall.', [['revenue would fall', 'council']]],
  ['Tom Sato acknowledged that the rollout had been slow.', [['the rollout had been slow', 'Tom Sato']]],
  ['Rob Aske shot back that the report was a smear.', [['the report was a smear', 'Rob Aske']]],
  ['"That is a lie," Rob Aske shot back.', [['That is a lie', 'Rob Aske']]],
  ['Dana Pell admitted the campaign had made mistakes.', [['the campaign had made mistakes', 'Dana Pell']]],
  // evidence and citation
  ['A poll by the Velmore Institute shows that most voters back the plan.', [['most voters back the plan', 'Velmore Institute']]],
  ['Rob Aske cited a report on rising crime.', [['a report on rising crime', 'Rob Aske']]],
  ['Dana Pell pointed to the falling unemployment rate.', [['the falling unemployment rate', 'Dana Pell']]],
  ['According to a report by the Velmore Audit Office, the project is two years late.', [['the project is two years late', 'Velmore Audit Office']]],
  ['A report by the Velmore Audit Office found that the project was two years late.', [['the project was two years late', 'Velmore Audit Office']]],
  // belief
  ['Ines Kolar believes the tax cut will pay for itself.', [['the tax cut will pay for itself', 'Ines Kolar']]],
  ['Rob Aske thinks voters are tired of the feud.', [['voters are tired of the feud', 'Rob Aske']]],
  ['Tom Sato expects the central bank to raise rates.', [['the central bank to raise rates', 'Tom Sato']]],
  ['Dana Pell hopes to win the nomination.', [['to win the nomination', 'Dana Pell']]],
  ['Rob Aske fears the bill will hurt farmers.', [['the bill will hurt farmers', 'Rob Aske']]],
  ['Dana Pell is skeptical that the deal will hold.', [['the deal will hold', 'Dana Pell']]],
  ['Ines Kolar expressed concern that the talks would collapse.', [['the talks would collapse', 'Ines Kolar']]],
  ['Rob Aske reached the conclusion that the audit was flawed.', [['the audit was flawed', 'Rob Aske']]],
  ['Dana Pell\'s position is that the tax is unfair.', [['the tax is unfair', 'Dana Pell']]],
  ['Rob Aske spoke first. His argument was that the road is unsafe.', [['the road is unsafe', 'Rob Aske']]],
  ['Dana Pell\'s conclusion that the plan would fail proved right.', [['the plan would fail', 'Dana Pell']]],
  // nominal cues
  ['A statement from the Velmore Harbour Council said the pier would close.', [['the pier would close', 'Velmore Harbour Council']]],
  ['In a statement, the Velmore Harbour Council said the pier would close.', [['the pier would close', 'Velmore Harbour Council']]],
  ['In an interview with the Velmore Gazette, Rob Aske said the talks had stalled.', [['the talks had stalled', 'Rob Aske']]],
  ['In a letter to the council, Ines Kolar wrote that the budget was unlawful.', [['the budget was unlawful', 'Ines Kolar']]],
  ['Dana Pell\'s announcement that she would run again surprised her allies.', [['she would run again', 'Dana Pell']]],
  ['Rob Aske\'s office said the senator would not attend the summit.', [['the senator would not attend the summit', 'Rob Aske']]],
  ['Ines Kolar\'s spokesman said the minister had not been told.', [['the minister had not been told', 'Ines Kolar']]],
  // reported speech with said, says, told
  ['Dana Pell said on Tuesday that the talks had failed.', [['the talks had failed', 'Dana Pell']]],
  ['Rob Aske, the party\'s leader, said the vote would go ahead.', [['the vote would go ahead', 'Rob Aske']]],
  ['The Velmore Harbour Council said in a statement that the border would reopen.', [['the border would reopen', 'Velmore Harbour Council']]],
  ['Dana Pell told reporters that the deal was dead.', [['the deal was dead', 'Dana Pell']]],
  ['The deal is dead, Dana Pell told reporters on Monday.', [['The deal is dead', 'Dana Pell']]],
  ['The deal is dead, the senior senator from Orsa, Dana Pell, said.', [['The deal is dead', 'Dana Pell']]],
  ['Rob Aske also said the budget was balanced.', [['the budget was balanced', 'Rob Aske']]],
  ['Rob Aske has long argued that the tax is unfair.', [['the tax is unfair', 'Rob Aske']]],
  ['Rob Aske has made clear that he opposes the deal.', [['he opposes the deal', 'Rob Aske']]],
  ['Rob Aske made it clear that he opposes the deal.', [['he opposes the deal', 'Rob Aske']]],
  ['As Dana Pell put it, the party has lost its way.', [['the party has lost its way', 'Dana Pell']]],
  ['The party has lost its way, as Dana Pell put it.', [['The party has lost its way', 'Dana Pell']]],
  ['As the chef put it in the oven, the lights went out.', []],
  ['Ines Kolar warned that the deficit would grow.', [['the deficit would grow', 'Ines Kolar']]],
  ['Ines Kolar warned of a recession next year.', [['a recession next year', 'Ines Kolar']]],
  ['Tom Sato told the Velmore Gazette he had no plans to resign.', [['he had no plans to resign', 'Tom Sato']]],
  ['The talks will continue, said Dana Pell, the mayor of Orsa.', [['The talks will continue', 'Dana Pell']]],
  ['The deal is dead, Dana Pell, the mayor of Orsa, said.', [['The deal is dead', 'Dana Pell']]],
  ['The talks will continue, said Dana Pell, who chairs the committee.', [['The talks will continue', 'Dana Pell']]],
  ['The bill will pass, a spokesman for the Orsa Ministry of Defence said.', [['The bill will pass', 'Orsa Ministry of Defence']]],
  ['Dana Pell, who chairs the committee, said the bill would pass.', [['the bill would pass', 'Dana Pell']]],
  ['Rob Aske says the economy is growing.', [['the economy is growing', 'Rob Aske']]],
  ['The Aske campaign said the advertisement was false.', [['the advertisement was false', 'Aske']]],
  ['Rob Aske\'s campaign said in a statement that the advertisement was false.', [['the advertisement was false', 'Rob Aske']]],
  ['Rob Aske said it would be a mistake to raise taxes.', [['it would be a mistake to raise taxes', 'Rob Aske']]],
  // claim bounds
  ['Dana Pell said that week that the talks were over.', [['the talks were over', 'Dana Pell']]],
  ['Most voters believe the country is on the wrong track, a new poll shows.', [['the country is on the wrong track', 'voters']]],
  ['Rob Aske said that voters were angry, the Velmore Post reported.', [['voters were angry', 'Rob Aske']]],
  ['Asked whether he would run again, Rob Aske said he had not decided.', [['he had not decided', 'Rob Aske']]],
  ['When asked about the strike, Dana Pell said the talks would resume.', [['the talks would resume', 'Dana Pell']]],
  ['Tom Sato said the plan would fail, and Ines Kolar argued that it would cost jobs.', [['the plan would fail', 'Tom Sato'], ['it would cost jobs', 'Ines Kolar']]],
  ['Rob Aske said the economy was strong, but he warned that inflation was rising.', [['the economy was strong', 'Rob Aske'], ['inflation was rising', 'Rob Aske']]],
  ['Tom Sato slammed the plan and said it would fail.', [['the plan', 'Tom Sato'], ['it would fail', 'Tom Sato']]],
  // quotations
  ['"We will not back down," Dana Pell said.', [['We will not back down', 'Dana Pell']]],
  ['"We will not back down," Dana Pell said, "and we will win."', [['We will not back down," Dana Pell said, "and we will win.', 'Dana Pell']]],
  ['"The plan is dead," said Rob Aske, the party\'s leader.', [['The plan is dead', 'Rob Aske']]],
  ['Dana Pell said: "The plan is dead. We will start again."', [['The plan is dead. We will start again.', 'Dana Pell']]],
  ['"It is a sad day," Rob Aske told reporters after the vote.', [['It is a sad day', 'Rob Aske']]],
  ['Rob Aske called the plan "a disaster for the town."', [['a disaster for the town.', 'Rob Aske']]],
  ['In a statement, Ines Kolar said: "This ruling is a victory for every voter."', [['This ruling is a victory for every voter.', 'Ines Kolar']]],
  // support verbs of saying without their complementiser
  ['Rob Aske has made clear he will not back down.', [['he will not back down', 'Rob Aske']]],
  ['Dana Pell made it plain the budget would not be cut.', [['the budget would not be cut', 'Dana Pell']]],
  // no attribution
  ['The bridge was built in 1920.', []],
  ['Rob Aske met the prime minister in Orsa.', []],
  ['Dana Pell was accused of hiding the cost.', []],
  ['Voters who oppose the plan met Rob Aske.', []],
  ['Dana Pell is expected to announce her candidacy on Monday.', []],
  ['The rain made it clear that the match was over.', []],
  ['The talks reached a conclusion that satisfied nobody.', []],
  ['The position of the ship was unclear.', []],
  ['The door was opposed to the window.', []],
  ['Rob Aske is not opposed to the tax.', []],
  ['The old pier wants a coat of paint.', []],
  ['Troops attacked the town over the weekend.', []],
  ['The job is demanding.', []],
  ['The chair called the meeting to order.', []],
  ['Dana Pell made clear the limits of her powers.', []],
  ['Dana Pell made clear progress on the budget.', []],
  ['Rob Aske blamed the storm on Monday.', []],
  ['Dana Pell called them back.', []],
  ['Rob Aske did not take aim at the plan.', []],
  ['Rob Aske called the press conference.', []],
  ['Rob Aske called the trade union.', []],
  ['Voters who called the plan reckless met Rob Aske.', []],
];

/** Rows the detector does not read yet (see the README, "Detection"). */
const PENDING = new Set<string>([
  // "describe O as X" is left out of the cues: it cost news claims dev -0.3 twice
  'Dana Pell described the plan as a betrayal.',
]);

describe('claims: a challenge set of political-news attributions', () => {
  const got = (text: string): unknown => detect(text).claims.map((c) => [c.text, c.speaker?.actor]);
  for (const [text, expected] of CASES) {
    if (!PENDING.has(text)) it(text, () => assert.deepStrictEqual(got(text), expected));
  }
  // the rows not read yet are kept in the table and checked to be so: a rule that reads one
  // must move it out of PENDING (and into the passing rows)
  it(`does not read the ${PENDING.size} pending rows yet`, () => {
    for (const [text, expected] of CASES) if (PENDING.has(text)) assert.notDeepStrictEqual(got(text), expected, `now read: move it out of PENDING: ${text}`);
  });
});
