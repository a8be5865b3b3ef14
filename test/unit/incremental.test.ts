import * as assert from 'assert';
import fc from 'fast-check';
import { detect, IncrementalDetector, paragraphs, type Detection } from '../../src/core/detect';

/** Plain data (the detector may reuse and change the objects it returned before). */
const plain = (d: Detection): unknown => JSON.parse(JSON.stringify(d));

/** Runs the detector on a text and checks it gives exactly what a fresh run gives. */
function same(inc: IncrementalDetector, text: string): Detection {
  const result = inc.detect(text);
  assert.deepStrictEqual(plain(result), plain(detect(text)));
  return result;
}

// sentences with what crosses paragraphs: full names and surnames, acronym definitions and uses,
// pronoun and role-noun speakers, quotations without a cue, sentence-initial unknown names
const SENTENCES = [
  'John Kirby, a spokesman for the National Security Council (NSC), said on Monday that the talks would resume.',
  'Kirby said the shipments had been delayed by storms.',
  '"We have no connection with these groups at all," Kirby said.',
  '"Every week of delay costs lives in the camps."',
  '"The channel is clear and the crane has been removed."',
  'The NSC said it would publish the report soon.',
  'He said the border crossing would reopen on Monday.',
  'She told reporters that prices would rise before the winter.',
  'They warned that the reservoir was nearly empty.',
  'The spokesman added that two patrol vehicles had been damaged.',
  'According to the Ministry of Transport, the channel is clear.',
  'Maria Ostrowska, the Deputy Head of the Special Monitoring Mission (SMM), said the attack had been planned.',
  'Ostrowska warned that the SMM had no access to the site.',
  'Officials in Geneva denied that anything had happened.',
  'Volkov said nothing more about it.',
  'Reporters later met Volkov in Geneva.',
  'Dmitri Volkov, of the Eastern Volunteer Brigade, denied the claim.',
  'The World Food Programme (WFP) said supplies were low. WFP staff left.',
  'Anna Lindqvist said: "The talks will go on for as long as it takes."',
  'Reporters asked Kirby and Ostrowska about the talks.',
  'Kirby (JK) left early. Reporters said JK was tired.',
  'Later the JK team and the NSC met. He said nothing.',
  'Ostrowska said: "We are seeing the same tools again." "Nobody will be allowed to cross without papers."',
  '"We are ready for anything that comes," he said.',
  // salience and gender (mentions inside claims, objects of prepositions, his/her after a name), frames, nominal cues
  'Mr Tomas Hart said that Ines Kolar had been sanctioned by the board.',
  'Ines Kolar was criticised for her remarks. She warned, "Nobody is above the rules."',
  'In an interview with Volkov, she said the port would close.',
  'Kolar accused the National Security Council of hiding the cost.',
  'A statement from the NSC: "The channel will stay open."',
  "Ostrowska's announcement that the mission would end surprised them.",
];
const INSERTS = [
  '', 'x', 'X', ' ', '\n', '\n\n', '\n \n', '\n\n\n', ' Kirby said so.', 'John Kirby', 'Kirby', 'Volkov', ' met Volkov',
  'National Security Council (NSC)', ' NSC', '(NSC)', 'He said ', 'Anna Lindqvist', ' asked Kirby', ' (JK)', ' "A quotation without any cue follows here." ',
  '\n\n"Another quotation with no cue at all, right here."', '\n\nShe said that the strike was over.', ' said ', '"', '.',
  ' his ', ' her ', 'Mr ', 'Ms ', ' with Kirby', ' that Volkov was there',
  ...SENTENCES.map((s) => ` ${s}`),
];

const paragraph = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const article = fc.tuple(fc.array(paragraph, { minLength: 3, maxLength: 12 }), fc.constantFrom('\n\n', '\n \n', '\n\n\n'))
  .map(([ps, sep]) => ps.join(sep));
/** An edit: where (a fraction of the text, or snapped to a blank line), how much to delete, what to insert. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  snap: fc.boolean(),
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 12 }), fc.nat({ max: 300 })),
  insert: fc.constantFrom(...INSERTS),
});

function apply(text: string, e: { at: number; snap: boolean; remove: number; insert: string }): string {
  let at = Math.floor(e.at * text.length);
  if (e.snap) {
    const blank = text.indexOf('\n\n', at);
    at = blank < 0 ? text.length : blank;
  }
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

describe('incremental detection (property-based)', () => {
  it('gives what a fresh detect() gives after every edit', () => {
    fc.assert(fc.property(article, fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
      const inc = new IncrementalDetector();
      let text = start;
      same(inc, text);
      for (const e of edits) {
        text = apply(text, e);
        same(inc, text);
      }
    }), { numRuns: 200 });
  });
});

describe('incremental detection', () => {
  const PARAS = [
    'John Kirby, a spokesman for the National Security Council (NSC), said on Monday that the talks would resume.',
    '"We have no connection with these groups at all," Kirby said. "Every week of delay costs lives in the camps."',
    'The NSC said it would publish the report soon. He said the border crossing would reopen on Monday.',
    'Officials in Geneva denied that anything had happened. Reporters later met Volkov in Geneva.',
    'Volkov said nothing more about it. The spokesman added that two patrol vehicles had been damaged.',
  ];
  const TEXT = PARAS.join('\n\n');

  /** A detector that has seen TEXT. */
  function seen(): IncrementalDetector {
    const inc = new IncrementalDetector();
    same(inc, TEXT);
    assert.strictEqual(inc.lastAnalysed, PARAS.length);
    return inc;
  }

  it('analyses only the edited paragraph, in the first, a middle or the last one', () => {
    for (const k of [0, 2, PARAS.length - 1]) {
      const inc = seen();
      const edited = PARAS.map((p, i) => (i === k ? p.replace('.', ', officials said.') : p)).join('\n\n');
      same(inc, edited);
      assert.strictEqual(inc.lastAnalysed, 1);
      assert.strictEqual(inc.lastDocumentPass, 'edited');
    }
  });

  it('joins two paragraphs when the blank line between them is deleted, and splits one again', () => {
    const inc = seen();
    const joined = TEXT.replace(`${PARAS[1]}\n\n`, `${PARAS[1]} `);
    same(inc, joined);
    assert.strictEqual(inc.lastAnalysed, 1);
    same(inc, TEXT);
    assert.strictEqual(inc.lastAnalysed, 2);
  });

  it('reuses the analysis of paragraphs that were moved', () => {
    const inc = seen();
    same(inc, [PARAS[0], PARAS[2], PARAS[1], PARAS[3], PARAS[4]].join('\n\n'));
    assert.strictEqual(inc.lastAnalysed, 0);
  });

  /** Checks a detector on three paragraphs, then with the middle one replaced; gives the second result. */
  function replaceMiddle(first: string, last: string, middle: string): { inc: IncrementalDetector; result: Detection } {
    const inc = new IncrementalDetector();
    same(inc, [first, 'Nothing happened.', last].join('\n\n'));
    const result = same(inc, [first, middle, last].join('\n\n'));
    assert.strictEqual(inc.lastAnalysed, 1);
    return { inc, result };
  }

  it('resolves earlier and later paragraphs again when an edit defines an acronym or a full name', () => {
    const { inc, result } = replaceMiddle('The NSC said so. Kirby agreed.', 'He said it was over.', 'John Kirby of the National Security Council (NSC) spoke.');
    assert.strictEqual(inc.lastDocumentPass, 'whole');
    assert.deepStrictEqual(result.actors.filter((a) => a.text === 'NSC').map((a) => a.actor), ['National Security Council', 'National Security Council']);
  });

  it('gives a surname after the edit the full name the edit adds', () => {
    const { inc, result } = replaceMiddle('Reporters asked Lindqvist.', 'Reporters asked Lindqvist again.', 'Anna Lindqvist arrived.');
    assert.strictEqual(inc.lastDocumentPass, 'whole');
    assert.deepStrictEqual(result.actors.map((a) => a.actor), ['Lindqvist', 'Anna Lindqvist', 'Anna Lindqvist']);
  });

  it('gives a pronoun after the edit, and the quotation continuing it, the person the edit names', () => {
    const last = '"We are ready for anything that comes," he said. "Every week of delay costs lives in the camps."';
    const { inc, result } = replaceMiddle('Officials in Geneva met.', last, 'Minister Varga arrived.');
    assert.strictEqual(inc.lastDocumentPass, 'edited');
    assert.deepStrictEqual(result.claims.map((c) => c.speaker?.actor), ['Varga', 'Varga']);
  });

  it('gives a title after the edit the person the edit names with it ("Mayor Jonas Eld … ¶ the mayor said")', () => {
    const { result } = replaceMiddle('Officials in Aarvik met.', '"The plant must stay," the mayor said.', 'Mayor Jonas Eld urged both sides to talk.');
    assert.deepStrictEqual(result.claims.map((c) => c.speaker?.actor), ['Jonas Eld', 'Jonas Eld']);
  });

  it('continues a quotation chain across the edit', () => {
    const inc = new IncrementalDetector();
    const text = ['"We have no connection with these groups at all," Kirby said.', 'Nothing.', '"Every week of delay costs lives in the camps."'].join('\n\n');
    same(inc, text);
    same(inc, text.replace('Nothing.\n\n', ''));
    same(inc, text);
  });

  it('handles deleting everything, and a different text altogether', () => {
    const inc = seen();
    same(inc, '');
    same(inc, TEXT);
    same(inc, 'Anna Lindqvist said: "The talks will go on for as long as it takes."\n\nShe left.');
    assert.strictEqual(inc.lastAnalysed, 2);
    same(inc, TEXT);
  });

  it('splits paragraphs at blank lines', () => {
    assert.deepStrictEqual(paragraphs('a\n\nb\n \t\nc'), [[0, 2], [2, 5], [7, 9]]);
    assert.deepStrictEqual(paragraphs(''), [[0, 0]]);
  });
});
