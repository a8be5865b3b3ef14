import * as assert from 'assert';
import { detect } from '../../src/core/detect';
import { continuedSpeaker } from '../../src/core/detect/claims/continuations';
import type { ClaimMention } from '../../src/core/detect/types';

describe('claims, stage 3: quotations without a cue', () => {
  const prev: ClaimMention = {
    start: 1, end: 20, text: 'x', kind: 'direct', cue: { start: 23, end: 27, text: 'said', class: 'speech' },
    speaker: { start: 28, end: 37, text: 'Dana Pell', actor: 'Dana Pell' },
  };
  const quote = (start: number): ClaimMention => ({ start, end: start + 10, text: 'y', kind: 'direct', cue: null, speaker: null });

  it('continues the speaker of the claim just before it', () => {
    const text = ' '.repeat(200);
    assert.strictEqual(continuedSpeaker(text, [], prev, quote(60))?.actor, 'Dana Pell');
  });

  it('continues past one paragraph between, not two, nor far away, past another person, or for a claim with a cue', () => {
    const text = `${' '.repeat(30)}\n\nx\n\ny\n\n${' '.repeat(1200)}`;
    assert.strictEqual(continuedSpeaker(text, [], prev, quote(35))?.actor, 'Dana Pell');
    assert.strictEqual(continuedSpeaker(text, [], prev, quote(38)), null);
    assert.strictEqual(continuedSpeaker(`${' '.repeat(30)}${' '.repeat(1200)}`, [], prev, quote(1100)), null);
    const other = { start: 40, end: 48, text: 'Rob Aske', type: 'person' as const, actor: 'Rob Aske' };
    assert.strictEqual(continuedSpeaker(' '.repeat(100), [other], prev, quote(60)), null);
    assert.strictEqual(continuedSpeaker(' '.repeat(100), [], prev, { ...quote(60), cue: { start: 71, end: 75, text: 'said', class: 'speech' } }), null);
  });

  it('is not stopped by the speaker\'s own name after the quotation before', () => {
    const text = '"The wall will hold through the winter," Dana Pell said.\n\n"The road will follow in the spring."';
    assert.deepStrictEqual(detect(text).claims.map((c) => c.speaker?.actor), ['Dana Pell', 'Dana Pell']);
  });

  it('is not stopped by a person merely mentioned: after a preposition, or in a relative clause on the speaker', () => {
    const speakers = (t: string): Array<string | undefined> => detect(t).claims.map((c) => c.speaker?.actor);
    assert.deepStrictEqual(speakers('"She will win," Rob Aske said of Ines Vale.\n\n"The vote is hers to lose."'), ['Rob Aske', 'Rob Aske']);
    assert.deepStrictEqual(speakers('"The bridge is safe," said Rob Aske, who met Ines Vale on Friday.\n\n"It was checked twice."'), ['Rob Aske', 'Rob Aske']);
    assert.deepStrictEqual(speakers('"The bridge is safe," Rob Aske said. Ines Vale disagrees.\n\n"It was never checked."').at(-1), undefined);
  });

  it('runs across paragraphs in the document pass', () => {
    const text = 'Dana Pell said: "The wall will hold through the winter."\n\n"The road will follow in the spring."';
    const [, second] = detect(text).claims;
    assert.strictEqual(second.speaker?.actor, 'Dana Pell');
  });
});
