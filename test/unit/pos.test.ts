import * as assert from 'assert';
import { tag } from '../../src/core/detect/pos';
import { tokenize } from '../../src/core/detect/tokens';

const tags = (text: string): string => {
  const toks = tokenize(text);
  return tag(toks).map((p, i) => `${toks[i].text}/${p}`).join(' ');
};

describe('part-of-speech tagger (own, lexicon and suffix rules)', () => {
  it('tags function words, verbs after a subject, nouns after a determiner and names inside a sentence', () => {
    assert.strictEqual(tags('The council rejected the plan to close the Velmore pier.'),
      'The/DET council/NOUN rejected/VERB the/DET plan/NOUN to/PART close/VERB the/DET Velmore/PROPN pier/NOUN ./PUNCT');
    assert.strictEqual(tags('Signs warn that the tide comes in quickly.'),
      'Signs/NOUN warn/VERB that/CONJ the/DET tide/NOUN comes/VERB in/ADP quickly/ADV ./PUNCT');
  });

  it('reads "to" before a noun phrase as a preposition', () => {
    assert.strictEqual(tags('She wrote to the council.'), 'She/PRON wrote/VERB to/ADP the/DET council/NOUN ./PUNCT');
  });
});
