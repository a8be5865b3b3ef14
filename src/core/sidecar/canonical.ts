/**
 * The layout Claimlens writes sidecars in: block mappings, one annotation per block, every value
 * on its key's line as a plain scalar of the safe kind below or as JSON (which YAML 1.2 reads
 * the same way). Reading that layout needs no general YAML parser, which matters for sidecars
 * of thousands of annotations; anything outside it (a flow-style list, a multi-line string, an
 * anchor, ...) makes the reader give up, and the caller uses the full YAML library instead.
 * Tests check that both readers agree on everything this one accepts.
 */

import { indentOf, quickField, readField } from './yamlBlocks';
import { KEY, keyAt, readValue, scalar } from './yamlScalars';

export { scalar } from './yamlScalars';

/**
 * One annotation block, keys in the given order, then any others; with the block's comments
 * (before and after their fields; those of fields no longer there at the block's end).
 */
export function annotationBlock(a: Record<string, unknown>, order: readonly string[], comments?: BlockComments): string {
  const keys = [...new Set([...order, ...Object.keys(a)])].filter((k) => a[k] !== undefined);
  const out: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    for (const c of comments?.before[k] ?? []) out.push(`${i === 0 ? '  ' : '    '}${c}\n`);
    const after = comments?.after[k];
    out.push(`${i === 0 ? '  - ' : '    '}${KEY.test(k) ? k : JSON.stringify(k)}: ${scalar(a[k])}${after ? `  ${after}` : ''}\n`);
  }
  if (comments) {
    const gone = new Set(Object.keys(comments.before).concat(Object.keys(comments.after)).filter((k) => a[k] === undefined));
    for (const k of gone) for (const c of [...(comments.before[k] ?? []), ...(comments.after[k] ? [comments.after[k]] : [])]) out.push(`    ${c}\n`);
    for (const c of comments.end ?? []) out.push(`    ${c}\n`);
  }
  return out.join('');
}

/** Where a key's value was read from: 1-based line and column. */
export interface Pos { line: number; col: number }

/** The comments of an annotation block, by the field they stand before or after (written again when the block is). */
export interface BlockComments {
  /** Comment lines inside the block before a field (and those inside its nested value). */
  before: Record<string, string[]>;
  /** A comment at the end of a field's line. */
  after: Record<string, string>;
  /** Comment lines after the last field. */
  end?: string[];
}

export interface CanonicalBlock {
  /** Offsets in the file: the block's lines, from its leading comments to its last line. */
  start: number;
  end: number;
  /** Offset of the block's first key line (`  - id: ...`), after its leading comments. */
  body: number;
  value: Record<string, unknown>;
  /** 1-based line of the block's first key (0: not known; `fieldPos` counts then). */
  line: number;
  /** A comment written inside the block (it is then written again with its comments). */
  commented: boolean;
  comments?: BlockComments;
}

export interface CanonicalFile {
  /** The text the offsets refer to: the file's, without a byte order mark, with LF line ends. */
  text: string;
  /**
   * Whether the file is in Claimlens's layout as far as a save cares (header first with one
   * `key: value` line each, annotations as `  - ` blocks, nothing after them): a save then
   * keeps unchanged blocks as they are. Any other layout is written anew in Claimlens's.
   */
  own: boolean;
  top: Record<string, unknown>;
  topAt: Record<string, Pos>;
  /** Offset where the annotation blocks begin (just after the `annotations:` line). */
  headerEnd: number;
  /** Lines of the header (for patching `document` values in place): key path -> [line offset start, end]. */
  headerLines: Map<string, [number, number]>;
  blocks: CanonicalBlock[];
  /** Offset of what follows the last block (trailing comments). */
  trailerStart: number;
  /** Comment lines outside the annotations (first to last, those after the last annotation apart), and comments after header values. */
  headComments: string[];
  tailComments: string[];
  headerAfter: Record<string, string>;
}

/**
 * Where the value of an annotation block's key is in the file (1-based), found by reading the
 * block's lines again: positions are needed only for the rare message, so reading does not keep
 * one per value. Undefined when the key is not on a line of its own in the block.
 */
export function fieldPos(file: CanonicalFile, index: number, key: string): Pos | undefined {
  const b = file.blocks[index];
  if (!b) return undefined;
  const text = file.text;
  let line = b.line;
  if (!line) {
    line = 1;
    for (let p = text.indexOf('\n'); p >= 0 && p < b.body; p = text.indexOf('\n', p + 1)) line++;
  }
  for (let pos = b.body; pos < b.end; line++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 || nl > b.end ? b.end : nl;
    const m = /^( *(?:- )?)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#:][^:#]*?):(?: +|$)/.exec(text.slice(pos, end));
    if (m) {
      const q = m[2][0];
      const k = q === '"' ? JSON.parse(m[2]) as string : q === "'" ? m[2].slice(1, -1).replace(/''/g, "'") : m[2];
      if (k === key) return { line, col: m[0].length + 1 };
    }
    pos = end + 1;
  }
  return undefined;
}

/** A whole sidecar written as JSON (which YAML 1.2 reads the same way); undefined unless it is one. */
function readJson(text: string): CanonicalFile | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const top = data as Record<string, unknown>;
  const list = Array.isArray(top.annotations) ? top.annotations : [];
  const blocks = list.map((value): CanonicalBlock => ({ start: 0, end: 0, body: 0, value: value as Record<string, unknown>, line: 0, commented: false }));
  return {
    text, own: false, top, topAt: {}, headerEnd: 0, headerLines: new Map(), blocks, trailerStart: text.length,
    headComments: [], tailComments: [], headerAfter: {},
  };
}

/**
 * Reads a sidecar without a general YAML parser, in any layout made of block mappings and
 * sequences with scalars and flow collections of the kinds above (and JSON); undefined when the
 * text uses anything else (the full YAML reader then takes over).
 */
export function readCanonical(input: string): CanonicalFile | undefined {
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (/^\s*\{/.test(text)) return readJson(text);
  const lines = text.split('\n');
  const top: Record<string, unknown> = {};
  const topAt: Record<string, Pos> = {};
  const headerLines = new Map<string, [number, number]>();
  const headerAfter: Record<string, string> = {};
  const headComments: string[] = [];
  let tailComments: string[] = [];
  const blocks: CanonicalBlock[] = [];
  let section: 'top' | 'document' | 'annotations' | 'after' = 'top';
  let own = true;
  let doc: Record<string, unknown> | undefined;
  let docIndent = -1;
  let seqIndent = -1;
  let block: CanonicalBlock | undefined;
  let headerEnd = -1;
  let pendingStart = -1; // start of comment lines waiting for the next block
  let pending: string[] = []; // those comment lines
  let marker = false; // `---` met
  let ended = false; // `...` met
  let content = false;
  let lineStart = 0;
  let trailerStart = -1;
  const starts = new Array<number>(lines.length);
  for (let k = 0, p = 0; k < lines.length; k++) {
    starts[k] = p;
    p += lines[k].length + 1;
  }
  const endOf = (k: number): number => Math.min(text.length, starts[k] + lines[k].length + 1);
  const leaveAnnotations = (): void => {
    if (section !== 'annotations') return;
    if (block) block.end = pendingStart >= 0 ? pendingStart : block.end;
    trailerStart = pendingStart >= 0 ? pendingStart : block ? block.end : headerEnd;
    tailComments = pending;
    pending = [];
    pendingStart = -1;
  };
  for (let i = 0; i < lines.length;) {
    const line = lines[i];
    lineStart = starts[i];
    const first = line.charCodeAt(0);
    const ind = first === 32 ? indentOf(line) : 0;
    // blank and comment lines
    if (ind === line.length || line.charCodeAt(ind) === 35) {
      if (section === 'annotations') {
        if (pendingStart < 0) pendingStart = lineStart;
        if (ind < line.length) pending.push(line.trim());
      } else if (ind < line.length) headComments.push(line.trim());
      i++;
      continue;
    }
    if (ended) return undefined; // a second document
    const item = section === 'annotations' && (ind > 0 || (first === 45 && line.charCodeAt(1) === 32 && seqIndent <= 0));
    if (!item && ind === 0) {
      if (/^---(?:\s+#.*|\s*)$/.test(line) && !marker && !content) {
        marker = true;
        i++;
        continue;
      }
      if (/^\.\.\.(?:\s+#.*|\s*)$/.test(line)) {
        leaveAnnotations();
        section = 'after';
        ended = true;
        i++;
        continue;
      }
      // a top-level key
      const k = keyAt(line, 0);
      if (!k || Object.prototype.hasOwnProperty.call(top, k.key)) return undefined;
      content = true;
      if (k.at !== line.indexOf(':') + 1) own = false; // a quoted key
      leaveAnnotations();
      if (section === 'after' || (section === 'annotations')) own = false;
      const rest = line.slice(k.at).trim();
      const opens = !rest || rest[0] === '#';
      if (opens && k.key === 'document') {
        doc = {};
        top.document = doc;
        section = 'document';
        topAt[k.key] = { line: i + 1, col: 1 };
        if (rest) headerAfter.document = rest;
        i++;
        continue;
      }
      if ((opens || rest.startsWith('[]')) && k.key === 'annotations') {
        top.annotations = [];
        topAt[k.key] = { line: i + 1, col: 1 };
        if (rest.startsWith('[]')) {
          const v = readValue(rest);
          if (!v || (v.value as unknown[]).length) return undefined;
          own = false;
          section = 'after';
        } else section = 'annotations';
        if (top.document === undefined) own = false;
        headerEnd = endOf(i);
        i++;
        continue;
      }
      if (opens) return undefined;
      const v = readField(lines, i, k.at, 0);
      if (!v || v.next !== i + 1) return undefined;
      top[k.key] = v.value;
      if (v.comment) headerAfter[k.key] = v.comment;
      topAt[k.key] = { line: i + 1, col: k.at + 2 };
      headerLines.set(k.key, [lineStart, endOf(i)]);
      if (typeof v.value === 'object' && v.value !== null) own = false;
      section = headerEnd >= 0 ? 'after' : 'top';
      i++;
      continue;
    }
    if (section === 'document') {
      if (docIndent < 0) docIndent = ind;
      if (ind !== docIndent || !doc) return undefined;
      const k = keyAt(line, ind);
      if (!k || Object.prototype.hasOwnProperty.call(doc, k.key)) return undefined;
      const v = readField(lines, i, k.at, ind);
      if (!v) return undefined;
      if (ind !== 2 || k.at !== line.indexOf(':') + 1 || v.next !== i + 1 || (typeof v.value === 'object' && v.value !== null)) own = false;
      doc[k.key] = v.value;
      if (v.comment) headerAfter[`document.${k.key}`] = v.comment;
      for (const c of v.inner ?? []) headComments.push(c);
      topAt[`document.${k.key}`] = { line: i + 1, col: k.at + 2 };
      headerLines.set(`document.${k.key}`, [lineStart, endOf(i)]);
      i = v.next;
      continue;
    }
    if (section !== 'annotations') return undefined;
    if (seqIndent < 0) {
      seqIndent = ind;
      if (ind !== 2) own = false;
    }
    const keyIndent = seqIndent + 2;
    let keyFrom: number;
    if (ind === seqIndent && line.startsWith('- ', ind)) {
      // a new annotation
      if (block) block.end = pendingStart >= 0 ? pendingStart : block.end;
      block = { start: pendingStart >= 0 ? pendingStart : lineStart, end: endOf(i), body: lineStart, value: {}, line: i + 1, commented: false };
      blocks.push(block);
      pendingStart = -1;
      pending = [];
      if (line[ind + 2] === '{') {
        // the whole annotation as a flow mapping on one line
        const v = readValue(line.slice(ind + 2));
        if (!v || typeof v.value !== 'object' || v.value === null || Array.isArray(v.value)) return undefined;
        block.value = v.value as Record<string, unknown>;
        own = false;
        i++;
        continue;
      }
      keyFrom = ind + 2;
      if (line.charCodeAt(keyFrom) === 32) return undefined;
    } else if (ind === keyIndent && block) {
      keyFrom = ind;
      if (pendingStart >= 0) {
        // comment lines inside the block: they stand before this field
        block.commented = true;
        block.comments ??= { before: {}, after: {} };
        pendingStart = -1;
      }
    } else return undefined;
    const quick = quickField(lines, i, keyFrom, keyIndent);
    const k = quick ?? keyAt(line, keyFrom);
    if (!k || Object.prototype.hasOwnProperty.call(block.value, k.key)) return undefined; // a duplicate key: let the full reader report it
    if (k.at !== line.indexOf(':', keyFrom) + 1) own = false;
    const v = quick ?? readField(lines, i, k.at, keyIndent);
    if (!v) return undefined;
    block.value[k.key] = v.value;
    if (pending.length || v.comment !== undefined || v.inner?.length) {
      block.commented = true;
      const c = (block.comments ??= { before: {}, after: {} });
      const before = [...pending, ...(v.inner ?? [])];
      if (before.length) c.before[k.key] = before;
      if (v.comment !== undefined) c.after[k.key] = v.comment;
      pending = [];
    }
    i = v.next;
    block.end = endOf(i - 1);
  }
  if (headerEnd < 0) return undefined;
  leaveAnnotations();
  if (trailerStart < 0) trailerStart = text.length;
  top.annotations = blocks.map((b) => b.value);
  return { text, own, top, topAt, headerEnd, headerLines, blocks, trailerStart, headComments, tailComments, headerAfter };
}
