import * as assert from 'assert';
import { colonBefore, cueAfter, cueBefore, quotationClaims } from '../../src/core/detect/claims/attributions';
import { speechQuotes } from '../../src/core/detect/claims/quotes';
import { reported } from '../../src/core/detect/claims/reported';
import { splitCoordinated } from '../../src/core/detect/claims/splits';
import { detect } from '../../src/core/detect';
import { saidRows } from './helpers/claimRows';
import { contextOf } from './helpers/claimContext';

describe('claims, stage 2: attributions', () => {
  it('finds the cue after a quotation and the cue before one', () => {
    const a = contextOf('"The wall will hold," Mayor Dana Pell said.');
    const after = cueAfter(a, a.text.indexOf(',') + 2, a.text.length);
    assert.strictEqual(after?.cue.text, 'said');
    assert.strictEqual(after?.speaker?.text, 'Dana Pell');
    assert.strictEqual(after?.adjacent, true);
    const b = contextOf('Dana Pell said: "The wall will hold."');
    const before = cueBefore(b, b.text.indexOf('"'), -1);
    assert.deepStrictEqual([before?.cue.text, before?.speaker?.text, before?.adjacent], ['said', 'Dana Pell', true]);
  });

  it('gives a quotation after a colon to the subject of the sentence', () => {
    const c = contextOf('Dana Pell defended the budget: "Every coin is accounted for."');
    const found = colonBefore(c, c.text.indexOf('"'));
    assert.deepStrictEqual([found?.cue.text, found?.speaker?.text], ['defended', 'Dana Pell']);
  });

  it('joins a split quotation into one claim in two fragments', () => {
    const ctx = contextOf('"The wall held," Dana Pell said, "but the road did not."');
    const claims = quotationClaims(ctx, speechQuotes(ctx.text));
    assert.strictEqual(claims.length, 1);
    assert.deepStrictEqual(claims[0].fragments?.map(([s, e]) => ctx.text.slice(s, e)), ['The wall held', 'but the road did not.']);
  });

  it('reads the frames of reported speech in one sentence', () => {
    const cases: Array<[string, string, string]> = [
      ['Dana Pell said that the harbour would reopen.', 'the harbour would reopen', 'Dana Pell'],
      ['The harbour would reopen in May, Dana Pell said.', 'The harbour would reopen in May', 'Dana Pell'],
      ['According to the Velmore Harbour Council, the pier is safe.', 'the pier is safe', 'Velmore Harbour Council'],
      ['Dana Pell told reporters the pier was safe.', 'the pier was safe', 'Dana Pell'],
    ];
    for (const [text, claim, speaker] of cases) {
      const ctx = contextOf(text);
      const [s] = ctx.sentences();
      const c = reported(ctx, s, () => false);
      assert.deepStrictEqual([c?.text, c?.speaker?.text], [claim, speaker], text);
    }
  });

  it('splits "S said C1, and added C2" into two claims of one speaker', () => {
    const ctx = contextOf('Dana Pell said the pier was safe, and added that the road would reopen.');
    const c = reported(ctx, ctx.sentences()[0], () => false)!;
    const parts = splitCoordinated(ctx, c, () => false);
    assert.deepStrictEqual(parts.map((p) => [p.text, p.cue?.text]), [['the pier was safe', 'said'], ['the road would reopen', 'added']]);
  });

  it('keeps the first speaker for a second cue without a subject ("S stated, \"A,\" adding, \"B.\"")', () => {
    const text = 'Mayor Dana Pell stated, "We have the money," adding, "and we have the will."';
    const claims = detect(text).claims;
    assert.deepStrictEqual(claims.map((c) => [c.text, c.cue?.text, c.speaker?.actor]), [
      ['We have the money', 'stated', 'Dana Pell'],
      ['and we have the will.', 'adding', 'Dana Pell'],
    ]);
  });

  it('splits "S V O, saying C" at the participle, keeping the first part only when it is a clause', () => {
    assert.deepStrictEqual(detect('Rob Aske maintained his innocence, saying the money had been returned.').claims.map((c) => [c.text, c.cue?.text]),
      [['the money had been returned', 'saying']]);
    assert.deepStrictEqual(detect('Rob Aske said the pier was safe, adding that the road would reopen.').claims.map((c) => [c.text, c.cue?.text]),
      [['the pier was safe', 'said'], ['the road would reopen', 'adding']]);
  });

  it('reads "C, S told O." and "C, S said on Monday." with a short tail after the cue', () => {
    assert.deepStrictEqual(detect('The harbour will reopen in May, Mayor Dana Pell told reporters.').claims.map((c) => [c.text, c.speaker?.actor]),
      [['The harbour will reopen in May', 'Dana Pell']]);
    assert.deepStrictEqual(detect('The pier is unsafe, Rob Aske said on Monday.').claims.map((c) => [c.text, c.speaker?.actor]),
      [['The pier is unsafe', 'Rob Aske']]);
    // a participle with a subject further back is no such cue
    assert.deepStrictEqual(detect('Rob Aske is holding a copy of the harbour plan, written by Dana Pell.').claims, []);
  });

  it('gives a quotation inside a sentence with no cue the words of the sentence\'s subject', () => {
    assert.deepStrictEqual(saidRows('Mayor Dana Pell called the plan "a disaster for the whole town" on Monday.'),
      [['a disaster for the whole town', 'called', 'Dana Pell']]);
    assert.deepStrictEqual(detect('The Velmore Harbour Council defended the budget: "Every coin is accounted for."').claims.map((c) => [c.cue?.text, c.speaker?.actor]),
      [['defended', 'Velmore Harbour Council']]);
    // a quotation opening its sentence has no such subject
    assert.strictEqual(detect('"The plan is a disaster for the whole town." The council met again later.').claims[0].speaker, null);
  });
});

describe('claims, stage 2b: more frames of reported speech', () => {
  const said = saidRows;

  it('takes a clause without "that" after any verb the lexicon gives the clause frame', () => {
    assert.deepStrictEqual(said('Dana Pell asserted the pier would close.'), [['the pier would close', 'asserted', 'Dana Pell']]);
    assert.deepStrictEqual(said('Dana Pell conceded the budget was short.'), [['the budget was short', 'conceded', 'Dana Pell']]);
    assert.deepStrictEqual(said('Rob Aske promised the ferry would run.'), [['the ferry would run', 'promised', 'Rob Aske']]);
  });

  it('needs a clause there: not a noun phrase with a relative clause, an infinitive, a participle or a negation', () => {
    assert.deepStrictEqual(said('In the last minute Rob Aske conceded a goal which the referee allowed after a long delay.'), []);
    assert.deepStrictEqual(said('Ines Kolar began to write a couple of letters.'), []);
    assert.deepStrictEqual(said('The best known works of Ines Kolar are her letters.'), []);
    assert.deepStrictEqual(said("For now I don't know the plans of the council."), []);
    // a quoted phrase inside the clause is part of it
    assert.deepStrictEqual(said('Ines Kolar said a "wider review" is needed.'), [['a "wider review" is needed', 'said', 'Ines Kolar']]);
  });

  it('reads "S was quoted as saying C", "S pointed out that C", "S told the X C" and a day between cue and clause', () => {
    assert.deepStrictEqual(said('Ines Kolar was quoted as saying the harbour would reopen in May.'), [['the harbour would reopen in May', 'saying', 'Ines Kolar']]);
    assert.deepStrictEqual(said('Dana Pell pointed out that the pier was unsafe.'), [['the pier was unsafe', 'pointed', 'Dana Pell']]);
    assert.deepStrictEqual(said('Dana Pell told the Velmore Gazette the pier was unsafe.'), [['the pier was unsafe', 'told', 'Dana Pell']]);
    assert.deepStrictEqual(said('Dana Pell said Tuesday the pier was unsafe.'), [['the pier was unsafe', 'said', 'Dana Pell']]);
    assert.deepStrictEqual(said('Dana Pell said on Monday the pier was unsafe.'), [['the pier was unsafe', 'said', 'Dana Pell']]);
  });

  it('reads "S told a reporter that C" past an addressee after "a" or "an", but not "told a story that V"', () => {
    assert.deepStrictEqual(said('Dana Pell told a reporter that the pier was unsafe.'), [['the pier was unsafe', 'told', 'Dana Pell']]);
    assert.deepStrictEqual(said('Ines Kolar told an interviewer the harbour would reopen in May.'), [['the harbour would reopen in May', 'told', 'Ines Kolar']]);
    assert.deepStrictEqual(said('Ines Kolar told a local newspaper that the ferry fares would rise.'), [['the ferry fares would rise', 'told', 'Ines Kolar']]);
    assert.deepStrictEqual(said('Ines Kolar told a story that moved the whole hall.'), []);
  });

  it('reads "according to S, who …, C" past the relative clause, and "issued a statement saying C" by who issued it', () => {
    assert.deepStrictEqual(said('According to Dana Pell, who spoke on condition of anonymity, the pier will close.'), [['the pier will close', 'According', 'Dana Pell']]);
    assert.deepStrictEqual(said("Dana Pell's office issued a statement saying the pier would close."), [['the pier would close', 'saying', 'Dana Pell']]);
    assert.deepStrictEqual(said('The Velmore Harbour Council released a brief statement saying that the pier would close.'),
      [['the pier would close', 'saying', 'Velmore Harbour Council']]);
  });

  it('reads the clause after a short phrase set off by a comma, and "with (the) S reporting C"', () => {
    assert.deepStrictEqual(said('The engineers estimated by 2030, rising seas would flood the lower town.'),
      [['rising seas would flood the lower town', 'estimated', 'engineers']]);
    assert.deepStrictEqual(said('Dana Pell said in a statement, the pier would close.'), [['the pier would close', 'said', 'Dana Pell']]);
    assert.deepStrictEqual(said('The plan was criticised by residents, with the Velmore Gazette reporting the council had ignored them.'),
      [['the council had ignored them', 'reporting', 'Velmore Gazette']]);
  });

  it('reads "S has been quoted saying C" and a quotation followed by "according to S"', () => {
    assert.deepStrictEqual(said('Dana Pell has been quoted saying the pier would close.'), [['the pier would close', 'saying', 'Dana Pell']]);
    assert.deepStrictEqual(said('"The pier will close," according to Dana Pell.'), [['The pier will close', 'according', 'Dana Pell']]);
  });

  it('reads "according to" a source in capitals that is no actor, up to the title of the name after it', () => {
    assert.deepStrictEqual(said('According to the Arts and Humanities Citation Index Professor Ines Kolar is the most cited scholar.'),
      [['Professor Ines Kolar is the most cited scholar', 'According', 'Arts and Humanities Citation Index']]);
  });

  it('reads "C, S said, speaking on …", "C1, S said, adding that C2" as two claims, and the agent of a source', () => {
    assert.deepStrictEqual(said('The talks stalled over the border, two officials said, speaking on condition of anonymity.'),
      [['The talks stalled over the border', 'said', 'officials']]);
    assert.deepStrictEqual(said('The pier will close in May, Dana Pell said, adding that the ferry would continue.'), [
      ['The pier will close in May', 'said', 'Dana Pell'],
      ['the ferry would continue', 'adding', 'Dana Pell'],
    ]);
    assert.deepStrictEqual(said('According to a statement released by the Velmore Harbour Council, the pier will close.'),
      [['the pier will close', 'According', 'Velmore Harbour Council']]);
  });

  it('closes a quotation that closes the claim', () => {
    assert.deepStrictEqual(said('Dana Pell said it was "a sad day for the town".'), [['it was "a sad day for the town"', 'said', 'Dana Pell']]);
  });

  it('splits "S1 said C1, while S2 argued C2" into a claim of each speaker', () => {
    assert.deepStrictEqual(said('Rob Aske claimed the pier was unsafe, while Tom Sato argued it was sound.'), [
      ['the pier was unsafe', 'claimed', 'Rob Aske'],
      ['it was sound', 'argued', 'Tom Sato'],
    ]);
    assert.deepStrictEqual(said('Rob Aske said that the pier was unsafe, but the Velmore Harbour Council insisted that it was sound.'), [
      ['the pier was unsafe', 'said', 'Rob Aske'],
      ['it was sound', 'insisted', 'Velmore Harbour Council'],
    ]);
  });

  it('splits "S1 said C1, but our results show C2" where the second subject is a noun that states things, unnamed', () => {
    const claims = detect('Rob Aske has argued that small ports follow large ones, but our results show that the reverse is true.').claims;
    assert.deepStrictEqual(claims.map((c) => [c.text, c.cue?.text, c.speaker?.text, c.cue?.class]), [
      ['small ports follow large ones', 'argued', 'Rob Aske', 'speech'],
      ['the reverse is true', 'show', 'our results', 'evidence'],
    ]);
    assert.deepStrictEqual(said('Tom Sato said the bridge was safe, while the ministry said it would close the bridge in May.'), [
      ['the bridge was safe', 'said', 'Tom Sato'],
      ['it would close the bridge in May', 'said', 'ministry'],
    ]);
    // a noun that states nothing opens no second attribution: one claim
    assert.deepStrictEqual(said('Tom Sato said the bridge was safe, but the river shows that the floods were worse.').map((r) => r[2]), ['Tom Sato']);
  });
});

/** Each text gives exactly one claim: [claim, cue, speaker]. */
function rowsOf(cases: Array<[string, string, string, string]>): void {
  for (const [text, ...row] of cases) assert.deepStrictEqual(saidRows(text), [row], text);
}

describe('claims, stage 2b: the medium, place or time between a cue and its that-clause', () => {
  it('reads "posted on Facebook that C", "responded at a press conference that C"', () => {
    rowsOf([
      ['Dana Pell posted on Facebook that the pier would reopen in May.', 'the pier would reopen in May', 'posted', 'Dana Pell'],
      ['Tom Sato responded at a press conference that the pier was safe.', 'the pier was safe', 'responded', 'Tom Sato'],
      ['The Orsa Shipping Company posted in a statement on its website that the ferry would stop.', 'the ferry would stop', 'posted', 'Orsa Shipping Company'],
    ]);
  });

  it('gives the speaker no claim whose content clause belongs to a noun ("responded to the claim that C")', () => {
    for (const text of ['Tom Sato responded to the claim that the pier was unsafe.', 'Dana Pell commented on reports that the pier was unsafe.']) {
      assert.deepStrictEqual(saidRows(text), [], text);
    }
  });
});

describe('claims, stage 2b: a denial in a relative clause on a noun of speech', () => {
  it('does not give C to the denier in "C, a charge S denied" (the cue is in a clause on the noun)', () => {
    for (const text of [
      'Tom Sato had taken bribes from the contractor, a charge Sato denied.',
      'Rob Aske hid the report for a year, an allegation Aske has rejected.',
    ]) assert.deepStrictEqual(saidRows(text).filter((r) => r[2] === (text.startsWith('Tom') ? 'Tom Sato' : 'Rob Aske')), [], text);
    // the speaker's own phrase after the comma still reads: "C, a lawyer for S said"
    assert.deepStrictEqual(saidRows('The route will close in June, a lawyer for Tom Sato said.'), [['The route will close in June', 'said', 'Tom Sato']]);
  });
});

describe('claims, stage 2b: a parenthetical cue with its addressee', () => {
  it('reads "The talks, S told reporters, had failed" as the sentence around the parenthesis', () => {
    for (const [text, speaker] of [
      ['The talks, Tom Sato told reporters, had failed.', 'Tom Sato'],
      ['The pier, Dana Pell told the Velmore Gazette, would reopen in May.', 'Dana Pell'],
    ]) {
      const [c] = detect(text).claims;
      assert.deepStrictEqual([c?.fragments?.map(([a, b]) => text.slice(a, b)), c?.speaker?.actor], [[text.slice(0, text.indexOf(',')), text.slice(text.lastIndexOf(',') + 2, -1)], speaker], text);
    }
  });
});

describe('claims, stage 2b: an attitude after "am" or a contracted copula', () => {
  it('reads "I am sure that C", "I\'m sure C" and "she\'s confident that C"', () => {
    const talks = 'the talks will resume';
    rowsOf([['I am sure that the talks will resume.', talks, 'sure', 'I'], ["I'm sure the talks will resume.", talks, 'sure', 'I']]);
    rowsOf([["Dana Pell arrived. She's confident that the talks will resume.", talks, 'confident', 'Dana Pell']]);
  });
});

describe('claims, stage 2: a quotation inside a sentence with a labelling verb', () => {
  const rows = saidRows;

  it('passes a noun for a role before the subject\'s name ("The novelist Peter Hollis called her "…"")', () => {
    assert.deepStrictEqual(rows('The novelist Peter Hollis called her "the finest stylist of her generation".'),
      [['the finest stylist of her generation', 'called', 'Peter Hollis']]);
  });

  it('gives the quotation of a relative clause with no relative word to its subject', () => {
    assert.deepStrictEqual(rows('She was posted to Kessa, an experience she later described as "the making of me and my work".').map((r) => r.slice(1)),
      [['described', 'she']]);
    assert.deepStrictEqual(rows('Tarvik is the town Ines Kolar once called "a sleeping giant by the sea".'),
      [['a sleeping giant by the sea', 'called', 'Ines Kolar']]);
    // (no subject before the verb: no speaker)
    assert.deepStrictEqual(rows('The crowd was loud, and the noise rose as "the last song of the night" began.').map((r) => r[2]), [undefined]);
  });
});

describe('claims, stage 2b: an impersonal or personal passive past an adverb', () => {
  it('attributes nothing to "it" or to who was told ("It is widely believed that C", "Kolar was never told that C")', () => {
    assert.deepStrictEqual(detect('It is widely believed that the ferry will close.').claims, []);
    assert.deepStrictEqual(detect('Kolar was never told that the pier had closed.').claims.map((c) => c.speaker?.actor), []);
    // (an adverb before an active verb leaves it the subject's: "Kolar repeatedly said that C")
    assert.deepStrictEqual(detect('Kolar repeatedly said that the pier had closed.').claims.map((c) => c.speaker?.actor), ['Kolar']);
  });
});
