import * as assert from 'assert';
import { detect } from '../../src/core/detect';

/** More actors in edited text of other genres than news, written for these tests. */
const actorsOf = (text: string): [string, string][] => detect(text).actors.map((a) => [a.text, a.type]);

describe('actors in other genres: a travel guide\'s stations and harbours', () => {
  it('takes a name ending in a noun for a station or a landing for a location, not a person', () => {
    assert.deepStrictEqual(actorsOf('Buses leave from Orsa Central Station every twenty minutes.'), [['Orsa Central Station', 'location']]);
    assert.deepStrictEqual(actorsOf('We walked to Lindo Bridge and then to Varga Harbour.'), [['Lindo Bridge', 'location'], ['Varga Harbour', 'location']]);
  });
});

describe('actors in other genres: cooperatives and guilds', () => {
  it('takes a name ending in a noun for a body of members working together for an organisation', () => {
    assert.deepStrictEqual(actorsOf('Participants were recruited through the Orsa Fishing Cooperative and the Velmore Weavers Guild.'),
      [['Orsa Fishing Cooperative', 'organization'], ['Velmore Weavers Guild', 'organization']]);
  });
});

describe('actors in other genres: a kind of land and "of"', () => {
  it('takes a single name after "the island of" or "the valley of" for a location', () => {
    assert.deepStrictEqual(actorsOf('Ferries run to the island of Kessa twice a day. The valley of Drenmoor is green.'), [['Kessa', 'location'], ['Drenmoor', 'location']]);
  });
});

describe('actors in other genres: a biography\'s schools and works', () => {
  it('takes a name ending in a noun for a school of another name for an organisation', () => {
    assert.deepStrictEqual(actorsOf('She attended the Tarvik Lyceum and the Orsa Conservatory.'), [['Tarvik Lyceum', 'organization'], ['Orsa Conservatory', 'organization']]);
  });

  it('takes a title opening with an article, in apposition to a noun for a work, for no actor', () => {
    assert.deepStrictEqual(actorsOf('Her first novel, The Glass Orchard, appeared in 1983, and Ines Kolar won a prize.'), [['Ines Kolar', 'person']]);
  });
});

describe('actors in other genres: a judgment\'s parties', () => {
  it('keeps a preposition opening a line out of the name after it', () => {
    assert.deepStrictEqual(actorsOf('Between Mara Olsen and the Orsa Harbour Board the dispute ran for years.'), [['Mara Olsen', 'person'], ['Orsa Harbour Board', 'organization']]);
  });
});
