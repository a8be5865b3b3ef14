import * as assert from 'assert';
import { detect } from '../../src/core/detect';

/**
 * A briefing article written for this test (invented people and bodies), with the structures of
 * the articles Claimlens is built for: an announcement by an institution, a speaker introduced
 * with a long apposition and a quotation after "said during a call that day,", a that-clause
 * after "noted", an impersonal "It has been understood that …" (the writer's own report), plain
 * and pronoun-led quotations, a second cue with no subject ('…," adding, "…"'), a question before
 * the cue ("when asked whether …, S responded"), "I know that …" inside a quotation, and a
 * revelation by a state.
 */
const ARTICLE = [
  'The European Commission announced on the 12th (local time) that Chile, which closed its ports, is pursuing a plan to buy extra fuel from Peru by supplying copper and other goods to Bolivia.',
  'Tomas Ekberg, Director of Public Affairs at the Velmore Port Authority Harbour Safety Board (HSB), said during a press call that day, "There is fresh evidence showing that Chile is trying to obtain more fuel from Peru."',
  'Ekberg noted that Lars Ovind, a Norwegian broker who tried to ship tankers from Peru to Chile and was fined by the Velmore Customs Office, is behind this effort. It has been understood that since last spring, Ovind planned to ship more than 30 tankers to Chile, and in return give Peru medicine and grain.',
  'Ekberg predicted, "Under the deal, Chile would have obtained more than 40 tankers of fuel from Lima."',
  'Ekberg also said, "We are aware that Chile is trying to send envoys to Peru and that Chile is paying Peru in copper."',
  'He stated, "The trade between Peru and Chile is a clear breach of the embargo," adding, "We are watching Peru\'s recent promise that it will stop these sales, and we will keep watching closely." Furthermore, he warned, "We will keep exposing these deals and the people who arrange them."',
  'On the same day, when asked whether Ovind was involved in Peru\'s deals with the Grey Harbour Group, Ekberg responded, "I know that he gave Chilean officials a list of parts Peru wants, but that is another matter." Earlier, Bolivia revealed in May that Peru sold fuel and spare parts to the Grey Harbour Group.',
].join('\n');

describe('claims: a whole briefing article', () => {
  const result = detect(ARTICLE);

  it('finds each of its ten claims once, with its bounds, cue and canonical speaker', () => {
    assert.deepStrictEqual(result.claims.map((c) => [c.text, c.cue?.text, c.speaker?.actor]), [
      ['Chile, which closed its ports, is pursuing a plan to buy extra fuel from Peru by supplying copper and other goods to Bolivia', 'announced', 'European Commission'],
      ['There is fresh evidence showing that Chile is trying to obtain more fuel from Peru.', 'said', 'Tomas Ekberg'],
      ['Lars Ovind, a Norwegian broker who tried to ship tankers from Peru to Chile and was fined by the Velmore Customs Office, is behind this effort', 'noted', 'Tomas Ekberg'],
      ['Under the deal, Chile would have obtained more than 40 tankers of fuel from Lima.', 'predicted', 'Tomas Ekberg'],
      ['We are aware that Chile is trying to send envoys to Peru and that Chile is paying Peru in copper.', 'said', 'Tomas Ekberg'],
      ['The trade between Peru and Chile is a clear breach of the embargo', 'stated', 'Tomas Ekberg'],
      ['We are watching Peru\'s recent promise that it will stop these sales, and we will keep watching closely.', 'adding', 'Tomas Ekberg'],
      ['We will keep exposing these deals and the people who arrange them.', 'warned', 'Tomas Ekberg'],
      ['I know that he gave Chilean officials a list of parts Peru wants, but that is another matter.', 'responded', 'Tomas Ekberg'],
      ['Peru sold fuel and spare parts to the Grey Harbour Group', 'revealed', 'Bolivia'],
    ]);
  });

  it('reads the pronoun speakers as the person they stand for', () => {
    const pronouns = result.claims.filter((c) => /^he$/i.test(c.speaker?.text ?? ''));
    assert.deepStrictEqual(pronouns.map((c) => c.cue?.text), ['stated', 'adding', 'warned']);
  });

  it('groups every mention under its canonical actor', () => {
    const byActor = new Map<string, string[]>();
    for (const a of result.actors) byActor.set(a.actor, [...(byActor.get(a.actor) ?? []), a.text]);
    assert.deepStrictEqual(byActor.get('Tomas Ekberg'), ['Tomas Ekberg', 'Ekberg', 'Ekberg', 'Ekberg', 'Ekberg']);
    assert.deepStrictEqual(byActor.get('Lars Ovind'), ['Lars Ovind', 'Ovind', 'Ovind']);
    assert.deepStrictEqual(byActor.get('Harbour Safety Board'), ['Harbour Safety Board', 'HSB']);
    assert.deepStrictEqual(byActor.get('Velmore Port Authority'), ['Velmore Port Authority']);
    assert.ok(byActor.get('Peru')?.includes('Lima'), 'the capital stands for its state');
  });
});
