import * as assert from 'assert';
import { detect } from '../../src/core/detect';

/**
 * Actors in short wire items (written for these tests, names invented): datelines, roles before
 * names, and the capitalised things of news that are no actors.
 */
const names = (text: string): string[] => detect(text).actors.map((a) => a.text);
const actors = (text: string): Array<[string, string, string]> => detect(text).actors.map((a) => [a.text, a.actor, a.type]);

describe('actors in wire items: datelines and roles', () => {
  it('reads a dateline of one long word in capitals as a place, though the text never names it again', () => {
    const text = 'VELMORE, March 4 — The Orsa Harbour Authority said on Tuesday that sailings would resume.';
    assert.deepStrictEqual(actors(text), [['VELMORE', 'Velmore', 'location'], ['Orsa Harbour Authority', 'Orsa Harbour Authority', 'organization']]);
  });

  it('strips a noun for a person\'s role before a full name, and the surname alone shares the name', () => {
    const text = 'Striker Tomas Vell scored twice on Sunday. Coach Anna Brill praised him, and Vell thanked the fans. Surgeon Lisa Brandt led the team.';
    assert.deepStrictEqual(actors(text).map(([t, a]) => [t, a]), [['Tomas Vell', 'Tomas Vell'], ['Anna Brill', 'Anna Brill'], ['Vell', 'Tomas Vell'], ['Lisa Brandt', 'Lisa Brandt']]);
  });

  it('strips a compound corporate title ("Chief Executive", "Managing Editor") and keeps a body headed by it', () => {
    const text = 'Chief Executive Omar Reyes said the firm would grow. Chief Financial Officer Jo Lin agreed, and Managing Editor Ada Quill left. '
      + 'The Executive Council of Velmore met.';
    assert.deepStrictEqual(names(text), ['Omar Reyes', 'Jo Lin', 'Ada Quill', 'Executive Council of Velmore']);
  });

  it('types a company named by a word and a corporate designator as an organisation, not a person', () => {
    const text = 'Lumetra Holdings hired Selby Partners, and Pell Brothers sued Orsa AG. Tomas Vell left Kestrel Ventures.';
    assert.deepStrictEqual(actors(text).map(([t, , type]) => [t, type]), [
      ['Lumetra Holdings', 'organization'], ['Selby Partners', 'organization'], ['Pell Brothers', 'organization'],
      ['Orsa AG', 'organization'], ['Tomas Vell', 'person'], ['Kestrel Ventures', 'organization']]);
  });

  it('types a sports club named by a place and a club word as an organisation', () => {
    const text = 'Striker Tomas Vell scored twice as Velmore Rovers beat Orsa Athletic. Drava FC and the Halden Wanderers drew.';
    assert.deepStrictEqual(actors(text).map(([t, , type]) => [t, type]), [
      ['Tomas Vell', 'person'], ['Velmore Rovers', 'organization'], ['Orsa Athletic', 'organization'], ['Drava FC', 'organization'], ['Halden Wanderers', 'organization'],
    ]);
  });

  it('keeps a name whose first word is an adjective, a given name that is a word, or a body\'s head', () => {
    const text = 'The National Iodine Survey Board met on Monday. Hunter Lane Berg spoke, and Porter Anna Quist left. Council Orsa Vale voted.';
    assert.ok(names(text).includes('National Iodine Survey Board'));
    assert.ok(names(text).includes('Hunter Lane Berg'));
    assert.ok(names(text).includes('Porter Anna Quist'));
  });
});

describe('actors in wire items: things capitalised', () => {
  it('takes a disease, a telescope, a symphony and a recession named in capitals for no actor', () => {
    const text = 'Officials in Velmore reported two cases of Dengue Fever. Astronomers using the Halden Space Telescope agreed. '
      + 'The Orsa Orchestra played Lanz\'s Ninth Symphony, the first concert since the Great Recession.';
    assert.deepStrictEqual(names(text), ['Velmore', 'Orsa Orchestra', 'Lanz']);
  });

  it('takes a category of an award for no actor', () => {
    assert.deepStrictEqual(names('Lukas Fenn won Best Actor for the role, and Sara Quist was named Best Newcomer.'), ['Lukas Fenn', 'Sara Quist']);
  });

  it('takes a title after a possessive and a work noun for the work when it closes the phrase, but keeps an author before a verb', () => {
    assert.deepStrictEqual(names('Ray Monk played songs from his album Winter Light. In her book Kolar argues the opposite.'), ['Ray Monk', 'Kolar']);
  });

  it('takes a headline in title case with a label or a comma for no actor, but keeps its names the story writes', () => {
    const text = 'Breaking: Massive Earthquake Hits Coastal Region\nA strong earthquake struck off Orsa on Wednesday, the Velmore Seismic Office said.\n\n'
      + 'After Years of Decline, Orsa Fishermen See Hope\nCod stocks have recovered, the Drava Marine Institute said.';
    assert.deepStrictEqual(names(text), ['Orsa', 'Velmore Seismic Office', 'Drava Marine Institute']);
  });
});

describe('actors in wire items: results, units and modifiers', () => {
  it('takes a word for a state or an attribute opening a sentence before a noun for no actor, though a name holds it', () => {
    const text = 'Health officials in Velmore reported new cases on Monday. The Ministry of Health urged calm. Peace talks resume in Orsa.';
    assert.deepStrictEqual(names(text), ['Velmore', 'Ministry of Health', 'Orsa']);
  });

  it('takes a scale of temperature after "degrees" for no actor', () => {
    assert.deepStrictEqual(names('Temperatures reached 41 degrees Celsius in Orsa, the Velmore Met Office said.'), ['Orsa', 'Velmore Met Office']);
  });

  it('keeps the teams of a results line, a name and a score before another, as names, not products', () => {
    const text = 'Results: Velmore Rovers 2 Orsa Athletic 0; Harbour Town 1, Drava Wanderers 1. The Orsa Maps 3 app was updated.';
    assert.deepStrictEqual(names(text), ['Velmore Rovers', 'Orsa Athletic', 'Harbour Town', 'Drava Wanderers']);
  });

  it('reads a saint\'s possessive before a head word as part of the name', () => {
    assert.deepStrictEqual(actors('The driver was taken to St Mary\'s Hospital, and Ines Kolar visited St Anne\'s.'),
      [['St Mary\'s Hospital', 'St Mary\'s Hospital', 'organization'], ['Ines Kolar', 'Ines Kolar', 'person'], ['St Anne', 'St Anne', 'person']]);
  });
});

describe('actors in wire items: a surname before the full name', () => {
  it('groups a surname with the full name the same paragraph gives a sentence later', () => {
    const text = 'Kolar promised that no school would close. The education minister, Ivo Kolar, spoke in Orsa.\n\nKolar left early.';
    assert.deepStrictEqual(actors(text).filter(([t]) => t !== 'Orsa'), [
      ['Kolar', 'Ivo Kolar', 'person'], ['Ivo Kolar', 'Ivo Kolar', 'person'], ['Kolar', 'Ivo Kolar', 'person']]);
  });

  it('leaves the surname alone when the paragraph names two people with it', () => {
    const text = 'Kolar won the vote. Ivo Kolar and Ana Kolar, his sister, both ran.';
    assert.deepStrictEqual(actors(text)[0].slice(0, 2), ['Kolar', 'Kolar']);
  });
});

describe('actors in wire items: bodies, works and numbered things', () => {
  it('keeps a title word before a body\'s head word inside the name ("Orsa General Hospital")', () => {
    assert.deepStrictEqual(actors('The Lumetra Foundation gave $2 million to Orsa General Hospital and the Velmore Foreign Ministry.').map(([t, , type]) => [t, type]),
      [['Lumetra Foundation', 'organization'], ['Orsa General Hospital', 'organization'], ['Velmore Foreign Ministry', 'organization']]);
    // a title before a person's name still splits: the body before it stays a body
    assert.deepStrictEqual(names('Orsa Police Chief Ana Ruiz resigned.'), ['Orsa Police', 'Ana Ruiz']);
  });

  it('types a stock exchange as an organisation', () => {
    assert.deepStrictEqual(actors('Ines Kolar, head of the Orsa Stock Exchange, resigned.').map(([t, , type]) => [t, type]),
      [['Ines Kolar', 'person'], ['Orsa Stock Exchange', 'organization']]);
  });

  it('takes a title opening with a capitalised article after a work noun for the work', () => {
    assert.deepStrictEqual(names('Tomas Bel won the prize for his novel The Silent Harbour, published in May.'), ['Tomas Bel']);
  });

  it('takes a numbered way, gate or flight and a name ending in a model code for no actor', () => {
    assert.deepStrictEqual(names('Drivers on Route 9 waited near Gate B, and Flight 212 landed at Terminal 2 in Orsa.'), ['Orsa']);
    assert.deepStrictEqual(names('The new Kestrel X5 phone and the Drava A320 jet were shown in Velmore.'), ['Velmore']);
  });
});

describe('actors in wire items: parties called by their members', () => {
  it('types a party family\'s plural after "the" as an organisation', () => {
    assert.deepStrictEqual(actors('Support for the Greens rose, while the Social Democrats fell.').map(([t, , type]) => [t, type]),
      [['Greens', 'organization'], ['Social Democrats', 'organization']]);
  });
});

describe('actors in wire items: events, works and clubs by their last word', () => {
  it('splits a name the gazetteer knows from a person\'s full name after it', () => {
    assert.deepStrictEqual(actors('According to the envoy to the United States Omar Reyes, talks went well.').map(([t, , type]) => [t, type]),
      [['United States', 'state'], ['Omar Reyes', 'person']]);
  });

  it('takes a Grand Prix for an event, a title before "a drama" for a work, and a club in United for a body', () => {
    assert.deepStrictEqual(names('Tomas Bel won the Velmore Grand Prix on Sunday.'), ['Tomas Bel']);
    assert.deepStrictEqual(names('Ines Kolar starred in Winter Harbour, a drama about fishermen.'), ['Ines Kolar']);
    assert.deepStrictEqual(actors('Orsa United beat the league leaders.').map(([t, , type]) => [t, type]), [['Orsa United', 'organization']]);
  });
});

describe('actors in wire items: companies the gazetteer knows', () => {
  it('types a large company named alone as an organisation, and keeps an event named after it apart', () => {
    assert.deepStrictEqual(actors('Shares of Nvidia rose, while Goldman Sachs cut its forecast for Toyota.').map(([t, , type]) => [t, type]),
      [['Nvidia', 'organization'], ['Goldman Sachs', 'organization'], ['Toyota', 'organization']]);
    assert.deepStrictEqual(names('Ines Kolar won the Google Science Fair in Orsa.'), ['Ines Kolar', 'Google', 'Orsa']);
  });
});

describe('actors in wire items: a name in apposition to a noun for a body', () => {
  it('types a name before ", the company" or ", a small investment firm" as an organisation, and keeps it opening a sentence', () => {
    assert.deepStrictEqual(actors('Selna Mining, the company that owns the pit, said it would pay.').map(([t, , type]) => [t, type]), [['Selna Mining', 'organization']]);
    assert.deepStrictEqual(actors('Lumetra, the Orsa-based carmaker, recalled cars. Tomas Bel, a former banker, joined Corvane, a small investment firm.')
      .map(([t, , type]) => [t, type]), [['Lumetra', 'organization'], ['Orsa', 'location'], ['Tomas Bel', 'person'], ['Corvane', 'organization']]);
  });
});

describe('actors in wire items: surnames with a prefix and initials', () => {
  it('types a full name with Mc, Mac or O\' before the surname\'s capital, or opening with initials, as a person', () => {
    assert.deepStrictEqual(actors('Yesterday Tomas McBride met Ines O\'Rourke, and later J.K. Holm and Ana MacLeod spoke.').map(([t, , type]) => [t, type]),
      [['Tomas McBride', 'person'], ['Ines O\'Rourke', 'person'], ['J.K. Holm', 'person'], ['Ana MacLeod', 'person']]);
  });

  it('takes initials ending a name for no surname, and keeps a place before initials whole', () => {
    assert.deepStrictEqual(actors('The contest was held this week in Washington D.C. Image: the Navy.').map(([t]) => t)[0], 'Washington D.C.');
  });
});
