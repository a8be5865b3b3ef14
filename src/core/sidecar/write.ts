import { isCollection, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { annotationBlock, readCanonical, scalar, type BlockComments, type CanonicalFile } from './canonical';
import { ANNOTATION_KEYS, compareAnnotations, FORMAT_VERSION, type Annotation, type Sidecar } from './model';

const HEADER = '# Claimlens annotations (format 1). Offsets are Unicode code points, end exclusive.\n'
  + '# Hand edits and comments are kept when Claimlens saves this file.\n';
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
 * annotations are kept in position order. A file in another layout is written anew in
 * Claimlens's, with its comments.
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
  let comments: FileComments | undefined;
  if (previous !== undefined) {
    const canonical = previous.layout ?? readCanonical(previous.text);
    const spliced = canonical?.own ? splice(canonical, canonical.text, sidecar, sorted) : undefined;
    if (spliced !== undefined) return spliced;
    comments = canonical ? commentsOfLayout(canonical) : commentsOfYaml(previous.text);
  }
  const empty: CanonicalFile = {
    text: '', own: true, top: {}, topAt: {}, headerEnd: 0, headerLines: new Map(), blocks: [], trailerStart: 0, headComments: [], tailComments: [], headerAfter: {},
  };
  if (!comments) return splice(empty, '', sidecar, sorted, HEADER + '\n' + header(sidecar))!;
  // another layout: written in Claimlens's, each comment kept with what it stood by
  const head = (comments.head.length ? comments.head.join('\n') + '\n' : HEADER) + '\n' + header(sidecar, comments.headerAfter);
  const blocks = new Map<string, CanonicalFile['blocks'][number]>();
  comments.blocks.forEach((c, id) => blocks.set(id, { start: 0, end: 0, body: 0, value: {}, line: 0, commented: true, comments: c }));
  const tail = comments.tail.map((c) => `${c}\n`).join('');
  return splice({ ...empty, blocks: [], text: tail }, tail, sidecar, sorted, head, blocks)!;
}

/** The comments of a file in another layout, by what they stand by. */
interface FileComments {
  head: string[];
  headerAfter: Record<string, string>;
  /** Annotation id -> its comments (`before` the first field: lines before the annotation). */
  blocks: Map<string, BlockComments>;
  tail: string[];
}

function commentsOfLayout(c: CanonicalFile): FileComments {
  const blocks = new Map<string, BlockComments>();
  for (const b of c.blocks) {
    const lead = c.text.slice(b.start, b.body).split('\n').map((l) => l.trim()).filter((l) => l.startsWith('#'));
    if (typeof b.value.id !== 'string' || (!lead.length && !b.comments)) continue;
    const first = Object.keys(b.value)[0];
    const before = { ...b.comments?.before };
    // in Claimlens's layout the first field is `id`: lines before the annotation stand before it
    before.id = [...lead, ...(before[first] ?? []), ...(first !== 'id' ? before.id ?? [] : [])];
    if (first !== 'id') delete before[first];
    blocks.set(b.value.id, { before, after: { ...b.comments?.after }, end: b.comments?.end });
  }
  return { head: c.headComments, headerAfter: c.headerAfter, blocks, tail: c.tailComments };
}

/** The comments of a file only the YAML library reads (`#` lines and line ends), by what they stand by; undefined if it cannot be read. */
function commentsOfYaml(text: string): FileComments | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const lines = (c: string | null | undefined): string[] => (c ? c.split('\n').map((l) => `#${l}`) : []);
  /** Every comment in a node and below. */
  const all = (node: unknown): string[] => {
    const out: string[] = [];
    if (node && typeof node === 'object') {
      const n = node as { commentBefore?: string | null; comment?: string | null };
      out.push(...lines(n.commentBefore), ...lines(n.comment));
      if (isCollection(node)) visit(node, { Node(_, x) { const y = x as { commentBefore?: string | null; comment?: string | null }; out.push(...lines(y.commentBefore), ...lines(y.comment)); } });
    }
    return [...new Set(out)];
  };
  const out: FileComments = { head: [...lines(doc.commentBefore)], headerAfter: {}, blocks: new Map(), tail: lines(doc.comment) };
  const root = doc.contents;
  out.head.push(...lines(root.commentBefore));
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    out.head.push(...lines((pair.key as { commentBefore?: string } | null)?.commentBefore));
    if (key === 'annotations' && isSeq(pair.value)) {
      const seq = pair.value;
      out.head.push(...lines(seq.commentBefore));
      for (const item of seq.items) {
        if (!isMap(item)) continue;
        const id = item.get('id');
        const c: BlockComments = { before: {}, after: {}, end: lines(item.comment) };
        const lead = lines(item.commentBefore);
        for (const p of item.items) {
          if (!isPair(p) || !isScalar(p.key)) continue;
          const k = String(p.key.value);
          const value = p.value as { comment?: string | null; commentBefore?: string | null } | null;
          const before = [...lines(p.key.commentBefore), ...(isScalar(p.value) ? lines(value?.commentBefore) : all(p.value))];
          if (before.length) c.before[k] = before;
          if (isScalar(p.value) && value?.comment) c.after[k] = lines(value.comment).join(' ');
        }
        if (lead.length) c.before.id = [...lead, ...(c.before.id ?? [])];
        if (typeof id === 'string' && (Object.keys(c.before).length || Object.keys(c.after).length || c.end?.length)) out.blocks.set(id, c);
      }
      out.tail.unshift(...lines(seq.comment));
    } else if (key === 'document' && isMap(pair.value)) {
      out.head.push(...lines(pair.value.commentBefore));
      for (const p of pair.value.items) {
        const k = isScalar(p.key) ? String(p.key.value) : '';
        out.head.push(...lines((p.key as { commentBefore?: string } | null)?.commentBefore));
        const value = p.value as { comment?: string | null; commentBefore?: string | null } | null;
        out.head.push(...lines(value?.commentBefore));
        if (value?.comment) out.headerAfter[`document.${k}`] = lines(value.comment).join(' ');
      }
      out.head.push(...lines(pair.value.comment));
    } else {
      out.head.push(...all(pair.value));
    }
  }
  return out;
}

function header(sidecar: Sidecar, after: Record<string, string> = {}): string {
  const d = sidecar.document;
  const c = (path: string): string => (after[path] ? `  ${after[path]}` : '');
  return `claimlens: ${FORMAT_VERSION}${c('claimlens')}\ndocument:${c('document')}\n  file: ${scalar(d.file)}${c('document.file')}\n`
    + `  sha256: ${scalar(d.sha256)}${c('document.sha256')}\n  length: ${scalar(d.length)}${c('document.length')}\nannotations:${c('annotations')}\n`;
}

/**
 * Writes the sidecar over the file `c` read: its header patched, unchanged blocks as they are,
 * the others in Claimlens's layout; with `freshHead`, a new header and the blocks of `commented`
 * (comments of a file in another layout) written anew with their comments.
 */
function splice(c: CanonicalFile, text: string, sidecar: Sidecar, sorted: readonly Annotation[], freshHead?: string,
  commented?: Map<string, CanonicalFile['blocks'][number]>): Written | undefined {
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
      const m = /^(\s*[A-Za-z_][\w-]*: )("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|.*?)( +#.*)?(\n?)$/.exec(old);
      if (!m) return undefined;
      patches.push([line[0], line[1], `${m[1]}${scalar(v)}${m[3] ?? ''}${m[4]}`]);
    }
    for (const [s, e, replacement] of patches.sort((a, b) => b[0] - a[0])) head = head.slice(0, s) + replacement + head.slice(e);
  }
  const layout: CanonicalFile = {
    text: '', own: true, top: { ...c.top, claimlens: FORMAT_VERSION, document: { ...(c.top.document as object | undefined), ...document } },
    topAt: c.topAt, headerEnd: head.length, headerLines: new Map(), blocks: [], trailerStart: 0, headComments: [], tailComments: [], headerAfter: {},
  };
  const byId = commented ?? new Map<string, CanonicalFile['blocks'][number]>();
  if (!commented) for (const b of c.blocks) if (typeof b.value.id === 'string') byId.set(b.value.id, b);
  let clean = !commented?.size;
  const parts: string[] = [head];
  let offset = head.length;
  for (const a of sorted) {
    const block = byId.get(a.id);
    let part: string;
    let lead = 0;
    let value: Record<string, unknown>;
    let isCommented = false;
    if (!block) {
      value = fields(a);
      part = annotationBlock(value, KEY_ORDER);
    } else {
      const order = commented ? KEY_ORDER : [...Object.keys(block.value), ...KEY_ORDER];
      value = fields(a, order);
      lead = block.body - block.start;
      isCommented = block.commented;
      if (!commented && same(block.value, value)) {
        part = text.slice(block.start, block.end);
        if (!part.endsWith('\n')) part += '\n';
      } else {
        part = text.slice(block.start, block.body) + annotationBlock(value, order, block.comments);
        // where the comments went is for the next read to say
        if (block.comments) clean = false;
      }
    }
    layout.blocks.push({ start: offset, body: offset + lead, end: offset + part.length, value, line: 0, commented: isCommented, comments: block?.comments });
    parts.push(part);
    offset += part.length;
  }
  const trailer = text.slice(c.trailerStart);
  layout.trailerStart = offset;
  parts.push(trailer);
  const out = parts.join('');
  layout.text = out;
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
