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
