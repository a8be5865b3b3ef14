// The first look at a long article: the paragraphs on screen analysed on their own, their
// mentions on the same text as in the whole article.
import * as assert from 'assert';
import { detect } from '../../src/core/detect';
import { detectAround, previewSpan } from '../../src/core/detect/preview';

const text = [
  'Harbour notes for the week.',
  'Mayor Dana Pell said the ferry would run again on Monday.',
  '"We will see," Pell told reporters at the quay.',
  'The Lagoon Ferry Trust said it had hired two pilots.',
].join('\n\n');

describe('detection preview', () => {
  it('takes whole paragraphs around the range shown', () => {
    const at = text.indexOf('ferry would');
    const [a, b] = previewSpan(text, at, at + 5);
    assert.strictEqual(text.slice(a, b), 'Mayor Dana Pell said the ferry would run again on Monday.');
    assert.deepStrictEqual(previewSpan(text, 0, text.length), [0, text.length]);
  });

  it('finds the names and claims of those paragraphs at their offsets in the whole text', () => {
    const from = text.indexOf('Mayor');
    const to = text.indexOf('quay.') + 5;
    const p = detectAround(text, from, to);
    for (const m of [...p.actors, ...p.claims]) assert.strictEqual(text.slice(m.start, m.end), m.text);
    assert.ok(p.actors.every((m) => m.start >= from && m.end <= to));
    assert.deepStrictEqual(p.actors.map((m) => m.text), ['Dana Pell', 'Pell']);
    assert.ok(p.claims.some((c) => c.text === 'the ferry would run again on Monday' && c.speaker?.actor === 'Dana Pell'));
    // what the whole text gives there is the same here
    const whole = detect(text).actors.filter((m) => m.start >= from && m.end <= to);
    assert.deepStrictEqual(p.actors, whole);
  });
});
