import type { Annotation } from '../sidecar/model';
import { DEFAULT_TAXONOMY, type AttributeDefinition, type Taxonomy } from '../taxonomy/taxonomy';
import { piecesOf, valueText } from './formats';

/** Attribute keys people look for first, in this order (CSV columns); other keys follow alphabetically. */
export const KNOWN_ATTRIBUTES: readonly string[] = ['kind', 'cue', 'class', 'type', 'actor', 'stance', 'reliability', 'credibility'];

/** The classes of claim cues (`attributes: {class: …}`); other classes found in the annotations are added. */
export const CUE_CLASSES: readonly string[] = ['speech', 'belief', 'intention', 'demand', 'accusation', 'evidence'];

/** Highlight colours of the built-in tags in the tools that show them (brat, Label Studio). */
const COLOURS: Readonly<Record<string, string>> = { actor: '#7fa2ff', claim: '#ffd27f', event: '#8fd19e', source: '#d7b5ff' };

interface Seen {
  tags: Set<string>;
  values: Set<string>;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What an export holds, for the formats that describe it once (the columns of CSV and CoNLL,
 * brat's annotation.conf and visual.conf, Label Studio's labeling config): its tags, attributes
 * with their value sets, and relations, from the taxonomy and from the annotations added.
 */
export class ExportScheme {
  private readonly seenTags = new Set<string>();
  private readonly attrs = new Map<string, Seen>();
  private readonly rels = new Map<string, { from: Set<string>; to: Set<string> }>();
  /** Whether an added annotation is discontinuous. */
  fragments = false;

  /** `only`: the tags the export is limited to (--tag). */
  constructor(readonly taxonomy: Taxonomy = DEFAULT_TAXONOMY, readonly only?: readonly string[]) {}

  /** Records the exported annotations of one article. */
  add(list: readonly Annotation[]): void {
    const tagOf = new Map(list.map((a) => [a.id, a.tag]));
    for (const a of list) {
      this.seenTags.add(a.tag);
      if (!this.fragments && piecesOf(a).length > 1) this.fragments = true;
      for (const [k, v] of Object.entries(a.attributes ?? {})) {
        let seen = this.attrs.get(k);
        if (!seen) this.attrs.set(k, (seen = { tags: new Set(), values: new Set() }));
        seen.tags.add(a.tag);
        const text = valueText(v);
        if (text) seen.values.add(text);
      }
      for (const [role, target] of Object.entries(a.links ?? {})) {
        const to = tagOf.get(target);
        if (!to) continue;
        let r = this.rels.get(role);
        if (!r) this.rels.set(role, (r = { from: new Set(), to: new Set() }));
        r.from.add(a.tag);
        r.to.add(to);
      }
    }
  }

  /** The tags: the --tag list, else the taxonomy's, then other tags found, alphabetically. */
  tags(): string[] {
    if (this.only) return [...this.only];
    const names = this.taxonomy.tags.map((t) => t.name);
    return [...names, ...[...this.seenTags].filter((t) => !names.includes(t)).sort(byName)];
  }

  /** The attribute keys found, the well-known ones first. */
  attributeKeys(): string[] {
    const rank = (k: string): number => {
      const i = KNOWN_ATTRIBUTES.indexOf(k);
      return i < 0 ? KNOWN_ATTRIBUTES.length : i;
    };
    return [...this.attrs.keys()].sort((a, b) => rank(a) - rank(b) || byName(a, b));
  }

  /** Every attribute: those the taxonomy gives the tags, then those found. */
  attributes(): string[] {
    const tags = this.tags();
    const out: string[] = [];
    for (const t of this.taxonomy.tags) if (tags.includes(t.name)) for (const a of t.attributes ?? []) if (!out.includes(a.name)) out.push(a.name);
    for (const k of this.attributeKeys()) if (!out.includes(k)) out.push(k);
    return out;
  }

  /** The tags an attribute belongs to: where the taxonomy defines it, and where it was found. */
  attributeTags(name: string): string[] {
    const tags = this.tags();
    const out = this.taxonomy.tags.filter((t) => tags.includes(t.name) && t.attributes?.some((a) => a.name === name)).map((t) => t.name);
    for (const t of this.attrs.get(name)?.tags ?? []) if (!out.includes(t)) out.push(t);
    return out;
  }

  /**
   * The values of an attribute with a closed value set (the taxonomy's, else the default
   * taxonomy's, else the cue classes for `class`), then other values found; undefined for free text.
   */
  values(name: string): string[] | undefined {
    const defined = definedValues(this.taxonomy, name) ?? definedValues(DEFAULT_TAXONOMY, name) ?? (name === 'class' ? { values: [...CUE_CLASSES] } : undefined);
    if (!defined || !defined.values) return undefined;
    const extra = [...(this.attrs.get(name)?.values ?? [])].filter((v) => !defined.values!.includes(v)).sort(byName);
    return [...defined.values, ...extra];
  }

  /** A tag's colour: the taxonomy's, else the built-in tags' own, else none. */
  colour(tag: string): string | undefined {
    return this.taxonomy.tags.find((t) => t.name === tag)?.color ?? COLOURS[tag];
  }

  /** Relations between the tags: claim -> speaker actor, and the links found. */
  relations(): Array<{ role: string; from: string[]; to: string[] }> {
    const tags = this.tags();
    const out = new Map<string, { from: Set<string>; to: Set<string> }>();
    if (tags.includes('claim') && tags.includes('actor')) out.set('speaker', { from: new Set(['claim']), to: new Set(['actor']) });
    for (const [role, r] of this.rels) {
      const into = out.get(role) ?? { from: new Set<string>(), to: new Set<string>() };
      for (const t of r.from) if (tags.includes(t)) into.from.add(t);
      for (const t of r.to) if (tags.includes(t)) into.to.add(t);
      if (into.from.size && into.to.size) out.set(role, into);
    }
    return [...out].map(([role, r]) => ({ role, from: [...r.from], to: [...r.to] }));
  }
}

/** How a taxonomy defines an attribute: undefined when none of its tags has it; `values` absent for free text. */
function definedValues(taxonomy: Taxonomy, name: string): { values?: string[] } | undefined {
  const defs: AttributeDefinition[] = taxonomy.tags.flatMap((t) => (t.attributes ?? []).filter((a) => a.name === name));
  if (!defs.length) return undefined;
  const closed = defs.filter((d) => d.values);
  if (!closed.length) return {};
  const values: string[] = [];
  for (const d of closed) for (const v of d.values!) if (!values.includes(v.value)) values.push(v.value);
  return { values };
}
