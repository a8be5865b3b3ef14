import { readYamlList } from '../text/yamlList';

export interface AttributeValue {
  value: string;
  description?: string;
}

export interface AttributeDefinition {
  name: string;
  description?: string;
  /** Allowed values; absent: free text. */
  values?: AttributeValue[];
}

export interface TagDefinition {
  name: string;
  /** Digit key for quick tagging ("1".."9"). */
  key?: string;
  description: string;
  /** A CSS colour for the tag's highlight (tags other than actor and claim). */
  color?: string;
  attributes?: AttributeDefinition[];
}

export interface Taxonomy {
  tags: TagDefinition[];
}

/** Where the workspace's taxonomy lives, relative to a workspace folder. */
export const TAXONOMY_FILE = '.claimlens/taxonomy.yaml';

const ADMIRALTY_RELIABILITY: AttributeValue[] = [
  { value: 'A', description: 'Completely reliable' }, { value: 'B', description: 'Usually reliable' },
  { value: 'C', description: 'Fairly reliable' }, { value: 'D', description: 'Not usually reliable' },
  { value: 'E', description: 'Unreliable' }, { value: 'F', description: 'Reliability cannot be judged' },
];
const ADMIRALTY_CREDIBILITY: AttributeValue[] = [
  { value: '1', description: 'Confirmed by other sources' }, { value: '2', description: 'Probably true' },
  { value: '3', description: 'Possibly true' }, { value: '4', description: 'Doubtful' },
  { value: '5', description: 'Improbable' }, { value: '6', description: 'Truth cannot be judged' },
];
const values = (...v: string[]): AttributeValue[] => v.map((value) => ({ value }));

/** The taxonomy used when the workspace defines none: news analysis. */
export const DEFAULT_TAXONOMY: Taxonomy = {
  tags: [
    {
      name: 'actor', key: '1', description: 'A person, organisation, state or armed group',
      attributes: [
        { name: 'type', values: values('person', 'organization', 'state', 'group', 'location', 'other') },
        { name: 'actor', description: 'Canonical name shared by every mention of the actor' },
      ],
    },
    {
      name: 'claim', key: '2', description: 'A statement attributed to an actor, quoted or reported',
      attributes: [
        { name: 'kind', values: values('direct', 'indirect', 'mixed') },
        { name: 'stance', description: 'How the claim stands to the article\'s subject', values: values('supports', 'opposes', 'neutral', 'unclear') },
        { name: 'reliability', description: 'Admiralty code: reliability of the source', values: ADMIRALTY_RELIABILITY },
        { name: 'credibility', description: 'Admiralty code: credibility of the information', values: ADMIRALTY_CREDIBILITY },
        { name: 'cue', description: 'The reporting verb' },
      ],
    },
    { name: 'event', key: '3', description: 'Something that happened, as the article reports it' },
    { name: 'source', key: '4', description: 'A document, outlet or dataset the article cites' },
  ],
};

export interface TaxonomyResult {
  taxonomy: Taxonomy;
  problems: Array<{ line: number; col: number; message: string }>;
}

/**
 * Reads `.claimlens/taxonomy.yaml` (see `schemas/taxonomy.schema.json`). Tags with problems are
 * left out and reported with their line and column; without usable tags the default applies.
 */
export function parseTaxonomy(text: string): TaxonomyResult {
  const { entries, problems } = readYamlList(text, 'tags', 'a list of tags (name, key, description, color, attributes)');
  const tags: TagDefinition[] = [];
  const names = new Set<string>();
  const keys = new Set<string>();
  entries.forEach(({ value: v, problem }, i) => {
    if (!v) return problem(undefined, `tag ${i + 1}: expected a mapping with name, key and description`);
    const name = typeof v.name === 'string' ? v.name.trim() : '';
    if (!/^[\p{L}\p{N}_-]+$/u.test(name)) return problem('name', `tag ${i + 1}: "name" must be one word (letters, digits, - or _)`);
    if (names.has(name)) return problem('name', `tag ${i + 1}: "${name}" is defined twice`);
    const key = v.key === undefined ? undefined : String(v.key);
    if (key !== undefined && !/^[1-9]$/.test(key)) return problem('key', `tag "${name}": "key" must be a digit from 1 to 9`);
    if (key !== undefined && keys.has(key)) return problem('key', `tag "${name}": key ${key} is already used`);
    if (v.color !== undefined && (typeof v.color !== 'string' || !/^#[0-9a-fA-F]{3,8}$/.test(v.color))) return problem('color', `tag "${name}": "color" must be like #3a7bd5`);
    const attributes: AttributeDefinition[] = [];
    const rawAttrs = v.attributes ?? [];
    if (!Array.isArray(rawAttrs)) return problem('attributes', `tag "${name}": "attributes" must be a list`);
    for (const a of rawAttrs) {
      const ok = a && typeof a === 'object' && typeof (a as { name?: unknown }).name === 'string';
      const vals = ok ? (a as { values?: unknown }).values : undefined;
      if (!ok || (vals !== undefined && (!Array.isArray(vals) || vals.some((x) => typeof x !== 'string' && typeof x !== 'number')))) {
        return problem('attributes', `tag "${name}": each attribute needs a "name" and may have "values" (a list)`);
      }
      const def = a as { name: string; description?: string };
      attributes.push({ name: def.name, description: def.description, values: vals ? (vals as Array<string | number>).map((x) => ({ value: String(x) })) : undefined });
    }
    names.add(name);
    if (key) keys.add(key);
    tags.push({ name, key, description: typeof v.description === 'string' ? v.description : '', color: v.color as string | undefined, attributes });
    return undefined;
  });
  return { taxonomy: tags.length ? { tags } : DEFAULT_TAXONOMY, problems };
}

/** The definition of a tag, also for tags the taxonomy does not know (then without attributes). */
export function tagOf(taxonomy: Taxonomy, name: string): TagDefinition {
  return taxonomy.tags.find((t) => t.name === name) ?? { name, description: '' };
}
