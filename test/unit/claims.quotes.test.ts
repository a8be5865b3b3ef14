import * as assert from 'assert';
import { findQuotes, innerSpan, insideQuote, isTitle, isWordy, speechQuotes } from '../../src/core/detect/claims/quotes';

describe('claims, stage 1: quotations', () => {
  it('pairs straight, curly and guillemet marks, and skips a closing mark without an opening one', () => {
    const text = 'She said "the pier is shut" and later “the ferry runs” and «the bus waits». It"s odd.';
    const spans = findQuotes(text).map((q) => text.slice(q.open + 1, q.close));
    assert.deepStrictEqual(spans, ['the pier is shut', 'the ferry runs', 'the bus waits']);
  });

  it('never lets a quotation cross a blank line', () => {
    assert.deepStrictEqual(findQuotes('He said "the pier\n\nis shut" again.'), []);
  });

  it('reads a mark opening a sentence and never closed in its paragraph as a quotation running on to the next paragraph', () => {
    const text = '"The quay is finished," Ines Vale said. "We cannot mend it.\n\n"The vote is on Monday."';
    assert.deepStrictEqual(findQuotes(text).map((q) => text.slice(q.open + 1, q.close)), ['The quay is finished,', 'We cannot mend it.', 'The vote is on Monday.']);
    // not a mark inside a sentence
    assert.deepStrictEqual(findQuotes('He said "the pier is shut.'), []);
  });

  it('tells speech from quoted titles and scare quotes', () => {
    assert.strictEqual(isTitle('The Velmore Harbour Annual Report'), true);
    assert.strictEqual(isTitle('We will rebuild the harbour wall.'), false);
    assert.strictEqual(isWordy('safe'), false);
    assert.strictEqual(isWordy('We will rebuild it'), true);
    const text = 'The "safe" plan, called "Harbour Renewal Programme", was praised: "We will rebuild the wall."';
    assert.deepStrictEqual(speechQuotes(text).map((q) => text.slice(q.open + 1, q.close)), ['We will rebuild the wall.']);
  });

  it('trims the inside of a quotation and the comma closing the first half of a split one', () => {
    const text = '" The wall held, " she said.';
    const [q] = findQuotes(text);
    const s = innerSpan(text, q);
    assert.strictEqual(text.slice(s.start, s.end), 'The wall held');
    assert.strictEqual(insideQuote([q], 3), true);
    assert.strictEqual(insideQuote([q], q.close + 2), false);
  });
});
