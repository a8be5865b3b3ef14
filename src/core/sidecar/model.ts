/** The sidecar file contract, format version 1 (see README "Sidecar format"). Offsets are code points. */
export const FORMAT_VERSION = 1;
export const SIDECAR_SUFFIX = '.annotations.yaml';

export type Status = 'confirmed' | 'rejected';
export type Origin = 'manual' | 'detected';

export interface Annotation {
  id: string;
  tag: string;
  /** Code points, end exclusive. */
  start: number;
  end: number;
  /** Only for discontinuous spans: [start, end) pieces in code points. */
  fragments?: Array<[number, number]>;
  quote: string;
  prefix?: string;
  suffix?: string;
  attributes?: Record<string, unknown>;
  /** Relations: role -> annotation id. */
  links?: Record<string, string>;
  status?: Status;
  origin?: Origin;
  note?: string;
  author?: string;
  created?: string;
  /** Could not be placed in the current text; last known offsets, quote and context kept. */
  orphaned?: boolean;
  /** What a merge could not settle: both values of each field both sides changed differently. */
  conflict?: Conflict | Conflict[];
}

/**
 * One field two merged versions changed differently. `field` is a key of the annotation,
 * `attributes.NAME` or `links.ROLE`, `span` (start, end, quote, context and pieces together) or
 * `annotation` (removed on one side, changed on the other: its values are `removed` and `changed`).
 * A value of null means the field is absent on that side.
 */
export interface Conflict {
  field: string;
  ours: unknown;
  theirs: unknown;
}

export interface DocumentInfo {
  /** Article file name, relative to the sidecar. */
  file: string;
  /** Hex SHA-256 of the UTF-8 article text the offsets refer to. */
  sha256: string;
  /** Length of that text in code points. */
  length: number;
}

export interface Sidecar {
  document: DocumentInfo;
  annotations: Annotation[];
}

/** A problem in a sidecar file, at a 1-based line and column. */
export interface SidecarProblem {
  line: number;
  col: number;
  message: string;
}

/** Field order in a written annotation (hand-added fields keep their place, new ones follow). */
export const ANNOTATION_KEYS = [
  'id', 'tag', 'start', 'end', 'fragments', 'quote', 'prefix', 'suffix', 'attributes', 'links',
  'status', 'origin', 'note', 'author', 'created', 'orphaned', 'conflict',
] as const satisfies ReadonlyArray<keyof Annotation>;

/** Sidecar path of an article path (works on file system paths and URI paths alike). */
export function sidecarPathOf(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

/** Article path of a sidecar path, or undefined when the name does not end in the sidecar suffix. */
export function articlePathOf(sidecarPath: string): string | undefined {
  return sidecarPath.endsWith(SIDECAR_SUFFIX) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}

/** Stable order: by position, then length, then id. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
