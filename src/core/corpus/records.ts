// What the workspace index keeps of one article: its actor mentions and its claims, compact
// and free of the article text (quotes are in the sidecar), so that 10,000 articles fit easily.
import type { Annotation } from '../sidecar/model';
import { parseSidecar } from '../sidecar/parse';

export interface MentionRecord {
  id: string;
  /** The name the annotation gives (`attributes.actor`, else its quote), before aliases. */
  name: string;
  quote: string;
  /** `attributes.type`, when given. */
  type?: string;
  start: number;
  end: number;
}

export interface ClaimRecord {
  id: string;
  tag: string;
  text: string;
  attributes: Record<string, unknown>;
  start: number;
  end: number;
  /** Id of the mention its speaker link points at (when that is an actor mention here). */
  speaker?: string;
  /** Ids of the actor mentions inside the claim's span or fragments, but the speaker's. */
  about: string[];
}

export interface ArticleRecord {
  /** The article, as the index names it (a relative path, or a URI in the extension). */
  file: string;
  mentions: MentionRecord[];
  claims: ClaimRecord[];
}

/** Annotations the index counts: not rejected suggestions, not orphaned ones (as export). */
function counted(a: Annotation): boolean {
  return a.status !== 'rejected' && a.orphaned !== true;
}

/** A claim is an annotation tagged `claim`, or of any other tag with a speaker link. */
export function isClaim(a: Annotation): boolean {
  return a.tag === 'claim' || (a.tag !== 'actor' && typeof a.links?.speaker === 'string');
}

/** The record of an article from its annotations (offsets of any one unit, the same for all). */
export function recordOf(file: string, annotations: readonly Annotation[]): ArticleRecord {
  const mentions: MentionRecord[] = [];
  const claimAnns: Annotation[] = [];
  for (const a of annotations) {
    if (!counted(a)) continue;
    if (a.tag === 'actor') {
      const attrs = a.attributes ?? {};
      const m: MentionRecord = { id: a.id, name: String(attrs.actor ?? a.quote).trim() || a.quote, quote: a.quote, start: a.start, end: a.end };
      if (typeof attrs.type === 'string' && attrs.type) m.type = attrs.type;
      mentions.push(m);
    } else if (isClaim(a)) claimAnns.push(a);
  }
  mentions.sort((x, y) => x.start - y.start || x.end - y.end);
  const ids = new Set(mentions.map((m) => m.id));
  const claims = claimAnns.map((a): ClaimRecord => {
    const speaker = a.links?.speaker && ids.has(a.links.speaker) ? a.links.speaker : undefined;
    const pieces = a.fragments && a.fragments.length ? a.fragments : [[a.start, a.end] as [number, number]];
    const about: string[] = [];
    for (const [s, e] of pieces) {
      for (let i = firstAtOrAfter(mentions, s); i < mentions.length && mentions[i].start < e; i++) {
        const m = mentions[i];
        if (m.end <= e && m.id !== speaker && !about.includes(m.id)) about.push(m.id);
      }
    }
    const c: ClaimRecord = { id: a.id, tag: a.tag, text: a.quote, attributes: { ...(a.attributes ?? {}) }, start: a.start, end: a.end, about };
    if (speaker) c.speaker = speaker;
    return c;
  });
  claims.sort((x, y) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { file, mentions, claims };
}

/** Index of the first mention starting at or after an offset (mentions sorted by start). */
function firstAtOrAfter(mentions: readonly MentionRecord[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The record of a sidecar's text, or the reason it cannot be read ("LINE:COL: message"). */
export function recordOfSidecar(file: string, text: string): { record: ArticleRecord } | { problem: string } {
  const parsed = parseSidecar(text);
  if (!parsed.ok) {
    const p = parsed.problems[0];
    return { problem: `${p.line}:${p.col}: ${p.message}` };
  }
  return { record: recordOf(file, parsed.sidecar.annotations) };
}
