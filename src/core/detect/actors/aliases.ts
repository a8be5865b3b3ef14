/**
 * Grouping: every mention of one actor gets one canonical name (an acronym defined in
 * parentheses, a surname after the full name).
 */
import type { ActorMention } from '../types';
import { isAcronym } from './words';

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
      for (const part of givenParts(m)) byNamePart.set(part, m.actor);
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

/**
 * Full names the text gives in apposition to a noun for a relative ("Her father, Anton Kolar,"):
 * the subject's family, who share the subject's surname. The surname alone after them still
 * stands for the full name it followed before; only their given name is theirs alone.
 */
export const KIN_NAMED = new WeakSet<ActorMention>();

/** The name parts a full name gives to the mentions after it: its first and last word, or a relative's given name only. */
export function givenParts(m: ActorMention): string[] {
  const parts = nameParts(m.actor);
  return KIN_NAMED.has(m) ? [parts[0]] : parts;
}

/** A person named with more than one word, whose surname and given name may follow alone. */
export const isFullName = (m: ActorMention): boolean => m.type === 'person' && m.text.includes(' ');

/** The first and last word of a full name. */
export function nameParts(actor: string): [string, string] {
  const parts = actor.split(/\s+/);
  return [parts[0], parts[parts.length - 1]];
}
