import * as assert from 'assert';
import { parseActorsFile } from '../../src/core/detect/actorsFile';
import { DEFAULT_TAXONOMY, parseTaxonomy } from '../../src/core/taxonomy/taxonomy';

const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('workspace settings files', () => {
  it('taxonomy: tags with keys, colours and attribute values; problems with their line, the rest used', () => {
    const r = parseTaxonomy(lines(
      'tags:',
      '  - {name: actor, key: 1, description: Who}',
      '  - name: date',
      '    key: 7',
      '    color: "#2a9d8f"',
      '    attributes:',
      '      - {name: precision, values: [day, month, year]}',
      '  - {name: actor, key: 2}',
      '  - {name: place, key: 7}',
      '  - {name: bad name}',
    ));
    assert.deepStrictEqual(r.taxonomy.tags.map((t) => [t.name, t.key, t.color]), [['actor', '1', undefined], ['date', '7', '#2a9d8f']]);
    assert.deepStrictEqual(r.taxonomy.tags[1].attributes, [{ name: 'precision', description: undefined, values: [{ value: 'day' }, { value: 'month' }, { value: 'year' }] }]);
    assert.deepStrictEqual(r.problems.map((p) => [p.line, p.message]), [
      [8, 'tag 3: "actor" is defined twice'],
      [9, 'tag "place": key 7 is already used'],
      [10, 'tag 5: "name" must be one word (letters, digits, - or _)'],
    ]);
  });

  it('taxonomy: the default when the file has no usable tags, and YAML errors with their position', () => {
    assert.strictEqual(parseTaxonomy('tags: []\n').taxonomy, DEFAULT_TAXONOMY);
    const bad = parseTaxonomy('tags:\n  - {name: x\n');
    assert.strictEqual(bad.taxonomy, DEFAULT_TAXONOMY);
    assert.ok(bad.problems[0].line >= 2);
    assert.match(parseTaxonomy('- a list\n').problems[0].message, /expected "tags:" followed by a list of tags/);
  });

  it('actors file: definitions, and each bad entry named with its line', () => {
    const r = parseActorsFile(lines('actors:', '  - {name: Silent Harbor, type: group, aliases: [SH-7]}', '  - {name: X, type: dragon}', '  - {type: person}', '  - {name: Y, aliases: Z}'));
    assert.deepStrictEqual(r.actors, [{ name: 'Silent Harbor', type: 'group', aliases: ['SH-7'] }]);
    assert.deepStrictEqual(r.problems.map((p) => p.line), [3, 4, 5]);
    assert.deepStrictEqual(parseActorsFile('').actors, []);
  });
});
