import * as assert from 'assert';
import { exportTokens } from '../../src/core/export/tokens';

describe('export: tokens (CoNLL, spaCy)', () => {
  it('are words with inner apostrophes and hyphens, other characters alone, cut only between clusters', () => {
    const text = "Jean-Luc's 👍🏽 co-op (v2.0) ab\u0301c";
    const toks = (cuts: number[]): string[] => exportTokens(text, cuts).map((t) => text.slice(t.start, t.end));
    assert.deepStrictEqual(toks([]), ["Jean-Luc's", '👍🏽', 'co-op', '(', 'v2', '.', '0', ')', 'ab\u0301c']);
    const inside = text.indexOf('\u0301');
    assert.deepStrictEqual(toks([4, inside, inside + 1]), ['Jean', "-Luc's", '👍🏽', 'co-op', '(', 'v2', '.', '0', ')', 'ab\u0301', 'c'], 'no cut between a letter and its mark');
  });

  it('keep grapheme clusters whole: an emoji with its variation selector, a flag, a ZWJ sequence', () => {
    const text = 'Port 🛰️ 🇳🇴👩‍🚒 open';
    assert.deepStrictEqual(exportTokens(text, []).map((t) => text.slice(t.start, t.end)), ['Port', '🛰️', '🇳🇴', '👩‍🚒', 'open']);
  });
});
