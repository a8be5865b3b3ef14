import { Document, isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { annotationBlock, readCanonical, scalar, type CanonicalFile } from './canonical';
import { ANNOTATION_KEYS, compareAnnotations, FORMAT_VERSION, type Annotation, type Sidecar } from './model';

const HEADER = '# Claimlens annotations (format 1). Offsets are Unicode code points, end exclusive.\n'
  + '# Hand edits and comments are kept when Claimlens saves this file.\n';
const FLOW_KEYS = new Set(['fragments', 'attributes', 'links', 'conflict']);
const KEY_ORDER: readonly string[] = ANNOTATION_KEYS;

const KNOWN = new Set<string>(KEY_ORDER);

/** The fields an annotation is written with, in order (false and undefined left out). */
function fields(a: Annotation, order: readonly string[] = KEY_ORDER): Record<string, unknown> {
  const src = a as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const put = (k: string): void => {
    const v = src[k];
    if (v !== undefined && !(k === 'orphaned' && v === false) && out[k] === undefined) out[k] = v;
  };
  for (const k of order) put(k);
  for (const k in src) if (!KNOWN.has(k)) put(k);
  return out;
}

/** Deep equality of YAML data (key order does not matter). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/**
 * Renders a sidecar. Given the file's previous text, changes only what changed: unchanged
 * annotations keep their exact text (comments, key order, formatting written by a person), and
 * annotations are kept in position order. Files in another layout are edited with the YAML library.
 */
export function serializeSidecar(sidecar: Sidecar, previousText?: string): string {
  return writeSidecar(sidecar, previousText === undefined ? undefined : { text: previousText }).text;
}

/** A sidecar's text with its layout, so that the next save needs not read the text again. */
export interface Written {
  text: string;
  layout?: CanonicalFile;
}

/** As serializeSidecar; also returns the layout of what it wrote when it is the canonical one. */
export function writeSidecar(sidecar: Sidecar, previous?: Written): Written {
  const sorted = [...sidecar.annotations].sort(compareAnnotations);
  if (previous !== undefined) {
    const canonical = previous.layout ?? readCanonical(previous.text);
    const spliced = canonical && splice(canonical, previous.text, sidecar, sorted);
    if (spliced !== undefined) return spliced;
    const edited = editWithYaml(previous.text, sidecar, sorted);
    if (edited !== undefined) return { text: edited };
  }
  const empty: CanonicalFile = { top: {}, topAt: {}, headerEnd: 0, headerLines: new Map(), blocks: [], trailerStart: 0 };
  return splice(empty, '', sidecar, sorted, HEADER + '\n' + header(sidecar))!;
}

function header(sidecar: Sidecar): string {
  const d = sidecar.document;
  return `claimlens: ${FORMAT_VERSION}\ndocument:\n  file: ${scalar(d.file)}\n  sha256: ${scalar(d.sha256)}\n  length: ${scalar(d.length)}\nannotations:\n`;
}

function splice(c: CanonicalFile, text: string, sidecar: Sidecar, sorted: readonly Annotation[], freshHead?: string): Written | undefined {
  let head: string;
  const document = { file: sidecar.document.file, sha256: sidecar.document.sha256, length: sidecar.document.length };
  if (freshHead !== undefined) head = freshHead;
  else {
    // the header: patch the values that changed, line by line
    const values: Array<[string, unknown]> = [
      ['claimlens', FORMAT_VERSION], ['document.file', document.file], ['document.sha256', document.sha256], ['document.length', document.length],
    ];
    head = text.slice(0, c.headerEnd);
    const patches: Array<[number, number, string]> = [];
    for (const [path, v] of values) {
      const [k0, k1] = path.split('.');
      const current = k1 ? (c.top[k0] as Record<string, unknown> | undefined)?.[k1] : c.top[k0];
      if (current === v) continue;
      const line = c.headerLines.get(path);
      if (!line) return undefined; // a missing key: let the YAML library place it
      const old = text.slice(line[0], line[1]);
      // keep a comment after the value (not inside a quoted one)
      const m = old.includes('"') ? /^(\s*[A-Za-z_][\w-]*: )(.*?)()(\n?)$/.exec(old) : /^(\s*[A-Za-z_][\w-]*: )(.*?)( +#.*)?(\n?)$/.exec(old);
      if (!m) return undefined;
      patches.push([line[0], line[1], `${m[1]}${scalar(v)}${m[3] ?? ''}${m[4]}`]);
    }
    for (const [s, e, replacement] of patches.sort((a, b) => b[0] - a[0])) head = head.slice(0, s) + replacement + head.slice(e);
  }
  const layout: CanonicalFile = {
    top: { ...c.top, claimlens: FORMAT_VERSION, document: { ...(c.top.document as object | undefined), ...document } },
    topAt: c.topAt, headerEnd: head.length, headerLines: new Map(), blocks: [], trailerStart: 0,
  };
  const byId = new Map<string, CanonicalFile['blocks'][number]>();
  for (const b of c.blocks) if (typeof b.value.id === 'string') byId.set(b.value.id, b);
  const parts: string[] = [head];
  let offset = head.length;
  let clean = true;
  for (const a of sorted) {
    const block = byId.get(a.id);
    let part: string;
    let lead = 0;
    let value: Record<string, unknown>;
    let commented = false;
    if (!block) {
      value = fields(a);
      part = annotationBlock(value, KEY_ORDER);
    } else {
      const order = [...Object.keys(block.value), ...KEY_ORDER];
      value = fields(a, order);
      lead = block.body - block.start;
      commented = block.commented;
      if (same(block.value, value)) {
        part = text.slice(block.start, block.end);
        if (!part.endsWith('\n')) part += '\n';
      } else if (block.commented) {
        const edited = editBlock(text.slice(block.start, block.end), value);
        if (edited === undefined) return undefined;
        part = edited;
        clean = false; // the library may lay the block out differently: read it again next time
      } else part = text.slice(block.start, block.body) + annotationBlock(value, order);
    }
    layout.blocks.push({ start: offset, body: offset + lead, end: offset + part.length, value, at: {}, commented });
    parts.push(part);
    offset += part.length;
  }
  const trailer = text.slice(c.trailerStart);
  layout.trailerStart = offset;
  parts.push(trailer);
  const out = parts.join('');
  layout.headerLines = readHeaderLines(out, layout.headerEnd);
  (layout.top as Record<string, unknown>).annotations = layout.blocks.map((b) => b.value);
  return { text: out, layout: clean ? layout : undefined };
}

/** Offsets of the header's `key: value` lines. */
function readHeaderLines(text: string, headerEnd: number): Map<string, [number, number]> {
  const lines = new Map<string, [number, number]>();
  let pos = 0;
  let inDocument = false;
  while (pos < headerEnd) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? headerEnd : nl + 1;
    const m = /^( {0,2})([A-Za-z_][\w-]*):/.exec(text.slice(pos, end));
    if (m) {
      if (!m[1]) inDocument = m[2] === 'document';
      const key = m[1] && inDocument ? `document.${m[2]}` : m[2];
      lines.set(key, [pos, end]);
    }
    pos = end;
  }
  return lines;
}

/** Edits one annotation block that has comments inside, with the YAML library, keeping them. */
function editBlock(blockText: string, wanted: Record<string, unknown>): string | undefined {
  const doc = parseDocument(blockText.endsWith('\n') ? blockText : blockText + '\n');
  if (doc.errors.length || !isSeq(doc.contents) || !isMap(doc.contents.items[0])) return undefined;
  syncMap(doc, doc.contents.items[0] as YAMLMap, wanted);
  const out = doc.toString({ lineWidth: 0, indentSeq: true });
  return out.split('\n').map((l) => (l ? '  ' + l : l)).join('\n').replace(/\n$/, '') + '\n';
}

/** The general path: the previous file edited in place with the YAML library. */
function editWithYaml(previousText: string, sidecar: Sidecar, sorted: readonly Annotation[]): string | undefined {
  const doc = parseDocument(previousText, { keepSourceTokens: false });
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const root = doc.contents as YAMLMap;
  setIfChanged(doc, root, 'claimlens', FORMAT_VERSION);
  const info: unknown = root.get('document', true);
  let infoMap: YAMLMap;
  if (isMap(info)) infoMap = info;
  else {
    infoMap = new YAMLMap();
    root.set('document', infoMap);
  }
  setIfChanged(doc, infoMap, 'file', sidecar.document.file);
  setIfChanged(doc, infoMap, 'sha256', sidecar.document.sha256);
  setIfChanged(doc, infoMap, 'length', sidecar.document.length);
  const seq: unknown = root.get('annotations', true);
  let list: YAMLSeq;
  if (isSeq(seq)) list = seq;
  else {
    list = new YAMLSeq();
    root.set('annotations', list);
  }
  const existing = new Map<string, YAMLMap>();
  for (const item of list.items) {
    if (isMap(item)) {
      const id = item.get('id');
      if (typeof id === 'string') existing.set(id, item);
    }
  }
  list.items = sorted.map((a) => {
    const node = existing.get(a.id) ?? new YAMLMap();
    syncMap(doc, node, fields(a));
    return node;
  });
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

function syncMap(doc: Document, node: YAMLMap, wanted: Record<string, unknown>): void {
  for (const item of [...node.items]) {
    const key = (item.key as { value?: unknown } | null)?.value ?? item.key;
    if (typeof key === 'string' && !(key in wanted)) node.delete(key);
  }
  for (const [k, v] of Object.entries(wanted)) setIfChanged(doc, node, k, v);
}

function setIfChanged(doc: Document, map: YAMLMap, key: string, value: unknown): void {
  const current = map.get(key, true);
  const plain = current && typeof (current as { toJSON?: () => unknown }).toJSON === 'function'
    ? (current as { toJSON: () => unknown }).toJSON()
    : current;
  if (plain !== undefined && same(plain, value)) return;
  const node = doc.createNode(value, { flow: FLOW_KEYS.has(key) });
  // keep the comment a person wrote on the old value
  if (current && typeof current === 'object' && 'comment' in current) {
    const old = current as { comment?: string | null; commentBefore?: string | null };
    (node as { comment?: string | null }).comment = old.comment ?? null;
    (node as { commentBefore?: string | null }).commentBefore = old.commentBefore ?? null;
  }
  map.set(key, node);
}
