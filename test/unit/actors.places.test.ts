import * as assert from 'assert';
import { detect } from '../../src/core/detect';

const typed = (text: string): string[][] => detect(text).actors.map((a) => [a.text, a.type]);

describe('actors: landforms and waters name places', () => {
  it('types a name with a landform or water noun as a location ("Kestrel Point", "Mount Erel")', () => {
    assert.deepStrictEqual(typed('The old lighthouse at Kestrel Point is worth the climb.'), [['Kestrel Point', 'location']]);
    assert.deepStrictEqual(typed('They walked from Mount Erel to Velma Creek.'), [['Mount Erel', 'location'], ['Velma Creek', 'location']]);
    // a surname-like word stays out of the list: a person named Ridge or Forest stays a person
    assert.deepStrictEqual(typed('Governor Tom Ridge said the port would close.').filter((a) => a[0] === 'Tom Ridge'), [['Tom Ridge', 'person']]);
  });
});

describe('actors: a name after a preposition of place', () => {
  it('types a single unknown name after in, near, outside or across as a location', () => {
    assert.deepStrictEqual(typed('Two clinics in Aarvik closed on Monday.'), [['Aarvik', 'location']]);
    assert.deepStrictEqual(typed('Families fled to camps near Tarvik and outside Drenmoor.'), [['Tarvik', 'location'], ['Drenmoor', 'location']]);
    assert.deepStrictEqual(typed('Protests spread across Velmore within a week.'), [['Velmore', 'location']]);
  });
  it('leaves a possessive, a body after "at" and a name after "from" untyped as places', () => {
    assert.deepStrictEqual(typed('In the meeting, Tarvik agreed.').map((a) => a[1]), ['other']);
    assert.notDeepStrictEqual(typed('The letter came from Kolar on Friday.').map((a) => a[1]), ['location']);
    assert.notDeepStrictEqual(typed('She worked at Lumetra for ten years.').map((a) => a[1]), ['location']);
    assert.notDeepStrictEqual(typed('It was never in Kolar\'s interest to sell.').map((a) => a[1]), ['location']);
  });
});

describe('actors: what a name owns or is part of says it is a place', () => {
  it('types a possessor of an organ or a part of a state as a state, and leaves a person\'s possessions alone', () => {
    assert.deepStrictEqual(typed('In a statement, Velmore\'s foreign ministry called for calm.'), [['Velmore', 'state']]);
    assert.deepStrictEqual(typed('Troops massed on Orsa\'s northern border.'), [['Orsa', 'state']]);
    assert.notDeepStrictEqual(typed('In the end, Kolar\'s lawyer called for calm.').map((a) => a[1]), ['state']);
  });

  it('types a name after "of" and a noun for a part, a dweller or an officer of a place as a location', () => {
    assert.deepStrictEqual(typed('Fighting spread to the outskirts of Tarvik.'), [['Tarvik', 'location']]);
    assert.deepStrictEqual(typed('Later, residents of Drenmoor and the mayor of Aarvik met.'), [['Drenmoor', 'location'], ['Aarvik', 'location']]);
    assert.notDeepStrictEqual(typed('They read a letter of Kolar to the board.').map((a) => a[1]), ['location']);
  });
});

describe('actors: a name inside a compound adjective or modifying a state\'s organ', () => {
  it('takes the name joined to a participle for the actor, a place when something is based or born there', () => {
    const spans = (text: string): string[][] => detect(text).actors.map((a) => [text.slice(a.start, a.end), a.type]);
    assert.deepStrictEqual(spans('Lumetra, the Orsa-based carmaker, recalled cars.'), [['Lumetra', 'organization'], ['Orsa', 'location']]);
    assert.deepStrictEqual(spans('In the north, Velmore-backed militias held the pass.'), [['Velmore', 'other']]);
  });

  it('types a name before a noun for an organ or a part of a state as the state', () => {
    assert.deepStrictEqual(typed('Police arrested two men outside the Drava embassy on Monday.'), [['Drava', 'state']]);
    assert.deepStrictEqual(typed('Later, the Velmore army crossed the river.'), [['Velmore', 'state']]);
  });
});

describe('actors: the regions of states the gazetteer knows', () => {
  it('types a first-level subdivision or a region of conflict as a location, wherever it stands', () => {
    assert.deepStrictEqual(typed('Texas sent aid to Queensland, and Bavaria and Lombardy closed schools.'),
      [['Texas', 'location'], ['Queensland', 'location'], ['Bavaria', 'location'], ['Lombardy', 'location']]);
    assert.deepStrictEqual(typed('Shelling hit Donetsk as talks on the West Bank stalled.'), [['Donetsk', 'location'], ['West Bank', 'location']]);
  });
});

describe('actors: cities the gazetteer knows, and their teams', () => {
  it('types a large city as a location, and a city and a plural as a team', () => {
    assert.deepStrictEqual(typed('Flights from Mumbai and Melbourne were cut.'), [['Mumbai', 'location'], ['Melbourne', 'location']]);
    assert.deepStrictEqual(typed('The Chicago Bulls beat the Toronto Raptors, and Ines Kolar scored.'),
      [['Chicago Bulls', 'organization'], ['Toronto Raptors', 'organization'], ['Ines Kolar', 'person']]);
  });
});

describe('actors: a state at play is its team', () => {
  const types = (text: string): string[] => detect(text).actors.map((a) => `${a.text}/${a.type}`);
  it('types a state beside a score, or beating or drawing with another in a sentence with a score, as an organisation', () => {
    assert.deepStrictEqual(types('Results: Belgium 3 – 0 Panama.'), ['Belgium/organization', 'Panama/organization']);
    assert.deepStrictEqual(types('Sweden beat South Korea 1-0, and England drew with Tunisia.'),
      ['Sweden/organization', 'South Korea/organization', 'England/organization', 'Tunisia/organization']);
  });

  it('leaves a state that beats something with no score in its sentence, or stands by a range of years, a state', () => {
    assert.deepStrictEqual(types('Russia beat back the attack in 1812.'), ['Russia/state']);
    assert.deepStrictEqual(types('In 2010-2012 Belgium grew by 3 percent.'), ['Belgium/state']);
  });
});

describe('actors: states of the past the gazetteer knows', () => {
  it('types the Soviet Union, Yugoslavia and East Germany as states, not as a union or unknown names', () => {
    assert.deepStrictEqual(typed('Arms came from the Soviet Union, Yugoslavia and East Germany.'),
      [['Soviet Union', 'state'], ['Yugoslavia', 'state'], ['East Germany', 'state']]);
  });
});
