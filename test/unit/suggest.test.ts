import * as assert from 'assert';
import { detect } from '../../src/core/detect';
import { compareSpans, meantSuggestion, nextSpan, openSuggestions, stepSuggestion, suggestionAt, type SpanKey } from '../../src/core/suggest/suggestions';

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

describe('the suggestion the analyst means, and navigation through nested ones', () => {
  // "Dana Pell said the council would buy two ferries from Norway." : a claim holding two actors,
  // the second ending where the claim ends
  const text = 'Dana Pell said the council would buy two ferries from Norway.';
  const span = (kind: string, s: string): SpanKey => ({ kind, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const speaker = span('actor', 'Dana Pell');
  const claim = span('claim', 'the council would buy two ferries from Norway');
  const council = span('actor', 'council');
  const norway = span('actor', 'Norway');
  const list = [norway, claim, speaker, council].sort(compareSpans);

  it('orders a claim before the actors inside it', () => {
    assert.deepStrictEqual(list, [speaker, claim, council, norway]);
  });

  it('acts on the exactly selected suggestion, else on the innermost holding the selection', () => {
    assert.strictEqual(meantSuggestion(list, claim.start, claim.end), claim, 'a selected claim, though an actor ends at its end');
    assert.strictEqual(meantSuggestion(list, claim.end, claim.end), norway, 'the cursor at the end: the innermost there');
    assert.strictEqual(meantSuggestion(list, text.indexOf('would'), text.indexOf('would') + 5), claim, 'a selection inside the claim');
    assert.strictEqual(meantSuggestion(list, council.start + 1, council.start + 1), council);
    assert.strictEqual(meantSuggestion(list, text.indexOf('said'), text.indexOf('the council')), undefined, 'a selection no suggestion holds');
    const twin = { kind: 'actor', start: claim.start, end: claim.end };
    const both = [...list, twin].sort(compareSpans);
    assert.strictEqual(meantSuggestion(both, claim.start, claim.end, 'actor'), twin, 'the kind tells two of one span apart');
    assert.strictEqual(meantSuggestion(both, claim.start, claim.end, 'claim'), claim);
  });

  it('visits every suggestion, nested ones included, in both directions and wrapping', () => {
    const forward: SpanKey[] = [];
    let at: SpanKey | undefined = stepSuggestion(list, undefined, 0, 1);
    for (let k = 0; k < list.length; k++) { forward.push(at!); at = stepSuggestion(list, at, at!.end, 1); }
    assert.deepStrictEqual(forward, [speaker, claim, council, norway]);
    assert.strictEqual(at, speaker, 'wraps to the first');
    const backward: SpanKey[] = [];
    at = stepSuggestion(list, speaker, 0, -1);
    for (let k = 0; k < list.length; k++) { backward.push(at!); at = stepSuggestion(list, at, at!.start, -1); }
    assert.deepStrictEqual(backward, [norway, council, claim, speaker], 'never stuck on the one before the cursor');
  });

  it('moves on from a suggestion that was just decided to the next one in order, inside it first', () => {
    const left = list.filter((s) => s !== claim);
    assert.strictEqual(stepSuggestion(left, claim, claim.end, 1), council);
    assert.strictEqual(stepSuggestion(left, claim, claim.start, -1), speaker);
    assert.strictEqual(stepSuggestion([speaker], speaker, 0, 1), speaker, 'the only one left');
  });

  it('starts from the cursor when nothing is selected', () => {
    assert.strictEqual(stepSuggestion(list, undefined, 0, 1), speaker, 'one starting at the cursor counts');
    assert.strictEqual(stepSuggestion(list, undefined, text.indexOf('two'), 1), norway);
    assert.strictEqual(stepSuggestion(list, undefined, text.indexOf('two'), -1), council);
  });
});
