// Every valid sidecar at full speed: the same data written in many layouts (the yaml library's
// stringify with varied options, and hand-written styles drawn at random) is read by the fast
// reader exactly as the YAML library reads it; a save writes any of them in Claimlens's layout
// with its comments, so that the next read takes the fast reader.
import * as assert from 'assert';
import fc from 'fast-check';
import { parse, parseDocument } from 'yaml';
import { readCanonical } from '../../src/core/sidecar/canonical';
import { compareAnnotations, type Sidecar } from '../../src/core/sidecar/model';
import { parseSidecar } from '../../src/core/sidecar/parse';
import { writeSidecar } from '../../src/core/sidecar/write';
import { HAND_LAYOUTS, handLayout, LAYOUTS, STRINGIFY_LAYOUTS, type HandStyle, type SidecarData } from '../shared/layouts';

/** Strings YAML could misread, and ones it reads plainly. */
const tricky = fc.constantFrom('person', 'state', 'yes', 'no', 'on', 'null', 'Null', 'true', 'True', '1e3', '0x1F', '0o17', '.inf', '12', '-3', '+4', '1.5',
  'Anna Lindqvist', "O'Brien", 'Smith, John', 'a: b', 'x #y', '38 North', '3f2a9c', '2024 results', 'e5', '-dash', '?q', ':colon', 'end:', 'a{b}', '[x]', '', ' lead', 'trail ', 'tab\there', '😀 ok', 'ünïcode', '#hash', '&amp', '*star', '!bang', '%pct', '@at', '`tick`', '"dq"', "'sq'",
  'two\nlines', 'para.\n\nNext', ' spaced\nlines ', 'ends with a break\n', 'back\\slash', 'crlf\r\nin text', 'x  y', '- item', 'k: v\n- w');
/** Context strings as the texts give them: up to 32 characters, line breaks among them. */
const context = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '.', '"', "'", '\n', '-', ':', '#', 'é', '🛰️', '1'), maxLength: 32 });
/** Long quotes (folded over lines by stringify's line width). */
const long = fc.array(fc.constantFrom('the', 'talks', 'would', 'resume', 'next', 'week,', 'said', 'Kolar:', '"no"', '#1', 'O\'Brien'), { minLength: 12, maxLength: 30 }).map((w) => w.join(' '));
const text = fc.oneof(tricky, context, long);

const annotation = fc.record({
  id: fc.stringMatching(/^[a-z]-[0-9a-z]{6}$/),
  tag: fc.constantFrom('actor', 'claim'),
  start: fc.nat({ max: 1000 }),
  len: fc.nat({ max: 60 }),
  quote: text,
  prefix: text,
  suffix: fc.option(text, { nil: undefined }),
  split: fc.boolean(),
  attributes: fc.option(fc.dictionary(fc.constantFrom('type', 'actor', 'kind', 'cue', 'class'), fc.oneof(tricky, context, fc.nat())), { nil: undefined }),
  links: fc.option(fc.record({ speaker: fc.stringMatching(/^[a-z]-[0-9a-z]{6}$/) }), { nil: undefined }),
  status: fc.option(fc.constantFrom('confirmed', 'rejected'), { nil: undefined }),
  note: fc.option(text, { nil: undefined }),
  orphaned: fc.option(fc.constant(true), { nil: undefined }),
});
type Raw = typeof annotation extends fc.Arbitrary<infer T> ? T : never;

const strip = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

function dataOf(raw: Raw[], sha: string): SidecarData {
  const seen = new Set<string>();
  const annotations = raw.filter((r) => !seen.has(r.id) && seen.add(r.id)).map(({ len, split, ...r }) => ({
    ...r, end: r.start + len, ...(split && len > 2 ? { fragments: [[r.start, r.start + 1], [r.start + 2, r.start + len]] } : {}),
  }));
  return strip({ claimlens: 1, document: { file: 'a b.txt', sha256: sha, length: 2000 }, annotations }) as SidecarData;
}

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const data = fc.tuple(fc.array(annotation, { maxLength: 6 }), hex64).map(([raw, sha]) => dataOf(raw, sha));
const style: fc.Arbitrary<HandStyle> = fc.record({
  seqIndent: fc.constantFrom(0, 2, 4), quotes: fc.constantFrom('single', 'double', 'mixed'), quoteKeys: fc.boolean(), rotateKeys: fc.boolean(),
  comments: fc.boolean(), flowFields: fc.boolean(), markers: fc.boolean(), documentLast: fc.boolean(), crlf: fc.boolean(),
});

/** Both readers read `text` the same, and the fast one reads it. */
function agree(text: string, label: string): void {
  const library = parse(text);
  const fast = readCanonical(text);
  assert.ok(fast, `${label}: the fast reader refused\n${text}`);
  assert.deepStrictEqual(strip(fast.top), strip({ ...library, annotations: library.annotations ?? [] }), `${label}\n${text}`);
}

/** The comments the layouts and the tests write. */
const COMMENTS = ['# annotations written by a script', '# of the article', '# annotation ', '# checked', '# a note between fields', '# end', '# by a script', '# hash', '# the first', '# kept', '# the end'];
const count = (text: string, s: string): number => text.split(s).length - 1;

describe('every valid sidecar layout: the fast reader agrees with the YAML library', () => {
  for (const [name, write] of Object.entries(STRINGIFY_LAYOUTS)) {
    it(`${name}: read by the fast reader, as the library reads it`, () => {
      fc.assert(fc.property(data, (d) => {
        const text = write(d);
        fc.pre(parseDocument(text).errors.length === 0); // the library cannot always read its own flow style back
        // a flow collection over several lines (a string in it has a line break) is the library's to read
        if (name.includes('flow') && JSON.stringify(d).includes('\\n') && !readCanonical(text)) return;
        agree(text, name);
      }), { numRuns: 150 });
    });
  }

  it('hand-written layouts (sequence indentation, quotes, quoted keys, key order, comments, flow or nested fields, --- and ..., document last, CRLF): read by the fast reader, as the library reads them', () => {
    fc.assert(fc.property(data, style, (d, s) => agree(handLayout(d, s), JSON.stringify(s))), { numRuns: 400 });
  });

  it('the layouts the benchmarks use are each read by the fast reader', () => {
    const d = dataOf([{ id: 'a-000001', tag: 'actor', start: 0, len: 9, quote: "O'Brien said", prefix: 'ay.\n\n', suffix: ' 38 North', split: true, attributes: { type: 'person', actor: 'Anna Lindqvist' }, links: undefined, status: 'confirmed', note: undefined, orphaned: undefined }], 'e'.repeat(64));
    for (const [name, write] of Object.entries(LAYOUTS)) agree(write(d), name);
  });

  it('what only the library reads (an anchor, a tab) is still read, by the library', () => {
    const text = 'claimlens: 1\ndocument:\n  file: a.txt\n  sha256: ' + 'a'.repeat(64) + '\n  length: 9\nannotations:\n'
      + '  - id: a-1\n    tag: actor\n    start: 0\n    end: 4\n    quote: Pell\n    attributes: &p {type: person}\n'
      + '  - id: a-2\n    tag: actor\n    start: 5\n    end: 9\n    quote:\t"Pell"\n    attributes: *p\n';
    assert.strictEqual(readCanonical(text), undefined);
    const r = parseSidecar(text);
    assert.ok(r.ok);
    assert.strictEqual(r.canonical, undefined);
    assert.deepStrictEqual(r.sidecar.annotations[1].attributes, { type: 'person' });
  });
});

describe('a save writes a file of another layout in Claimlens\'s layout, with its comments', () => {
  /** A save with one annotation changed, then the next load: what it read and how. */
  /** A save with the note of one annotation (by default the file's first) changed. */
  function saveOnce(text: string, note = 'checked again', id?: string): { out: string; sidecar: Sidecar } {
    const first = parseSidecar(text);
    assert.ok(first.ok, JSON.stringify(!first.ok && first.problems));
    const which = id ?? first.sidecar.annotations[0].id;
    const changed: Sidecar = { ...first.sidecar, annotations: first.sidecar.annotations.map((a) => (a.id === which ? { ...a, note } : a)) };
    const out = writeSidecar(changed, { text, layout: first.canonical }).text;
    return { out, sidecar: changed };
  }

  function savedInOwnLayout(text: string, label: string): void {
    const { out, sidecar } = saveOnce(text);
    const again = parseSidecar(out);
    assert.ok(again.ok, label);
    // the next load is the fast reader's, and the file is in Claimlens's own layout
    assert.ok(again.canonical, `${label}: the saved file is read by the fast reader\n${out}`);
    assert.ok(again.canonical.own, `${label}: the saved file is in Claimlens's layout\n${out}`);
    assert.deepStrictEqual(strip(again.sidecar), strip({ ...sidecar, annotations: [...sidecar.annotations].sort(compareAnnotations) }), label);
    for (const c of COMMENTS) assert.ok(count(out, c) >= count(text, c), `${label}: the comment ${JSON.stringify(c)} is kept\n${text}\n->\n${out}`);
    // a save of that file changes the line it changes, and no other
    const second = saveOnce(out, 'checked twice', parseSidecar(text).ok ? (parseSidecar(text) as { sidecar: Sidecar }).sidecar.annotations[0].id : undefined).out;
    const changedLines = second.split('\n').filter((l) => !out.split('\n').includes(l));
    assert.ok(changedLines.every((l) => /note|^\s*$/.test(l)), `${label}: ${changedLines.join('\n')}`);
  }

  it('every layout of the list, saved once, is in Claimlens\'s layout with its comments and the same data', () => {
    fc.assert(fc.property(fc.array(annotation, { minLength: 1, maxLength: 5 }), hex64, fc.constantFrom(...Object.keys(LAYOUTS)), (raw, sha, name) => {
      const d = dataOf(raw.map((r) => ({ ...r, orphaned: undefined, start: r.start, len: Math.min(r.len, 2000 - r.start) })), sha);
      const text = LAYOUTS[name](d);
      fc.pre(parseDocument(text).errors.length === 0);
      savedInOwnLayout(text, name);
    }), { numRuns: 150 });
  });

  it('hand-written layouts with comments, saved once, are in Claimlens\'s layout with every comment', () => {
    fc.assert(fc.property(fc.array(annotation, { minLength: 1, maxLength: 5 }), hex64, style, (raw, sha, s) => {
      const d = dataOf(raw.map((r) => ({ ...r, orphaned: undefined })), sha);
      savedInOwnLayout(handLayout(d, { ...s, comments: true }), JSON.stringify(s));
    }), { numRuns: 150 });
  });

  it('a comment after a header value stays when the value changes', () => {
    // document last: the first save writes the file anew, the hash in quotes (it begins with a digit)
    const text = handLayout(dataOf([], '0b'.repeat(32)), { ...Object.values(HAND_LAYOUTS)[0], comments: true, documentLast: true });
    const first = parseSidecar(text);
    assert.ok(first.ok);
    const once = writeSidecar(first.sidecar, { text }).text;
    assert.match(once, /sha256: "0b0b[0-9a-f]*" +# of the article\n/);
    const next = writeSidecar({ ...first.sidecar, document: { ...first.sidecar.document, sha256: '1c'.repeat(32), length: 7 } }, { text: once }).text;
    assert.match(next, /sha256: "1c1c[0-9a-f]*" +# of the article\n/);
    assert.match(next, /length: 7\n/);
  });

  it('a file only the library reads is saved in Claimlens\'s layout too, with its comments', () => {
    const text = '# by a script\nclaimlens: 1\ndocument:\n  file: a.txt\n  sha256: ' + 'a'.repeat(64) + '  # hash\n  length: 9\nannotations:\n'
      + '  # the first\n  - id: a-1\n    tag: actor\n    start: 0\n    end: 4\n    quote: Pell   # checked\n    attributes: &p {type: person}\n'
      + '  - id: a-2\n    tag: actor\n    # kept\n    start: 5\n    end: 9\n    quote:\t"Pell"\n    attributes: *p\n# the end\n';
    const r = parseSidecar(text);
    assert.ok(r.ok && r.canonical === undefined);
    savedInOwnLayout(text, 'anchors and a tab');
  });
});
