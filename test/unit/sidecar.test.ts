import * as assert from 'assert';
import { parse } from 'yaml';
import { placeAll, toSidecar } from '../../src/core/anchor/placed';
import type { Sidecar } from '../../src/core/sidecar/model';
import { parseSidecar } from '../../src/core/sidecar/parse';
import { serializeSidecar } from '../../src/core/sidecar/write';
import { sha256Hex } from '../../src/core/text/hash';

const lines = (...l: string[]): string => l.join('\n') + '\n';
const SHA = 'a'.repeat(64);

const valid = lines(
  '# reviewed by the desk',
  'claimlens: 1',
  'document:',
  '  file: a.txt',
  `  sha256: ${SHA}`,
  '  length: 40',
  'annotations:',
  '  - id: c-2',
  '    tag: claim',
  '    start: 20',
  '    end: 30',
  '    quote: later text',
  '    reviewer: kept by hand   # a field Claimlens does not know',
  '  - id: a-1',
  '    tag: actor',
  '    start: 0',
  '    end: 4',
  '    quote: Kolar',
);

function problemsOf(text: string): string[] {
  const r = parseSidecar(text);
  assert.ok(!r.ok, 'expected the sidecar to be rejected');
  return r.problems.map((p) => `${p.line}:${p.col} ${p.message}`);
}

describe('sidecar: reading and validation', () => {
  it('reads a valid sidecar', () => {
    const r = parseSidecar(valid);
    assert.ok(r.ok);
    assert.deepStrictEqual(r.sidecar.document, { file: 'a.txt', sha256: SHA, length: 40 });
    assert.deepStrictEqual(r.sidecar.annotations.map((a) => a.id), ['c-2', 'a-1']);
  });

  it('reports a YAML syntax error with its line', () => {
    const [p] = problemsOf(lines('claimlens: 1', 'document: {file: a.txt', 'annotations: []'));
    assert.match(p, /^\d+:\d+ /);
  });

  it('reports wrong types, duplicate ids and offsets outside the text at their lines', () => {
    const text = valid.replace('  - id: a-1', '  - id: c-2').replace('    end: 30', '    end: 99').replace('    start: 0', '    start: first');
    const problems = problemsOf(text);
    assert.deepStrictEqual(problems, [
      '11:10 annotation 1: "end" (99) is past the end of the text (40 code points)',
      '14:9 annotation 2: duplicate id "c-2"',
      '16:12 annotation 2: "start" must be a whole number >= 0',
    ]);
  });

  it('refuses a sidecar written by a newer format version', () => {
    const [p] = problemsOf(valid.replace('claimlens: 1', 'claimlens: 2'));
    assert.match(p, /^2:12 format version 2 is newer/);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['claimlens: 1', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill('*' + String.fromCharCode(97 + i)).join(',')}]`);
    const [p] = problemsOf(lines(...bomb));
    assert.match(p, /alias/i);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const r = parseSidecar(valid + '#'.repeat(1000), 500);
    assert.ok(!r.ok);
    assert.match(r.problems[0].message, /^file too large \(\d+ characters; the limit is 500\)/);
  });

  it('refuses a document that is not a mapping', () => {
    assert.match(problemsOf('- just\n- a list\n')[0], /expected a mapping/);
  });
});

describe('sidecar: writing', () => {
  it('writes the format with annotations in position order', () => {
    const r = parseSidecar(valid);
    assert.ok(r.ok);
    const out = serializeSidecar(r.sidecar);
    const data = parse(out);
    assert.strictEqual(data.claimlens, 1);
    assert.deepStrictEqual(data.annotations.map((a: { id: string }) => a.id), ['a-1', 'c-2']);
    assert.ok(parseSidecar(out).ok, 'what is written reads back');
  });

  it('keeps comments and unknown fields written by a person', () => {
    const r = parseSidecar(valid);
    assert.ok(r.ok);
    const changed: Sidecar = { ...r.sidecar, annotations: r.sidecar.annotations.map((a) => (a.id === 'a-1' ? { ...a, note: 'checked' } : a)) };
    const out = serializeSidecar(changed, valid);
    assert.ok(out.startsWith('# reviewed by the desk\n'));
    assert.match(out, /reviewer: kept by hand +# a field Claimlens does not know/);
    assert.match(out, /note: checked/);
  });

  it('quotes strings that YAML would misread, and round-trips them', () => {
    const text = 'yes: "no" # 12 🛰️ null';
    const placed = [{ data: { id: 'x-1', tag: 'claim', start: 0, end: 0, quote: '' }, start: 0, end: text.length, orphaned: false }];
    const sidecar = toSidecar('t.txt', text, placed);
    const back = parseSidecar(serializeSidecar(sidecar));
    assert.ok(back.ok);
    assert.strictEqual(back.sidecar.annotations[0].quote, text);
    assert.strictEqual(back.sidecar.document.sha256, sha256Hex(text));
    assert.strictEqual(back.sidecar.document.length, [...text].length);
  });

  it('round-trips placed annotations through a file and back onto the text', () => {
    const text = 'Dateline 🛰️ — Ines Kolar said the bridge would reopen.';
    const s = text.indexOf('Ines Kolar');
    const placed = [{ data: { id: 'a-1', tag: 'actor', start: 0, end: 0, quote: '' }, start: s, end: s + 10, orphaned: false }];
    const file = serializeSidecar(toSidecar('k.txt', text, placed));
    const r = parseSidecar(file);
    assert.ok(r.ok);
    assert.strictEqual(r.sidecar.annotations[0].start, [...text.slice(0, s)].length);
    const again = placeAll(text, r.sidecar);
    assert.deepStrictEqual([again[0].start, again[0].end, again[0].orphaned], [s, s + 10, false]);
  });
});
