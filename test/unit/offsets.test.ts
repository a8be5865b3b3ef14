import * as assert from 'assert';
import { codePointLength, OffsetIndex } from '../../src/core/text/offsets';

describe('code point <-> UTF-16 offsets', () => {
  it('is the identity for text without astral characters (CJK and Hangul included)', () => {
    const ix = new OffsetIndex('서울 and 北京 said');
    assert.strictEqual(ix.lengthCp, ix.length16);
    assert.strictEqual(ix.toCodePoint(5), 5);
    assert.strictEqual(ix.toUtf16(7), 7);
  });

  it('counts an emoji as one code point and two UTF-16 units', () => {
    const text = 'a🛰️b😀c';
    const ix = new OffsetIndex(text);
    assert.strictEqual(ix.lengthCp, [...text].length);
    assert.strictEqual(ix.lengthCp, codePointLength(text));
    const b16 = text.indexOf('b');
    const c16 = text.indexOf('c');
    assert.strictEqual(ix.toCodePoint(b16), 3); // a, U+1F6F0, U+FE0F
    assert.strictEqual(ix.toCodePoint(c16), 5);
    assert.strictEqual(ix.toUtf16(3), b16);
    assert.strictEqual(ix.toUtf16(5), c16);
    assert.strictEqual(ix.sliceCp(3, 5), 'b😀');
  });

  it('round-trips every boundary of a mixed text', () => {
    const text = '𝒳 Kim 김 said “🙂 fine” 👍🏽 ok';
    const ix = new OffsetIndex(text);
    const cps = [...text];
    let u = 0;
    for (let cp = 0; cp <= cps.length; cp++) {
      assert.strictEqual(ix.toUtf16(cp), u, `code point ${cp}`);
      assert.strictEqual(ix.toCodePoint(u), cp, `utf-16 ${u}`);
      u += cp < cps.length ? cps[cp].length : 0;
    }
  });

  it('clamps offsets outside the text', () => {
    const ix = new OffsetIndex('😀x');
    assert.strictEqual(ix.toUtf16(99), 3);
    assert.strictEqual(ix.toCodePoint(-4), 0);
  });
});
