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

  it('keeps a name whose first word is an adjective, a given name that is a word, or a body\'s head', () => {
    const text = 'The National Iodine Survey Board met on Monday. Hunter Lane Berg spoke, and Porter Anna Quist left. Council Orsa Vale voted.';
    assert.ok(names(text).includes('National Iodine Survey Board'));
    assert.ok(names(text).includes('Hunter Lane Berg'));
    assert.ok(names(text).includes('Porter Anna Quist'));
  });
});
