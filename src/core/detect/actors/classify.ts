/**
 * What a candidate is: its type from its head words, and the tests that rule a capitalised run
 * out as a name (events and works, headings, products, cited authors, words the text writes in
 * lower case).
 */
import type { Gazetteer } from '../gazetteer';
import { evidenceNoun, ideaNoun } from '../nouns';
import { GROUP_HEADS, LANDING_HEADS, LOCATION_HEADS, NAME_CONNECTORS, NON_ACTOR_HEADS, NON_NAME_CAPITALS, OF_HEADS, ORG_HEADS, PREPOSITIONS, REPORTING_VERBS, STREET_OPENERS, WORK_NOUNS } from '../lexicon';
import type { Token } from '../tokens';
import type { ActorMention, ActorType } from '../types';
import { type Candidate, endsInApostrophe, isAcronym, isHead, stripPossessive } from './words';

export function classify(words: readonly string[], titled: boolean): ActorType {
  const lastWord = stripPossessive(words[words.length - 1]);
  if (words.some((w) => GROUP_HEADS.has(stripPossessive(w)))) return 'group';
  if (words.some((w) => ORG_HEADS.has(stripPossessive(w)))) return 'organization';
  if (words.some((w) => LOCATION_HEADS.has(stripPossessive(w))) && !titled) return 'location';
  if (words.length > 1 && LANDING_HEADS.has(lastWord) && !titled) return 'location';
  if (words.length === 1 && isAcronym(lastWord)) return 'organization';
  if (words.length > 2 && OF_HEADS.has(words[0]) && words[1] === 'of') return 'location';
  if (words.length > 1 && STREET_OPENERS.has(words[0])) return 'location';
  if (titled) return 'person';
  // (initials end no name: "Washington D.C." is a place)
  if (words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w)) && !/^(?:\p{Lu}\.){2,}$/u.test(lastWord)) return 'person';
  return 'other';
}

/**
 * A word of a person's name: capitalised ("Kolar", "Anne-Marie", "Jr."), initials ("J.", "O.J."),
 * or a surname with a prefix before its capital ("McDonnell", "MacLeod", "O'Neill", "DeVries").
 */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*\.?$|^(?:\p{Lu}\.){1,3}$|^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}+$/u;

/** Events, laws, awards and works ("Harbour Day", "the novel Amber Gate", "Operation Lighthouse"). */
export function notAnActor(tokens: readonly Token[], c: Candidate, words: readonly string[]): boolean {
  const bare = words.some((w) => w.includes("'") || w.includes('’')) ? words.map(stripPossessive) : words;
  if (bare.some((w) => ORG_HEADS.has(w) || GROUP_HEADS.has(w))) return false;
  // "Operation Tidewater", "Project Halcyon": an undertaking named; "World War II" (the head word
  // before an ordinal numeral)
  const head = bare.length > 2 && /^(?:[IVX]+|\d+)$/.test(bare[bare.length - 1]) ? bare[bare.length - 2] : bare[bare.length - 1];
  if (words.length > 1 && (NON_ACTOR_HEADS.has(head) || bare[0] === 'Operation' || bare[0] === 'Project')) return true;
  // "the Coastal Household Survey", "the Orsa Census", "the Velmore Poll": a name headed by a noun
  // of a source of evidence (data/nouns.json's evidence nouns, from FrameNet's Evidence frame) names
  // a study or a data set, not who made it
  if (words.length > 1 && evidenceNoun(headBeforeOf(bare))) return true;
  // "the Gini Coefficient", "the Velmore Spring": a name after an article whose head is a noun of
  // a measure, an event or a time (a person's name takes no article, and a body's head is a noun
  // of a group: ORG_HEADS and GROUP_HEADS above)
  if (words.length > 1 && /^(?:the|a|an|this|that|our|their|its)$/i.test(tokens[c.first - 1]?.text ?? '') && ideaNoun(headBeforeOf(bare))) return true;
  // the noun before the title says what it is, possibly with the title in quotation marks
  let k = c.first - 1;
  // "her latest novel, Hollow Lanterns, sold": a title in apposition to the work noun, closed by a
  // comma (not "In the book, Kolar argues", where a clause goes on); "…, Hegemony or Survival," too;
  // "her first novel, The Glass Orchard,": past an article the title opens with
  if (/^(?:The|A|An)$/.test(tokens[k]?.text ?? '') && tokens[k - 1]?.text === ',' && tokens[k - 1].sentence === tokens[k].sentence) k--;
  if (tokens[k]?.text === ',' && WORK_NOUNS.has(tokens[k - 1]?.text ?? '') && appositionEnds(tokens, c.last + 1)) return true;
  if (/^(?:or|and)$/.test(tokens[k]?.text ?? '') && tokens[k - 1]?.cap && tokens[k - 2]?.text === ',' && WORK_NOUNS.has(tokens[k - 3]?.text ?? '')
    && appositionEnds(tokens, c.last + 1)) return true;
  // "the Sea Breeze, a second vessel,", "Hollow Lanterns, her third novel.": a work noun heads the
  // apposition after the title (not "Ines Kolar, a film director": there the noun is a modifier)
  if (workApposition(tokens, c.last + 1)) return true;
  // "the book Blown for Good", "the play Death of a Salesman": a title goes on past "for" or "of"
  // (the noun is looked for before its first capitalised words; not past "and" or "with", which
  // may join a person: "the film Amber Gate with Ines Kolar")
  if (/^(?:for|of|the|a|an)$/.test(tokens[k]?.text ?? '')) {
    let j = k;
    while (j > k - 2 && /^(?:the|a|an)$/.test(tokens[j]?.text ?? '')) j--;
    if (/^(?:for|of)$/.test(tokens[j]?.text ?? '')) j--;
    if (tokens[j]?.cap && j < k) {
      while (tokens[j - 1]?.cap && tokens[j - 1].sentence === tokens[j].sentence) j--;
      k = j - 1;
    }
  }
  if (k >= 0 && /^["“‘']$/.test(tokens[k].text)) k--;
  // "his novel The Silent Harbour": an article capitalised inside a sentence opens the title
  if (k > 0 && /^(?:The|A|An)$/.test(tokens[k].text) && tokens[k - 1].sentence === tokens[k].sentence) k--;
  // "the novel Amber Gate", but "in his book Smith argues": there the name is the author's; a
  // title that closes the phrase is the work's even after a possessive ("songs from his album Winter Light.")
  return k >= 0 && WORK_NOUNS.has(tokens[k].text) && tokens[k].sentence === tokens[c.first].sentence
    && (!/^(his|her|their|its|my|our|your)$/i.test(tokens[k - 1]?.text ?? '') || /^[.,;:!?)]$/.test(tokens[c.last + 1]?.text ?? '.'));
}

/** The head of a name: its last word, or the word before its first "of" ("Law" of "Second Law of Motion"). */
function headBeforeOf(words: readonly string[]): string {
  const of = words.indexOf('of');
  return of > 0 ? words[of - 1] : words[words.length - 1];
}

/**
 * Whether an apposition headed by a work noun opens at token k: a comma, a determiner or a
 * possessive, up to three words in lower case, the work noun, and what ends a noun phrase.
 */
function workApposition(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== ',' || !/^(?:a|an|the|her|his|their|its|my|our)$/.test(tokens[k + 1]?.text ?? '')) return false;
  for (let d = k + 2; d <= k + 5; d++) {
    const w = tokens[d]?.text ?? '';
    if (WORK_NOUNS.has(w)) return /^(?:[,.;:)]|by|about|that|which|of|from|in|on|with)$/.test(tokens[d + 1]?.text ?? '.');
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return false;
  }
  return false;
}

/** Whether the apposition ends at token k: a comma or the end of the sentence, past an "or"/"and" and a second title word. */
function appositionEnds(tokens: readonly Token[], k: number): boolean {
  if (/^(?:or|and)$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.cap) {
    k += 2;
    while (tokens[k]?.cap) k++;
  }
  return /^[,.;)]$/.test(tokens[k]?.text ?? '');
}

export function leadingName(text: string, tokens: readonly Token[], c: Candidate, gazetteer: Gazetteer): ActorMention | undefined {
  for (let k = c.last - 1; k >= c.first; k--) {
    const w = stripPossessive(tokens[k].text);
    if (!tokens[k].cap) continue;
    const surface = text.slice(tokens[c.first].start, tokens[k].start + w.length);
    const known = gazetteer.lookup(surface);
    if (known) return { start: tokens[c.first].start, end: tokens[k].start + w.length, text: surface, type: known.type, actor: known.name };
    if ((k === c.first && isAcronym(w)) || (k > c.first && (isHead(w) || OF_HEADS.has(w)))) {
      return { start: tokens[c.first].start, end: tokens[k].start + w.length, text: surface, type: classify(surface.split(/\s+/), false), actor: surface };
    }
  }
  return undefined;
}

/**
 * Whether the span lies on a heading line in title case that it does not fill: a line of two to
 * eight words (a label's colon, commas and a question mark allowed), every word of four letters or
 * more capitalised but prepositions.
 */
export function inHeading(text: string, start: number, end: number): boolean {
  // (the line's ends are looked for no further than a heading's length: this runs on every name)
  let from = start;
  while (from > 0 && text.charCodeAt(from - 1) !== 10) if (start - --from > 80) return false;
  let to = end;
  while (to < text.length && text.charCodeAt(to) !== 10) if (++to - from > 80) return false;
  const line = text.slice(from, to).trim();
  // (a headline may hold a label, a comma or a question: "Breaking: Massive Earthquake Hits Coast",
  // "After Years of Decline, Fishermen See Hope"; a full stop makes it a sentence)
  if (line === text.slice(start, end) || /[^\p{L}\p{N}\s&'’,:;?!"“”‘-]/u.test(line)) return false;
  const words = line.split(/\s+/).map((w) => w.replace(/^["“‘]|[,:;?!"”’]$/gu, '')).filter((w) => w);
  return words.length >= 2 && words.length <= 8 && words.every((w) => w.length < 4 || /^\p{Lu}/u.test(w) || PREPOSITIONS.has(w) || NAME_CONNECTORS.has(w));
}

/** The words capitalised on lines that are not headings. */
export function capitalsOutsideHeadings(text: string, tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.cap && !inHeading(text, t.start, t.end)) out.add(stripPossessive(t.text));
  }
  return out;
}

/** Whether the name at token k is an author cited in the way of academic text. */
export function cited(tokens: readonly Token[], k: number): boolean {
  const at = (d: number): string => tokens[k + d]?.text ?? '';
  const year = (d: number): boolean => /^(1[5-9]|20)\d\d[a-z]?$/.test(at(d));
  if (at(1) === '(' && year(2) || at(1) === 'et' && /^al\.?$/.test(at(2))) return true;
  if (/^[(;]$/.test(at(-1)) && at(1) === ',' && year(2)) return true;
  // the author-date style without a comma: "(Kolar 2004)", "(Berg 1998; Kolar 2004)"
  if (/^[(;]$/.test(at(-1)) && year(1) && /^[);,]$/.test(at(2))) return true;
  // the second of two authors: "(Halloran, 2015; Berg and Sato, 2018)", "Berg & Sato (1998)"
  if (/^(and|&)$/.test(at(-1)) && tokens[k - 2]?.cap && (at(1) === '(' && year(2) || at(1) === ',' && year(2))) return true;
  // the first of two authors: "Berg and Sato (1998)", "(Berg & Sato, 1998)"
  return /^(and|&)$/.test(at(1)) && !!tokens[k + 2]?.cap && (at(3) === '(' && year(4) || at(3) === ',' && year(4));
}

/**
 * Whether the run of capitalised words starting at token k is followed by what goes on a list or
 * ends it (a comma, "and", "or", "&", the end of a sentence: "Ubisoft, Microsoft and …",
 * "Austen, Jane."), not by the rest of a clause ("Overall, Coastal policy should …").
 */
export function listGoesOn(tokens: readonly Token[], k: number): boolean {
  while (tokens[k + 1]?.cap) k++;
  return /^(,|and|or|&|\.|;|\))$/.test(tokens[k + 1]?.text ?? '') || tokens[k + 1] === undefined;
}

/** A model code: one to three capitals and up to four digits, maybe a hyphen and a letter ("X5", "A320", "F-16", "T90s"). */
const MODEL_CODE = /^\p{Lu}{1,3}-?\d{1,4}\p{Ll}?$/u;

/**
 * Names the text gives a version number right after ("Internet Explorer 6", "Velmore Maps 3"):
 * products, not actors (not a name the gazetteer knows or one with a head word of a body or place:
 * "Route 66", "Terminal 2", and not a date: "March 8").
 */
export function productNames(text: string, tokens: readonly Token[], candidates: readonly Candidate[], gazetteer: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    // "the Kestrel X5 phone", "an Orsa A320": a name ending in a model code (capitals and digits)
    if (c.last > c.first && MODEL_CODE.test(tokens[c.last].text) && !tokens.slice(c.first, c.last).some((t) => isHead(stripPossessive(t.text)) || NON_NAME_CAPITALS.has(t.text))) {
      const surface = text.slice(tokens[c.first].start, tokens[c.last].end);
      if (!gazetteer.lookup(surface)) out.add(surface);
      continue;
    }
    const next = tokens[c.last + 1];
    if (!next || !/^\d{1,2}$/.test(next.text) || next.start !== tokens[c.last].end + 1 || c.last === c.first) continue;
    const after = tokens[c.last + 2];
    if (after && /^[,.:]$/.test(after.text) && /^\d/.test(tokens[c.last + 3]?.text ?? '')) continue; // "May 3, 2011"
    // "Velmore Rovers 2 Orsa Athletic 0", "Harbour Town 1, Drava 1": a result, a name and its score
    // before another name, or after another name's score
    if (after?.cap || /^[,;]$/.test(after?.text ?? '') && tokens[c.last + 3]?.cap || /^\d{1,2}$/.test(tokens[c.first - 1]?.text ?? '')
      || /^[,;]$/.test(tokens[c.first - 1]?.text ?? '') && /^\d{1,2}$/.test(tokens[c.first - 2]?.text ?? '')) continue;
    const words = tokens.slice(c.first, c.last + 1).map((t) => stripPossessive(t.text));
    if (words.some((w) => isHead(w) || NON_NAME_CAPITALS.has(w) || DOCUMENT_PARTS.has(w))) continue;
    const surface = text.slice(tokens[c.first].start, tokens[c.last].start + words[words.length - 1].length);
    if (!gazetteer.lookup(surface)) out.add(surface);
  }
  return out;
}

/** Nouns naming parts of a document, before a number or a letter ("Table 2", "Figure 1b"). */
export const DOCUMENT_PARTS = new Set(['Table', 'Tables', 'Figure', 'Figures', 'Fig', 'Fig.', 'Section', 'Sections', 'Chapter', 'Chapters', 'Category', 'Type', 'Class', 'Grade',
  'Appendix', 'Equation', 'Eq', 'Eq.', 'Part', 'Step', 'Phase', 'Stage', 'Level', 'Page', 'Volume', 'Vol', 'Vol.', 'Item', 'Question',
  'Hypothesis', 'Model', 'Study', 'Experiment', 'Box', 'Panel', 'Exhibit', 'Annex', 'Lemma', 'Theorem', 'Definition', 'Example', 'Note',
  'Proposition', 'Corollary', 'Conjecture', 'Remark', 'Assumption', 'Axiom']);

/**
 * Ways, gates and services numbered for travellers ("Route 9", "Gate B", "Flight 212", "Terminal
 * 2"): like a part of a document, a noun and its number name a thing, not an actor.
 */
export const NUMBERED_WAYS = new Set(['Route', 'Highway', 'Interstate', 'Motorway', 'Gate', 'Terminal', 'Platform', 'Flight', 'Runway', 'Exit', 'Junction', 'Pier',
  'Berth', 'Track', 'Room', 'Ward', 'Block', 'Lot', 'Bay', 'Hangar', 'Bus', 'Line']);

/** The numerals written as words that number parts of a document ("Chapter Three", "Part Two"). */
export const NUMBER_WORDS = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$/;

/**
 * Whether the text writes a capitalised word more often in lower case than capitalised ("iodine"
 * and "Iodine"). Counts only the words of the candidates, and rejects most other tokens by their
 * first letter and length before hashing them: this runs on every paragraph.
 */
export function caseCounts(tokens: readonly Token[], candidates: readonly Candidate[]): (word: string) => boolean {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  const used: number[] = [];
  const slot = (code: number, length: number): number => (code & 127) * 32 + Math.min(length, 31);
  for (const c of candidates) {
    for (let k = c.first; k <= c.last; k++) {
      if (!tokens[k].cap) continue;
      const w = stripPossessive(tokens[k].text);
      const l = w.toLowerCase();
      lower.set(l, 0);
      upper.set(w, 0);
      const at = slot(l.charCodeAt(0), l.length);
      if (!CASE_FILTER[at]) used.push(at);
      CASE_FILTER[at] = 1;
    }
  }
  for (const t of tokens) {
    const text = t.text;
    const code = text.charCodeAt(0);
    const isLower = code >= 97 && code <= 122;
    if (!isLower && !t.cap && code < 128) continue; // punctuation and numbers
    const possessive = endsInApostrophe(text);
    const length = possessive ? stripPossessive(text).length : text.length;
    if (code < 128 && !CASE_FILTER[slot(isLower ? code : code + 32, length)]) continue;
    const w = possessive ? stripPossessive(text) : text;
    const counts = t.cap ? upper : lower;
    const n = counts.get(w);
    if (n !== undefined) counts.set(w, n + 1);
  }
  for (const at of used) CASE_FILTER[at] = 0;
  return (w) => (lower.get(w.toLowerCase()) ?? 0) > (upper.get(w) ?? 0);
}

/** First letter (ASCII, folded to lower case) and length of the words being counted; cleared after each use. */
const CASE_FILTER = new Uint8Array(128 * 32);

/**
 * A word derived from a name for a school of thought, method or style ("Marxist", "Keynesian
 * accounts", "a Bayesian approach", "Darwinism"): the English suffixes that make adjectives and
 * nouns of doctrine from proper names (-ism, -ist, -esque always, but for surnames such as Lindqvist; -ian and -ean, which also end
 * given names such as Julian, only when a lower-case word that is not a verb follows, as a noun
 * after its modifier does). Not an actor.
 */
export function eponymous(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k].text;
  // (not a surname in -qvist, -kvist or -quist, nor "Christ")
  if (/^\p{Lu}\p{Ll}{2,}(?:ism|isms|ist|ists|esque)$/u.test(w) && !/(?:[qk]v|qu|hr)ists?$/.test(w)) return true;
  if (!/^\p{Lu}\p{Ll}{2,}(?:ian|ean)$/u.test(w)) return false;
  const next = tokens[k + 1]?.text ?? '';
  if (/^(?:and|or)$/.test(next) && !!tokens[k + 2] && eponymous(tokens, k + 2)) return true;
  if (!/^\p{Ll}/u.test(next) || VERB_AFTER_SUBJECT.has(next)) return false;
  // after another such word ("Marxist and Keynesian accounts") it is a modifier whatever follows;
  // else the next word must not read as a verb ("The Guardian cited", "Julian says")
  const prev = tokens[k - 1]?.text ?? '';
  if (/^(?:and|or)$/.test(prev) && k >= 2 && eponymous(tokens, k - 2)) return true;
  return !REPORTING_VERBS.has(next) && !/(?:ed|[^s]s)$/.test(next);
}

/**
 * Nouns of measures, tests and methods (WordNet's noun.cognition and noun.attribute heads of the
 * kind) that make a single name before them the name of the measure, not of its author ("the Gini
 * coefficient", "a Pearson correlation", "the HDI measures", "a Kaplan estimator", "a Bonferroni
 * correction", "the Markov assumption"); and nouns of software (WordNet's noun.artifact "library",
 * "package", "software") that make it a program's name ("the SciPy library", "the Orsa package").
 */
const MEASURE_NOUNS = new Set(`coefficient coefficients index indices ratio ratios score scores correlation correlations estimator estimators
  test tests statistic statistics distribution distributions scale scales theorem equation equations algorithm algorithms
  criterion criteria curve curves transform measure measures metric metrics indicator indicators inequality constant
  hypothesis paradox principle effect regression regressions item items series integral matrix correction corrections
  assumption assumptions chain chains sampler sampling kernel filter machine machines lemma conjecture transformation norm
  library libraries package packages toolbox toolkit software`.split(/\s+/));

/**
 * Nouns of diseases and disorders (WordNet's noun.state "disease" and "disorder" heads) that make a
 * name before them, possessive or not, the disease's ("Alzheimer's disease", "Kolar syndrome").
 */
const DISEASE_NOUNS = new Set('disease diseases syndrome disorder lymphoma sarcoma palsy'.split(' '));

/** A single name before a noun of measure or method ("Gini coefficient", "HDI measures") or of a disease: no actor. */
export function namesMeasure(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.text ?? '';
  return MEASURE_NOUNS.has(next) && !endsInApostrophe(tokens[k].text) || DISEASE_NOUNS.has(next);
}

/** Auxiliaries and other verbs that follow a subject ("Julian is", "Julian has"). */
const VERB_AFTER_SUBJECT = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does',
  'who', 'and', 'or']);

/**
 * Acronyms the text defines by words in lower case, in parentheses after them or after it
 * ("reactive oxygen species (ROS)", "the VM (virtual microscope)"): names of things and measures,
 * not of bodies, which are written capitalised.
 */
export function lowerCaseAcronyms(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].text !== '(' && tokens[i].text !== '[') continue;
    const close = tokens[i].text === '(' ? ')' : ']';
    const acr = tokens[i + 1].text;
    // "species (ROS)": the words before spell it
    if (tokens[i + 2].text === close && isAcronym(acr) && spelledBy(acr, tokens, i - 1, -1)) out.add(acr);
    // "VM (virtual microscope)": the words inside spell the acronym before
    else if (isAcronym(tokens[i - 1].text) && spelledBy(tokens[i - 1].text, tokens, i + 1, 1)) out.add(tokens[i - 1].text);
  }
  return out;
}

/** Whether the lower-case words from token k on (backwards when step is -1) begin with the acronym's letters. */
function spelledBy(acr: string, tokens: readonly Token[], k: number, step: 1 | -1): boolean {
  const letters = acr.replace(/\./g, '').toLowerCase();
  const n = letters.length;
  for (let d = 0, skipped = 0; d < n; k += step) {
    const t = tokens[k]?.text;
    if (!t || !/^\p{Ll}/u.test(t)) return false;
    // "reduction of the noise (RN)": a connector may stand between the spelled words
    if (/^(?:of|the|and|for|in|to|a)$/.test(t) && t[0] !== letters[step === 1 ? d : n - 1 - d]) {
      if (++skipped > 2) return false;
      continue;
    }
    if (t[0] !== letters[step === 1 ? d : n - 1 - d]) return false;
    d++;
  }
  return true;
}
