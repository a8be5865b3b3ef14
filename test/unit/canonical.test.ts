import * as assert from 'assert';
import fc from 'fast-check';
import { parse, parseDocument, stringify } from 'yaml';
import { readCanonical } from '../../src/core/sidecar/canonical';
import type { Annotation, Sidecar } from '../../src/core/sidecar/model';
import { parseSidecar } from '../../src/core/sidecar/parse';
import { serializeSidecar, writeSidecar } from '../../src/core/sidecar/write';

const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ':', '#', '"', "'", '\\', '\n', '\t', ',', '-', '{', '[', '😀', '서', 'é', '1', '.', 'y', 'e', 's', '&', '*', '!', '|', '>', '%', '@', '`') , maxLength: 40 });
const word = fc.constantFrom('person', 'state', 'yes', 'no', 'null', 'true', '1e3', '0x1F', '12', '-3', 'Anna Lindqvist', "O'Brien", 'Smith, John', 'a: b', 'x #y', ' lead', 'trail ', '');
const annotation = fc.record({
  id: fc.stringMatching(/^[a-z]-[0-9a-z]{6}$/),
  tag: fc.constantFrom('actor', 'claim', 'event'),
  start: fc.nat({ max: 1000 }),
  len: fc.nat({ max: 50 }),
  quote: fc.oneof(text, word),
  prefix: fc.oneof(text, word),
  suffix: fc.oneof(text, word),
  note: fc.option(fc.oneof(text, word), { nil: undefined }),
  attributes: fc.option(fc.dictionary(fc.constantFrom('type', 'actor', 'kind', 'cue', 'reliability', 'weird key', 'yes'), fc.oneof(word, text, fc.nat(), fc.boolean())), { nil: undefined }),
  orphaned: fc.option(fc.constant(true), { nil: undefined }),
});
const conflictValue = fc.oneof(word, text, fc.nat(), fc.constant(null), fc.dictionary(fc.constantFrom('start', 'end', 'quote'), fc.oneof(word, fc.nat())));
const oneConflict = fc.record({ field: fc.constantFrom('note', 'attributes.type', 'span', 'links.speaker', 'annotation'), ours: conflictValue, theirs: conflictValue });
const withConflict = fc.tuple(annotation, fc.option(fc.oneof(oneConflict, fc.array(oneConflict, { minLength: 1, maxLength: 3 })), { nil: undefined }))
  .map(([a, conflict]) => (conflict === undefined ? a : { ...a, conflict }));

function sidecarOf(raw: Array<{ id: string; start: number; len: number } & Record<string, unknown>>): Sidecar {
  const seen = new Set<string>();
  const annotations = raw.filter((r) => !seen.has(r.id) && seen.add(r.id)).map(({ len, ...r }) => ({ ...r, end: (r.start as number) + len }) as unknown as Annotation);
  return { document: { file: 'a b.txt', sha256: 'f'.repeat(64), length: 2000 }, annotations };
}

const strip = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('sidecar layout: fast reader and writer agree with the YAML library', () => {
  it('what Claimlens writes is read the same by both readers, and the fast reader accepts it', () => {
    fc.assert(fc.property(fc.array(withConflict, { maxLength: 8 }), (raw) => {
      const sidecar = sidecarOf(raw);
      const out = serializeSidecar(sidecar);
      const viaLibrary = parse(out);
      const fast = readCanonical(out);
      assert.ok(fast, `the fast reader refused:\n${out}`);
      assert.deepStrictEqual(strip(fast.top), strip({ ...viaLibrary, annotations: viaLibrary.annotations ?? [] }));
      const back = parseSidecar(out);
      assert.ok(back.ok);
      assert.deepStrictEqual(strip(back.sidecar.annotations), strip([...sidecar.annotations].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1))));
    }), { numRuns: 300 });
  });

  it('on files in another style the fast reader either steps aside or reads the same', () => {
    fc.assert(fc.property(fc.array(annotation, { maxLength: 5 }), fc.boolean(), (raw, flow) => {
      const sidecar = sidecarOf(raw);
      const other = stringify({ claimlens: 1, document: sidecar.document, annotations: sidecar.annotations }, { collectionStyle: flow ? 'flow' : 'any', defaultStringType: 'PLAIN' });
      fc.pre(parseDocument(other).errors.length === 0); // the library cannot always read its own flow style back
      const fast = readCanonical(other);
      if (fast) assert.deepStrictEqual(strip(fast.top), strip(parse(other)));
      const back = parseSidecar(other);
      assert.ok(back.ok, JSON.stringify(!back.ok && back.problems));
      // compared with what the library reads (it does not always read its own output back exactly)
      assert.deepStrictEqual(strip(back.sidecar.annotations), strip(parse(other).annotations ?? []));
    }), { numRuns: 300 });
  });

  it('rewrites only the annotations that changed, keeping the rest byte for byte', () => {
    const sidecar = sidecarOf([
      { id: 'a-000001', start: 1, len: 4, tag: 'actor', quote: 'Kola', prefix: 'x', suffix: 'y' },
      { id: 'a-000002', start: 9, len: 4, tag: 'actor', quote: 'Varg', prefix: 'x', suffix: 'y' },
    ]);
    const first = serializeSidecar(sidecar);
    const edited = first.replace('  - id: a-000002', '  # checked twice\n  - id: a-000002').replace('    tag: actor\n    start: 1', '    tag: actor   # by hand\n    start: 1');
    const changed: Sidecar = { ...sidecar, annotations: [{ ...sidecar.annotations[0], note: 'new' }, sidecar.annotations[1]] };
    const out = serializeSidecar(changed, edited);
    assert.match(out, /  # checked twice\n  - id: a-000002\n/);
    assert.match(out, /tag: actor +# by hand/);
    assert.match(out, /note: new/);
    assert.deepStrictEqual(strip(parse(out).annotations[0].note), 'new');
  });

  it('one-line flow collections written by hand: read as the YAML library reads them, or left to it', () => {
    const fileWith = (flow: string): string => `claimlens: 1\ndocument:\n  file: a.txt\n  sha256: "${'a'.repeat(64)}"\n  length: 10\nannotations:\n`
      + `  - id: a-1\n    tag: actor\n    start: 0\n    end: 4\n    quote: Anna\n    attributes: ${flow}\n`;
    const agrees = (flow: string): boolean => {
      const file = fileWith(flow);
      const fast = readCanonical(file);
      if (!fast) return false;
      assert.strictEqual(parseDocument(file, { uniqueKeys: true }).errors.length, 0, `the fast reader took ${flow}, which YAML refuses`);
      assert.deepStrictEqual(strip(fast.top), strip(parse(file)), flow);
      return true;
    };
    // read directly
    for (const flow of ['{type: person, actor: Anna Lindqvist}', '{a: [1, 2, {b: c}], d: []}', "{a: 'it''s', b: \"q\\\"r\"}", '{ a : b }',
      '{a: null, b: true, c: -x}', '{a: b}  # checked', '[]', '{}', "{a: O'Brien, b: x:y}"]) assert.ok(agrees(flow), `not read directly: ${flow}`);
    // left to the library (or read the same)
    for (const flow of ['{a: 1, a: 2}', '{a, b: c}', '{a: }', '[a, ]', '[a: b]', '{"a":b}', '{a: 0x1F}', '{a: yes}', '{a:b}', '{a: b #c}', '{a: b}#c',
      '{a: [b}', '{__proto__: x}', '{a: b\tc}', '{a: ~}']) agrees(flow);
    const token = fc.constantFrom('{', '}', '[', ']', ', ', ',', ': ', ':', 'a', 'b c', '"q"', '"\\t"', "'s'", "'it''s'", '1', '-2', ' #x', 'null', '~', '-', ' ', 'yes', 'x:y', '#', '?');
    fc.assert(fc.property(fc.array(token, { maxLength: 14 }), (tokens) => {
      agrees(`{${tokens.join('')}`);
      agrees(`[${tokens.join('')}`);
    }), { numRuns: 2000 });
  });

  it('a save from the remembered layout writes exactly what a save that reads the file again writes', () => {
    fc.assert(fc.property(fc.array(annotation, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.oneof(word, text)), { maxLength: 4 }), fc.array(annotation, { maxLength: 2 }), (raw, notes, added) => {
      const first = writeSidecar(sidecarOf(raw));
      const base = sidecarOf(raw);
      const next: Sidecar = {
        document: { ...base.document, length: 2001 },
        annotations: [...base.annotations.map((a, i) => {
          const n = notes.find(([k]) => k % base.annotations.length === i);
          return n ? { ...a, note: n[1] } : a;
        }).filter((_, i) => i !== 1), ...sidecarOf(added).annotations.map((a) => ({ ...a, id: `n${a.id}` }))],
      };
      const fromLayout = writeSidecar(next, first);
      const reread = writeSidecar(next, { text: first.text });
      assert.strictEqual(fromLayout.text, reread.text);
      const again = parseSidecar(fromLayout.text);
      assert.ok(again.ok);
      assert.strictEqual(again.sidecar.document.length, 2001);
    }), { numRuns: 200 });
  });
});
