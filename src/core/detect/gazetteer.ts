import data from './data/gazetteer.json';
import type { ActorType } from './types';

export interface GazetteerEntry {
  /** Canonical name. */
  name: string;
  type: ActorType;
}

export interface ActorDefinition {
  name: string;
  type: ActorType;
  aliases?: string[];
}

/** Name lookups: exact surface forms (names, aliases, capitals standing for their state). */
export class Gazetteer {
  private readonly byForm = new Map<string, GazetteerEntry>();
  private readonly demonymForms = new Map<string, string>();
  /** Longest entry in words, to bound the lookup window. */
  maxWords = 1;

  constructor(extra: readonly ActorDefinition[] = []) {
    for (const s of data.states) {
      const entry: GazetteerEntry = { name: s.name, type: 'state' };
      this.add(s.name, entry);
      // a capital that is also a common name or word ("Kingston", "Victoria") is left out of the data
      const capital = (s as { capital?: string }).capital;
      if (capital) this.add(capital, entry);
      for (const a of (s as { aliases?: string[] }).aliases ?? []) this.add(a, entry);
      for (const d of s.demonyms) this.demonymForms.set(d, s.name);
    }
    // first-level subdivisions (ISO 3166-2) of the states news names most, and regions of conflict
    for (const pl of data.places) {
      const entry: GazetteerEntry = { name: pl.name, type: 'location' };
      this.add(pl.name, entry);
      for (const a of (pl as { aliases?: string[] }).aliases ?? []) this.add(a, entry);
    }
    for (const o of data.organizations) {
      const entry: GazetteerEntry = { name: o.name, type: 'organization' };
      this.add(o.name, entry);
      for (const a of (o as { aliases?: string[] }).aliases ?? []) this.add(a, entry);
    }
    // the analyst's own definitions win over the shipped data
    for (const d of extra) {
      const entry: GazetteerEntry = { name: d.name, type: d.type };
      this.add(d.name, entry);
      for (const a of d.aliases ?? []) this.add(a, entry);
    }
  }

  private add(form: string, entry: GazetteerEntry): void {
    this.byForm.set(form, entry);
    this.maxWords = Math.max(this.maxWords, form.split(/\s+/).length);
  }

  lookup(form: string): GazetteerEntry | undefined {
    return this.byForm.get(form);
  }

  /** The state a demonym refers to ("North Korean" -> "North Korea"). */
  demonym(form: string): string | undefined {
    return this.demonymForms.get(form);
  }
}

let shared: Gazetteer | undefined;
/** The gazetteer of shipped data only, built once. */
export function defaultGazetteer(): Gazetteer {
  return (shared ??= new Gazetteer());
}
