// Every valid sidecar at full speed: the same data written in many layouts (the yaml library's
// stringify with varied options, and hand-written styles) is read by the fast reader exactly as
// the YAML library reads it, and the layouts scripts and people commonly write are accepted.
import * as assert from 'assert';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { readCanonical } from '../../src/core/sidecar/canonical';

const word = fc.constantFrom('person', 'state', 'yes', 'no', 'on', 'null', 'Null', 'true', 'True', '1e3', '0x1F', '0o17', '.inf', '12', '-3', '+4', '1.5',
  'Anna Lindqvist', "O'Brien", 'Smith, John', 'a: b', 'x #y', '38 North', '3f2a9c', '2024 results', 'e5', '-dash', '?q', ':colon', 'end:', 'a{b}', '[x]', '', ' lead', 'trail ', 'tab\there', '😀 ok', 'ünïcode', '#hash', '&amp', '*star', '!bang', '%pct', '@at', '`tick`', '"dq"', "'sq'");
const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const annotation = fc.record({
  id: fc.stringMatching(/^[a-z]-[0-9a-z]{6}$/),
  tag: fc.constantFrom('actor', 'claim'),
  start: fc.nat({ max: 1000 }),
  end: fc.nat({ max: 1000 }),
  quote: word,
  prefix: word,
  attributes: fc.option(fc.dictionary(fc.constantFrom('type', 'actor', 'kind', 'cue'), fc.oneof(word, fc.nat())), { nil: undefined }),
  note: fc.option(word, { nil: undefined }),
});

const strip = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

/** The layouts: the yaml library's stringify with options scripts use, and hand-written ones. */
const layouts: Record<string, (data: { claimlens: number; document: Record<string, unknown>; annotations: Array<Record<string, unknown>> }) => string> = {
  'stringify, defaults': (d) => stringify(d),
  'stringify, single quotes': (d) => stringify(d, { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' }),
  'stringify, double quotes': (d) => stringify(d, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }),
  'stringify, indented items': (d) => stringify(d, { indentSeq: true }),
  'stringify, flow attributes': (d) => stringify(d, { indentSeq: true, collectionStyle: 'any', flowCollectionPadding: false }),
  'by hand: unquoted hash, comments, reordered keys': (d) => [
    '# written by a script', `claimlens: ${d.claimlens}`, 'document:', `  sha256: ${d.document.sha256}   # of the article`,
    `  file: ${JSON.stringify(d.document.file)}`, `  length: ${d.document.length}`, 'annotations:',
    ...d.annotations.flatMap((a) => [
      `  - tag: ${a.tag}`, `    id: ${a.id}`, `    end: ${a.end}`, `    start: ${a.start}`,
      `    quote: '${String(a.quote).replace(/'/g, "''")}'`, `    prefix: ${JSON.stringify(a.prefix)}  # context`,
      ...(a.attributes ? [`    attributes: {${Object.entries(a.attributes as Record<string, unknown>).map(([k, v]) => `${k}: '${String(v).replace(/'/g, "''")}'`).join(', ')}}`] : []),
    ]), ''].join('\n'),
};

describe('every valid sidecar layout: the fast reader agrees with the YAML library', () => {
  for (const [name, write] of Object.entries(layouts)) {
    it(`${name}: read the same, or left to the library`, () => {
      fc.assert(fc.property(fc.array(annotation, { maxLength: 6 }), hex64, (annotations, sha) => {
        const data = { claimlens: 1, document: { file: 'a.txt', sha256: sha, length: 2000 }, annotations: strip(annotations) as Array<Record<string, unknown>> };
        const text = write(data);
        const library = parse(text);
        const fast = readCanonical(text);
        if (fast) assert.deepStrictEqual(strip(fast.top), strip({ ...library, annotations: library.annotations ?? [] }), text);
      }), { numRuns: 200 });
    });
  }

  it('accepts what scripts commonly write: unquoted hashes, single and double quotes, flow mappings, comments', () => {
    const sample = {
      claimlens: 1, document: { file: 'a.txt', sha256: '3f2a' + 'b'.repeat(60), length: 20 },
      annotations: [{ id: 'a-000001', tag: 'actor', start: 0, end: 9, quote: "O'Brien said", prefix: '38 North', attributes: { type: 'person', actor: 'Dana Pell' } }],
    };
    for (const name of ['stringify, defaults', 'stringify, single quotes', 'stringify, double quotes', 'stringify, indented items', 'by hand: unquoted hash, comments, reordered keys']) {
      const text = layouts[name](sample);
      const fast = readCanonical(text);
      assert.ok(fast, `${name} is read by the fast reader:\n${text}`);
      assert.deepStrictEqual(strip(fast.top), strip(parse(text)));
    }
  });
});
