// What crosses from the detection worker after an edit: a delta that rebuilds the new result
// exactly from the one before, and is small when one paragraph changed.
import * as assert from 'assert';
import { detect } from '../../src/core/detect';
import { applyDelta, diffDetection } from '../../src/core/detect/delta';
import { newsText, rng } from '../bench/corpus';

describe('detection deltas', () => {
  it('rebuild the new result exactly after edits anywhere, small after a paragraph edit', () => {
    let text = newsText(40_000, 9);
    let prev = detect(text);
    const r = rng(2);
    let small = 0;
    for (let k = 0; k < 30; k++) {
      const at = Math.floor(r() * text.length);
      const edit = k % 3 === 0 ? ' Mayor Dana Pell said the ferry would run again.' : k % 3 === 1 ? '' : ' "We will see," Pell added.';
      const cut = k % 3 === 1 ? Math.floor(r() * 40) : 0;
      const nextText = text.slice(0, at) + edit + text.slice(at + cut);
      const next = detect(nextText);
      const delta = diffDetection(prev, next, nextText.length - text.length);
      assert.deepStrictEqual(applyDelta(prev, delta), next, `edit ${k}`);
      const sent = delta.actors.middle.length + delta.claims.middle.length;
      if (sent <= (next.actors.length + next.claims.length) / 10) small++;
      text = nextText;
      prev = next;
    }
    // (an edit can change much: a quotation mark re-pairs the straight quotes after it)
    assert.ok(small >= 24, `${small} of 30 edits sent a tenth of the result or less`);
  });
});
