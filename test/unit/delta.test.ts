// What crosses from the detection worker after an edit: a delta that rebuilds the new result
// exactly from the one before, and is small when one paragraph changed.
import * as assert from 'assert';
import { detect } from '../../src/core/detect';
import { actorFields, applyDelta, chainDeltas, claimFields, diffDetection, moveActor, moveClaim, snapshotDetection } from '../../src/core/detect/delta';
import type { ActorMention, ClaimMention } from '../../src/core/detect/types';
import { newsText, rng } from '../bench/corpus';

describe('detection deltas', () => {
  it('rebuild the new result exactly after edits anywhere, small after a paragraph edit', () => {
    let text = newsText(40_000, 9);
    let prev = detect(text);
    let snapshot = snapshotDetection(prev);
    const r = rng(2);
    let small = 0;
    for (let k = 0; k < 30; k++) {
      const at = Math.floor(r() * text.length);
      const edit = k % 3 === 0 ? ' Mayor Dana Pell said the ferry would run again.' : k % 3 === 1 ? '' : ' "We will see," Pell added.';
      const cut = k % 3 === 1 ? Math.floor(r() * 40) : 0;
      const nextText = text.slice(0, at) + edit + text.slice(at + cut);
      const next = detect(nextText);
      const made = diffDetection(snapshot, next, nextText.length - text.length);
      const delta = made.delta;
      assert.deepStrictEqual(made.snapshot, snapshotDetection(next), `edit ${k}: the snapshot kept for the next delta`);
      snapshot = made.snapshot;
      assert.deepStrictEqual(applyDelta(prev, delta), next, `edit ${k}`);
      const sent = delta.actors.middle.length + delta.claims.middle.length;
      if (sent <= (next.actors.length + next.claims.length) / 10) small++;
      text = nextText;
      prev = next;
    }
    // (an edit can change much: a quotation mark re-pairs the straight quotes after it)
    assert.ok(small >= 24, `${small} of 30 edits sent a tenth of the result or less`);
  });

  it('chain into one delta from a result the editor showed, across results it never showed', () => {
    // typing while the worker detects: results 1 and 2 come for texts already edited again
    const texts = [newsText(40_000, 5)];
    const at = texts[0].indexOf('\n\n', 20_000);
    for (const typed of [' Senator', ' Oda Brill said', ' the dam would hold.']) {
      const t = texts[texts.length - 1];
      const end = t.indexOf('\n\n', at - 10);
      texts.push(t.slice(0, end) + typed + t.slice(end));
    }
    const results = texts.map((t) => detect(t));
    let snapshot = snapshotDetection(results[0]);
    let chained: ReturnType<typeof chainDeltas> | undefined;
    for (let k = 1; k < texts.length; k++) {
      const made = diffDetection(snapshot, results[k], texts[k].length - texts[k - 1].length);
      snapshot = made.snapshot;
      chained = chained ? chainDeltas(chained, made.delta, results[k]) : made.delta;
    }
    assert.deepStrictEqual(applyDelta(results[0], chained!), results[3]);
    assert.strictEqual(chained!.shift, texts[3].length - texts[0].length);
    // one paragraph typed into three times: a small part of the result sent
    const all = results[3].actors.length + results[3].claims.length;
    assert.ok(chained!.actors.middle.length + chained!.claims.middle.length < all / 20, `${chained!.actors.middle.length} actors, ${chained!.claims.middle.length} claims of ${all}`);
  });

  it('tell items apart by every field, and an item moved by an edit from itself', () => {
    const actor: ActorMention = { start: 10, end: 19, text: 'Dana Pell', type: 'person', actor: 'Dana Pell' };
    const claim: ClaimMention = {
      start: 40, end: 70, text: 'the ferry would run again', kind: 'indirect', fragments: [[40, 50], [60, 70]],
      cue: { start: 30, end: 34, text: 'said', class: 'speech' },
      speaker: { start: 10, end: 19, text: 'Dana Pell', actor: 'Dana Pell', via: 12, refer: 'person' },
    };
    assert.deepStrictEqual(actorFields(moveActor(actor, 7)), actorFields(actor));
    assert.deepStrictEqual(claimFields(moveClaim(claim, -5)), claimFields(claim));
    // every field, at every depth, changed on its own is told apart (a new field must be compared too)
    const variants = <T extends object>(x: T): T[] => {
      const out: T[] = [];
      const walk = (v: unknown, change: (w: unknown) => T): void => {
        if (Array.isArray(v)) v.forEach((w, i) => walk(w, (n) => change(v.map((o, j) => (j === i ? n : o)))));
        else if (v && typeof v === 'object') {
          for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], (n) => change({ ...v, [k]: n }));
        } else out.push(change(typeof v === 'number' ? v + 1 : v === null ? { start: 0, end: 0, text: '', actor: '' } : v + 'x'));
      };
      walk(x, (n) => n as T);
      return out;
    };
    const actorVariants = variants(actor).filter((a) => a.start === actor.start);
    const claimVariants = variants(claim).filter((c) => c.start === claim.start);
    assert.strictEqual(actorVariants.length, 4);
    assert.strictEqual(claimVariants.length, 17);
    for (const v of actorVariants) assert.notDeepStrictEqual(actorFields(v), actorFields(actor), JSON.stringify(v));
    for (const v of claimVariants) assert.notDeepStrictEqual(claimFields(v), claimFields(claim), JSON.stringify(v));
  });
});
