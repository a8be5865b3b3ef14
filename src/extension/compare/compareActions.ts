import * as vscode from 'vscode';
import type { Placed } from '../../core/anchor/placed';
import type { Difference } from '../../core/agree/compare';
import { truncate } from '../../core/text/display';
import type { AnnotationStore } from '../annotations/annotationStore';

export type Resolution = 'takeTheirs' | 'keepYours' | 'takeBoth';

const canonical = (p: Placed): string => String(p.data.attributes?.actor ?? p.data.quote);

/** My actor for their speaker's mention: the one on the same span, else one of the same actor (nearest), else a new one. */
async function ensureActor(store: AnnotationStore, doc: vscode.TextDocument, theirs: Placed): Promise<string> {
  const actors = store.get(doc.uri).filter((p) => !p.orphaned && p.data.tag === 'actor' && p.data.status !== 'rejected');
  const same = actors.find((p) => p.start === theirs.start && p.end === theirs.end)
    ?? actors.filter((p) => canonical(p) === canonical(theirs)).sort((a, b) => Math.abs(a.start - theirs.start) - Math.abs(b.start - theirs.start))[0];
  if (same) return same.data.id;
  const [made] = await store.add(doc, [{ tag: 'actor', start16: theirs.start, end16: theirs.end, attributes: theirs.data.attributes }]);
  return made.id;
}

/** Their annotation added to mine, with its speaker (mine, or theirs brought along). */
async function addTheirs(store: AnnotationStore, doc: vscode.TextDocument, p: Placed, theirs: ReadonlyMap<string, Placed>): Promise<string> {
  const [made] = await store.add(doc, [{ tag: p.data.tag, start16: p.start, end16: p.end, fragments16: p.fragments, attributes: p.data.attributes ? { ...p.data.attributes } : undefined }]);
  const speaker = p.data.links?.speaker ? theirs.get(p.data.links.speaker) : undefined;
  if (speaker && !speaker.orphaned) await store.link(doc, made.id, 'speaker', await ensureActor(store, doc, speaker));
  return `added their ${p.data.tag} "${truncate(p.data.quote)}"`;
}

/**
 * Applies a choice on one difference to my annotations (through the store, so it is saved and
 * undoable like any other change); returns what was done, for the status bar.
 */
export async function resolveDifference(store: AnnotationStore, doc: vscode.TextDocument, d: Difference, how: Resolution, theirs: ReadonlyMap<string, Placed>): Promise<string | undefined> {
  const their = d.theirs ? theirs.get(d.theirs.id) : undefined;
  if (how === 'keepYours') return undefined; // the caller stops showing it
  if (d.kind === 'theirs' && their) return addTheirs(store, doc, their, theirs);
  if (d.kind === 'yours' && d.yours && how === 'takeTheirs') {
    const gone = await store.remove(doc, d.yours.id);
    return gone ? `removed your ${gone.tag} "${truncate(gone.quote)}"` : undefined;
  }
  if (d.kind === 'conflict' && d.yours && their) {
    if (how === 'takeBoth') return addTheirs(store, doc, their, theirs);
    const attributes: Record<string, unknown> = { ...their.data.attributes };
    for (const k of Object.keys(d.yours.attributes ?? {})) if (!(k in attributes)) attributes[k] = undefined;
    await store.update(doc, d.yours.id, { tag: their.data.tag, attributes });
    const speaker = their.data.links?.speaker ? theirs.get(their.data.links.speaker) : undefined;
    if (d.fields.includes('speaker') && speaker && !speaker.orphaned) await store.link(doc, d.yours.id, 'speaker', await ensureActor(store, doc, speaker));
    return `took their ${d.fields.join(', ')} for "${truncate(their.data.quote)}"`;
  }
  return undefined;
}

/** The choices a difference offers, as quick-fix titles. */
export function choicesFor(d: Difference): Array<{ how: Resolution; title: string }> {
  const tag = (d.theirs ?? d.yours)!.tag;
  switch (d.kind) {
    case 'theirs':
      return [{ how: 'takeTheirs', title: `Take theirs: add their ${tag}` }, { how: 'keepYours', title: 'Keep yours: leave their annotation out' }];
    case 'yours':
      return [{ how: 'takeTheirs', title: `Take theirs: remove your ${tag}` }, { how: 'keepYours', title: `Keep yours: keep your ${tag}` }];
    case 'conflict':
      return [
        { how: 'takeTheirs', title: `Take theirs: ${d.fields.join(', ')} as they have it` },
        { how: 'keepYours', title: 'Keep yours' },
        { how: 'takeBoth', title: `Take both: add their ${d.theirs!.tag} beside yours` },
      ];
    default:
      return [];
  }
}
