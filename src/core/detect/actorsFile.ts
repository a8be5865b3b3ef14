import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { ActorDefinition } from './gazetteer';
import { ACTOR_TYPES, type ActorType } from './types';

/** Where the analyst's own actors live, relative to a workspace folder. */
export const ACTORS_FILE = '.claimlens/actors.yaml';

export interface ActorsFileResult {
  actors: ActorDefinition[];
  problems: Array<{ line: number; col: number; message: string }>;
}

/**
 * Reads `.claimlens/actors.yaml`:
 *
 *     actors:
 *       - name: Silent Harbor        # the canonical name
 *         type: group                # person, organization, state, group, location, other
 *         aliases: [SH-7, Silent Harbour]
 *
 * Entries with problems are left out and reported with their line and column; the rest are used.
 */
export function parseActorsFile(text: string): ActorsFileResult {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  const problems: ActorsFileResult['problems'] = [];
  const at = (node: unknown, message: string): void => {
    const r = (node as YamlNode | undefined)?.range;
    const p = lc.linePos(r ? r[0] : 0);
    problems.push({ line: p.line, col: p.col, message });
  };
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const p = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
      problems.push({ line: p.line, col: p.col, message: e.message.split('\n')[0] });
    }
    return { actors: [], problems };
  }
  if (doc.contents === null) return { actors: [], problems };
  const list = isMap(doc.contents) ? doc.contents.get('actors', true) : undefined;
  if (!isSeq(list)) {
    at(doc.contents, 'expected "actors:" followed by a list of actors (name, type, aliases)');
    return { actors: [], problems };
  }
  const actors: ActorDefinition[] = [];
  list.items.forEach((item, i) => {
    const v = (item as { toJSON?: () => unknown }).toJSON?.() as Record<string, unknown> | undefined;
    const node = isMap(item) ? item : undefined;
    const where = (key: string): unknown => node?.get(key, true) ?? item;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return at(item, `actor ${i + 1}: expected a mapping with name, type and aliases`);
    if (typeof v.name !== 'string' || !v.name.trim()) return at(where('name'), `actor ${i + 1}: "name" must be the actor's canonical name`);
    const type = v.type ?? 'other';
    if (typeof type !== 'string' || !ACTOR_TYPES.includes(type as ActorType)) return at(where('type'), `actor ${i + 1} (${v.name}): "type" must be one of ${ACTOR_TYPES.join(', ')}`);
    const aliases = v.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) return at(where('aliases'), `actor ${i + 1} (${v.name}): "aliases" must be a list of names`);
    actors.push({ name: v.name.trim(), type: type as ActorType, aliases: (aliases as string[]).map((a) => a.trim()).filter(Boolean) });
    return undefined;
  });
  return { actors, problems };
}
