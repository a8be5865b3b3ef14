// Suggestion bands: after an edit only the bands holding changed items are sent again, and every
// other band keeps exactly the items it had.
import * as assert from 'assert';
import { cutBands, moveBands, unbalanced, type ListChange } from '../../src/core/suggest/bands';
import { rng } from '../bench/corpus';

/** The items of each band, as ids. */
const contents = (ids: readonly string[], bounds: readonly number[]): string[][] =>
  bounds.slice(0, -1).map((b, j) => ids.slice(b, bounds[j + 1]));

describe('suggestion bands', () => {
  it('cut a list evenly, every item in one band', () => {
    assert.deepStrictEqual(cutBands(10, 4), [0, 3, 5, 8, 10]);
    assert.deepStrictEqual(cutBands(0, 3), [0, 0, 0, 0]);
  });

  it('send again only the bands an edit changed; the others keep their items', () => {
    const r = rng(7);
    let serial = 0;
    let ids = Array.from({ length: 400 }, () => `i${serial++}`);
    let bounds = cutBands(ids.length, 16);
    for (let k = 0; k < 300; k++) {
      // replace a run of items (an edited paragraph) by new ones
      const at = Math.floor(r() * ids.length);
      const removed = Math.floor(r() * 6);
      const added = Math.floor(r() * 6);
      const next = [...ids.slice(0, at), ...Array.from({ length: added }, () => `i${serial++}`), ...ids.slice(at + removed)];
      let head = 0;
      while (head < ids.length && head < next.length && ids[head] === next[head]) head++;
      let tail = 0;
      while (tail < ids.length - head && tail < next.length - head && ids[ids.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
      const change: ListChange = { head, tail, before: ids.length, after: next.length };
      const moved = moveBands(bounds, change);
      const before = contents(ids, bounds);
      const after = contents(next, moved.bounds);
      assert.strictEqual(moved.bounds[0], 0);
      assert.strictEqual(moved.bounds[moved.bounds.length - 1], next.length);
      for (let j = 0; j < after.length; j++) {
        if (moved.touched.includes(j)) continue;
        assert.deepStrictEqual(after[j], before[j], `edit ${k}: band ${j} was not sent again but its items changed`);
      }
      // a band sent again holds or held a changed item
      for (const j of moved.touched) {
        const fresh = after[j].some((id) => !ids.includes(id)) || before[j].some((id) => !next.includes(id));
        assert.ok(fresh, `edit ${k}: band ${j} was sent again with nothing changed in it`);
      }
      if (removed + added === 0) assert.deepStrictEqual(moved.touched, [], `edit ${k}: nothing changed, yet bands were sent`);
      else assert.ok(moved.touched.length >= 1 && moved.touched.length <= 3, `edit ${k}: ${moved.touched.length} bands sent for one run of items`);
      ids = next;
      bounds = unbalanced(moved.bounds) ? cutBands(ids.length, 16) : moved.bounds;
    }
  });

  it('send nothing when no item changed, and the one band of an item that changed in place', () => {
    assert.deepStrictEqual(moveBands([0, 5, 10], { head: 10, tail: 0, before: 10, after: 10 }).touched, []);
    assert.deepStrictEqual(moveBands([0, 5, 10], { head: 6, tail: 3, before: 10, after: 10 }).touched, [1]);
    assert.deepStrictEqual(moveBands([0, 5, 10], { head: 4, tail: 5, before: 10, after: 10 }).touched, [0]);
  });

  it('are cut again once one has grown to over twice its share', () => {
    assert.strictEqual(unbalanced([0, 100, 200, 300, 400]), false);
    assert.strictEqual(unbalanced([0, 100, 100, 100, 400]), true);
  });
});
