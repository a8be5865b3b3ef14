import { readYamlList } from '../text/yamlList';
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
  const { entries, problems } = readYamlList(text, 'actors', 'a list of actors (name, type, aliases)');
  const actors: ActorDefinition[] = [];
  entries.forEach(({ value: v, problem }, i) => {
    if (!v) return problem(undefined, `actor ${i + 1}: expected a mapping with name, type and aliases`);
    if (typeof v.name !== 'string' || !v.name.trim()) return problem('name', `actor ${i + 1}: "name" must be the actor's canonical name`);
    const type = v.type ?? 'other';
    if (typeof type !== 'string' || !ACTOR_TYPES.includes(type as ActorType)) return problem('type', `actor ${i + 1} (${v.name}): "type" must be one of ${ACTOR_TYPES.join(', ')}`);
    const aliases = v.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) return problem('aliases', `actor ${i + 1} (${v.name}): "aliases" must be a list of names`);
    actors.push({ name: v.name.trim(), type: type as ActorType, aliases: (aliases as string[]).map((a) => a.trim()).filter(Boolean) });
    return undefined;
  });
  return { actors, problems };
}
