import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { readCanonical, type CanonicalFile } from './canonical';
import { FORMAT_VERSION, type Annotation, type Sidecar, type SidecarProblem } from './model';
import { errorMessage } from '../text/display';

/** Sidecars larger than this are refused rather than parsed. */
export const MAX_SIDECAR_BYTES = 64 * 1024 * 1024;
/** YAML aliases allowed before a file counts as an alias bomb. */
const MAX_ALIASES = 1000;

export type ParseResult =
  | { ok: true; sidecar: Sidecar; canonical: CanonicalFile | undefined }
  | { ok: false; problems: SidecarProblem[] };

const NOWHERE = { line: 1, col: 1 };

/** Where in the file a value is: a path like ['annotations', 3, 'end'] -> line and column. */
type Locate = (path: ReadonlyArray<string | number>) => { line: number; col: number };

/**
 * Parses and validates a sidecar. Never throws: every defect comes back as a problem with a
 * position. Files in the layout Claimlens writes are read directly; others by the YAML library.
 */
export function parseSidecar(text: string, maxChars = MAX_SIDECAR_BYTES): ParseResult {
  if (text.length > maxChars) {
    return fail([{ line: 1, col: 1, message: `file too large (${text.length} characters; the limit is ${maxChars})` }]);
  }
  const canonical = readCanonical(text);
  if (canonical) {
    // positions are not needed here: problems are reported from the full reader, whose positions
    // cover every layout
    const checked = validate(canonical.top, () => NOWHERE);
    if (checked.ok) return { ...checked, canonical };
  }
  return parseWithYaml(text);
}

function parseWithYaml(text: string): ParseResult {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  if (doc.errors.length) {
    return fail(doc.errors.map((e) => {
      const pos = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
      return { line: pos.line, col: pos.col, message: firstLine(e.message) };
    }));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return fail([{ line: 1, col: 1, message: firstLine(errorMessage(e)) }]);
  }
  const locate: Locate = (path) => {
    let node: unknown = doc.contents;
    let found: unknown = node;
    for (const key of path) {
      if (!isMap(node) && !isSeq(node)) break;
      const next = (node as { get(k: unknown, keep: true): unknown }).get(key, true);
      if (next === undefined || next === null) break;
      node = next;
      found = next;
    }
    const range = (found as YamlNode | undefined)?.range;
    const pos = lc.linePos(range ? range[0] : 0);
    return { line: pos.line, col: pos.col };
  };
  return validate(data, locate, doc);
}

function validate(data: unknown, locate: Locate, doc?: Document): ParseResult {
  const problems: SidecarProblem[] = [];
  const at = (path: ReadonlyArray<string | number>, message: string): void => {
    problems.push({ ...locate(path), message });
  };
  if (!isRecord(data) || (doc && !isMap(doc.contents))) {
    return fail([{ ...locate([]), message: 'expected a mapping with the keys claimlens, document and annotations' }]);
  }
  const version = data.claimlens;
  if (version !== FORMAT_VERSION) {
    at(['claimlens'], typeof version === 'number' && version > FORMAT_VERSION
      ? `format version ${version} is newer than this Claimlens understands (${FORMAT_VERSION}); update Claimlens`
      : `"claimlens" must be the format version ${FORMAT_VERSION}`);
  }
  const info = data.document;
  let length = Infinity;
  if (!isRecord(info)) at(['document'], '"document" must be a mapping with file, sha256 and length');
  else {
    if (typeof info.file !== 'string' || !info.file) at(['document', 'file'], '"document.file" must be the article file name');
    if (typeof info.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(info.sha256)) at(['document', 'sha256'], '"document.sha256" must be 64 hex digits');
    if (!isCount(info.length)) at(['document', 'length'], '"document.length" must be a whole number >= 0');
    else length = info.length;
  }
  const list = data.annotations ?? [];
  const annotations: Annotation[] = [];
  if (!Array.isArray(list)) at(['annotations'], '"annotations" must be a list');
  else {
    const ids = new Set<string>();
    list.forEach((raw, i) => {
      const bad = (key: string, message: string): void => at(['annotations', i, key], `annotation ${i + 1}: ${message}`);
      if (!isRecord(raw)) {
        at(['annotations', i], `annotation ${i + 1}: expected a mapping`);
        return;
      }
      const a = raw;
      if (typeof a.id !== 'string' || !a.id) bad('id', '"id" must be a non-empty string');
      else if (ids.has(a.id)) bad('id', `duplicate id "${a.id}"`);
      else ids.add(a.id);
      if (typeof a.tag !== 'string' || !a.tag) bad('tag', '"tag" must be a non-empty string');
      if (!isCount(a.start)) bad('start', '"start" must be a whole number >= 0');
      if (!isCount(a.end)) bad('end', '"end" must be a whole number >= 0');
      if (isCount(a.start) && isCount(a.end)) {
        if (a.end < a.start) bad('end', `"end" (${a.end}) is before "start" (${a.start})`);
        else if (a.end > length && a.orphaned !== true) bad('end', `"end" (${a.end}) is past the end of the text (${length} code points)`);
      }
      if (typeof a.quote !== 'string') bad('quote', '"quote" must be a string');
      for (const key of ['prefix', 'suffix', 'note', 'author', 'created'] as const) {
        if (a[key] !== undefined && typeof a[key] !== 'string') bad(key, `"${key}" must be a string`);
      }
      if (a.status !== undefined && a.status !== 'confirmed' && a.status !== 'rejected') bad('status', '"status" must be confirmed or rejected');
      if (a.origin !== undefined && a.origin !== 'manual' && a.origin !== 'detected') bad('origin', '"origin" must be manual or detected');
      if (a.orphaned !== undefined && typeof a.orphaned !== 'boolean') bad('orphaned', '"orphaned" must be true or false');
      if (a.attributes !== undefined && !isRecord(a.attributes)) bad('attributes', '"attributes" must be a mapping');
      if (a.links !== undefined && (!isRecord(a.links) || Object.values(a.links).some((v) => typeof v !== 'string'))) bad('links', '"links" must map roles to annotation ids');
      if (a.conflict !== undefined && !validConflict(a.conflict)) bad('conflict', '"conflict" must be {field, ours, theirs} or a list of them');
      if (a.fragments !== undefined && !validFragments(a.fragments, a.start, a.end)) bad('fragments', '"fragments" must be [start, end] pairs, in order, inside start..end');
      annotations.push(a as unknown as Annotation);
    });
  }
  if (problems.length) return fail(problems);
  const d = info as Record<string, unknown>;
  return {
    ok: true,
    canonical: undefined,
    sidecar: { document: { file: d.file as string, sha256: d.sha256 as string, length: d.length as number }, annotations },
  };
}

function fail(problems: SidecarProblem[]): ParseResult {
  return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.col - b.col) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function validFragments(f: unknown, start: unknown, end: unknown): boolean {
  if (!Array.isArray(f) || f.length < 1 || !isCount(start) || !isCount(end)) return false;
  let prev = start;
  for (const p of f) {
    if (!Array.isArray(p) || p.length !== 2 || !isCount(p[0]) || !isCount(p[1]) || p[0] < prev || p[1] < p[0] || p[1] > end) return false;
    prev = p[1];
  }
  return true;
}

function validConflict(c: unknown): boolean {
  const one = (x: unknown): boolean => isRecord(x) && typeof x.field === 'string' && x.field !== '' && 'ours' in x && 'theirs' in x;
  return Array.isArray(c) ? c.length > 0 && c.every(one) : one(c);
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
