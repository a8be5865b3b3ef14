import * as assert from 'assert';
import { loadSidecar, packLoad, unpackLoad } from '../../src/core/anchor/load';
import { toSidecar } from '../../src/core/anchor/placed';
import { conflictPlaces } from '../../src/core/sidecar/conflicts';
import { parseSidecar } from '../../src/core/sidecar/parse';
import { writeSidecar } from '../../src/core/sidecar/write';
import { sha256Hex } from '../../src/core/text/hash';

const ARTICLE = 'Mira Osei said the bridge would reopen. The council denied it. Osei repeated the claim.\n';
const lines = (...l: string[]): string => l.join('\n') + '\n';
const sidecarText = lines(
  '# coded by the night desk',
  'claimlens: 1',
  'document:',
  '  file: a.txt',
  `  sha256: "${sha256Hex(ARTICLE)}"`,
  `  length: ${ARTICLE.length}`,
  'annotations:',
  '  - id: a-1',
  '    tag: actor',
  '    start: 0',
  '    end: 9',
  '    quote: Mira Osei',
  '    # checked against the wire copy',
  '    reviewer: kept by hand',
  '  - id: c-1',
  '    tag: claim',
  '    start: 15',
  '    end: 38',
  "    quote: the bridge would reopen",
  '    conflict: {field: tag, ours: claim, theirs: event}',
);

/** What a worker thread's answer becomes on the other side: a structured clone. */
const viaThread = (text: string, article: string): ReturnType<typeof loadSidecar> =>
  unpackLoad(structuredClone(packLoad(loadSidecar(text, article), text)), text);

describe('loading a sidecar in a worker thread', () => {
  it('places every annotation as a load on the main thread does', () => {
    const here = loadSidecar(sidecarText, ARTICLE);
    const there = viaThread(sidecarText, ARTICLE);
    assert.ok(here.parsed.ok && there.parsed.ok);
    assert.deepStrictEqual(there.placed!.map((p) => [p.data, p.start, p.end, p.orphaned, p.how]), here.placed!.map((p) => [p.data, p.start, p.end, p.orphaned, p.how]));
    assert.deepStrictEqual(there.parsed.sidecar, here.parsed.sidecar);
  });

  it('keeps the layout a save needs: comments and unchanged blocks are written back as they were', () => {
    const there = viaThread(sidecarText, ARTICLE);
    assert.ok(there.parsed.ok && there.parsed.canonical);
    assert.strictEqual(there.parsed.canonical.text, sidecarText);
    const placed = there.placed!.map((p) => (p.data.id === 'c-1' ? { ...p, data: { ...p.data, note: 'second source' } } : p));
    const out = writeSidecar(toSidecar('a.txt', ARTICLE, placed), { text: sidecarText, layout: there.parsed.canonical }).text;
    const here = loadSidecar(sidecarText, ARTICLE);
    assert.ok(here.parsed.ok);
    const expected = writeSidecar(toSidecar('a.txt', ARTICLE, placed), { text: sidecarText, layout: here.parsed.canonical }).text;
    assert.strictEqual(out, expected);
    assert.ok(out.startsWith('# coded by the night desk\n'));
    assert.match(out, /    # checked against the wire copy\n    reviewer: kept by hand\n/);
    assert.match(out, /note: second source/);
  });

  it('sends each annotation once: placed data and the sidecar share their objects across the copy', () => {
    const there = viaThread(sidecarText, ARTICLE);
    assert.ok(there.parsed.ok);
    there.placed!.forEach((p, i) => assert.strictEqual(p.data, (there.parsed.ok ? there.parsed.sidecar.annotations : [])[i]));
  });

  it('a file normalised while read (CRLF) keeps the normalised text in its layout', () => {
    const crlf = sidecarText.replace(/\n/g, '\r\n');
    const there = viaThread(crlf, ARTICLE);
    assert.ok(there.parsed.ok && there.parsed.canonical);
    assert.strictEqual(there.parsed.canonical.text, sidecarText);
  });

  it('an unreadable sidecar comes back with its problems and nothing placed', () => {
    const there = viaThread(sidecarText.replace('start: 15', 'start: [15'), ARTICLE);
    assert.ok(!there.parsed.ok);
    assert.strictEqual(there.placed, undefined);
    assert.match(there.parsed.problems[0].message, /./);
  });
});

describe('positions of values in a sidecar read quickly', () => {
  it('finds a conflict at its line and column, after comments and other fields', () => {
    const parsed = parseSidecar(sidecarText);
    assert.ok(parsed.ok && parsed.canonical);
    const [c] = conflictPlaces(sidecarText, parsed.sidecar.annotations, parsed.canonical);
    assert.deepStrictEqual([c.id, c.line, c.col], ['c-1', 20, 15]);
  });

  it('finds it in a layout just written (whose blocks do not know their lines)', () => {
    const parsed = parseSidecar(sidecarText);
    assert.ok(parsed.ok);
    const written = writeSidecar(parsed.sidecar, { text: sidecarText, layout: parsed.canonical });
    assert.ok(written.layout);
    const [c] = conflictPlaces(written.text, parsed.sidecar.annotations, written.layout);
    const line = written.text.split('\n')[c.line - 1];
    assert.strictEqual(line.slice(c.col - 1), '{field: tag, ours: claim, theirs: event}');
  });

  it('finds a quoted key', () => {
    const text = sidecarText.replace('    conflict:', '    "conflict":');
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok && parsed.canonical);
    const [c] = conflictPlaces(text, parsed.sidecar.annotations, parsed.canonical);
    assert.strictEqual(text.split('\n')[c.line - 1].slice(c.col - 1), '{field: tag, ours: claim, theirs: event}');
  });
});
