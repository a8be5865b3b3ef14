// The workspace-wide edits: an actor (or an alias) added to `.claimlens/actors.yaml`, and one
// actor's mentions renamed in a sidecar (Merge Actors Across the Workspace). Texts in, texts out.
import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { ActorType } from '../detect/types';
import { parseSidecar } from '../sidecar/parse';
import { serializeSidecar } from '../sidecar/write';

export interface ActorEntry {
  name: string;
  type: ActorType;
  /** Other names of the actor to record (those equal to the name, or already there, are skipped). */
  aliases?: readonly string[];
}

/**
 * Adds an actor, or aliases of an actor already there, to the text of `.claimlens/actors.yaml`
 * (undefined: a new file), keeping everything else (comments, order). Throws on a file that is
 * not valid YAML or not of the form `actors: [...]`.
 */
export function addToActorsFile(text: string | undefined, entry: ActorEntry): { text: string; added: string[] } {
  const doc = parseDocument(text && text.trim() ? text : 'actors: []\n');
  if (doc.errors.length) throw new Error(`not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  const top = doc.contents as unknown;
  if (!isMap(top)) throw new Error('expected "actors:" followed by a list of actors');
  let list: unknown = top.get('actors', true);
  if (list === undefined || list === null || (isScalar(list) && list.value === null)) {
    list = new YAMLSeq();
    top.set('actors', list);
  }
  if (!isSeq(list)) throw new Error('"actors" must be a list of actors');
  const seq = list as YAMLSeq<unknown>;
  if (seq.flow && !seq.items.length) seq.flow = false;
  const wanted = [...new Set((entry.aliases ?? []).map((a) => a.trim()).filter((a) => a && a !== entry.name))];
  const existing = seq.items.find((it): it is YAMLMap<unknown, unknown> => isMap(it) && String(it.get('name') ?? '').trim() === entry.name);
  const added: string[] = [];
  if (existing) {
    let aliases: unknown = existing.get('aliases', true);
    if (!isSeq(aliases)) {
      const fresh = new YAMLSeq<unknown>();
      fresh.flow = true;
      existing.set('aliases', fresh);
      aliases = fresh;
    }
    const into = aliases as YAMLSeq<unknown>;
    const have = new Set(into.items.map((i) => String(isScalar(i) ? i.value : i)));
    for (const a of wanted) {
      if (have.has(a)) continue;
      into.add(doc.createNode(a));
      added.push(a);
    }
  } else {
    const node = doc.createNode(wanted.length ? { name: entry.name, type: entry.type, aliases: wanted } : { name: entry.name, type: entry.type }) as YAMLMap<unknown, unknown>;
    const aliases = node.get('aliases', true);
    if (isSeq(aliases)) aliases.flow = true;
    seq.add(node);
    added.push(entry.name, ...wanted);
  }
  return { text: doc.toString({ lineWidth: 0 }), added };
}

/**
 * Gives every actor mention of a sidecar whose name is one of `from` (after `canonical`) the
 * name `to`. Returns the new text (only the changed blocks differ) and how many were renamed;
 * undefined when the sidecar cannot be read.
 */
export function renameActorInSidecar(text: string, from: string, to: string, canonical: (name: string) => string = (n) => n): { text: string; renamed: number } | undefined {
  const parsed = parseSidecar(text);
  if (!parsed.ok) return undefined;
  let renamed = 0;
  for (const a of parsed.sidecar.annotations) {
    if (a.tag !== 'actor' || a.status === 'rejected') continue;
    const name = String(a.attributes?.actor ?? a.quote).trim() || a.quote;
    if (canonical(name) !== from) continue;
    a.attributes = { ...a.attributes, actor: to };
    renamed++;
  }
  return { text: renamed ? serializeSidecar(parsed.sidecar, text) : text, renamed };
}
