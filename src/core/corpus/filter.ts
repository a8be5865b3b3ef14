// The filter of the workspace views, the graph and the report: a claim's tag, its attributes
// (kind, stance, cue class, Admiralty code) and a text.

/** The claim attributes the filter offers (and the graph colours by `stance`). */
export const FILTER_ATTRIBUTES = ['kind', 'stance', 'class', 'reliability', 'credibility'] as const;

export interface CorpusFilter {
  /** The claim's tag (`claim`, or another tag with a speaker link). */
  tag?: string;
  /** Attribute -> value, all of which the claim must have. */
  attributes?: Record<string, string>;
  /** Found (ignoring case) in the claim's text, its speaker, the actors it is about or its file. */
  text?: string;
}

/** What a filter needs of a claim. */
export interface FilterableClaim {
  file: string;
  tag: string;
  text: string;
  speaker: string | null;
  about: readonly string[];
  attributes: Record<string, unknown>;
}

export function isEmptyFilter(f: CorpusFilter | undefined): boolean {
  return !f || (!f.tag && !f.text && !Object.keys(f.attributes ?? {}).length);
}

/** Whether the filter narrows claims by tag or attributes (not only by text). */
export function filtersClaims(f: CorpusFilter | undefined): boolean {
  return !!f && (!!f.tag || Object.keys(f.attributes ?? {}).length > 0);
}

export function claimMatches(c: FilterableClaim, f: CorpusFilter | undefined): boolean {
  if (!f) return true;
  if (f.tag && c.tag !== f.tag) return false;
  for (const [k, v] of Object.entries(f.attributes ?? {})) if (String(c.attributes[k] ?? '') !== v) return false;
  if (f.text) {
    const t = f.text.toLowerCase();
    const hit = c.text.toLowerCase().includes(t) || (c.speaker ?? '').toLowerCase().includes(t)
      || c.about.some((a) => a.toLowerCase().includes(t)) || c.file.toLowerCase().includes(t);
    if (!hit) return false;
  }
  return true;
}

/** The filter in words, for a view's description: "tag claim · stance: opposes · “ferry”". */
export function describeFilter(f: CorpusFilter | undefined): string | undefined {
  if (isEmptyFilter(f)) return undefined;
  const parts: string[] = [];
  if (f!.tag) parts.push(`tag ${f!.tag}`);
  for (const [k, v] of Object.entries(f!.attributes ?? {})) parts.push(`${k}: ${v}`);
  if (f!.text) parts.push(`“${f!.text}”`);
  return parts.join(' · ');
}
