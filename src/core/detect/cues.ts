/**
 * The cue lexicon (data/cues.json): verbs and nouns that attribute something to someone, each
 * with its class (speech, belief, intention, demand, accusation, evidence, position) and the
 * frames it takes. The file says where its lists come from; this module makes the forms.
 */
import data from './data/cues.json';
import type { CueClass } from './types';

export type VerbFrame =
  | 'quote' | 'that' | 'clause' | 'object_clause' | 'object' | 'to' | 'object_to' | 'object_of' | 'object_for' | 'object_on'
  | 'for' | 'on_to' | 'of' | 'about' | 'against' | 'to_np' | 'object_as' | 'object_predicate' | 'object_object';

export interface CueVerb {
  lemma: string;
  class: CueClass;
  frames: readonly VerbFrame[];
  /** The particle of a two-word lemma ("call for" -> "for"). */
  particle?: string;
  /**
   * For a verb with a literal sense, which objects its object frame takes (data/cues.json
   * "objects"): 'content', only what a judgment is about ("attacked the plan", not "attacked the
   * town"); 'judged', anything but a physical thing or a place ("backed the candidate", not
   * "backed the truck").
   */
  objects?: 'content' | 'judged';
}

interface VerbEntry {
  lemma: string;
  class: string;
  frames: string[];
  past?: string;
  participle?: string;
  double?: boolean;
  base?: boolean;
  ing?: boolean;
  also?: string[];
  objects?: 'content' | 'judged';
}

export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'ing';

const VOWEL = /[aeiou]/;

/** The forms of a one-word lemma, by the file's inflection rule. */
export function inflect(lemma: string, opts: { past?: string; participle?: string; double?: boolean } = {}): Record<VerbForm, string> {
  const last = lemma[lemma.length - 1];
  const stem = opts.double ? lemma + last : lemma;
  const consonantY = last === 'y' && !VOWEL.test(lemma[lemma.length - 2] ?? '');
  const third = /(s|x|z|ch|sh|o)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const ed = last === 'e' ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${stem}ed`;
  const ing = lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : last === 'e' && !/[eoy]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${stem}ing`;
  const past = opts.past ?? ed;
  return { base: lemma, third, past, participle: opts.participle ?? past, ing };
}

const verbs: CueVerb[] = [];
/** Base forms that are no cue by themselves (lemmas that are mostly nouns), with their third-person form. */
const nounlikeBases = new Map<string, string>();
/** Each one-word form of a verb cue, with its verb (the first entry holding the form wins). */
const verbForms = new Map<string, { verb: CueVerb; form: VerbForm }>();
/** Two-word cues by the form of their first word ("called" -> [call for, call on]). */
const phrasalForms = new Map<string, CueVerb[]>();

for (const e of (data as { verbs: VerbEntry[] }).verbs) {
  const [head, particle] = e.lemma.split(' ');
  const verb: CueVerb = { lemma: e.lemma, class: e.class as CueClass, frames: e.frames as VerbFrame[] };
  if (particle) verb.particle = particle;
  if (e.objects) verb.objects = e.objects;
  verbs.push(verb);
  const forms = inflect(head, e);
  for (const [form, word] of Object.entries(forms) as Array<[VerbForm, string]>) {
    if (form === 'base' && e.base === false && !particle) nounlikeBases.set(word, forms.third);
    if (form === 'base' && e.base === false || form === 'ing' && e.ing === false) continue;
    if (particle) {
      const list = phrasalForms.get(word) ?? [];
      if (!list.includes(verb)) list.push(verb);
      phrasalForms.set(word, list);
    } else if (!verbForms.has(word)) verbForms.set(word, { verb, form });
  }
  for (const word of e.also ?? []) if (!verbForms.has(word)) verbForms.set(word, { verb, form: 'past' });
}

/** The verb cue a (lower-case) word is a form of. */
export function cueVerb(word: string): CueVerb | undefined {
  return verbForms.get(word)?.verb;
}

/**
 * The third-person form of a cue whose base form is no cue by itself, being mostly a noun
 * ("claim" -> "claims", "fear" -> "fears"): for where the syntax makes the base form a verb.
 */
export function nounlikeBase(word: string): string | undefined {
  return nounlikeBases.get(word);
}

/** Which form of its verb a word is. */
export function cueForm(word: string): VerbForm | undefined {
  return verbForms.get(word)?.form;
}

/** Two-word cues whose first word this is ("called" -> call for, call on). */
export function phrasalCues(word: string): readonly CueVerb[] {
  return phrasalForms.get(word) ?? [];
}

/** All verb cues, in the file's order. */
export const CUE_VERBS: readonly CueVerb[] = verbs;

/** The one-word forms of the verbs taking one of these frames (with the first words of two-word ones). */
export function formsWith(frames: readonly VerbFrame[]): Set<string> {
  const out = new Set<string>();
  for (const [word, { verb }] of verbForms) if (verb.frames.some((f) => frames.includes(f))) out.add(word);
  for (const [word, list] of phrasalForms) if (list.some((v) => v.frames.some((f) => frames.includes(f)))) out.add(word);
  return out;
}

interface NounEntry {
  noun: string;
  class: string;
}
const nouns = new Map<string, CueClass>();
for (const n of (data as { nouns: NounEntry[] }).nouns) nouns.set(n.noun, n.class as CueClass);

/** The class of a nominal cue ("statement" -> speech, "pledge" -> intention). */
export function nounCue(word: string): CueClass | undefined {
  return nouns.get(word);
}

/** The forms of the light verbs of expressing ("expressed concern that C"), by the inflection rule. */
const lightForms = new Set<string>();
for (const lemma of (data as { lightVerbs: string[] }).lightVerbs) for (const form of Object.values(inflect(lemma))) lightForms.add(form);

/** Whether a (lower-case) word is a form of a light verb of expressing ("expressed", "voices", "raised"). */
export function lightVerb(word: string): boolean {
  return lightForms.has(word);
}

/** The class of a cue word: of the verb it is a form of, of the noun, else speech. */
export function classOf(word: string): CueClass {
  const w = word.toLowerCase();
  return verbForms.get(w)?.verb.class ?? nouns.get(w) ?? phrasalForms.get(w)?.[0].class ?? 'speech';
}
