/**
 * The layout Claimlens writes sidecars in: block mappings, one annotation per block, every value
 * on its key's line as a plain scalar of the safe kind below or as JSON (which YAML 1.2 reads
 * the same way). Reading that layout needs no general YAML parser, which matters for sidecars
 * of thousands of annotations; anything outside it (a flow-style list, a multi-line string, an
 * anchor, ...) makes the reader give up, and the caller uses the full YAML library instead.
 * Tests check that both readers agree on everything this one accepts.
 */

/** Plain scalars written and read without quotes: no indicator, no ": " or " #", not a number or keyword. */
const SAFE_PLAIN_UNICODE = /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_ .,;'’()\/\-+]*$/u;
const SAFE_PLAIN_ASCII = /^[A-Za-z_][A-Za-z0-9_ .,;'()\/\-+]*$/;
const SAFE_PLAIN = { test: (s: string): boolean => SAFE_PLAIN_ASCII.test(s) || SAFE_PLAIN_UNICODE.test(s) };
const KEYWORDS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;
const INT = /^(?:0|[1-9]\d{0,15})$/;
const KEY = /^[A-Za-z_][A-Za-z0-9_\-]*$/;

/** In flow collections a comma would end a plain scalar. */
const plainOk = (v: string, flow: boolean): boolean => SAFE_PLAIN.test(v) && !KEYWORDS.test(v) && !/[ .,;]$/.test(v) && !(flow && v.includes(','));

/** YAML text of a scalar or a small structure, on one line. */
export function scalar(v: unknown, flow = false): string {
  if (typeof v === 'string') return plainOk(v, flow) ? v : JSON.stringify(v);
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && INT.test(String(v))) return String(v);
  if (v === null || typeof v === 'boolean' || typeof v === 'number') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => scalar(x, true)).join(', ')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return `{${entries.map(([k, x]) => `${KEY.test(k) && !KEYWORDS.test(k) ? k : JSON.stringify(k)}: ${scalar(x, true)}`).join(', ')}}`;
  }
  throw new Error(`cannot write ${typeof v} to a sidecar`);
}

/**
 * What YAML 1.2's core schema makes of a plain scalar other than a string: null, a boolean, a
 * number in any of its notations. Such values are left to the full YAML reader (except the plain
 * ints and true/false Claimlens writes); every other plain scalar is a string.
 */
const CORE_NON_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * Whether a trimmed piece of one line is a plain scalar by YAML's rules (block context, or flow
 * context inside a collection): no indicator at its start (`-`, `?` and `:` only before a
 * non-space), no `: ` or ` #` inside, no `:` at its end, no tab; in flow context no `,[]{}`.
 */
function isPlain(t: string, flow: boolean): boolean {
  if (!t || /[\t\x00-\x1f\x7f\ufeff]/.test(t)) return false;
  const c = t[0];
  if ('[]{},#&*!|>\'"%@`'.includes(c)) return false;
  if ((c === '-' || c === '?' || c === ':') && (t.length === 1 || t[1] === ' ' || (flow && ',[]{}'.includes(t[1])))) return false;
  if (t.includes(': ') || t.includes(' #') || t.endsWith(':')) return false;
  return !(flow && /[,[\]{}]/.test(t));
}

/** A plain scalar's value when the core schema reads it as a string (or as one of the ints, booleans and null Claimlens writes); undefined otherwise. */
function plainValue(t: string, flow: boolean): { value: unknown } | undefined {
  if (INT.test(t)) return { value: Number(t) };
  if (t === 'true' || t === 'false') return { value: t === 'true' };
  if (t === 'null') return { value: null };
  if (!isPlain(t, flow) || CORE_NON_STRING.test(t)) return undefined;
  return { value: t };
}

/** A single-quoted scalar at the start of `s` ('' is a quote): its value and where it ends. */
function singleQuoted(s: string): { value: string; end: number } | undefined {
  const m = /^'((?:[^']|'')*)'/.exec(s);
  return m ? { value: m[1].replace(/''/g, "'"), end: m[0].length } : undefined;
}

/**
 * A one-line flow collection whose scalars are double-quoted (JSON) or single-quoted strings,
 * or plain scalars read as strings, ints or booleans, as JSON; undefined for anything else.
 */
function flowToJson(s: string): string | undefined {
  const out: string[] = [];
  const token = /\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[{}[\],]|:(?=[\s,[\]{}]|$)|(?:[^{}[\],:"'\s]|:(?![\s,[\]{}]|$))(?:[^{}[\],:]|:(?![\s,[\]{}]|$))*)/gy;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = token.exec(s))) {
    last = token.lastIndex;
    const t = m[1].trim();
    if (!t) continue;
    if (t[0] === '"' || /^[{}[\],:]$/.test(t)) out.push(t);
    else if (t[0] === "'") out.push(JSON.stringify(singleQuoted(t)!.value));
    else {
      const v = plainValue(t, true);
      if (!v) return undefined;
      out.push(JSON.stringify(v.value));
    }
  }
  if (s.slice(last).trim()) return undefined;
  return out.join('');
}

/** One annotation block, keys in the given order, then any others. */
export function annotationBlock(a: Record<string, unknown>, order: readonly string[]): string {
  const keys = [...new Set([...order, ...Object.keys(a)])].filter((k) => a[k] !== undefined);
  return keys.map((k, i) => `${i === 0 ? '  - ' : '    '}${KEY.test(k) ? k : JSON.stringify(k)}: ${scalar(a[k])}\n`).join('');
}

/** Where a key's value was read from: 1-based line and column. */
export interface Pos { line: number; col: number }

export interface CanonicalBlock {
  /** Offsets in the file: the block's lines, from its leading comments to its last line. */
  start: number;
  end: number;
  /** Offset of the block's first key line (`  - id: ...`), after its leading comments. */
  body: number;
  value: Record<string, unknown>;
  /** 1-based positions of the block's keys' values. */
  at: Record<string, Pos>;
  /** A comment written inside the block (it then must be edited with the full YAML library). */
  commented: boolean;
}

export interface CanonicalFile {
  top: Record<string, unknown>;
  topAt: Record<string, Pos>;
  /** Offset where the annotation blocks begin (just after the `annotations:` line). */
  headerEnd: number;
  /** Lines of the header (for patching `document` values in place): key path -> [line offset start, end]. */
  headerLines: Map<string, [number, number]>;
  blocks: CanonicalBlock[];
  /** Offset of what follows the last block (trailing comments). */
  trailerStart: number;
}

/** Reads a value written on one line: JSON, a safe plain scalar, or an int; undefined if unsure. */
function readValue(raw: string): { value: unknown; comment: boolean } | undefined {
  let s = raw;
  let comment = false;
  const first = s[0];
  if (first === '"' || first === '[' || first === '{') {
    // JSON or a simple flow collection, possibly followed by a comment
    const asJson = (x: string): unknown => {
      const j = first === '"' ? x : flowToJson(x);
      if (j === undefined) throw new SyntaxError('not a simple flow collection');
      return JSON.parse(j);
    };
    try {
      return { value: asJson(s.trimEnd()), comment };
    } catch {
      const hash = s.lastIndexOf(' #');
      if (hash < 0) return undefined;
      try {
        return { value: asJson(s.slice(0, hash).trimEnd()), comment: true };
      } catch {
        return undefined;
      }
    }
  }
  if (first === "'") {
    const q = singleQuoted(s);
    if (!q) return undefined;
    const rest = s.slice(q.end);
    if (rest.trim() && !/^\s+#/.test(rest)) return undefined;
    return { value: q.value, comment: rest.trim() !== '' };
  }
  const hash = s.indexOf(' #');
  if (hash >= 0) {
    s = s.slice(0, hash);
    comment = true;
  }
  s = s.trim();
  const v = plainValue(s, false);
  return v && { value: v.value, comment };
}

/**
 * Reads a sidecar in the canonical layout; undefined when the text uses anything else (the
 * full YAML reader then takes over).
 */
export function readCanonical(text: string): CanonicalFile | undefined {
  if (text.includes('\r') || text.includes('\t') || text.charCodeAt(0) === 0xfeff) return undefined;
  const top: Record<string, unknown> = {};
  const topAt: Record<string, Pos> = {};
  const headerLines = new Map<string, [number, number]>();
  const blocks: CanonicalBlock[] = [];
  let section: 'top' | 'document' | 'annotations' = 'top';
  let doc: Record<string, unknown> | undefined;
  let block: CanonicalBlock | undefined;
  let headerEnd = -1;
  let pendingStart = -1; // start of comment lines waiting for the next block
  let nested: Record<string, unknown> | undefined; // the block mapping a field's lines are filling
  let lineNo = 0;
  let pos = 0;
  let trailerStart = text.length;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl + 1;
    const line = text.slice(pos, nl < 0 ? text.length : nl);
    lineNo++;
    const lineStart = pos;
    pos = end;
    if (!line.trim() || /^\s*#/.test(line)) {
      if (section === 'annotations' && pendingStart < 0) pendingStart = lineStart;
      continue;
    }
    if (section === 'annotations') {
      // a field of a nested block mapping (`    attributes:` then `      type: person` lines)
      if (nested && line.startsWith('      ') && line.charCodeAt(6) !== 32 && block) {
        const c = line.indexOf(': ', 6);
        const sub = c < 0 ? '' : line.slice(6, c);
        const v = KEY.test(sub) ? readValue(line.slice(c + 2)) : undefined;
        if (!v || Object.prototype.hasOwnProperty.call(nested, sub)) return undefined;
        nested[sub] = v.value;
        block.commented ||= v.comment;
        block.end = end;
        pendingStart = -1;
        continue;
      }
      if (nested && !Object.keys(nested).length) return undefined; // `key:` with nothing under it is null
      nested = undefined;
      const isNew = line.startsWith('  - ');
      if (!isNew && !(line.startsWith('    ') && line.charCodeAt(4) !== 32)) return undefined;
      const opens = /^( {2}- | {4})([A-Za-z_][A-Za-z0-9_-]*):\s*(?:#.*)?$/.exec(line);
      const colon = opens ? 4 + opens[2].length : line.indexOf(': ', 4);
      if (colon < 0) return undefined;
      const key = line.slice(4, colon);
      if (!KEY.test(key)) return undefined;
      const v = opens ? { value: (nested = {}), comment: line.includes('#') } : readValue(line.slice(colon + 2));
      if (!v) return undefined;
      if (isNew) {
        if (block) block.end = pendingStart >= 0 ? pendingStart : lineStart;
        block = { start: pendingStart >= 0 ? pendingStart : lineStart, end, body: lineStart, value: {}, at: {}, commented: false };
        // comments right before a block belong to it; comment lines inside a block are already in
        blocks.push(block);
      } else if (!block) return undefined;
      else if (pendingStart >= 0) block.commented = true; // comment or blank lines inside the block
      if (Object.prototype.hasOwnProperty.call(block.value, key)) return undefined; // duplicate key: let the full reader report it
      block.value[key] = v.value;
      block.at[key] = { line: lineNo, col: colon + 3 };
      block.commented ||= v.comment;
      block.end = end;
      pendingStart = -1;
      continue;
    }
    const m = /^( {0,2})([A-Za-z_][A-Za-z0-9_\-]*):(?: (.*))?$/.exec(line);
    if (!m) return undefined;
    const [, indent, key, rest] = m;
    if (indent === '') {
      if (key in top) return undefined;
      doc = undefined;
      if (rest === undefined || rest.trim() === '') {
        if (key === 'document') {
          doc = {};
          top.document = doc;
          section = 'document';
        } else if (key === 'annotations') {
          top.annotations = [];
          section = 'annotations';
          headerEnd = end;
        } else return undefined;
        topAt[key] = { line: lineNo, col: 1 };
        continue;
      }
      const v = readValue(rest);
      if (!v) return undefined;
      top[key] = v.value;
      topAt[key] = { line: lineNo, col: key.length + 3 };
      headerLines.set(key, [lineStart, end]);
      section = 'top';
      continue;
    }
    if (indent !== '  ' || section !== 'document' || !doc || rest === undefined) return undefined;
    const v = readValue(rest);
    if (!v || key in doc) return undefined;
    doc[key] = v.value;
    topAt[`document.${key}`] = { line: lineNo, col: key.length + 5 };
    headerLines.set(`document.${key}`, [lineStart, end]);
  }
  if (headerEnd < 0 || (nested && !Object.keys(nested).length)) return undefined;
  if (block && pendingStart >= 0) trailerStart = pendingStart;
  else trailerStart = block ? block.end : headerEnd;
  top.annotations = blocks.map((b) => b.value);
  return { top, topAt, headerEnd, headerLines, blocks, trailerStart };
}
