import type { Annotation, Sidecar } from '../sidecar/model';

export interface ExportSource {
  /** Article path as it should appear in the export. */
  file: string;
  sidecar: Sidecar;
}

export interface JsonlSpan {
  file: string;
  id: string;
  tag: string;
  start: number;
  end: number;
  text: string;
  attributes: Record<string, unknown>;
  fragments?: Array<[number, number]>;
  speaker?: string | null;
}

/**
 * One object per confirmed, anchored annotation, in position order: code point offsets, the
 * span's text, its attributes and, for claims, the canonical actor of the linked speaker.
 */
export function jsonlSpans(source: ExportSource): JsonlSpan[] {
  const byId = new Map(source.sidecar.annotations.map((a) => [a.id, a]));
  return source.sidecar.annotations
    .filter((a) => a.status !== 'rejected' && !a.orphaned)
    .map((a) => {
      const out: JsonlSpan = {
        file: source.file, id: a.id, tag: a.tag, start: a.start, end: a.end, text: a.quote,
        attributes: a.attributes ?? {},
      };
      if (a.fragments) out.fragments = a.fragments;
      if (a.tag === 'claim') out.speaker = speakerName(a, byId);
      return out;
    });
}

function speakerName(claim: Annotation, byId: Map<string, Annotation>): string | null {
  const fromAttr = claim.attributes?.speaker;
  const linked = claim.links?.speaker ? byId.get(claim.links.speaker) : undefined;
  if (linked) return typeof linked.attributes?.actor === 'string' ? linked.attributes.actor : linked.quote;
  return typeof fromAttr === 'string' ? fromAttr : null;
}

/** JSONL text (one span a line, newline-terminated). */
export function toJsonl(spans: readonly JsonlSpan[]): string {
  return spans.map((s) => JSON.stringify(s) + '\n').join('');
}
