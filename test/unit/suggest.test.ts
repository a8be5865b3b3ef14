import * as assert from 'assert';
import { detect } from '../../src/core/detect';
import { nextSpan, openSuggestions, suggestionAt } from '../../src/core/suggest/suggestions';

describe('suggestions', () => {
  const text = 'Ines Kolar said the bridge would reopen. Later, Varga said nothing.';
  const d = detect(text);

  it('offers detections that are not decided yet, in text order', () => {
    const all = openSuggestions(d, () => false);
    assert.deepStrictEqual(all.map((s) => text.slice(s.start, s.end)), ['Ines Kolar', 'the bridge would reopen', 'Varga']);
    const left = openSuggestions(d, (s, e) => text.slice(s, e) === 'Ines Kolar');
    assert.deepStrictEqual(left.map((s) => s.kind), ['claim', 'actor']);
  });

  it('finds the innermost suggestion at the cursor, and the next or previous one with wrap-around', () => {
    const all = openSuggestions(d, () => false);
    assert.strictEqual(suggestionAt(all, 3)?.kind, 'actor');
    assert.strictEqual(suggestionAt(all, text.indexOf('bridge'))?.kind, 'claim');
    assert.strictEqual(suggestionAt(all, text.indexOf('nothing')), undefined);
    assert.strictEqual(text.slice(nextSpan(all, 0, 1)!.start).slice(0, 3), 'the');
    assert.strictEqual(nextSpan(all, text.length, 1)?.start, 0, 'wraps to the first');
    assert.strictEqual(text.slice(nextSpan(all, 0, -1)!.start, nextSpan(all, 0, -1)!.end), 'Varga', 'wraps to the last');
  });
});
