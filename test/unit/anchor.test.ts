import * as assert from 'assert';
import { anchorAnnotation, selectorOf } from '../../src/core/anchor/anchor';
import { placeAll } from '../../src/core/anchor/placed';
import { applyChange, type LiveSpan } from '../../src/core/anchor/track';
import { OffsetIndex } from '../../src/core/text/offsets';

const ORIGINAL = 'The council met. Kolar said the plan works. Later, Kolar said the plan works.';

function selectorAt(text: string, needle: string, occurrence = 0) {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(needle, at + 1);
  return selectorOf(new OffsetIndex(text), at, at + needle.length);
}

describe('anchoring a stored annotation', () => {
  it('keeps it where its offsets still hold its quote', () => {
    const sel = selectorAt(ORIGINAL, 'the plan works', 1);
    const a = anchorAnnotation(new OffsetIndex(ORIGINAL), sel)!;
    assert.strictEqual(a.how, 'position');
    assert.strictEqual(ORIGINAL.slice(a.start16, a.end16), 'the plan works');
  });

  it('finds the quote again after text was inserted before it, choosing the occurrence whose context fits', () => {
    const sel = selectorAt(ORIGINAL, 'the plan works', 1);
    const revised = 'A new first paragraph.\n\n' + ORIGINAL;
    const a = anchorAnnotation(new OffsetIndex(revised), sel)!;
    assert.strictEqual(a.how, 'quote');
    assert.strictEqual(a.start16, revised.lastIndexOf('the plan works'));
  });

  it('orphans an annotation whose quote is gone instead of moving it', () => {
    const sel = selectorAt(ORIGINAL, 'the plan works');
    const revised = ORIGINAL.replaceAll('the plan works', 'the plan failed');
    assert.strictEqual(anchorAnnotation(new OffsetIndex(revised), sel), undefined);
    const [p] = placeAll(revised, {
      document: { file: 'x', sha256: '0'.repeat(64), length: 1 },
      annotations: [{ id: 'c-1', tag: 'claim', ...sel }],
    });
    assert.strictEqual(p.orphaned, true);
    assert.strictEqual(p.data.quote, 'the plan works', 'the stored quote is kept');
  });

  it('keeps context in code points around astral characters', () => {
    const text = '🛰️🛰️ Kolar 😀';
    const sel = selectorAt(text, 'Kolar');
    assert.deepStrictEqual([sel.start, sel.end, sel.prefix, sel.suffix], [5, 10, '🛰️🛰️ ', ' 😀']);
  });
});

describe('moving spans through edits', () => {
  const span = (): LiveSpan => ({ start: 10, end: 20 });
  const cases: Array<[string, { offset: number; length: number; text: string }, [number, number] | null]> = [
    ['insertion before moves it', { offset: 2, length: 0, text: 'abc' }, [13, 23]],
    ['insertion at its start stays outside', { offset: 10, length: 0, text: 'ab' }, [12, 22]],
    ['insertion at its end stays outside', { offset: 20, length: 0, text: 'ab' }, [10, 20]],
    ['typing inside grows it', { offset: 15, length: 0, text: 'xy' }, [10, 22]],
    ['deleting inside shrinks it', { offset: 12, length: 3, text: '' }, [10, 17]],
    ['deletion after leaves it', { offset: 25, length: 5, text: '' }, [10, 20]],
    ['an edit over its start trims it', { offset: 8, length: 4, text: 'Z' }, [9, 17]],
    ['an edit over its end trims it', { offset: 18, length: 5, text: 'Z' }, [10, 18]],
    ['replacing all of it removes it', { offset: 10, length: 10, text: 'other' }, null],
    ['deleting around it removes it', { offset: 5, length: 20, text: '' }, null],
  ];
  for (const [name, change, expected] of cases) {
    it(name, () => {
      const s = span();
      const kept = applyChange(s, change);
      assert.deepStrictEqual(kept ? [s.start, s.end] : null, expected);
    });
  }

  it('moves the fragments of a discontinuous span', () => {
    const s: LiveSpan = { start: 10, end: 40, fragments: [[10, 20], [30, 40]] };
    assert.ok(applyChange(s, { offset: 25, length: 0, text: '1234' }));
    assert.deepStrictEqual(s.fragments, [[10, 20], [34, 44]]);
    assert.deepStrictEqual([s.start, s.end], [10, 44]);
  });
});
