import { Gazetteer, defaultGazetteer } from './gazetteer';
import {
  COLLECTIVE_POSSESSIVES, CREDIT_LABELS, GROUP_HEADS, ROLE_MODIFIERS, HOLIDAYS, LOCATION_HEADS, WORD_NAMES, NAME_CONNECTORS, NON_ACTOR_ACRONYMS, NON_ACTOR_HEADS, NORP, OF_HEADS, STATE_HEADS, NON_NAME_CAPITALS, ORG_HEADS,
  DISCIPLINES, PREPOSITIONS, REPORTING_VERBS, TITLES, WORK_NOUNS,
} from './lexicon';
import type { Token } from './tokens';
import type { ActorMention, ActorType } from './types';

interface Candidate {
  first: number; // token index
  last: number; // token index, inclusive
  titled: boolean;
}

const stripPossessive = (t: string): string => (endsInApostrophe(t) ? t.replace(/['’]s?$/u, '') : t);
/** Starts with a letter or a digit (ASCII checked without a regular expression). */
const wordLike = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^[\p{L}\p{N}]/u.test(t);
};
const isAcronym = (t: string): boolean => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(t);

/**
 * Finds actor mentions: runs of capitalised words (with connectors such as "of"), with titles
 * stripped, typed by the gazetteer and head words, and grouped so every mention of one actor
 * shares a canonical name (acronyms defined in parentheses, surnames after a full name,
 * capitals standing for their state).
 */
export interface ActorsResult {
  mentions: ActorMention[];
  /**
   * Mentions that are a single unknown word at the start of a sentence: kept only if the word is
   * seen capitalised inside a sentence somewhere in the document (decided by the document pass).
   */
  tentative: Set<ActorMention>;
  /** Capitalised words seen inside sentences. */
  midCaps: Set<string>;
}

export function detectActors(text: string, tokens: readonly Token[], gazetteer: Gazetteer = defaultGazetteer()): ActorsResult {
  const midSentenceCaps = new Set<string>();
  const tentative = new Set<ActorMention>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.cap && tokens[i - 1].sentence === t.sentence && (wordLike(tokens[i - 1].text) || /[\p{L}\p{N}]/u.test(tokens[i - 1].text))) {
      midSentenceCaps.add(stripPossessive(t.text));
    }
  }

  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap) continue; // a capital is a letter
    let j = i;
    // a possessive ends a name, unless it is a people's and a head word follows ("Northern People's Army")
    // (names are short: a run stops at MAX_RUN tokens, which also bounds the splitting below)
    while (j + 1 < tokens.length && j - i < MAX_RUN && (!possessiveS(tokens[j].text) || (COLLECTIVE_POSSESSIVES.has(tokens[j].text) && continuesName(tokens[j + 1].text)))) {
      const next = tokens[j + 1];
      if (!adjacent(text, tokens[j], next)) break;
      // "Workers' Party": a plural possessive is a token of its own
      if (/^['’]$/.test(next.text) && next.start === tokens[j].end && /s$/.test(tokens[j].text) && tokens[j + 2] && continuesName(tokens[j + 2].text)
        && adjacent(text, next, tokens[j + 2])) {
        j += 2;
        continue;
      }
      if (next.cap) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (NAME_CONNECTORS.has(next.text) && after && after.cap && adjacent(text, next, after)
        && !NON_NAME_CAPITALS.has(after.text)) {
        j += 2;
        continue;
      }
      // "Foundation for the Coastal Arts", "Museum of the Old Harbour": only after a head word
      const third = tokens[j + 3];
      if ((next.text === 'of' || next.text === 'for') && after?.text === 'the' && third?.cap && adjacent(text, next, after)
        && adjacent(text, after, third) && isHead(stripPossessive(tokens[j].text))) {
        j += 3;
        continue;
      }
      break;
    }
    for (const [a, b] of split(text, tokens, i, j, gazetteer)) {
      const c = trim(tokens, a, b);
      if (c) candidates.push(c);
    }
    i = j;
  }

  const common = caseCounts(tokens, candidates);
  const versioned = productNames(text, tokens, candidates, gazetteer);
  const mentions: ActorMention[] = [];
  /** Acronyms defined in parentheses after a name that is no actor. */
  const notActors = new Set<string>();
  /** Words capitalised inside sentences that are not headings (made when a heading is met). */
  let bodyCaps: Set<string> | undefined;
  for (const c of candidates) {
    // "Nonpartisan Ines Kolar": an adjective the text otherwise writes in lower case opens no name
    if (c.last - c.first >= 2 && common(tokens[c.first].text) && !tokens.slice(c.first, c.last + 1).some((t) => isHead(stripPossessive(t.text)))) {
      while (c.last - c.first >= 2 && common(tokens[c.first].text)) c.first++;
    }
    const first = tokens[c.first];
    const last = tokens[c.last];
    const end = last.start + stripPossessive(last.text).length;
    const surface = text.slice(first.start, end);
    const words = surface.split(/\s+/);
    const single = c.first === c.last;
    // a credit ("Image: Ann Berg") names someone even though it opens a sentence
    const credit = c.first >= 2 && tokens[c.first - 1].text === ':' && CAPTION_WORDS.has(tokens[c.first - 2].text);
    const sentenceInitial = !credit && (c.first === 0 || tokens[c.first - 1].sentence !== first.sentence
      || !/^[\p{L}\p{N},]/u.test(tokens[c.first - 1].text));
    const known = gazetteer.lookup(surface) ?? (/^\p{Lu}{3,}$/u.test(surface) ? gazetteer.lookup(titleCase(surface)) : undefined);
    // "Russian(s)", "Muslims", "English": nationalities, religions, languages; "I'm": a contraction
    if (!known && (gazetteer.demonym(surface) || (surface.endsWith('s') && gazetteer.demonym(surface.slice(0, -1))) || NORP.has(surface))) continue;
    if (/^I['’]/.test(surface)) continue;
    // "We’ve", "They're", "It's": a pronoun with a contracted verb
    if (single && /['’](ve|re|ll|d|s|m)$/i.test(last.text) && NON_NAME_CAPITALS.has(last.text.replace(/['’]\w+$/, ''))) continue;
    // "AND", "NOT": a word set in capitals for emphasis, not an acronym
    if (single && !known && isAcronym(surface) && NON_NAME_CAPITALS.has(titleCase(surface))) continue;
    // "Linguistics", "Biology": the name of a discipline, not of a body
    if (single && !known && DISCIPLINES.has(surface)) continue;
    // "GMT", "IQ", "Ramadan"; "NZ$ 40 million": a currency, not the state
    if (single && !known && (NON_ACTOR_ACRONYMS.has(surface) || HOLIDAYS.has(surface))) continue;
    if (single && surface.length <= 3 && isAcronym(surface) && /^\s?\$/.test(text.slice(end, end + 2))) continue;
    // model numbers, versions, roman numerals ("IE6", "XVII"): not actors unless the gazetteer says so
    if (single && !known && (/\d/.test(surface) || /^(?=[IVXLC]{2,}$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(surface))) continue;
    // "Estonian Ambassador", "Home Secretary": a role, not a name
    if (!known && words.length >= 2 && TITLES.has(words[words.length - 1].replace(/\.$/, ''))
      && words.slice(0, -1).every((w) => TITLES.has(w) || ROLE_MODIFIERS.has(w) || gazetteer.demonym(w))) continue;
    if (!known && notAnActor(tokens, c, words)) {
      // an event named after an actor keeps the actor ("OCSA Coastal Cup", "Harbour City Lantern Festival")
      const lead = leadingName(text, tokens, c, gazetteer);
      if (lead) mentions.push(lead);
      // nor is the acronym it defines: "Principal Component Analysis (PCA)"
      if (tokens[c.last + 1]?.text === '(' && tokens[c.last + 3]?.text === ')' && isAcronym(tokens[c.last + 2].text)) notActors.add(tokens[c.last + 2].text);
      continue;
    }
    if (single && !known && notActors.has(surface)) continue;
    // a product, named somewhere in the text with its version ("Internet Explorer 6", "Orsa Maps 2")
    if (!known && versioned.has(surface)) continue;
    // a heading in title case ("Early Life and Education", "Data and Methods"): its capitals are
    // the heading's and prove no name; one is kept when the heading is a name as a whole, the
    // gazetteer knows it, or the text outside headings writes its words capitalised too
    if (!known && inHeading(text, first.start, end)) {
      bodyCaps ??= capitalsOutsideHeadings(text, tokens);
      const caps = bodyCaps;
      if (!words.every((w) => w.length < 4 || caps.has(stripPossessive(w)))) continue;
    }
    if (single && !known && !isAcronym(surface) && common(surface)) continue;
    // "Labour's leader", "Ubisoft, Microsoft and …": a possessive or a list of names says it is one
    // (a list goes on after the next name: "Ubisoft, Microsoft and …", not "Overall, Coastal policy …")
    const listed = tokens[c.last + 1]?.text === ',' && tokens[c.last + 2]?.cap && !NON_NAME_CAPITALS.has(tokens[c.last + 2].text) && !/ly$/.test(surface)
      && listGoesOn(tokens, c.last + 2);
    const possessive = /['’]s$/u.test(last.text) && !/^(?:Every|Any|No|Some)(?:one|body)['’]s$/u.test(last.text);
    // a cited author: "Kolar (2004)", "(Kolar, 2004)", "Berg and Sato (1998)", "Kolar et al."
    const author = single && !known && cited(tokens, c.first);
    const unsure = single && sentenceInitial && !possessive && !listed && !known && !author && !midSentenceCaps.has(surface) && !isAcronym(surface);
    if (single && REPORTING_VERBS.has(surface.toLowerCase())) continue;
    let type: ActorType;
    let actor = surface;
    if (known) {
      type = known.type;
      actor = known.name;
    } else if (c.first === 0 && /^\p{Lu}{3,}(?: \p{Lu}{3,})*$/u.test(surface) && /^[—–-]$|^,$/.test(tokens[c.last + 1]?.text ?? '')) {
      // a dateline: "GENEVA — …", "KYIV, March 3"
      type = 'location';
      actor = surface.split(' ').map(titleCase).join(' ');
    } else {
      type = classify(words, c.titled);
      if (type === 'other' && author) type = 'person';
      // academic text: "Table 2", "Section 3", "Appendix B" name parts of a document
      if (type === 'other' && DOCUMENT_PARTS.has(words[0]) && (single ? /^(\d|[IVXLC]+$|\p{Lu}$)/u.test(tokens[c.last + 1]?.text ?? '')
        : words.length === 2 && /^(\p{Lu}|[IVXLC]+)$/u.test(words[1]))) continue;
      // "Harbour Crane", "Annual Results": a common noun capitalised, not a name
      // (a given name that is also a common word, such as Will or Bill, does not count)
      if (!single && type === 'person' && !c.titled && words.map(stripPossessive).some((w, k) => common(w) && !(k === 0 && WORD_NAMES.has(w)))) continue;
    }
    const m: ActorMention = { start: first.start, end, text: surface, type, actor };
    mentions.push(m);
    if (unsure) tentative.add(m);
  }
  return { mentions, tentative, midCaps: midSentenceCaps };
}

/**
 * Whether the span lies on a heading line in title case that it does not fill: a line of two to
 * eight words with no punctuation, every word of four letters or more capitalised but prepositions.
 */
function inHeading(text: string, start: number, end: number): boolean {
  // (the line's ends are looked for no further than a heading's length: this runs on every name)
  let from = start;
  while (from > 0 && text.charCodeAt(from - 1) !== 10) if (start - --from > 80) return false;
  let to = end;
  while (to < text.length && text.charCodeAt(to) !== 10) if (++to - from > 80) return false;
  const line = text.slice(from, to).trim();
  if (line === text.slice(start, end) || /[^\p{L}\p{N}\s&'’-]/u.test(line)) return false;
  const words = line.split(/\s+/);
  return words.length >= 2 && words.length <= 8 && words.every((w) => w.length < 4 || /^\p{Lu}/u.test(w) || PREPOSITIONS.has(w) || NAME_CONNECTORS.has(w));
}

/** The words capitalised on lines that are not headings. */
function capitalsOutsideHeadings(text: string, tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.cap && !inHeading(text, t.start, t.end)) out.add(stripPossessive(t.text));
  }
  return out;
}

/** Whether the name at token k is an author cited in the way of academic text. */
function cited(tokens: readonly Token[], k: number): boolean {
  const at = (d: number): string => tokens[k + d]?.text ?? '';
  const year = (d: number): boolean => /^(1[5-9]|20)\d\d[a-z]?$/.test(at(d));
  if (at(1) === '(' && year(2) || at(1) === 'et' && /^al\.?$/.test(at(2))) return true;
  if (/^[(;]$/.test(at(-1)) && at(1) === ',' && year(2)) return true;
  // the first of two authors: "Berg and Sato (1998)", "(Berg & Sato, 1998)"
  return /^(and|&)$/.test(at(1)) && !!tokens[k + 2]?.cap && (at(3) === '(' && year(4) || at(3) === ',' && year(4));
}

/**
 * Whether the run of capitalised words starting at token k is followed by what goes on a list or
 * ends it (a comma, "and", "or", "&", the end of a sentence: "Ubisoft, Microsoft and …",
 * "Austen, Jane."), not by the rest of a clause ("Overall, Coastal policy should …").
 */
function listGoesOn(tokens: readonly Token[], k: number): boolean {
  while (tokens[k + 1]?.cap) k++;
  return /^(,|and|or|&|\.|;|\))$/.test(tokens[k + 1]?.text ?? '') || tokens[k + 1] === undefined;
}

/**
 * Names the text gives a version number right after ("Internet Explorer 6", "Velmore Maps 3"):
 * products, not actors (not a name the gazetteer knows or one with a head word of a body or place:
 * "Route 66", "Terminal 2", and not a date: "March 8").
 */
function productNames(text: string, tokens: readonly Token[], candidates: readonly Candidate[], gazetteer: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    const next = tokens[c.last + 1];
    if (!next || !/^\d{1,2}$/.test(next.text) || next.start !== tokens[c.last].end + 1 || c.last === c.first) continue;
    const after = tokens[c.last + 2];
    if (after && /^[,.:]$/.test(after.text) && /^\d/.test(tokens[c.last + 3]?.text ?? '')) continue; // "May 3, 2011"
    const words = tokens.slice(c.first, c.last + 1).map((t) => stripPossessive(t.text));
    if (words.some((w) => isHead(w) || NON_NAME_CAPITALS.has(w) || DOCUMENT_PARTS.has(w))) continue;
    const surface = text.slice(tokens[c.first].start, tokens[c.last].start + words[words.length - 1].length);
    if (!gazetteer.lookup(surface)) out.add(surface);
  }
  return out;
}

/** Nouns naming parts of a document, before a number or a letter ("Table 2", "Figure 1b"). */
const DOCUMENT_PARTS = new Set(['Table', 'Tables', 'Figure', 'Figures', 'Fig', 'Fig.', 'Section', 'Sections', 'Chapter', 'Chapters', 'Category', 'Type', 'Class', 'Grade',
  'Appendix', 'Equation', 'Eq', 'Eq.', 'Part', 'Step', 'Phase', 'Stage', 'Level', 'Page', 'Volume', 'Vol', 'Vol.', 'Item', 'Question',
  'Hypothesis', 'Model', 'Study', 'Experiment', 'Box', 'Panel', 'Exhibit', 'Annex', 'Lemma', 'Theorem', 'Definition', 'Example', 'Note']);

function leadingName(text: string, tokens: readonly Token[], c: Candidate, gazetteer: Gazetteer): ActorMention | undefined {
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
 * Whether the text writes a capitalised word more often in lower case than capitalised ("iodine"
 * and "Iodine"). Counts only the words of the candidates, and rejects most other tokens by their
 * first letter and length before hashing them: this runs on every paragraph.
 */
function caseCounts(tokens: readonly Token[], candidates: readonly Candidate[]): (word: string) => boolean {
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

/** The longest run of capitalised words and connectors read as names ("Organization for Security and Co-operation in Europe" is 8). */
const MAX_RUN = 16;

/** A head word after a possessive that makes it part of one name. */
function continuesName(w: string): boolean {
  return GROUP_HEADS.has(w) || STATE_HEADS.has(w) || w === 'Party' || w === 'Congress' || w === 'Assembly' || w === 'Liberation';
}

/** Ends in "'s" or "’s". */
function possessiveS(w: string): boolean {
  const prev = w.charCodeAt(w.length - 2);
  return w.charCodeAt(w.length - 1) === 115 && (prev === 39 || prev === 0x2019);
}

/** First letter (ASCII, folded to lower case) and length of the words being counted; cleared after each use. */
const CASE_FILTER = new Uint8Array(128 * 32);

/** "Berg's", "Berg'", "Bergs’": a possessive ending, checked without scanning the word. */
function endsInApostrophe(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  if (last === 39 || last === 0x2019) return true;
  const prev = w.charCodeAt(w.length - 2);
  return (last === 115 || last === 83) && (prev === 39 || prev === 0x2019);
}

/** Events, laws, awards and works ("Harbour Day", "the novel Amber Gate", "Operation Lighthouse"). */
function notAnActor(tokens: readonly Token[], c: Candidate, words: readonly string[]): boolean {
  const bare = words.some((w) => w.includes("'") || w.includes('’')) ? words.map(stripPossessive) : words;
  if (bare.some((w) => ORG_HEADS.has(w) || GROUP_HEADS.has(w))) return false;
  if (words.length > 1 && (NON_ACTOR_HEADS.has(bare[bare.length - 1]) || bare[0] === 'Operation')) return true;
  // the noun before the title says what it is, possibly with the title in quotation marks
  let k = c.first - 1;
  if (k >= 0 && /^["“‘']$/.test(tokens[k].text)) k--;
  // "the novel Amber Gate", but "in his book Smith argues": there the name is the author's
  return k >= 0 && WORK_NOUNS.has(tokens[k].text) && tokens[k].sentence === tokens[c.first].sentence
    && !/^(his|her|their|its|my|our|your)$/i.test(tokens[k - 1]?.text ?? '');
}

function titleCase(s: string): string {
  return s.charAt(0) + s.slice(1).toLowerCase();
}

function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 2 && /^[ \u00a0]*$/.test(gap) || gap === '';
}

const GENERIC_HEADS = new Set(['University', 'Police', 'News', 'Office', 'Department', 'Agency', 'Company', 'Group', 'Committee',
  'Commission', 'Ministry', 'Board', 'Staff', 'Mission', 'Forces', 'Force', 'Brigade', 'Institute', 'Centre', 'Center', 'Bureau']);
/** Labels of captions and credits, which end no name ("… Kolar Image: …"). */
const CAPTION_WORDS = new Set([...CREDIT_LABELS, 'File', 'Caption', 'Map', 'Source']);

const isHead = (w: string): boolean => ORG_HEADS.has(w) || GROUP_HEADS.has(w) || LOCATION_HEADS.has(w) || STATE_HEADS.has(w);

/**
 * Splits a run of capitalised words that holds several names: at a connector that does not
 * continue a name ("Ann Berg of the PRA", but not "Ministry of Defence"), and before a title that
 * follows another name ("NATO Secretary General Ann Berg", "US President Tom Sato").
 */
function split(text: string, tokens: readonly Token[], first: number, last: number, gazetteer: Gazetteer): Array<[number, number]> {
  const surface = (a: number, b: number): string => text.slice(tokens[a].start, tokens[b].start + stripPossessive(tokens[b].text).length);
  if (first === last || gazetteer.lookup(surface(first, last))) return [[first, last]];
  // "Velmore Port Authority Harbour Safety Board (HSB)": the acronym defined after the run spells
  // only its last words, and the words before it are a name of their own (one the gazetteer
  // knows, or ending in a head word such as "Authority"): two names
  const spelled = spelledByAcronym(tokens, first, last);
  if (spelled > first && (gazetteer.lookup(surface(first, spelled - 1)) || isHead(stripPossessive(tokens[spelled - 1].text)))) return [[first, spelled - 1], ...split(text, tokens, spelled, last, gazetteer)];
  for (let k = first + 1; k < last; k++) {
    const w = tokens[k].text;
    if (!NAME_CONNECTORS.has(w) || tokens[k - 1].cap === false) continue;
    const before = stripPossessive(tokens[k - 1].text);
    if (w !== 'and' && (isHead(before) || TITLES.has(before.replace(/\.$/, '')))) continue;
    if (w === 'of' && OF_HEADS.has(before)) continue;
    // "Ministry of Foreign Affairs of Ukraine": a name that opens with its head goes on
    if (w === 'of' && ORG_HEADS.has(tokens[firstName(tokens, first, last)].text)) continue;
    return [...split(text, tokens, first, k - 1, gazetteer), ...split(text, tokens, k + 1, last, gazetteer)];
  }
  // "Harbour Council Enver Sato": an organisation's name, then a person's
  for (let k = Math.max(first + 1, last - 2); k < last; k++) {
    const head = stripPossessive(tokens[k - 1].text);
    if (!(ORG_HEADS.has(head) || GROUP_HEADS.has(head)) || !tokens[k].cap) continue;
    const rest = [...Array(last - k + 1).keys()].map((d) => tokens[k + d].text);
    if (rest.some((w) => isHead(stripPossessive(w)) || gazetteer.lookup(stripPossessive(w)) || TITLES.has(w))) continue;
    if (classify(rest, false) === 'person') return [...split(text, tokens, first, k - 1, gazetteer), [k, last]];
  }
  // "NATO Ines Kolar": a known body before a person's name
  if (last - first >= 2 && isAcronym(tokens[first].text) && gazetteer.lookup(tokens[first].text)
    && classify(surface(first + 1, last).split(/\s+/), false) === 'person') return [[first, first], [first + 1, last]];
  for (let k = first + 1; k < last; k++) {
    const w = tokens[k].text.replace(/\.$/, '');
    const prev = tokens[k - 1].text.replace(/\.$/, '');
    if (!TITLES.has(w) || TITLES.has(prev) || NAME_CONNECTORS.has(prev)) continue;
    const left = surface(first, k - 1);
    const keepLeft = gazetteer.lookup(left) || isAcronym(left) || [...Array(k - first).keys()].some((d) => isHead(stripPossessive(tokens[first + d].text)));
    return [...(keepLeft ? [[first, k - 1] as [number, number]] : []), [k, last]];
  }
  return [[first, last]];
}

/**
 * Where the words an acronym in parentheses right after the run spells begin ("(NSC)" after
 * "… National Security Council": the index of "National"), the run's connectors ("of", "for")
 * left out of the spelling; -1 when there is no such acronym or it spells no last words.
 */
function spelledByAcronym(tokens: readonly Token[], first: number, last: number): number {
  if (tokens[last + 1]?.text !== '(' || tokens[last + 3]?.text !== ')') return -1;
  const acr = tokens[last + 2].text;
  if (!/^\p{Lu}{2,6}$/u.test(acr)) return -1;
  let n = acr.length;
  for (let k = last; k >= first; k--) {
    const w = tokens[k].text;
    if (NAME_CONNECTORS.has(w)) continue;
    if (w[0] !== acr[n - 1]) return -1;
    if (--n === 0) return k;
  }
  return -1;
}

/** The first token of a run that is not a sentence-initial function word ("The"). */
function firstName(tokens: readonly Token[], first: number, last: number): number {
  let f = first;
  while (f < last && NON_NAME_CAPITALS.has(tokens[f].text)) f++;
  return f;
}

/** Drops leading function words and titles, and trailing connectors. */
function trim(tokens: readonly Token[], first: number, last: number): Candidate | undefined {
  let titled = false;
  const hasHead = (): boolean => {
    for (let k = first; k <= last; k++) {
      const w = stripPossessive(tokens[k].text);
      if (ORG_HEADS.has(w) || GROUP_HEADS.has(w)) return true;
    }
    return false;
  };
  for (;;) {
    const w = tokens[first]?.text.replace(/\.$/, '');
    if (first > last) return undefined;
    if (NON_NAME_CAPITALS.has(w) || NAME_CONNECTORS.has(w) || (NON_NAME_CAPITALS.has(stripPossessive(w)) && first === last)) {
      first++;
      continue;
    }
    if (TITLES.has(w) && !hasHead()) {
      // "Coordinator for Maritime Affairs": a role, not a name; but "Minister of Education
      // Stefania Giannini" ends in the name of who holds it (a domain word, then the name)
      if (first < last && NAME_CONNECTORS.has(tokens[first + 1].text)) {
        const tail = last - (first + 1);
        if (tail >= 3 && tokens.slice(last - 1, last + 1).every((t) => t.cap)) return { first: last - 1, last, titled: true };
        return undefined;
      }
      titled = true;
      first++;
      continue;
    }
    // "Biologist Nick Bos", "Activist Ines Kolar": an occupation (the agent suffix -ist) before
    // a name of two words is a role, like a title
    if (last - first >= 2 && /^\p{Lu}\p{Ll}{3,}ist$/u.test(w) && tokens.slice(first + 1, last + 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) {
      titled = true;
      first++;
      continue;
    }
    break;
  }
  // trailing connectors, function words ("Harbour Then I") and caption labels ("… Kolar Image:")
  while (last >= first && (NAME_CONNECTORS.has(tokens[last].text) || NON_NAME_CAPITALS.has(tokens[last].text) || CAPTION_WORDS.has(tokens[last].text))) last--;
  if (first > last) return undefined;
  // a generic head word alone ("University", "Police") names nothing
  if (first === last && GENERIC_HEADS.has(stripPossessive(tokens[first].text))) return undefined;
  return { first, last, titled };
}

function classify(words: readonly string[], titled: boolean): ActorType {
  const lastWord = stripPossessive(words[words.length - 1]);
  if (words.some((w) => GROUP_HEADS.has(stripPossessive(w)))) return 'group';
  if (words.some((w) => ORG_HEADS.has(stripPossessive(w)))) return 'organization';
  if (words.some((w) => LOCATION_HEADS.has(stripPossessive(w))) && !titled) return 'location';
  if (words.length === 1 && isAcronym(lastWord)) return 'organization';
  if (words.length > 2 && OF_HEADS.has(words[0]) && words[1] === 'of') return 'location';
  if (titled) return 'person';
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*\.?$|^\p{Lu}\.$/u.test(w))) return 'person';
  return 'other';
}

/** The acronym a mention defines in parentheses right after it ("National Security Council (NSC)"). */
export function acronymAfter(text: string, m: ActorMention): string | undefined {
  // most names have no parenthesis after them: look before slicing
  let k = m.end;
  while (k < m.end + 15 && k < text.length && /\s/.test(text[k])) k++;
  if (text.charCodeAt(k) !== 40) return undefined;
  const paren = /^\s*\(([^()\s]{2,10})\)/u.exec(text.slice(m.end, m.end + 16));
  return paren && isAcronym(paren[1]) ? paren[1] : undefined;
}

/** Gives aliases the canonical name of what they stand for (mentions in text order, offsets into `text`). */
export function groupAliases(mentions: ActorMention[], definesAcronym: (m: ActorMention) => string | undefined): void {
  const acronyms = new Map<string, ActorMention>();
  for (const m of mentions) {
    const acr = definesAcronym(m);
    if (acr) acronyms.set(acr, m);
  }
  /** The latest full-name person by each of their name parts' first and last word. */
  const byNamePart = new Map<string, string>();
  const lookup: AliasLookup = {
    definer: (m) => {
      const def = acronyms.get(m.text);
      return def && def !== m ? def : undefined;
    },
    fullName: (part) => byNamePart.get(part),
    noteFullName: (m) => {
      for (const part of nameParts(m.actor)) byNamePart.set(part, m.actor);
    },
  };
  for (const m of mentions) resolveAlias(m, lookup);
}

/** Where the alias rules find what a mention may stand for; the document pass answers for a whole text, the incremental one for the edited paragraphs. */
export interface AliasLookup {
  /** The mention an acronym was defined by, unless it is this one. */
  definer(m: ActorMention): Pick<ActorMention, 'actor' | 'type'> | undefined;
  /** The canonical name of the latest full name before, by its first or last word. */
  fullName(part: string): string | undefined;
  /** A full name met, in text order. */
  noteFullName(m: ActorMention): void;
}

/** Gives one mention (in text order) the canonical name of what it stands for: an acronym's definition, or the full name a surname follows. */
export function resolveAlias(m: ActorMention, lookup: AliasLookup): void {
  const def = lookup.definer(m);
  if (def) {
    m.actor = def.actor;
    m.type = def.type;
  } else if (isFullName(m)) {
    lookup.noteFullName(m);
  } else if (!m.text.includes(' ') && (m.type === 'person' || m.type === 'other')) {
    // a surname (or given name) after the full name
    const full = lookup.fullName(m.text);
    if (full !== undefined) {
      m.actor = full;
      m.type = 'person';
    }
  }
}

/** A person named with more than one word, whose surname and given name may follow alone. */
export const isFullName = (m: ActorMention): boolean => m.type === 'person' && m.text.includes(' ');

/** The first and last word of a full name. */
export function nameParts(actor: string): [string, string] {
  const parts = actor.split(/\s+/);
  return [parts[0], parts[parts.length - 1]];
}
