import * as assert from 'assert';
import { detect } from '../../src/core/detect';

/**
 * Edited text of other genres than news, written for these tests: what has no attribution must
 * give no claim, and capitalised words that name ideas are no actors.
 */
describe('detection in other genres: a travel guide', () => {
  const TRAVEL = [
    'Getting there',
    '',
    'The easiest way to reach Orsa is by ferry, which takes two hours. You can buy tickets at the harbour office. Note that the museum closes on Mondays. Remember that the last ferry leaves at six. Be warned that the road to the summit is steep.',
    '',
    'Climb the 200 steps for a view over the bay. Keep to the marked paths. The tourist office recommends that you carry water. We recommend that you book a table in advance. You will find that the old town is best explored on foot. Tell the driver where you want to get off.',
    '',
    'The Harbour Museum shows how fishermen lived a century ago. The chapel, built in the twelfth century, overlooks the square.',
  ].join('\n');

  it('gives no claim for instructions, advice to the reader and descriptions', () => {
    assert.deepStrictEqual(detect(TRAVEL).claims.map((c) => c.text), []);
  });

  it('still reads an attribution in such text, with the unnamed body as its speaker', () => {
    const claims = detect('Keep to the marked paths. The tourist office recommends that visitors carry water.').claims;
    assert.deepStrictEqual(claims.map((c) => [c.text, c.speaker?.text]), [['visitors carry water', 'tourist office']]);
  });
});

describe('detection in other genres: academic text', () => {
  const ACADEMIC = [
    'Early work by Berg and Sato (1998) showed that sediment supply controls beach width. Later studies argued that wave climate matters more (Kolar, 2004).',
    'Following Grounded Theory, interviews were coded in three rounds. Principal Component Analysis reduced the twelve variables to three. Contrary to the Sediment Budget Hypothesis, supply explained little variance.',
    'These findings support the Wave Climate Model. Future work should examine Climate Change scenarios. Nevertheless, the Central Limit Theorem justifies the normal approximation. Overall, storms matter most.',
  ].join('\n\n');
  const result = detect(ACADEMIC);

  it('takes no theory, method, model or sentence adverb for an actor, and cited authors for people', () => {
    assert.deepStrictEqual(result.actors.map((a) => [a.text, a.type]), [
      ['Berg', 'person'],
      ['Sato', 'person'],
      ['Kolar', 'person'],
    ]);
  });

  it('takes no word of a title-case heading for a name unless the text outside headings capitalises it too', () => {
    const text = 'Early Life and Education\n\nMarta Ilves grew up in Orsa.\n\nData and Methods\n\nWe counted the birds twice.\n\nMarta Ilves';
    // (a heading that is a name as a whole is kept)
    assert.deepStrictEqual(detect(text).actors.map((a) => a.text), ['Marta Ilves', 'Orsa', 'Marta Ilves']);
    // a heading line at the top of a paragraph, its name written again in the text
    assert.deepStrictEqual(detect('Field Work with Marta Ilves\nMarta Ilves counted the birds twice.').actors.map((a) => a.text), ['Marta Ilves', 'Marta Ilves']);
  });

  it('takes no acronym of a method for an actor where the method is defined', () => {
    const text = 'We applied Principal Component Analysis (PCA) to the survey data, and PCA reduced the variables to three. The Velmore Coastal Observatory (VCO) provided the data.';
    assert.deepStrictEqual(detect(text).actors.map((a) => [a.text, a.type, a.actor]), [
      ['Velmore Coastal Observatory', 'organization', 'Velmore Coastal Observatory'],
      ['VCO', 'organization', 'Velmore Coastal Observatory'],
    ]);
  });

  it('takes no discipline, emphasis in capitals, contraction or numbered category for an actor', () => {
    const text = 'Ines Kolar holds a degree in Linguistics and Philosophy from Orsa. The survey must be short AND complete. We’ve seen it before. They\'re late. It reached Category 3 by noon.';
    assert.deepStrictEqual(detect(text).actors.map((a) => a.text), ['Ines Kolar', 'Orsa']);
  });

  it('takes a name given a version number for a product, wherever the text names it', () => {
    const text = 'Harbour Maps 4 replaces Harbour Maps 3 in May. Most users of Harbour Maps liked it, Ines Kolar said. Route 66 stays open.';
    assert.deepStrictEqual(detect(text).actors.map((a) => a.text), ['Ines Kolar']);
  });

  it('reads an occupation before a name as a role, not part of the name', () => {
    assert.deepStrictEqual(detect('Biologist Nick Ostrander studies ants.').actors.map((a) => [a.text, a.type]), [['Nick Ostrander', 'person']]);
  });

  it('leaves a citation closing a sentence out of the claim', () => {
    assert.deepStrictEqual(result.claims.map((c) => c.text), ['sediment supply controls beach width', 'wave climate matters more']);
  });
});

describe('detection in other genres: biography and court reports', () => {
  it('gives a quotation in the second of two joined clauses to that clause\'s subject', () => {
    const claims = detect('Critics praised her use of colour, and the Velmore Gazette called her "the most original painter of her time".').claims;
    assert.deepStrictEqual(claims.map((c) => [c.text, c.speaker?.actor]), [['the most original painter of her time', 'Velmore Gazette']]);
  });

  it('does not make the subject of a passive cue its speaker', () => {
    assert.deepStrictEqual(detect('Tor Halvorsen was told that the warrant was valid.').claims, []);
    assert.deepStrictEqual(detect('Ines Kolar was warned that the bridge was closed.').claims, []);
    // the agent after "by" is the speaker
    assert.deepStrictEqual(detect('It was announced by the Orsa Shipping Company that the route would close.').claims.map((c) => [c.text, c.speaker?.actor]),
      [['the route would close', 'Orsa Shipping Company']]);
  });
});

describe('detection in other genres: academic citations and methods', () => {
  it('reads a verb with its object after an opening phrase as no parenthetical cue', () => {
    // "C, S said" needs a clause before the comma; here the verb has its object after it
    assert.deepStrictEqual(detect('Following a Bayesian approach, we estimated the coefficient for each village.').claims, []);
    // a clause before the comma is still a claim
    assert.deepStrictEqual(detect('The dunes recover within a decade, Okafor told the panel.').claims.map((c) => [c.text, c.speaker?.actor]),
      [['The dunes recover within a decade', 'Okafor']]);
  });

  it('takes an author cited in parentheses for a person, but as a speaker only with a verb of saying', () => {
    const text = 'Coastal erosion has accelerated since 1990 (Halloran 2019). Halloran et al. argue that storms matter more.';
    const result = detect(text);
    assert.deepStrictEqual(result.actors.map((a) => [a.text, a.type]), [['Halloran', 'person'], ['Halloran', 'person']]);
    assert.deepStrictEqual(result.claims.map((c) => [c.text, c.speaker?.actor]), [['storms matter more', 'Halloran']]);
  });
});

describe('detection in other genres: court reports', () => {
  const COURT = 'The defendant, Joran Velke, testified that he had never seen the contract. The prosecution contended that Velke had signed it in March. '
    + 'The court held that the search was lawful.';

  it('reads testimony, contentions and holdings as claims of the witness, the party and the court', () => {
    assert.deepStrictEqual(detect(COURT).claims.map((c) => [c.text, c.speaker?.actor, c.cue?.text]), [
      ['he had never seen the contract', 'Joran Velke', 'testified'],
      ['Velke had signed it in March', 'prosecution', 'contended'],
      ['the search was lawful', 'court', 'held'],
    ]);
  });

  it('takes "held" without a that-clause, and a credit after a colon, for no claim', () => {
    assert.deepStrictEqual(detect('The hearing was held in Orsa. The first session was held on Monday in Brenmouth D.C. Image: Ann Berg.').claims
      .filter((c) => c.cue?.text === 'held'), []);
  });
});

describe('detection in other genres: biography', () => {
  it('gives "she" the person a sentence opening with a pronoun has shown to be a woman', () => {
    // "Her father" after a sentence naming only Mirela Anstett; "He" after a sentence naming her and Tobias Rehn is Rehn
    const text = 'Mirela Anstett was born in Kolvik in 1921. Her father taught her to draw. After the war Anstett married the composer Tobias Rehn. '
      + 'He encouraged her to exhibit. "I painted what I saw," she told a reporter in 1960.';
    const quote = detect(text).claims.find((c) => c.kind === 'direct');
    assert.strictEqual(quote?.speaker?.actor, 'Mirela Anstett');
  });
});

describe('detection in other genres: biography pronouns', () => {
  const speakerOf = (text: string, cue: string): string | undefined => detect(text).claims.find((c) => c.cue?.text === cue)?.speaker?.actor;

  it('shows no gender for a person named after a pronoun of that gender, when the next sentence opens with it', () => {
    // "Her tutor, Karl Bremer": "her" is someone else, the one "She finished" goes on about
    const text = 'Edda Lindqvist grew up on a farm.\n\nShe entered the University of Orsa in 1958. Her tutor, Professor Karl Bremer, doubted that a woman could finish. '
      + 'She finished it in three years. Bremer later admitted that he had been wrong.\n\nLindqvist was appointed to a lectureship in 1966. She argued that field work mattered more.';
    assert.strictEqual(speakerOf(text, 'argued'), 'Edda Lindqvist');
  });

  it('lets a pronoun stand for a surname opening a sentence once the document shows it is a name', () => {
    const text = 'Tomas Rieck sailed north with Karl Bremer.\n\nRieck came back in May. He said that the ice had been thin.';
    assert.strictEqual(speakerOf(text, 'said'), 'Tomas Rieck');
  });

  it('takes a plural noun for people opening a sentence for no surname a "she" stands for', () => {
    const text = 'Edda Lindqvist taught in Orsa.\n\nShe argued that field work mattered more. Colleagues complained that she was never there. She replied that the beetles were not there either.';
    assert.strictEqual(speakerOf(text, 'replied'), 'Edda Lindqvist');
  });

  it('gives a pronoun of a paragraph that names no person the subject of the biography, not a person named less', () => {
    const text = 'Halvard Morstein was born in Eskvik. Morstein left school at fourteen.\n\nIn 1921 Morstein moved to Brenmouth to study engineering.\n\n'
      + 'His colleague Piet Ansel recalled that Morstein had lost his laughter.\n\nAfter the war he returned to his office. He told reporters that the bridges would last.';
    assert.strictEqual(speakerOf(text, 'told'), 'Halvard Morstein');
    // the person named in the paragraph before still speaks there, and a pronoun with a person before it in its paragraph keeps to that one
    assert.strictEqual(speakerOf(text, 'recalled'), 'Piet Ansel');
    const near = 'Halvard Morstein was born in Eskvik. Morstein left school at fourteen. Morstein moved to Brenmouth.\n\nPiet Ansel arrived in May. He said that the bridge was sound.';
    assert.strictEqual(speakerOf(near, 'said'), 'Piet Ansel');
  });
});

describe('detection in other genres: a verb of finding or writing with a noun phrase for its object', () => {
  it('reads a plural noun after a quantifier or a possessive as no verb of a clause', () => {
    assert.deepStrictEqual(detect('Vegetarians will find fewer options, but most places can prepare a pasta dish on request.').claims, []);
    assert.deepStrictEqual(detect('In the summers he painted and wrote letters to his daughters.').claims, []);
    // a verb after the noun phrase still makes it a clause
    assert.deepStrictEqual(detect('Ines Kolar said her plans were ready.').claims.map((c) => [c.text, c.speaker?.actor]), [['her plans were ready', 'Ines Kolar']]);
    assert.deepStrictEqual(detect('Ines Kolar wrote that several boats had sunk.').claims.map((c) => c.text), ['several boats had sunk']);
  });
});

describe('detection in other genres: the writers of a paper', () => {
  it('takes "we" outside a quotation for the writers, not an actor named before', () => {
    const text = 'Following Marlow (2012), we treat resilience as a speed. The Velmore Coastal Observatory provided the data. We conclude that networks drive recovery.';
    const claims = detect(text).claims.filter((c) => c.cue?.text === 'conclude');
    assert.deepStrictEqual(claims.map((c) => [c.text, c.speaker?.text, c.speaker?.actor]), [['networks drive recovery', 'We', 'we']]);
  });
});

describe('detection in other genres: counsel in a court report', () => {
  it('takes the noun before "for" or "of" for the subject, not the object of the preposition, and "he" after it for counsel', () => {
    const claims = detect('Counsel for the appellant argued that the judge had erred. He submitted that the conviction was unsafe.').claims;
    assert.deepStrictEqual(claims.map((c) => [c.text, c.speaker?.text, c.speaker?.actor]), [
      ['the judge had erred', 'Counsel for the appellant', 'counsel'],
      ['the conviction was unsafe', 'He', 'counsel'],
    ]);
    assert.deepStrictEqual(detect('The mother of the victim said that the police had failed.').claims.map((c) => c.speaker?.actor), ['mother']);
  });
});
