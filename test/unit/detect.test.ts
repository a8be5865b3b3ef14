import * as assert from 'assert';
import fc from 'fast-check';
import { detect, Gazetteer, IncrementalDetector } from '../../src/core/detect';
import { tokenize } from '../../src/core/detect/tokens';

const actors = (text: string): string[][] => detect(text).actors.map((a) => [a.text, a.type, a.actor]);

describe('actor detection', () => {
  it('finds people with titles stripped, and groups a surname with the full name', () => {
    assert.deepStrictEqual(actors('Foreign Minister Elena Varga met reporters. Varga said little.'), [
      ['Elena Varga', 'person', 'Elena Varga'],
      ['Varga', 'person', 'Elena Varga'],
    ]);
  });

  it('splits a run whose acronym spells only its last words from the body named before them', () => {
    assert.deepStrictEqual(actors('Ann Berg of the Velmore Port Authority Harbour Safety Board (HSB) spoke. The HSB met.'), [
      ['Ann Berg', 'person', 'Ann Berg'],
      ['Velmore Port Authority', 'organization', 'Velmore Port Authority'],
      ['Harbour Safety Board', 'organization', 'Harbour Safety Board'],
      ['HSB', 'organization', 'Harbour Safety Board'],
      ['HSB', 'organization', 'Harbour Safety Board'],
    ]);
    // an acronym spelling the whole run keeps it whole
    assert.deepStrictEqual(actors('The Orsa Valley Water Board (OVWB) met.').map((a) => a[0]), ['Orsa Valley Water Board', 'OVWB']);
  });

  it('groups an acronym defined in parentheses with its organisation', () => {
    assert.deepStrictEqual(actors('The Regional Water Agency (RWA) opened an inquiry. Later the RWA closed it.'), [
      ['Regional Water Agency', 'organization', 'Regional Water Agency'],
      ['RWA', 'organization', 'Regional Water Agency'],
      ['RWA', 'organization', 'Regional Water Agency'],
    ]);
  });

  it('reads a capital city as its state, and ignores demonyms used as adjectives', () => {
    assert.deepStrictEqual(actors('Officials in Pyongyang denied it. The North Korean statement was short.'), [
      ['Pyongyang', 'state', 'North Korea'],
    ]);
  });

  it('types armed groups and places by their head words', () => {
    assert.deepStrictEqual(actors('Fighters of the Northern Liberation Front crossed the Silver River on foot.'), [
      ['Northern Liberation Front', 'group', 'Northern Liberation Front'],
      ['Silver River', 'location', 'Silver River'],
    ]);
  });

  it('skips sentence-initial capitals that are ordinary words', () => {
    assert.deepStrictEqual(actors('Talks resumed. Monitors said nothing.'), []);
  });

  it('lets the analyst gazetteer win over detection', () => {
    const gazetteer = new Gazetteer([{ name: 'Silent Harbor', type: 'group', aliases: ['SH-7'] }]);
    const found = detect('Researchers traced it to Silent Harbor last week.', { gazetteer }).actors;
    assert.deepStrictEqual(found.map((a) => [a.text, a.type]), [['Silent Harbor', 'group']]);
  });
});

describe('claim detection', () => {
  it('finds a direct quotation with its cue and speaker after it', () => {
    const text = 'Mayor Ines Kolar visited the site. "The bridge will reopen in May," Kolar said.';
    const [c] = detect(text).claims;
    assert.strictEqual(c.text, 'The bridge will reopen in May');
    assert.strictEqual(c.kind, 'direct');
    assert.strictEqual(c.cue?.text, 'said');
    assert.strictEqual(c.speaker?.actor, 'Ines Kolar');
  });

  it('joins a split quotation into one discontinuous claim', () => {
    const text = 'Ines Kolar spoke briefly. “The repairs are done,” she said, “but the inspection is not.”';
    const claims = detect(text).claims;
    assert.strictEqual(claims.length, 1);
    const c = claims[0];
    assert.deepStrictEqual(c.fragments?.map(([s, e]) => text.slice(s, e)), ['The repairs are done', 'but the inspection is not.']);
    assert.strictEqual(c.speaker?.text, 'she');
    assert.strictEqual(c.speaker?.actor, 'Ines Kolar');
  });

  it('finds reported speech after "that", past an apposition and adverbials', () => {
    const text = 'Ines Kolar, the mayor of Dunmore, said on Tuesday during a briefing that the budget was exhausted.';
    const [c] = detect(text).claims;
    assert.strictEqual(c.text, 'the budget was exhausted');
    assert.strictEqual(c.kind, 'indirect');
    assert.strictEqual(c.speaker?.actor, 'Ines Kolar');
  });

  it('finds "according to" and trailing attributions', () => {
    const claims = detect('According to the Port Council, exports fell by a third. Imports rose sharply in the spring, officials said.').claims;
    assert.deepStrictEqual(claims.map((c) => [c.text, c.speaker?.text]), [
      ['exports fell by a third', 'Port Council'],
      ['Imports rose sharply in the spring', 'officials'],
    ]);
  });

  it('reads no claim in an impersonal passive, which names no source ("It is understood that C")', () => {
    assert.deepStrictEqual(detect('It is understood that the talks will resume next week.').claims, []);
    assert.deepStrictEqual(detect('It has been reported that the ferry will stop at Orsa.').claims, []);
    // a cue of the sentence with a subject of its own still attributes what it says
    assert.deepStrictEqual(detect('It is understood that Ines Kolar said the talks would resume.').claims.map((c) => [c.text, c.speaker?.actor]), [
      ['the talks would resume', 'Ines Kolar'],
    ]);
  });

  it('ignores short scare quotes', () => {
    assert.deepStrictEqual(detect('The so-called "experts" arrived late.').claims, []);
  });
});

describe('incremental detection', () => {
  const PARAS = [
    'Maria Ostrowska, the Deputy Head of the Special Monitoring Mission (SMM), said on Thursday that the mission had recorded new strikes.',
    '"Most of these strikes hit civilian infrastructure," Ostrowska told reporters in Geneva.',
    'The SMM did not say who launched them. She stated that patrols would continue.',
    'Officials in Moscow denied it. "We have no connection with these formations," said Dmitri Volkov.',
  ];
  const strip = (d: ReturnType<typeof detect>): unknown => JSON.parse(JSON.stringify(d));

  it('resolves across paragraphs: aliases, surnames and pronouns defined earlier', () => {
    const d = detect(PARAS.join('\n\n'));
    const smm = d.actors.filter((a) => a.text === 'SMM');
    assert.deepStrictEqual(smm.map((a) => a.actor), ['Special Monitoring Mission', 'Special Monitoring Mission']);
    const she = d.claims.find((c) => c.speaker?.text === 'She');
    assert.strictEqual(she?.speaker?.actor, 'Maria Ostrowska');
    assert.strictEqual(d.claims.find((c) => c.text.startsWith('Most of'))?.speaker?.actor, 'Maria Ostrowska');
  });

  it('analyses only the edited paragraph again and gives the same result as a fresh run', () => {
    const inc = new IncrementalDetector();
    inc.detect(PARAS.join('\n\n'));
    assert.strictEqual(inc.lastAnalysed, 4);
    const edited = [PARAS[0], PARAS[1].replace('Geneva', 'Vienna'), PARAS[2], PARAS[3]].join('\n\n');
    const again = inc.detect(edited);
    assert.strictEqual(inc.lastAnalysed, 1);
    assert.deepStrictEqual(strip(again), strip(detect(edited)));
  });

  it('matches a fresh run after any sequence of paragraph edits (property)', () => {
    const inc = new IncrementalDetector();
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat({ max: 3 }), fc.constantFrom('', ' Later, Volkov said the talks failed.', ' The SMM agreed.', 'x')), { maxLength: 6 }), (edits) => {
      const paras = [...PARAS];
      for (const [k, add] of edits) paras[k] = add === 'x' ? paras[k].slice(0, -1) : paras[k] + add;
      const text = paras.join('\n\n');
      assert.deepStrictEqual(strip(inc.detect(text)), strip(detect(text)));
    }), { numRuns: 60 });
  });
});

describe('claim detection: what is not a claim', () => {
  it('skips negated and indirect-question reporting ("did not say who ...")', () => {
    assert.deepStrictEqual(detect('The Port Council did not say who would pay for the repairs.').claims, []);
    assert.deepStrictEqual(detect('Ines Kolar never said the bridge was unsafe.').claims, []);
  });

  it('takes a clause right after the verb ("he said the dam held")', () => {
    const [c] = detect('Water engineer Lukas Brandt said the northern dam was holding.').claims;
    assert.strictEqual(c.text, 'the northern dam was holding');
    assert.strictEqual(c.speaker?.actor, 'Lukas Brandt');
  });
});

describe('detection: roles and objects', () => {
  it('keeps the name after a role phrase ("Minister of Education Ines Kolar")', () => {
    assert.deepStrictEqual(detect('Yesterday the Minister of Education Ines Kolar visited.').actors.map((a) => [a.text, a.type]), [['Ines Kolar', 'person']]);
    assert.deepStrictEqual(detect('She met the Coordinator for Maritime Affairs on Monday.').actors, []);
  });

  it('reads "S told O C" as a claim of S', () => {
    const [c] = detect('Port spokeswoman Ines Kolar told the council the channel would reopen in May.').claims;
    assert.strictEqual(c.text, 'the channel would reopen in May');
    assert.strictEqual(c.speaker?.actor, 'Ines Kolar');
    assert.deepStrictEqual(detect('Ines Kolar told reporters.').claims, []);
  });
});

describe('detection: the speaker is the name, not its acronym', () => {
  it('"The Regional Water Agency (RWA) recommends that C": spoken by the agency\'s name', () => {
    const [c] = detect('The Regional Water Agency (RWA) recommends that every town should test its wells.').claims;
    assert.strictEqual(c.speaker?.text, 'Regional Water Agency');
    assert.strictEqual(c.text, 'every town should test its wells');
  });
});

describe('detection: more phenomena', () => {
  it('reads guillemets and quotations of several sentences', () => {
    const [c] = detect('Ines Kolar spoke first. «The bridge is safe. The road is not,» Kolar said.').claims;
    assert.strictEqual(c.text, 'The bridge is safe. The road is not');
    assert.strictEqual(c.kind, 'direct');
    assert.strictEqual(c.speaker?.actor, 'Ines Kolar');
  });

  it('resolves a role noun to the body named before it ("the ministry said")', () => {
    const d = detect('The Ministry of Transport opened an inquiry. A spokesman for the ministry said that the ferry had been inspected.');
    const c = d.claims.find((x) => x.text.startsWith('the ferry'))!;
    assert.strictEqual(c.speaker?.actor, 'Ministry of Transport');
  });

  it('takes "adding" as a cue and links a capital to its state', () => {
    const d = detect('"We will not negotiate under fire," the Kremlin spokesman said, adding that Moscow would respond.');
    assert.ok(d.actors.some((a) => a.text === 'Moscow' && a.actor === 'Russia' && a.type === 'state'));
    assert.ok(d.claims.some((c) => c.cue?.text === 'said' && c.kind === 'direct'));
  });
});

describe('detection: what is not a name', () => {
  it('drops caption labels, trailing pronouns, generic head words and model numbers', () => {
    const names = (t: string): string[] => detect(t).actors.map((a) => a.text);
    assert.deepStrictEqual(names('A photo of Ines Kolar Image: the harbour office.'), ['Ines Kolar']);
    assert.deepStrictEqual(names('Staff at the University said the IE6 browser and part XVII were gone.'), []);
  });
});

describe('detection: content introduced by a wh-word', () => {
  it('"S explained how C" is a claim; "S did not say who C" is not', () => {
    const [c] = detect('Curator Ines Kolar explained how the old camera captured the light.').claims;
    assert.strictEqual(c.text, 'how the old camera captured the light');
    assert.deepStrictEqual(detect('The Port Council did not say who would pay for the repairs.').claims, []);
  });
});

describe('detection: events, works and common nouns are not actors', () => {
  it('keeps "of"/"for the" names whole after a head word', () => {
    assert.deepStrictEqual(actors('Members of the Church of Harbourlight met the Foundation for the Coastal Arts and the State of Oregon.'), [
      ['Church of Harbourlight', 'organization', 'Church of Harbourlight'],
      ['Foundation for the Coastal Arts', 'organization', 'Foundation for the Coastal Arts'],
      ['State of Oregon', 'location', 'State of Oregon'],
    ]);
  });

  it('drops events and works, keeping the actor an event is named after', () => {
    assert.deepStrictEqual(actors('Crowds marked Harbour Day and the OCSA Coastal Cup. She read the novel Amber Gate on the ship Northwind.'), [
      ['OCSA', 'organization', 'OCSA'],
    ]);
  });

  it('drops a capitalised word the text mostly writes in lower case', () => {
    assert.deepStrictEqual(actors('Levels of iodine fell. Low iodine harms children, and iodine is cheap; they call Iodine a bargain. Tallis agreed, and Tallis signed.'), [
      ['Tallis', 'other', 'Tallis'],
      ['Tallis', 'other', 'Tallis'],
    ]);
  });
});

describe('claim detection: captions, parentheses and coordination', () => {
  const claims = (t: string): Array<[string, string | undefined, string | undefined]> =>
    detect(t).claims.map((c) => [c.text, c.speaker?.text, c.cue?.text]);

  it('reads a photo caption before its credit as a claim without a speaker', () => {
    assert.deepStrictEqual(claims('Harbour Report\nDivers inspect the old pier. Crews work at night. Image: Ann Berg.\nThe port reopened.'), [
      ['Crews work at night.', undefined, 'Image'],
    ]);
  });

  it('takes the sentence around a parenthetical "said S" and "S said"', () => {
    assert.deepStrictEqual(claims('Port tenants, said Kolar, must renew their leases every ten years.'), [
      ['Port tenants, said Kolar, must renew their leases every ten years', 'Kolar', 'said'],
    ]);
    const [c] = detect('The talks, Ines Berg said, would resume on Monday.').claims;
    assert.deepStrictEqual(c.fragments?.map(([s, e]) => 'The talks, Ines Berg said, would resume on Monday.'.slice(s, e)), ['The talks', 'would resume on Monday']);
  });

  it('splits "S said C1, and said C2" into two claims of one speaker', () => {
    assert.deepStrictEqual(claims('Ines Berg said the dam had held, and said the road would reopen soon.'), [
      ['the dam had held', 'Ines Berg', 'said'],
      ['the road would reopen soon', 'Ines Berg', 'said'],
    ]);
  });

  it('does not take the object of a preposition for the speaker', () => {
    assert.deepStrictEqual(claims('Ines Berg wrote to Tom Sato and said the port was closed.'), [['the port was closed', 'Ines Berg', 'said']]);
    assert.deepStrictEqual(claims('Researchers, quoted by Anna Kolar in 2019, said prices had risen sharply.'), [
      ['prices had risen sharply', 'Researchers', 'said'],
    ]);
  });

  it('gives a quotation the speaker named right before it, not a cue in the next sentence', () => {
    assert.deepStrictEqual(claims('Tom Sato won the award. He said, "The first half went well for us." Later Anna Kolar said she was tired.'), [
      ['The first half went well for us.', 'He', 'said'],
      ['she was tired', 'Anna Kolar', 'said'],
    ]);
  });

  it('keeps a reported claim whose quotation closes the sentence', () => {
    assert.deepStrictEqual(claims('Inspector Tom Sato told the court that, in the final months, "the pumps had failed twice."'), [
      ['in the final months, "the pumps had failed twice."', 'Tom Sato', 'told'],
    ]);
  });
});

describe('detection: names at the start of a sentence, credits and abbreviations', () => {
  const names = (t: string): string[] => detect(t).actors.map((a) => a.text);

  it('keeps a sentence-initial name with a possessive or in a list, and a credited name', () => {
    assert.deepStrictEqual(names("Harbourline's chief left. Tallwater, Brightport and others agreed. Finally, talks ended. Image: Kolmar."), [
      'Harbourline', 'Tallwater', 'Brightport', 'Kolmar',
    ]);
  });

  it('splits a known body from the person named after it', () => {
    assert.deepStrictEqual(detect('Image: NATO Ines Kolar.').actors.map((a) => [a.text, a.type]), [
      ['NATO', 'organization'],
      ['Ines Kolar', 'person'],
    ]);
  });

  it('skips units, times, holidays and currencies', () => {
    assert.deepStrictEqual(names('At 09:30 GMT the VIP guests left for the Hajj with US$ 200 each; their IQ was not tested.'), []);
  });
});

describe('claim detection: speakers that are not names', () => {
  const claims = (t: string): Array<[string, string | undefined, string | undefined]> =>
    detect(t).claims.map((c) => [c.text, c.speaker?.text, c.cue?.text]);

  it('takes an unnamed subject right before the verb, but not a noun before a noun', () => {
    assert.deepStrictEqual(claims('The city reasoned, "users pay a fee, so the activity is commercial."'), [
      ['users pay a fee, so the activity is commercial.', 'The city', 'reasoned'],
    ]);
    assert.deepStrictEqual(claims('But media have said the plans attract criticism.'), [['the plans attract criticism', 'media', 'said']]);
    assert.deepStrictEqual(claims('The light show can be seen from the hill.'), []);
  });

  it('gives a quotation after a colon to the subject of the sentence', () => {
    assert.deepStrictEqual(claims('Prices rose. She continued: "The plan will cut queues."'), [['The plan will cut queues.', 'She', 'continued']]);
    assert.deepStrictEqual(claims('During the debate, Kolar defended the budget: "Every port needs dredging."'), [
      ['Every port needs dredging.', 'Kolar', 'defended'],
    ]);
  });

  it('separates an organisation from the person named after it, and reads "S tell O C"', () => {
    assert.deepStrictEqual(claims('Harbour Council Enver Sato told reporters the quay was safe. Officials tell Port Radio every claim is checked.'), [
      ['the quay was safe', 'Enver Sato', 'told'],
      ['every claim is checked', 'Officials', 'tell'],
    ]);
  });

  it('prefers a cue in the sentence of the quotation to one in the next sentence', () => {
    assert.deepStrictEqual(claims('Berg asserted that officials "had lied to the court." Tom Sato told reporters in a statement that the case was closed.'), [
      ['officials "had lied to the court."', 'Berg', 'asserted'],
      ['the case was closed', 'Tom Sato', 'told'],
    ]);
  });
});

describe('claim detection: attributions inside claims', () => {
  const claims = (t: string): Array<[string, string | undefined, string | undefined, string | undefined]> =>
    detect(t).claims.map((c) => [c.text, c.speaker?.text, c.speaker?.actor, c.cue?.text]);

  it('"S said she believed C": the outer claim by S and C by "she"', () => {
    assert.deepStrictEqual(claims('Ines Berg also said she believed the harbour would reopen.'), [
      ['she believed the harbour would reopen', 'Ines Berg', 'Ines Berg', 'said'],
      ['the harbour would reopen', 'she', 'Ines Berg', 'believed'],
    ]);
  });

  it('"I think C" inside a quotation is C, by the speaker of the quotation', () => {
    assert.deepStrictEqual(claims('"Had it rained, I think the dam would have failed," Tom Sato said.'), [
      ['Had it rained, I think the dam would have failed', 'Tom Sato', 'Tom Sato', 'said'],
      ['the dam would have failed', 'I', 'Tom Sato', 'think'],
    ]);
  });

  it('"I know that C" inside a quotation is not a second claim: "know" presents C as fact, the quotation is the claim', () => {
    assert.deepStrictEqual(claims('Tom Sato replied, "I know that the pumps were checked, but that is not the point."'), [
      ['I know that the pumps were checked, but that is not the point.', 'Tom Sato', 'Tom Sato', 'replied'],
    ]);
  });
});

describe('claim detection: sources, attitudes, colons and passives', () => {
  const claims = (t: string): Array<[string, string | undefined, string | undefined]> =>
    detect(t).claims.map((c) => [c.text, c.speaker?.text, c.cue?.text]);

  it('reads "according to" after the source\'s name, at the end, and after "that"', () => {
    assert.deepStrictEqual(claims('According to the Port Authority over 300 ships were delayed.'), [
      ['over 300 ships were delayed', 'Port Authority', 'According'],
    ]);
    assert.deepStrictEqual(claims('This year the city expects six million visitors according to the event website.'), [
      ['This year the city expects six million visitors', 'the event website', 'according'],
    ]);
    assert.deepStrictEqual(claims('Both ports kept a policy which, according to Port Radio, the inspectors have criticised.'), [
      ['the inspectors have criticised', 'Port Radio', 'according'],
    ]);
    assert.deepStrictEqual(claims('Port Radio has learned that according to a leaked memo, the quay will close.'), [
      ['according to a leaked memo, the quay will close', 'Port Radio', 'learned'],
      ['the quay will close', 'a leaked memo', 'according'],
    ]);
  });

  it('reads "S is concerned C", "S denied it: C" and "it is asserted by S that C"', () => {
    assert.deepStrictEqual(claims('Local associations are concerned the council will change the law.'), [
      ['the council will change the law', 'Local associations', 'concerned'],
    ]);
    assert.deepStrictEqual(claims('The Port Authority denied these allegations: She was never forced to stay.'), [
      ['She was never forced to stay', 'Port Authority', 'denied'],
    ]);
    assert.deepStrictEqual(claims('It is asserted by the Harbour Board that both pumps had failed.'), [
      ['both pumps had failed', 'Harbour Board', 'asserted'],
    ]);
  });
});

describe('detection: capitalised common nouns in names', () => {
  it('drops a capitalised phrase whose words the text writes in lower case, and a common adjective before a name', () => {
    const names = (t: string): string[] => detect(t).actors.map((a) => a.text);
    assert.deepStrictEqual(
      names('The old shuttle flew again. Crowds watched the Space Shuttle Falcon land; the shuttle was towed away. Nonpartisan Ines Kolar watched, and nonpartisan groups and nonpartisan clubs cheered.'),
      ['Ines Kolar'],
    );
  });
});

describe('claim detection: titles and names are not speech', () => {
  it('skips quoted titles and a capitalised "States" inside a name', () => {
    const claims = (t: string): string[] => detect(t).claims.map((c) => c.text);
    assert.deepStrictEqual(claims('The ministry opened the exhibition "Harbour Cranes and Lighthouses of the Northern Coast" on Monday.'), []);
    assert.deepStrictEqual(claims('The envoy met the United States National Security Council to discuss the crew.'), []);
    // (a request is a demand by the envoy, a noun for a person: the name in it is no cue either)
    assert.deepStrictEqual(claims('The envoy asked the United States National Security Council to help the crew.'), ['the United States National Security Council to help the crew']);
  });
});

describe('detection: datelines', () => {
  it('reads a capitalised dateline as a place', () => {
    assert.deepStrictEqual(detect('ODESA — The port reopened on Monday.').actors.map((a) => [a.text, a.type, a.actor]), [['ODESA', 'location', 'Odesa']]);
  });
});

describe('claim detection: mixed quotation marks', () => {
  it('closes a straight quotation at a curly mark after its last word', () => {
    const [c] = detect('Berg added, "The port will stay shut until the inspection ends.“ However, the ferries kept running.').claims;
    assert.strictEqual(c.text, 'The port will stay shut until the inspection ends.');
    assert.strictEqual(c.speaker?.text, 'Berg');
  });
});

describe('claim detection: kinds', () => {
  it('tells direct, indirect and mixed claims apart', () => {
    const kinds = (t: string): Array<[string, string]> => detect(t).claims.map((c) => [c.kind, c.text]);
    assert.deepStrictEqual(kinds('"The quay is closed," Berg said. Berg said the ferries were late. Berg said that the port would stay "closed to all traffic until further notice" this week.'), [
      ['direct', 'The quay is closed'],
      ['indirect', 'the ferries were late'],
      ['mixed', 'the port would stay "closed to all traffic until further notice" this week'],
    ]);
  });
});

describe('claim detection: datelines', () => {
  it('leaves a dateline out of the claim', () => {
    assert.deepStrictEqual(detect('ANKARA — Talks on the corridor stalled on Monday, officials said.').claims.map((c) => c.text), ['Talks on the corridor stalled on Monday']);
  });
});

describe('detection: possessives in names and bare roles', () => {
  it("keeps \"People's Army\" and \"Workers' Party\" whole, but not a person's possessive", () => {
    assert.deepStrictEqual(detect("The Northern People's Army and the Workers' Party met. Berg's Party friends came.").actors.map((a) => a.text), [
      "Northern People's Army", "Workers' Party", 'Berg', 'Party',
    ]);
  });

  it('drops a title with only a nationality or an office before it', () => {
    assert.deepStrictEqual(detect('The Estonian Ambassador met the Home Secretary and NATO Secretary General Ann Berg.').actors.map((a) => a.text), ['NATO', 'Ann Berg']);
  });
});

describe('detection: hostile and unusual input', () => {
  it('survives a paragraph that opens with ", according to", long chains of "and said" and of connectors', () => {
    assert.deepStrictEqual(detect(', according to Smith').claims, []);
    const chain = detect(`He said ${'the port was shut, and said '.repeat(3000)}done.`);
    assert.strictEqual(chain.claims.length, 3001);
    assert.ok(chain.claims.every((c) => c.text === 'the port was shut' || c.text === 'done'));
    assert.ok(detect(`${'Xalda of '.repeat(3000)}Berg.`).actors.length > 0);
  });

  it('does not read relative clauses, negated telling or an acronym subject as something else', () => {
    const claims = (t: string): string[] => detect(t).claims.map((c) => c.text);
    assert.deepStrictEqual(claims('There are many reasons that the project failed. He is writing a book that explores the war.'), []);
    assert.deepStrictEqual(claims('He did not tell the police he was armed.'), []);
    assert.deepStrictEqual(claims("He said NATO — the alliance's armed wing — would act."), ["NATO — the alliance's armed wing — would act"]);
    assert.deepStrictEqual(claims('Police said they searched the house and found a gun.'), ['they searched the house and found a gun']);
  });

  it('keeps names that contain common words: Will Smith, Jim Hall, Smith paid in dollars, Smith in his book', () => {
    const names = (t: string): Array<[string, string]> => detect(t).actors.map((a) => [a.text, a.type]);
    assert.deepStrictEqual(names('Will Smith said he will return and will act again.'), [['Will Smith', 'person']]);
    assert.deepStrictEqual(names('Jim Hall met Tom Sato.'), [['Jim Hall', 'person'], ['Tom Sato', 'person']]);
    assert.deepStrictEqual(names('The company paid Smith $5,000. In his book Smith argues the war was lost.').map(([t]) => t), ['Smith', 'Smith']);
  });
});

describe('tokenizer', () => {
  it('keeps joined words, abbreviations, combining marks and astral letters whole, and splits punctuation', () => {
    assert.deepStrictEqual(tokenize('Gen. Kolar’s co-op R&D said: “Cafe\u0301 𝐀𝐁c!” \ud800 U.S. 😀').map((t) => t.text), [
      'Gen.', 'Kolar’s', 'co-op', 'R&D', 'said', ':', '“', 'Cafe\u0301', '𝐀𝐁c', '!', '”', '\ud800', 'U.S.', '😀',
    ]);
  });
});
