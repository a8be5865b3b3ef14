// The rows of the Workspace Actors and Workspace Claims views, built from the workspace index.
// No VS Code API here (unit-tested in plain Node); children are built when a row is expanded.
import type { ActorDetail, CorpusIndex, ResolvedClaim } from '../../core/corpus/corpusIndex';
import type { CorpusFilter } from '../../core/corpus/filter';
import type { MentionRecord } from '../../core/corpus/records';
import { truncate } from '../../core/text/display';

export type CorpusViewName = 'workspaceActors' | 'workspaceClaims';

export interface CorpusRow {
  type: 'actor' | 'article' | 'mention' | 'claim' | 'speaker' | 'range';
  /** Unique in its view and stable from one refresh to the next. */
  key: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** Mention and claim rows: the article (its URI) and the annotation's id. */
  uri?: string;
  id?: string;
  /** Actor and mention rows: the canonical actor, its type; mention rows: the text. */
  actor?: string;
  actorType?: string;
  quote?: string;
  /** Children, built when asked for. */
  children?: () => CorpusRow[];
  /** The row it was listed under (set when its parent's children are asked for). */
  parent?: CorpusRow;
}

/** Most rows one level lists; more come in ranges ("1–200 of 950"). */
export const MAX_ROWS = 200;
const LABEL = 70;
const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

export function corpusRows(view: CorpusViewName, index: CorpusIndex, filter: CorpusFilter | undefined, name: (file: string) => string): CorpusRow[] {
  return view === 'workspaceActors'
    ? ranged(index.actors(filter).map((a) => actorRow(a, name)), 'actors')
    : ranged(index.bySpeaker(filter).map(({ speaker, claims }): CorpusRow => ({
      type: 'speaker', key: `speaker:${speaker ?? ''}`, label: speaker ?? 'No speaker', description: plural(claims.length, 'claim'),
      actor: speaker ?? undefined,
      children: () => ranged(claims.map((c) => claimRow(c, `speaker:${speaker ?? ''}`, name, true)), `speaker:${speaker ?? ''}`),
    })), 'speakers');
}

function actorRow(a: ActorDetail, name: (file: string) => string): CorpusRow {
  const key = `actor:${a.actor}`;
  return {
    type: 'actor', key, label: a.actor, actor: a.actor, actorType: a.type,
    description: `${a.type} · ${plural(a.mentions, 'mention')} · ${plural(a.articles, 'article')} · ${plural(a.claims, 'claim')}`,
    children: () => ranged(a.byArticle.map((per): CorpusRow => ({
      type: 'article', key: `${key}/${per.file}`, label: name(per.file), uri: per.file,
      description: [plural(per.mentions.length, 'mention'), per.claims.length ? plural(per.claims.length, 'claim') : ''].filter(Boolean).join(' · '),
      children: () => [
        ...per.mentions.map((m) => mentionRow(m, a, per.file, `${key}/${per.file}`)),
        ...per.claims.map((c) => claimRow(c, `${key}/${per.file}`, name, false)),
      ],
    })), key),
  };
}

function mentionRow(m: MentionRecord, a: ActorDetail, file: string, parent: string): CorpusRow {
  return {
    type: 'mention', key: `${parent}/m:${m.id}`, label: m.quote, description: m.name !== m.quote ? `mention · as ${m.name}` : 'mention',
    tooltip: `Mention of ${a.actor} (${a.type}): ${m.quote}`, uri: file, id: m.id, actor: a.actor, actorType: m.type ?? a.type, quote: m.quote,
  };
}

function claimRow(c: ResolvedClaim, parent: string, name: (file: string) => string, withFile: boolean): CorpusRow {
  const attrs = ['kind', 'stance', 'class'].map((k) => c.attributes[k]).filter((v) => v !== undefined && v !== '').map(String);
  const admiralty = c.attributes.reliability !== undefined || c.attributes.credibility !== undefined
    ? `${c.attributes.reliability ?? '?'}${c.attributes.credibility ?? '?'}` : '';
  return {
    type: 'claim', key: `${parent}/c:${c.file}#${c.id}`, label: truncate(c.text, LABEL), uri: c.file, id: c.id,
    description: [withFile ? name(c.file) : '', c.about.length ? `about ${c.about.join(', ')}` : '', ...attrs, admiralty].filter(Boolean).join(' · '),
    tooltip: `${c.speaker ?? 'No speaker'}: “${truncate(c.text, 400)}”${c.about.length ? `\nAbout: ${c.about.join(', ')}` : ''}${Object.keys(c.attributes).length ? `\n${Object.entries(c.attributes).map(([k, v]) => `${k}: ${String(v)}`).join(', ')}` : ''}\n${name(c.file)}`,
  };
}

/** Splits a list longer than MAX_ROWS into ranges of rows (nested again if need be). */
export function ranged(rows: CorpusRow[], key: string): CorpusRow[] {
  if (rows.length <= MAX_ROWS) return rows;
  let size = MAX_ROWS;
  while (Math.ceil(rows.length / size) > MAX_ROWS) size *= MAX_ROWS;
  const out: CorpusRow[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const part = rows.slice(i, i + size);
    out.push({ type: 'range', key: `${key}/${i}`, label: `${i + 1}–${i + part.length}`, description: `of ${rows.length}`, children: () => ranged(part, `${key}/${i}`) });
  }
  return out;
}
