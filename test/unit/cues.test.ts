import * as assert from 'assert';
import data from '../../src/core/detect/data/cues.json';
import { classOf, cueVerb, formsWith, inflect, nounCue, phrasalCues } from '../../src/core/detect/cues';
import { detect } from '../../src/core/detect';
import { classRows } from './helpers/claimRows';
import { CUE_CLASSES } from '../../src/core/detect/types';

describe('cue lexicon', () => {
  it('inflects regular, doubled, -y, -e and irregular verbs', () => {
    assert.deepStrictEqual(inflect('warn'), { base: 'warn', third: 'warns', past: 'warned', participle: 'warned', ing: 'warning' });
    assert.deepStrictEqual(inflect('admit', { double: true }), { base: 'admit', third: 'admits', past: 'admitted', participle: 'admitted', ing: 'admitting' });
    assert.deepStrictEqual(inflect('deny'), { base: 'deny', third: 'denies', past: 'denied', participle: 'denied', ing: 'denying' });
    assert.deepStrictEqual(inflect('argue'), { base: 'argue', third: 'argues', past: 'argued', participle: 'argued', ing: 'arguing' });
    assert.deepStrictEqual(inflect('stress'), { base: 'stress', third: 'stresses', past: 'stressed', participle: 'stressed', ing: 'stressing' });
    assert.deepStrictEqual(inflect('write', { past: 'wrote', participle: 'written' }).participle, 'written');
    assert.strictEqual(inflect('say').ing, 'saying');
    assert.strictEqual(inflect('agree').ing, 'agreeing');
  });

  it('names its sources and uses only the declared classes and frames', () => {
    assert.ok(data.sources.length >= 2 && data.sources.some((s) => s.includes('VerbNet')) && data.sources.some((s) => s.includes('FrameNet')));
    const frames = Object.keys(data.frames);
    for (const v of data.verbs) {
      assert.ok(CUE_CLASSES.includes(v.class as never), v.lemma);
      for (const f of v.frames) assert.ok(frames.includes(f), `${v.lemma}: ${f}`);
    }
    for (const n of data.nouns) assert.ok(CUE_CLASSES.includes(n.class as never), n.noun);
  });

  it('gives each form its verb and class', () => {
    assert.strictEqual(cueVerb('said')?.lemma, 'say');
    assert.strictEqual(classOf('Accused'), 'accusation');
    assert.strictEqual(classOf('vowed'), 'intention');
    assert.strictEqual(classOf('urges'), 'demand');
    assert.strictEqual(classOf('believes'), 'belief');
    assert.strictEqual(classOf('showed'), 'evidence');
    assert.strictEqual(classOf('opposes'), 'position');
    assert.strictEqual(classOf('according'), 'speech');
    assert.strictEqual(nounCue('statement'), 'speech');
    assert.deepStrictEqual(phrasalCues('called').map((v) => v.lemma), ['call for', 'call on']);
    // a lemma that is mostly a noun has no base form as a cue
    assert.strictEqual(cueVerb('report'), undefined);
    assert.strictEqual(cueVerb('reported')?.lemma, 'report');
    assert.ok(formsWith(['that']).has('warned') && !formsWith(['that']).has('accused'));
  });

  it('gives every detected claim with a cue that cue\'s class', () => {
    const text = 'Mayor Dana Pell said the harbour would reopen. "We are ready," she said. Officials believe the pier is safe.';
    const claims = detect(text).claims;
    assert.ok(claims.length >= 3);
    for (const c of claims) assert.ok(!c.cue || CUE_CLASSES.includes(c.cue.class), c.text);
    assert.deepStrictEqual(claims.map((c) => c.cue?.class), ['speech', 'speech', 'belief']);
  });
  it('takes the round-10 verbs of conjecture, manner of speaking and judgment, each with its class', () => {
    const rows = (text: string): Array<Array<string | undefined>> => classRows(text).map((r) => r.slice(1));
    assert.deepStrictEqual(rows('We hypothesize that the effect depends on age.'), [['belief', 'we']]);
    assert.deepStrictEqual(rows('The authors posit that trade follows the ferry routes.'), [['belief', 'authors']]);
    assert.deepStrictEqual(rows('"Not again," Mira Olsen muttered.'), [['speech', 'Mira Olsen']]);
    assert.deepStrictEqual(rows('The senator assailed the minister for the delays.'), [['accusation', 'senator']]);
    // (a sigh or a snap as a noun is no cue: those verbs count only in the past, with a quotation)
    assert.deepStrictEqual(rows('The snap election was called by the governor.'), []);
    // an intention to act is no attribution (left out of the lexicon: "plans to", "intends to")
    assert.deepStrictEqual(rows('The council plans to reopen the pier in May.'), []);
  });
});
