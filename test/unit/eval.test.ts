import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  type AttributionDoc,
  claimFigures,
  codePointsToUtf16,
  type Detection,
  distinctSpans,
  halfOf,
  inContext,
  matchClaims,
  matchOneToOne,
  nerFigures,
  type NerDoc,
  overlaps,
  pickHalf,
  prf,
  sameBounds,
  scoreClaimsDoc,
  scoreNerDoc,
  taskOf,
  trimSpan,
} from '../eval/score';

/** The span of the first occurrence of `part` in `text` (UTF-16), after `from`. */
function spanOf(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" not in the text`);
  return { start, end: start + part.length };
}

/** The same span in code points, as the command line reports it. */
function cpSpanOf(text: string, part: string, from = 0): { start: number; end: number } {
  const { start, end } = spanOf(text, part, from);
  const cp = (o: number) => [...text.slice(0, o)].length;
  return { start: cp(start), end: cp(end) };
}

const trimmed = (text: string, part: string): string => {
  const { start, end } = spanOf(text, part);
  const t = trimSpan(text, start, end);
  return text.slice(t.start, t.end);
};

describe('eval scorer: spans', () => {
  it('trims edge punctuation, quotation marks and spaces', () => {
    const text = 'They met (“Orsolya Venn”), then left.';
    assert.strictEqual(trimmed(text, '(“Orsolya Venn”),'), 'Orsolya Venn');
    assert.strictEqual(trimmed(text, ' then left.'), 'then left');
  });

  it('drops a trailing possessive and a leading "the " in either case, repeatedly', () => {
    const text = 'The Brelmark Institute’s board and the Kessar Group\'s fund met "the Tovin Council\'s" staff.';
    assert.strictEqual(trimmed(text, 'The Brelmark Institute’s'), 'Brelmark Institute');
    assert.strictEqual(trimmed(text, 'the Kessar Group\'s'), 'Kessar Group');
    assert.strictEqual(trimmed(text, '"the Tovin Council\'s"'), 'Tovin Council');
    assert.strictEqual(trimmed(text, 'The'), 'The', '"the" without a following space stays');
  });

  it('leaves a final s without an apostrophe, and empties a span of punctuation only', () => {
    const text = "Tomas Reyes (...) and Reyes's aide";
    assert.strictEqual(trimmed(text, 'Tomas Reyes'), 'Tomas Reyes');
    assert.strictEqual(trimmed(text, "Reyes's"), 'Reyes');
    const p = spanOf(text, '(...)');
    const t = trimSpan(text, p.start, p.end);
    assert.strictEqual(t.end - t.start, 0);
  });

  it('overlap needs one shared character, exact the same bounds', () => {
    assert.ok(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 }));
    assert.ok(!overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }), 'touching is not overlapping');
    assert.ok(!overlaps({ start: 3, end: 3 }, { start: 0, end: 9 }), 'an empty span overlaps nothing');
    assert.ok(sameBounds({ start: 2, end: 7 }, { start: 2, end: 7 }));
    assert.ok(!sameBounds({ start: 2, end: 7 }, { start: 2, end: 8 }));
  });

  it('converts code point offsets to UTF-16 past an emoji (and clamps)', () => {
    const text = 'a🛰️b😀c';
    const toUtf16 = codePointsToUtf16(text);
    assert.strictEqual(toUtf16(0), 0);
    assert.strictEqual(toUtf16(1), 1); // the satellite: two units
    assert.strictEqual(toUtf16(3), text.indexOf('b')); // a, U+1F6F0, U+FE0F
    assert.strictEqual(toUtf16(5), text.indexOf('c'));
    assert.strictEqual(toUtf16(6), text.length);
    assert.strictEqual(toUtf16(99), text.length);
    assert.strictEqual(toUtf16(-1), 0);
  });

  it('keeps the first of several spans with the same bounds and drops empty ones', () => {
    const out = distinctSpans([
      { start: 1, end: 4, tag: 'a' },
      { start: 1, end: 4, tag: 'b' },
      { start: 5, end: 5, tag: 'c' },
      { start: 2, end: 4, tag: 'd' },
    ]);
    assert.deepStrictEqual(out.map((x) => x.tag), ['a', 'd']);
  });
});

describe('eval scorer: one-to-one matching', () => {
  it('lets each gold item be found once, the first free one in order', () => {
    const gold = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    const pred = [{ start: 2, end: 4 }, { start: 5, end: 8 }, { start: 25, end: 26 }];
    assert.deepStrictEqual(matchOneToOne(gold, pred, overlaps), [0, -1, 1]);
  });

  it('is greedy: an earlier prediction can take the gold item a later one fits better', () => {
    const gold = [{ start: 0, end: 10 }, { start: 8, end: 12 }];
    const pred = [{ start: 8, end: 12 }, { start: 9, end: 11 }];
    assert.deepStrictEqual(matchOneToOne(gold, pred, overlaps), [0, 1]);
    assert.deepStrictEqual(matchOneToOne(gold, pred, sameBounds), [1, -1]);
  });
});

describe('eval scorer: actor mentions (ner)', () => {
  // 🌊 before every name: the command line's code points and the gold's UTF-16 units differ by one
  const text = '🌊 Dalia Frenn of the Ostrava Pact met Kelvar officials in Marrowby. Frenn said so.';
  const gold = (part: string, type: string, from = 0) => ({ ...spanOf(text, part, from), type });
  const doc: NerDoc = {
    id: 'invented',
    text,
    entities: [
      gold('Dalia Frenn', 'PER'),
      gold('the Ostrava Pact', 'ORG'),
      gold('Kelvar', 'LOC'),
      gold('Marrowby', 'LOC'),
      gold('Frenn', 'PER', text.indexOf('. ')),
      { ...spanOf(text, 'officials'), type: 'MISC' }, // not a scored type
    ],
  };
  const actor = (part: string, type: string, from = 0) => ({ ...cpSpanOf(text, part, from), type });

  it('matches code point predictions to UTF-16 gold spans after an emoji', () => {
    const detection: Detection = {
      actors: [actor('Dalia Frenn', 'person'), actor('Ostrava Pact', 'group'), actor('Kelvar', 'state'), actor('Marrowby', 'location'), actor('Frenn', 'person', text.indexOf('. '))],
    };
    const s = scoreNerDoc(doc, detection);
    assert.deepStrictEqual(s.counts['exact.ACTOR'], { tp: 5, pred: 5, gold: 5 });
    assert.deepStrictEqual(s.counts['exact.ORG'], { tp: 1, pred: 1, gold: 1 }, 'group is ORG; "the " is trimmed from the gold');
    assert.deepStrictEqual(s.counts['exact.LOC'], { tp: 2, pred: 2, gold: 2 }, 'state and location are LOC');
    assert.deepStrictEqual(s.falsePositives, []);
    assert.deepStrictEqual(s.falseNegatives, []);
    assert.deepStrictEqual(s.mistyped, []);
  });

  it('counts a wider prediction under overlap but not exact, and a wrong type only untyped', () => {
    const detection: Detection = {
      actors: [
        actor('Dalia Frenn of the Ostrava Pact', 'person'), // overlaps two gold mentions, finds one
        actor('Kelvar', 'organization'), // right span, wrong type
        actor('Kelvar', 'organization'), // the same span twice counts once
        actor('officials', 'other'),
      ],
    };
    const s = scoreNerDoc(doc, detection);
    assert.deepStrictEqual(s.counts['overlap.ACTOR'], { tp: 2, pred: 3, gold: 5 });
    assert.deepStrictEqual(s.counts['exact.ACTOR'], { tp: 1, pred: 3, gold: 5 });
    assert.deepStrictEqual(s.counts['overlap.PER'], { tp: 1, pred: 1, gold: 2 });
    assert.deepStrictEqual(s.counts['overlap.ORG'], { tp: 0, pred: 1, gold: 1 });
    assert.deepStrictEqual(s.counts['overlap.LOC'], { tp: 0, pred: 0, gold: 2 });
    assert.deepStrictEqual(s.falsePositives.map((m) => [m.text, m.type]), [['officials', 'OTHER']]);
    assert.deepStrictEqual(s.falseNegatives.map((m) => m.text), ['Ostrava Pact', 'Marrowby', 'Frenn']);
    // the overlap matches of another type are listed for --errors
    assert.deepStrictEqual(s.mistyped.map(({ pred, gold }) => [pred.text, pred.type, gold.type]), [['Kelvar', 'ORG', 'LOC']]);

    const f = nerFigures([s]);
    assert.strictEqual(f.docs, 1);
    assert.strictEqual(f['overlap.ACTOR'].p, 2 / 3);
    assert.strictEqual(f['overlap.ACTOR'].r, 2 / 5);
    assert.ok(Math.abs(f['overlap.ACTOR'].f1 - 0.5) < 1e-12);
  });

  it('shows an error in its context on one line', () => {
    const text2 = 'First line\nthen Varo Tesk spoke\nlast';
    assert.strictEqual(inContext(text2, spanOf(text2, 'Varo Tesk'), 6), '… then [[Varo Tesk]] spoke…');
  });
});

describe('eval scorer: claims', () => {
  const text = '🗞️ Ilse Marren said the ferry would run. The port, Marren added, "is closed until June."';
  const q1 = spanOf(text, 'the ferry would run');
  const q2a = spanOf(text, 'The port');
  const q2b = spanOf(text, 'is closed until June.');
  const speaker1 = spanOf(text, 'Ilse Marren');
  const speaker2 = spanOf(text, 'Marren', q1.end);
  const doc: AttributionDoc = {
    id: 'invented',
    text,
    quotes: [
      { ...q1, fragments: [[q1.start, q1.end]], speaker_start: speaker1.start, speaker_end: speaker1.end, direct: false },
      { start: q2a.start, end: q2b.end, fragments: [[q2a.start, q2a.end], [q2b.start, q2b.end]], speaker_start: speaker2.start, speaker_end: speaker2.end, direct: true },
      { ...spanOf(text, 'added'), speaker_start: null, speaker_end: null, direct: false },
    ],
  };
  const claim = (part: string, speaker: { start: number; end: number } | null, from = 0) => ({ ...cpSpanOf(text, part, from), speaker });

  it('takes the free gold attribution sharing the most characters, over all fragments', () => {
    const shared = matchClaims(
      [[{ start: 0, end: 10 }], [{ start: 8, end: 30 }], [{ start: 40, end: 50 }]],
      [[{ start: 5, end: 20 }], [{ start: 0, end: 12 }], [{ start: 0, end: 5 }]],
    );
    // the first prediction shares 5 with gold 0 and 12 with gold 1; the second then gets gold 0
    assert.deepStrictEqual(shared, [{ quote: 1, shared: 12 }, { quote: 0, shared: 10 }, { quote: -1, shared: 0 }]);
    const pieces = matchClaims([[{ start: 0, end: 4 }, { start: 10, end: 14 }], [{ start: 3, end: 9 }]], [[{ start: 2, end: 12 }]]);
    assert.deepStrictEqual(pieces, [{ quote: 1, shared: 6 }], '2 + 2 shared with the pieces of the first, 6 with the second');
  });

  it('scores claims, the 50% rule and speakers, with code point offsets after an emoji', () => {
    const cp = (part: string, from = 0) => cpSpanOf(text, part, from);
    const detection: Detection = {
      claims: [
        claim('the ferry would run', cp('Ilse Marren')), // right, speaker right
        { ...cp('is closed until June.'), speaker: cp('The port') }, // matches the split quote (its second piece), wrong speaker
        claim('June', null), // nothing left to match: a false positive
      ],
    };
    const s = scoreClaimsDoc(doc, detection);
    assert.deepStrictEqual(s.claim, { tp: 2, pred: 3, gold: 3 });
    assert.strictEqual(s.strict.tp, 2, 'the second shares 21 of its 21 and 21 of 29 gold characters');
    assert.deepStrictEqual(s.withSpeaker, { tp: 1, pred: 3, gold: 3 });
    assert.strictEqual(s.speakerChecked, 2);
    assert.strictEqual(s.speakerRight, 1);
    assert.deepStrictEqual(s.wrongSpeaker, [{ claim: 1, quote: 1 }]);
    assert.deepStrictEqual(s.spurious, [2]);
    assert.deepStrictEqual(s.missed, [2]);
    assert.deepStrictEqual(s.direct, { gold: 1, found: 1 });
    assert.deepStrictEqual(s.indirect, { gold: 2, found: 1 });

    const f = claimFigures([s]);
    assert.strictEqual(f.speaker_accuracy, 0.5);
    assert.strictEqual(f.claim.p, 2 / 3);
    assert.strictEqual(f.recall_direct, 1);
    assert.strictEqual(f.recall_indirect, 0.5);
  });

  it('fails the 50% rule for a claim much longer than its gold, and needs speaker spans to overlap', () => {
    const whole = cpSpanOf(text, text.slice(text.indexOf('Ilse')));
    const s = scoreClaimsDoc(doc, { claims: [{ ...whole, speaker: cpSpanOf(text, 'Ilse') }] });
    assert.strictEqual(s.claim.tp, 1);
    assert.strictEqual(s.strict.tp, 0);
    // it took the attribution it shares most with (the split quote), whose speaker is the second Marren
    assert.deepStrictEqual(s.wrongSpeaker, [{ claim: 0, quote: 1 }]);
  });

  it('counts speaker accuracy only over matched claims whose gold names a speaker', () => {
    const s = scoreClaimsDoc(doc, { claims: [claim('added', null), claim('the ferry would run', cpSpanOf(text, 'Marren'))] });
    assert.strictEqual(s.claim.tp, 2);
    assert.strictEqual(s.speakerChecked, 1, 'the gold "added" has no speaker');
    assert.strictEqual(s.speakerRight, 1, 'a part of the speaker span is enough');
    assert.strictEqual(claimFigures([s]).speaker_accuracy, 1);
    assert.strictEqual(claimFigures([]).speaker_accuracy, 0);
  });
});

describe('eval scorer: halves and figures', () => {
  it('puts even lines (0-based) in the development half and odd ones in the check half', () => {
    assert.deepStrictEqual([0, 1, 2, 3, 4].map(halfOf), ['dev', 'check', 'dev', 'check', 'dev']);
    const lines = ['l0', 'l1', 'l2', 'l3', 'l4'];
    assert.deepStrictEqual(pickHalf(lines, 'dev'), ['l0', 'l2', 'l4']);
    assert.deepStrictEqual(pickHalf(lines, 'check'), ['l1', 'l3']);
    assert.deepStrictEqual(pickHalf(lines, 'all'), lines);
  });

  it('adds counts over the documents of a half before dividing', () => {
    const text = 'Nadia Orlov and Pim Veer.';
    const doc = (): NerDoc => ({ id: 'x', text, entities: [{ ...spanOf(text, 'Nadia Orlov'), type: 'PER' }, { ...spanOf(text, 'Pim Veer'), type: 'PER' }] });
    const det = (found: boolean): Detection => ({ actors: found ? [{ ...spanOf(text, 'Nadia Orlov'), type: 'person' }] : [] });
    const scores = [true, false, true, false].map((b) => scoreNerDoc(doc(), det(b)));
    const dev = nerFigures(pickHalf(scores, 'dev'));
    const check = nerFigures(pickHalf(scores, 'check'));
    const all = nerFigures(scores);
    assert.deepStrictEqual([dev['overlap.ACTOR'].p, dev['overlap.ACTOR'].r], [1, 0.5]);
    assert.deepStrictEqual([check['overlap.ACTOR'].p, check['overlap.ACTOR'].r, check['overlap.ACTOR'].f1], [0, 0, 0]);
    assert.deepStrictEqual([all['overlap.ACTOR'].tp, all['overlap.ACTOR'].pred, all['overlap.ACTOR'].gold], [2, 2, 8]);
    assert.deepStrictEqual(prf({ tp: 0, pred: 0, gold: 0 }), { tp: 0, pred: 0, gold: 0, p: 0, r: 0, f1: 0 });
  });
});

describe('eval data (eval/data/)', () => {
  const dir = path.resolve(__dirname, '../../../eval/data');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();

  it('holds the four data files and the GUM licence', () => {
    assert.deepStrictEqual(files, ['gum_interview_attributions.jsonl', 'gum_interview_ner.jsonl', 'gum_news_attributions.jsonl', 'gum_news_ner.jsonl']);
    assert.ok(fs.existsSync(path.join(dir, 'licenses', 'GUM_LICENSE.txt')));
  });

  it('has one kind of document per file, every gold span inside its text', () => {
    for (const f of files) {
      const docs: unknown[] = fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
      const task = f.endsWith('_ner.jsonl') ? 'ner' : 'claims';
      for (const d of docs) {
        assert.strictEqual(taskOf(d), task, f);
        const { text } = d as { text: string };
        const spans = task === 'ner' ? (d as NerDoc).entities : (d as AttributionDoc).quotes;
        for (const x of spans) assert.ok(x.start >= 0 && x.start < x.end && x.end <= text.length, `${f}: span ${x.start}-${x.end}`);
      }
    }
  });
});
