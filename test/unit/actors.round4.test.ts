import * as assert from 'assert';
import { detect } from '../../src/core/detect';

/**
 * Capitalised words that name no actor (issue 12, round 4): works, projects and missions, words in
 * capitals for emphasis, species, inverted names in lists. Samples written for these tests, names
 * invented.
 */
const names = (text: string): string[] => detect(text).actors.map((a) => a.text);
const actors = (text: string): Array<[string, string, string]> => detect(text).actors.map((a) => [a.text, a.actor, a.type]);

describe('actors, round 4: words in capitals for emphasis', () => {
  it('takes a common English word set in capitals for emphasis for no actor, but keeps an acronym', () => {
    const text = 'Ines Kolar said the grant was HUGE, and that NATO would NEVER pay UNLESS the OSCE asked. It was REALLY hard.';
    assert.deepStrictEqual(names(text), ['Ines Kolar', 'NATO', 'OSCE']);
  });
});

describe('actors, round 4: species', () => {
  it('takes a Latin binomial (a genus and a lower-case epithet) for no actor', () => {
    const text = 'The team fed Lasius velmorensis and Quercus robur leaves to the colony. Okafor found Pellaria fusca in the wild, and Okafor counted them.';
    assert.deepStrictEqual(names(text), ['Okafor', 'Okafor']);
  });

  it('keeps a name before an English word', () => {
    assert.deepStrictEqual(names('In the harbour, Vesna Marta said the boats were late.'), ['Vesna Marta']);
    assert.deepStrictEqual(names('Talks with Sato data officials failed. The Orsa area was shut.'), ['Sato', 'Orsa']);
  });
});

describe('actors, round 4: inverted names in a list', () => {
  it('reads "Surname, Given." as one person', () => {
    const text = 'Good ones to start with:\nBerglund, Maren. The Salt Road\nOkonkwo, Daniel and Vass, Petra. Letters from the Dunes';
    assert.deepStrictEqual(actors(text).filter(([, , type]) => type === 'person'), [
      ['Berglund, Maren', 'Maren Berglund', 'person'],
      ['Okonkwo, Daniel', 'Daniel Okonkwo', 'person'],
      ['Vass, Petra', 'Petra Vass', 'person'],
    ]);
  });

  it('leaves a place and its state, and a list of names in a sentence, alone', () => {
    // (a place is told from a given name by the gazetteer: an invented state would read as a name)
    assert.deepStrictEqual(names('Orsa, Estonia. The port was shut.'), ['Orsa', 'Estonia']);
    assert.deepStrictEqual(names('We met Kolar, Berg and Sato at the pier.'), ['Kolar', 'Berg', 'Sato']);
  });
});

describe('actors, round 4: works, projects and missions', () => {
  it('takes a title after a work noun and a comma, and "Project X", "Operation X", for no actor', () => {
    const text = 'Her latest novel, Hollow Lanterns, sold well. Project Halcyon and Operation Tidewater were run by the Orsa Port Authority.';
    assert.deepStrictEqual(names(text), ['Orsa Port Authority']);
  });

  it('takes a single name before a noun of a vehicle, mission or project for no actor', () => {
    const text = 'The Kestrel spacecraft carried a detector, and the Lumen mission ended in May, said Ines Kolar of the Velmore Space Agency.';
    assert.deepStrictEqual(names(text), ['Ines Kolar', 'Velmore Space Agency']);
  });

  it('takes a name a copula defines as a craft or mission for no actor, in the whole text', () => {
    const text = 'Lumen is a Velmore Space Agency mission that returned dust in May.\n\nLumen landed in the desert, Ines Kolar said.';
    assert.deepStrictEqual(names(text), ['Velmore Space Agency', 'Ines Kolar']);
  });
});

describe('actors, round 4: what one paragraph shows, for the whole text', () => {
  it('drops a genus and an acronym defined in lower case in other paragraphs too', () => {
    const text = 'We fed Lasius velmorensis with reactive oxygen species (ROS).\n\nLasius workers took the ROS, Okafor said.';
    assert.deepStrictEqual(names(text), ['Okafor']);
  });
});

describe('actors, round 4: short news', () => {
  it('takes a holiday named with a day ("Good Friday"), and a byline role, for no actor', () => {
    const text = 'Shops in Orsa closed on Good Friday and Black Friday, Ines Kolar said. By Petr Valk, Staff Reporter.';
    assert.deepStrictEqual(names(text), ['Orsa', 'Ines Kolar', 'Petr Valk']);
  });

  it('reads a dateline in capitals as a place after a first line too', () => {
    const text = 'The port was shut for a week.\nVELMORE CITY — The port reopened on Monday, the Orsa Port Authority said.';
    assert.deepStrictEqual(actors(text).map(([t, a, type]) => [t, a, type]), [['VELMORE CITY', 'Velmore City', 'location'], ['Orsa Port Authority', 'Orsa Port Authority', 'organization']]);
  });
});

describe('actors, round 4: storms', () => {
  it('takes a named storm for no actor, and its name alone after it', () => {
    const text = 'Cyclone Lorna reached the Velmore coast on Monday, and Hurricane Tamsin followed.\n\nLorna weakened inland, Ines Kolar said.';
    assert.deepStrictEqual(names(text), ['Velmore', 'Ines Kolar']);
  });
});
