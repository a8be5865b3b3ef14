import * as assert from 'assert';
import { detect, IncrementalDetector } from '../../src/core/detect';

/**
 * Actors in edited text of other genres than news (samples written for these tests, names
 * invented): a capital proves no name; what names no actor must not be one.
 */
const names = (text: string): string[] => detect(text).actors.map((a) => a.text);

describe('actors in other genres: academic text', () => {
  it('takes no section of the paper, nor the genre of the text, for an actor', () => {
    const text = 'Methods\n\nWe surveyed 412 households on the Varna coast. In the Discussion we return to these figures, and the Appendix lists the questions. '
      + 'Ines Kolar gave an Interview to the Orsa Herald.';
    // (the place is a name: a location)
    assert.deepStrictEqual(names(text), ['Varna', 'Ines Kolar', 'Orsa Herald']);
  });

  it('takes no doctrine or method named after someone for an actor, but keeps a name before a verb', () => {
    const text = 'Following a Bayesian approach, we tested the claim. Marxist and Keynesian accounts both predict it, and the Weberian view does not. '
      + 'Darwinism aside, Julian says the model is sound. The Velmore Guardian cited the study, and Lindqvist agreed.';
    assert.deepStrictEqual(names(text), ['Julian', 'Velmore Guardian', 'Lindqvist']);
  });

  it('takes no measure or test named after someone for an actor', () => {
    const text = 'The Gini coefficient rose, and the HDI measures moved with it; a Pearson correlation confirmed the trend, as Okafor noted.';
    assert.deepStrictEqual(names(text), ['Okafor']);
  });

  it('takes no correction, assumption or program library named after someone for an actor', () => {
    const text = 'A Bonferroni correction was applied, and under the Markov assumption the states follow a chain; we used the Velsk library, as Okafor advised.';
    assert.deepStrictEqual(names(text), ['Okafor']);
  });

  it('keeps a name opening a definition sentence, typed by the noun it is defined as', () => {
    const types = (text: string): string[] => detect(text).actors.map((a) => `${a.text}/${a.type}`);
    assert.deepStrictEqual(types('Velsk is a small harbour town on the northern coast.'), ['Velsk/location']);
    assert.deepStrictEqual(types('Tarvik was the capital of the province until 1920.'), ['Tarvik/location']);
    assert.deepStrictEqual(types('Lumetra is a carmaker with plants in three countries.'), ['Lumetra/organization']);
    assert.deepStrictEqual(types('Kolar is a lawyer who grew up in the hills.'), ['Kolar/person']);
    // (a common noun opening such a sentence is defined by no noun for a place, a body or a role)
    assert.deepStrictEqual(types('Tourism is the main industry of the coast.'), []);
  });

  it('reads no single letter after "in" as a place ("in R" names a program)', () => {
    assert.ok(!detect('The models were fitted in R by Ines Kolar.').actors.some((a) => a.type === 'location'));
    assert.deepStrictEqual(detect('The clinic in Aarvik closed.').actors.map((a) => a.type), ['location']);
  });

  it('takes no acronym the text defines in lower case for an actor', () => {
    const text = 'Ants that ingest reactive oxygen species (ROS) die sooner, and ROS levels rose. The VM (virtual microscope) shows each grain. '
      + 'The Orsa Soil Agency (OSA) paid for it.';
    assert.deepStrictEqual(names(text), ['Orsa Soil Agency', 'OSA']);
  });

  it('reads "Appendix B" and "Table 2" as parts of the document', () => {
    assert.deepStrictEqual(names('Results are shown in Table 2 and Figure 3; Appendix B lists the questions Ines Kolar asked.'), ['Ines Kolar']);
  });

  it('reads "Chapter Three" and "Proposition 2" as parts of the document, numbered in words or figures', () => {
    assert.deepStrictEqual(names('In Chapter Three we return to Proposition 2 and Corollary 4, which Ines Kolar proved.'), ['Ines Kolar']);
  });

  it('takes no name after an article whose head names a measure, an event or a time for an actor, but keeps a person and a campaign', () => {
    const text = 'The Gini Coefficient rose after the Velmore Spring, as Okafor noted. A spokesman for the Aske Campaign said Samantha Peace agreed.';
    assert.deepStrictEqual(names(text), ['Okafor', 'Aske Campaign', 'Samantha Peace']);
  });
});

describe('actors in other genres: travel guides', () => {
  it('takes no day of the week in the plural for an actor', () => {
    assert.deepStrictEqual(names('The Kessel Maritime Museum is closed on Tuesdays and Sundays.'), ['Kessel Maritime Museum']);
  });

  it('reads a word opening a line (a heading, a list item) as capitalised by its place', () => {
    // the line before has no closing punctuation, so the tokenizer does not end a sentence there
    const text = 'A week on the coast, 12 May 2021\nPacking the bags\nClimbing gear and maps for Dornholm.';
    assert.deepStrictEqual(names(text), ['Dornholm']);
    // a name seen inside a sentence elsewhere is kept at the start of a line too
    assert.deepStrictEqual(names('We met at the pier, 3 June\nVesna showed us the boats, and Vesna knew every one.'), ['Vesna', 'Vesna']);
  });
});

describe('actors in other genres: nationalities', () => {
  it('takes "Soviet" for a demonym, not an actor', () => {
    assert.deepStrictEqual(names('There was no defence against Soviet aggression, the Soviet Union argued.'), ['Soviet Union']);
  });
});

describe('actors in short news items', () => {
  it('takes no stock index and no noun of time left of a date for an actor', () => {
    const text = 'The Dow Jones Industrial Average dropped, while the Nasdaq Composite lost 2 percent. Thousands marched in Velmore on May Day, Ines Kolar said.';
    assert.deepStrictEqual(names(text), ['Velmore', 'Ines Kolar']);
  });
});

describe('actors in other genres: studies and data sets', () => {
  it('takes a name headed by a noun of evidence (a survey, a census, a poll) for no actor, nor its acronym', () => {
    const text = 'The Coastal Household Survey (CHS) asked about income, and the CHS was repeated in 2022. The Orsa Census counted 4,000 people, Ines Kolar said.';
    assert.deepStrictEqual(names(text), ['Ines Kolar']);
  });
});

describe('actors in other genres: cited authors and periodicals', () => {
  it('takes the second of two cited authors for a person, as the first', () => {
    const text = 'Flooding has become more frequent (Halloran, 2015; Ostrander and Bell, 2018). Ostrander & Bell (2018) disagree.';
    assert.deepStrictEqual(detect(text).actors.map((a) => [a.text, a.type]), [
      ['Halloran', 'person'], ['Ostrander', 'person'], ['Bell', 'person'], ['Ostrander', 'person'], ['Bell', 'person'],
    ]);
  });

  it('takes a name headed by a word for a periodical for an organisation', () => {
    assert.deepStrictEqual(detect('The Orsa Review called the book a landmark, and the Velmore Quarterly agreed.').actors.map((a) => [a.text, a.type]),
      [['Orsa Review', 'organization'], ['Velmore Quarterly', 'organization']]);
  });
});

describe('actors in other genres: a biography names the family by given name', () => {
  it('takes a single name after a noun for a relative, and the next conjunct, for a person', () => {
    const text = 'His mother, Ingrid, taught him to read. The couple had two daughters, Anna and Lise. Her father Anders bought a microscope. The village, Kolvik, lay north.';
    assert.deepStrictEqual(detect(text).actors.map((a) => [a.text, a.type]),
      [['Ingrid', 'person'], ['Anna', 'person'], ['Lise', 'person'], ['Anders', 'person'], ['Kolvik', 'other']]);
  });
});

describe('actors in other genres: headings of a guide', () => {
  const text = 'Getting Around\n\nThe old town is small enough to explore on foot.\n\nPractical Information\n\nThe office on the square opens at nine.\n\nDay Trips\n\nFerries leave at eight.';

  it('takes a title-case heading line for no actor when the text never capitalises its words inside a sentence', () => {
    assert.deepStrictEqual(names(text), []);
  });

  it('keeps a name on a line of its own that the text writes inside a sentence too, and keeps it when the text is edited', () => {
    const bio = 'Early Life\n\nMarta Ilves grew up in Orsa, and her friends called her Ilves.\n\nMarta Ilves';
    assert.deepStrictEqual(names(bio), ['Marta Ilves', 'Orsa', 'Ilves', 'Marta Ilves']);
    // (an edit elsewhere that writes the name inside a sentence keeps the line, and undoing it drops it again)
    const byline = 'Marta Ilves\n\nThe boats left early.';
    const detector = new IncrementalDetector();
    assert.deepStrictEqual(detector.detect(byline).actors, []);
    assert.deepStrictEqual(detector.detect(`${byline}\n\nThe boats were late, said Marta Ilves.`).actors.map((a) => a.text), ['Marta Ilves', 'Marta Ilves']);
    assert.deepStrictEqual(detector.detect(byline).actors, []);
  });
});

describe('actors in other genres: places a guide names', () => {
  it('takes a street or square named with its noun first, a garden, and a restaurant or hotel for a place', () => {
    const text = 'From the square, walk down Via Larga to Piazza Nova and the Castle Gardens. Try the soup at Trattoria Benni, near the Harbour Hotel. The owner, Paolo Benni, is proud of it.';
    assert.deepStrictEqual(detect(text).actors.map((a) => [a.text, a.type]), [
      ['Via Larga', 'location'], ['Piazza Nova', 'location'], ['Castle Gardens', 'location'], ['Trattoria Benni', 'location'], ['Harbour Hotel', 'location'], ['Paolo Benni', 'person'],
    ]);
  });
});

describe('actors in other genres: one name, one kind, in a paragraph', () => {
  it('types the other mentions of a word the paragraph shows is a person (a cited author) as a person', () => {
    const text = 'Critics argue that the concept is too vague to test (Marlow, 2012). Following Marlow, we treat resilience as a speed.';
    assert.deepStrictEqual(detect(text).actors.map((a) => [a.text, a.type]), [['Marlow', 'person'], ['Marlow', 'person']]);
  });
});

describe('actors: a surname alone after a quotation', () => {
  it('types a word kept only as the speaker after a quotation a person, in its other mentions in the paragraph too', () => {
    const types = (text: string): string[][] => detect(text).actors.map((a) => [a.text, a.type]);
    assert.deepStrictEqual(types('"We will win," Pell said.'), [['Pell', 'person']]);
    assert.deepStrictEqual(types('The mayor spoke. "We will win," Pell said. Later, Pell left.'), [['Pell', 'person'], ['Pell', 'person']]);
    // a word the text writes inside a sentence as well is no surname alone by this: a body may speak after a quotation too
    assert.deepStrictEqual(types('The plan from Velmoria was announced on Monday. "It is time to move on," Velmoria says.'), [['Velmoria', 'other'], ['Velmoria', 'other']]);
  });
});

describe('actors in other genres: a biography\'s family', () => {
  const text = (kin: string): string => 'Ines Marta Kolar is a novelist.\n\nKolar was born in Tarvik. '
    + `${kin}Anton Kolar, had fought in the resistance.\n\nIn 2004 Kolar said that diplomacy had taught her to listen.`;

  it('keeps the surname alone for the subject after a relative named with it ("Her father, Anton Kolar,")', () => {
    const d = detect(text('Her father, '));
    assert.deepStrictEqual(d.actors.filter((a) => a.text === 'Kolar').map((a) => a.actor), ['Ines Marta Kolar', 'Ines Marta Kolar']);
    assert.deepStrictEqual(d.claims.map((c) => c.speaker?.actor), ['Ines Marta Kolar']);
    // (the same full name not named as a relative is the latest Kolar: the surname after it is his)
    assert.deepStrictEqual(detect(text('Then ')).claims.map((c) => c.speaker?.actor), ['Anton Kolar']);
  });

  it('gives after an edit that makes the name a relative\'s what a fresh detection gives', () => {
    const inc = new IncrementalDetector();
    inc.detect(text('Then '));
    const after = inc.detect(text('Her father, '));
    const fresh = detect(text('Her father, '));
    assert.deepStrictEqual(after.actors.map((a) => a.actor), fresh.actors.map((a) => a.actor));
    assert.deepStrictEqual(after.claims.map((c) => c.speaker?.actor), ['Ines Marta Kolar']);
  });
});
