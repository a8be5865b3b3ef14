import type { Annotation, Sidecar } from '../sidecar/model';
import { annotationText, exported } from './formats';

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
 * One object per confirmed, anchored annotation (of the given tags), in position order: code
 * point offsets, the span's text (a split claim's pieces joined by " … ", its fragments kept), its
 * attributes and, for claims, the canonical actor of the linked speaker.
 */
export function jsonlSpans(source: ExportSource, tags?: readonly string[]): JsonlSpan[] {
  const byId = new Map(source.sidecar.annotations.map((a) => [a.id, a]));
  return exported(source.sidecar, tags).map((a) => {
    const out: JsonlSpan = {
      file: source.file, id: a.id, tag: a.tag, start: a.start, end: a.end, text: annotationText(a),
      attributes: a.attributes ?? {},
    };
    if (a.fragments) out.fragments = a.fragments;
    if (a.tag === 'claim') out.speaker = speakerOf(a, byId)?.name ?? null;
    return out;
  });
}

/**
 * The speaker of a claim: the canonical actor (else the text) of the linked annotation and its
 * id, or a `speaker` attribute's name; undefined when unknown.
 */
export function speakerOf(claim: Annotation, byId: ReadonlyMap<string, Annotation>): { name: string; id?: string } | undefined {
  const linked = claim.links?.speaker ? byId.get(claim.links.speaker) : undefined;
  if (linked) return { name: typeof linked.attributes?.actor === 'string' ? linked.attributes.actor : linked.quote, id: linked.id };
  const fromAttr = claim.attributes?.speaker;
  return typeof fromAttr === 'string' ? { name: fromAttr } : undefined;
}

/** JSONL text (one span a line, newline-terminated). */
export function toJsonl(spans: readonly JsonlSpan[]): string {
  return spans.map((s) => JSON.stringify(s) + '\n').join('');
}
