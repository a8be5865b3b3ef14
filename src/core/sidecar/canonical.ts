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
  if (!t || /[\x00-\x08\x0a-\x1f\x7f\ufeff]/.test(t) || t.includes('\t#')) return false;
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
  const m = /^'((?:[^']|'')*)'(?!')/.exec(s);
  return m ? { value: m[1].replace(/''/g, "'"), end: m[0].length } : undefined;
}

/**
 * A one-line flow collection whose scalars are double-quoted (JSON) or single-quoted strings,
 * or plain scalars read as strings, ints or booleans, as JSON; undefined for anything else.
 */
function flowToJson(s: string): string | undefined {
  const out: string[] = [];
  const token = /\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'(?!')|[{}[\],]|:(?=[\s,[\]{}]|$)|(?:[^{}[\],:"'\s]|:(?![\s,[\]{}]|$))(?:[^{}[\],:]|:(?![\s,[\]{}]|$))*)/gy;
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

interface Value { value: unknown; comment?: string }

const YAML_ESCAPES: Record<string, string> = { ' ': ' ', '0': '\\u0000', a: '\\u0007', e: '\\u001b', v: '\\u000b', N: '\\u0085', _: '\\u00a0', L: '\\u2028', P: '\\u2029', '\t': '\\t', '/': '/' };

/** A double-quoted YAML scalar as JSON: the escapes YAML has and JSON has not written as JSON's; undefined if one is unknown. */
function yamlQuotedAsJson(s: string): string | undefined {
  let bad = false;
  const out = s.replace(/\\(x[0-9a-fA-F]{2}|U[0-9a-fA-F]{8}|.)|\t/g, (m, e: string | undefined) => {
    if (e === undefined) return '\\t'; // a tab in the text
    if (e.length > 1) {
      const cp = parseInt(e.slice(1), 16);
      if (cp > 0x10ffff) bad = true;
      return bad ? m : JSON.stringify(String.fromCodePoint(cp)).slice(1, -1);
    }
    if ('"\\bfnrtu'.includes(e)) return m;
    if (e === '\t') return '\\t';
    const j = YAML_ESCAPES[e];
    if (j === undefined) bad = true;
    return j ?? m;
  });
  return bad ? undefined : out;
}

/** JSON.parse of a double-quoted scalar, with YAML's escapes. */
function parseQuoted(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch (e) {
    const j = s.includes('\\') || s.includes('\t') ? yamlQuotedAsJson(s) : undefined;
    if (j === undefined || j === s) throw e;
    return JSON.parse(j);
  }
}

/** Reads a value written on one line: JSON, a flow collection, a quoted or plain scalar; undefined if unsure. */
function readValue(raw: string): Value | undefined {
  const first = raw[0];
  if (first === '"') {
    // a double-quoted string, possibly followed by a comment
    const m = /^"(?:[^"\\]|\\.)*"/.exec(raw);
    if (!m) return undefined;
    let comment: string | undefined;
    if (m[0].length < raw.length) {
      const c = /^\s+(#.*)$|^\s*$/.exec(raw.slice(m[0].length));
      if (!c) return undefined;
      comment = c[1];
    }
    try {
      return { value: parseQuoted(m[0]), comment };
    } catch {
      return undefined;
    }
  }
  if (first === '[' || first === '{') {
    // a simple flow collection, possibly followed by a comment
    let comment: string | undefined;
    const last = raw.trimEnd();
    // the collection ends the line, or a comment does
    let j = last.endsWith(first === '[' ? ']' : '}') ? flowToJson(last) : undefined;
    if (j === undefined) {
      const hash = raw.lastIndexOf(' #');
      if (hash < 0) return undefined;
      j = flowToJson(raw.slice(0, hash).trimEnd());
      comment = raw.slice(hash + 1);
    }
    if (j === undefined) return undefined;
    try {
      return { value: JSON.parse(j), comment };
    } catch {
      return undefined;
    }
  }
  if (first === "'") {
    const q = singleQuoted(raw);
    if (!q) return undefined;
    const rest = raw.slice(q.end);
    if (!rest.trim()) return { value: q.value };
    const m = /^\s+(#.*)$/.exec(rest);
    return m ? { value: q.value, comment: m[1] } : undefined;
  }
  let s = raw;
  let comment: string | undefined;
  if (s.includes('\t#')) return undefined;
  const hash = s.indexOf(' #');
  if (hash >= 0) {
    comment = s.slice(hash + 1);
    s = s.slice(0, hash);
  }
  s = s.trim();
  const v = plainValue(s, false);
  return v && { value: v.value, comment };
}

/** A key at the start of `s` (plain, or quoted) followed by `:` and a space or the line's end: the key and where its value begins. */
function keyAt(s: string, from: number): { key: string; at: number } | undefined {
  const c = s.charCodeAt(from);
  if (c === 34 || c === 39) {
    // the common case quickly: no escape, no quote inside
    const close = s.indexOf(c === 34 ? '"' : "'", from + 1);
    if (close > 0 && s.charCodeAt(close + 1) === 58 && (close + 2 === s.length || s.charCodeAt(close + 2) === 32)) {
      const key = s.slice(from + 1, close);
      if (c === 39 || !key.includes('\\')) return { key, at: close + 2 };
    }
    const m = (c === 34 ? /"(?:[^"\\]|\\.)*"/y : /'(?:[^']|'')*'(?!')/y);
    m.lastIndex = from;
    const q = m.exec(s);
    if (!q || s[from + q[0].length] !== ':') return undefined;
    let key: string;
    try {
      key = c === 34 ? JSON.parse(q[0]) : q[0].slice(1, -1).replace(/''/g, "'");
    } catch {
      return undefined;
    }
    const at = from + q[0].length + 1;
    return at === s.length || s[at] === ' ' ? { key, at } : undefined;
  }
  const colon = s.indexOf(':', from);
  if (colon < 0 || (colon + 1 < s.length && s[colon + 1] !== ' ')) return undefined;
  const key = s.slice(from, colon);
  return (KEY.test(key) || (isPlain(key, false) && key === key.trim())) && !CORE_NON_STRING.test(key) ? { key, at: colon + 1 } : undefined;
}

const indentOf = (line: string): number => {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
};
const isBlank = (line: string): boolean => indentOf(line) === line.length;
const isComment = (line: string): boolean => line.charCodeAt(indentOf(line)) === 35;

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

/** Plain keys already checked (a sidecar repeats the same few keys in every block). */
const plainKeys = new Map<string, boolean>();
const plainKey = (key: string): boolean => {
  let ok = plainKeys.get(key);
  if (ok === undefined) {
    ok = KEY.test(key) && !CORE_NON_STRING.test(key);
    if (plainKeys.size < 256) plainKeys.set(key, ok);
  }
  return ok;
};

/**
 * The common field line of Claimlens's own layout, read without the general machinery: a plain
 * key, `: `, and a value that is a whole JSON string, a plain int, true/false/null, or a safe
 * plain ASCII string, with no continuation on the next line. Undefined for anything else (the
 * general reader then decides, so this only ever agrees with it).
 */
function quickField(lines: string[], i: number, from: number, indent: number): ({ key: string; at: number } & Field) | undefined {
  const line = lines[i];
  const next = lines[i + 1] as string | undefined;
  const colon = line.indexOf(': ', from);
  if (colon < 0) return undefined;
  const key = line.slice(from, colon);
  if (!plainKey(key)) return undefined;
  if (next !== undefined) {
    const ind = indentOf(next);
    if (ind > indent && ind < next.length) return undefined; // the value may go on
  }
  const raw = line.slice(colon + 2);
  const c = raw.charCodeAt(0);
  let value: unknown;
  if (c === 34) {
    if (raw.length < 2 || raw.charCodeAt(raw.length - 1) !== 34) return undefined;
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
    if (typeof value !== 'string') return undefined;
  } else if (c >= 48 && c <= 57) {
    if (!INT.test(raw)) return undefined;
    value = Number(raw);
  } else if (raw === 'true' || raw === 'false') value = raw === 'true';
  else if (raw === 'null') value = null;
  else if (SAFE_PLAIN_ASCII.test(raw) && !KEYWORDS.test(raw) && !/[ .,;]$/.test(raw)) value = raw;
  else return undefined;
  return { key, at: colon + 1, value, next: i + 1 };
}

/** What the lines of a field's value gave: the value, comments met on the way, and the next line. */
interface Field extends Value { inner?: string[]; next: number }

/** The first line from `k` (before `to`) that is neither blank nor a comment; the comments on the way go to `comments`. */
function contentFrom(lines: string[], k: number, to: number, comments?: string[]): number {
  for (; k < to; k++) {
    const l = lines[k];
    const ind = indentOf(l);
    if (ind === l.length) continue;
    if (l.charCodeAt(ind) !== 35) break;
    comments?.push(l.slice(ind));
  }
  return k;
}

const seqAt = (l: string, col: number): boolean => l.charCodeAt(col) === 45 && (l.length === col + 1 || l.charCodeAt(col + 1) === 32);

/**
 * A nested block node whose first line is `k`, at column `col` of it (after `- ` on that line
 * for a compact item): a block mapping or sequence, its values read as the fields are (scalars
 * over several lines and block scalars too); undefined when unsure.
 */
function nodeAt(lines: string[], k: number, col: number, to: number, comments: string[]): { value: unknown; next: number } | undefined {
  const ends = (next: number): number | undefined => {
    // where the node goes on: the next line at its column, or undefined when it ended
    const held: string[] = [];
    const n = contentFrom(lines, next, to, held);
    if (n >= to) return undefined;
    const ind = indentOf(lines[n]);
    if (ind > col) return -1; // more indented after a complete value
    if (ind < col) return undefined;
    comments.push(...held);
    return n;
  };
  if (seqAt(lines[k], col)) {
    const items: unknown[] = [];
    for (;;) {
      const l = lines[k];
      let j = col + 1;
      while (l.charCodeAt(j) === 32) j++;
      let v: { value: unknown; next: number } | undefined;
      if (j >= l.length || l[j] === '#') {
        if (j < l.length) comments.push(l.slice(j));
        const c = contentFrom(lines, k + 1, to, comments);
        if (c >= to || indentOf(lines[c]) <= col) return undefined; // an empty item (null)
        v = nodeAt(lines, c, indentOf(lines[c]), to, comments);
      } else if (seqAt(l, j) || (l[j] !== '"' && l[j] !== "'" && l[j] !== '[' && l[j] !== '{' && keyAt(l, j))) {
        v = nodeAt(lines, k, j, to, comments);
      } else {
        const f = readField(lines, k, j, col);
        if (!f) return undefined;
        if (f.comment) comments.push(f.comment);
        v = f;
      }
      if (!v) return undefined;
      items.push(v.value);
      const n = ends(v.next);
      if (n === -1) return undefined;
      if (n === undefined || !seqAt(lines[n], col)) return { value: items, next: v.next };
      k = n;
    }
  }
  const map: Record<string, unknown> = {};
  for (;;) {
    const key = keyAt(lines[k], col);
    if (!key || Object.prototype.hasOwnProperty.call(map, key.key)) return undefined;
    const f = readField(lines, k, key.at, col);
    if (!f) return undefined;
    if (f.comment) comments.push(f.comment);
    comments.push(...(f.inner ?? []));
    map[key.key] = f.value;
    const n = ends(f.next);
    if (n === -1) return undefined;
    if (n === undefined || seqAt(lines[n], col)) return { value: map, next: f.next };
    k = n;
  }
}

/**
 * Folds the lines of a multi-line flow scalar (plain or quoted) as YAML does: white space around
 * a line break goes, a line break is a space, each empty line a line break (`nl`); in double
 * quotes a backslash at a line's end joins it to the next. Undefined when unsure.
 */
function fold(parts: string[], nl: string, double = false): string | undefined {
  let out = parts[0].trimEnd();
  let empties = 0;
  for (let k = 1; k < parts.length; k++) {
    const p = k === parts.length - 1 ? parts[k].trimStart() : parts[k].trim();
    if (!p) {
      empties++;
      continue;
    }
    const escaped = double && /(?:^|[^\\])(?:\\\\)*\\$/.test(out);
    if (escaped && empties) return undefined;
    out = escaped ? out.slice(0, -1) + p : out + (empties ? nl.repeat(empties) : ' ') + p;
    empties = 0;
  }
  return out;
}

/**
 * Reads the value of a field whose key ends at `at` on line `i` (the key at indentation
 * `indent`): a one-line value, a multi-line plain or quoted scalar, a block scalar (`|`, `>`), or
 * a nested block. Undefined when unsure.
 */
function readField(lines: string[], i: number, at: number, indent: number): Field | undefined {
  const line = lines[i];
  const raw = line.slice(at).trimStart();
  const next = i + 1;
  const more = (k: number): boolean => k < lines.length && indentOf(lines[k]) > indent && !isBlank(lines[k]);
  if (!raw || raw[0] === '#') {
    // a nested block: lines further in (or a sequence at the key's indentation)
    const inner: string[] = raw ? [raw] : [];
    let k = next;
    for (; k < lines.length; k++) {
      const l = lines[k];
      const ind = indentOf(l);
      if (ind === l.length) continue;
      if (ind < indent || (ind === indent && !seqAt(l, ind))) break;
    }
    // comment and blank lines after the value belong to what follows
    while (k > next && (isBlank(lines[k - 1]) || isComment(lines[k - 1]))) k--;
    const c = contentFrom(lines, next, k, inner);
    if (c >= k) return undefined; // nothing under the key: null
    const v = nodeAt(lines, c, indentOf(lines[c]), k, inner);
    if (!v || contentFrom(lines, v.next, k) < k) return undefined;
    return { value: v.value, comment: undefined, inner, next: Math.max(k, v.next) };
  }
  const c = raw[0];
  if (c === '|' || c === '>') return blockScalar(lines, i, raw, indent);
  if (c === '"' || c === "'") {
    const closed = (c === '"' ? /^"(?:[^"\\]|\\.)*"/ : /^'(?:[^']|'')*'(?!')/).test(raw);
    if (!closed) {
      // a quoted scalar over several lines: up to the line with its closing quote
      const parts = [raw];
      let k = next;
      const close = c === '"' ? /^(?:[^"\\]|\\.)*"/ : /^(?:[^']|'')*'(?!')/;
      for (; k < lines.length; k++) {
        const l = lines[k];
        if (!isBlank(l) && indentOf(l) <= indent) return undefined;
        const m = close.exec(l.trimStart());
        if (m) {
          const rest = l.trimStart().slice(m[0].length);
          if (rest.trim() && !/^\s+#/.test(rest)) return undefined;
          parts.push(m[0]);
          break;
        }
        parts.push(l);
      }
      // an escaped space before a line break: the folding below would take it for white space
      if (k >= lines.length || (c === '"' && parts.some((p) => /(?:^|[^\\])(?:\\\\)*\\ +$/.test(p)))) return undefined;
      const folded = fold(parts, c === '"' ? '\\n' : '\n', c === '"');
      if (folded === undefined) return undefined;
      let value: string;
      try {
        value = c === '"' ? parseQuoted(folded) as string : folded.slice(1, -1).replace(/''/g, "'");
      } catch {
        return undefined;
      }
      const tail = lines[k].trimStart().slice(parts[parts.length - 1].length).trim();
      return more(k + 1) ? undefined : { value, comment: tail || undefined, inner: undefined, next: k + 1 };
    }
  }
  const v = readValue(raw);
  if (!v) return undefined;
  if (!more(next)) return { value: v.value, comment: v.comment, inner: undefined, next };
  if (v.comment !== undefined || typeof v.value !== 'string' || c === '"' || c === "'" || c === '[' || c === '{') return undefined;
  // a plain scalar continued on lines further in (blank lines in it are line breaks)
  const parts = [raw];
  let k = next;
  for (; k < lines.length; k++) {
    const l = lines[k];
    if (isBlank(l)) {
      parts.push('');
      continue;
    }
    if (indentOf(l) <= indent) break;
    const t = l.trim();
    // any character but ':' and '#' may begin a continuation line
    if (t[0] === ':' || t[0] === '#' || t.includes(': ') || t.includes(' #') || t.includes('\t') || t.endsWith(':')) return undefined;
    parts.push(t);
  }
  while (parts.length > 1 && !parts[parts.length - 1]) {
    parts.pop();
    k--;
  }
  const value = fold(parts, '\n');
  if (value === undefined || CORE_NON_STRING.test(value)) return undefined;
  return { value, comment: undefined, inner: undefined, next: k };
}

/** A literal (`|`) or folded (`>`) block scalar with its chomping and indentation indicators; undefined when unsure. */
function blockScalar(lines: string[], i: number, head: string, indent: number): Field | undefined {
  const m = /^([|>])(?:([1-9])([-+]?)|([-+])([1-9]?))?(?:\s+(#.*))?\s*$/.exec(head);
  if (!m) return undefined;
  const folded = m[1] === '>';
  const explicit = Number(m[2] || m[5] || 0);
  const chomp = m[3] || m[4] || '';
  let n = explicit ? indent + explicit : 0;
  const body: string[] = [];
  let leading = 0; // the longest empty line before the first content line
  let k = i + 1;
  for (; k < lines.length; k++) {
    const l = lines[k];
    const ind = indentOf(l);
    if (ind === l.length) {
      // an empty line (a line of spaces longer than the indentation is content)
      if (n && l.length > n) body.push(l.slice(n));
      else {
        if (!n) leading = Math.max(leading, l.length);
        body.push('');
      }
      continue;
    }
    if (!n) {
      if (ind <= indent) break;
      n = ind;
    }
    if (ind < n) break;
    body.push(l.slice(n));
  }
  if ((n && leading > n) || (k >= lines.length && lines[lines.length - 1] !== '')) return undefined;
  // trailing empty lines: kept with `+`, else dropped
  let last = body.length;
  while (last > 0 && body[last - 1] === '') last--;
  if (!last) {
    // empty lines only
    const breaks = body.length - (k >= lines.length ? 1 : 0);
    let end = k;
    while (chomp !== '+' && end > i + 1 && isBlank(lines[end - 1])) end--;
    return { value: chomp === '+' ? '\n'.repeat(Math.max(0, breaks)) : '', comment: m[6], inner: undefined, next: end };
  }
  if (!n) return undefined;
  const content = body.slice(0, last);
  let value: string;
  if (folded) {
    // a line break between two lines is a space, or with empty lines between them those; not
    // next to a line that begins with a space (more indented), which keeps its line breaks
    let j = 0;
    while (content[j] === '') j++;
    value = '\n'.repeat(j) + content[j];
    let prev = content[j];
    let empties = 0;
    for (j++; j < content.length; j++) {
      if (!content[j]) empties++;
      else {
        const spaced = prev[0] === ' ' || prev[0] === '\t' || content[j][0] === ' ' || content[j][0] === '\t';
        value += (spaced ? '\n'.repeat(empties + 1) : empties ? '\n'.repeat(empties) : ' ') + content[j];
        prev = content[j];
        empties = 0;
      }
    }
  } else value = content.join('\n');
  if (chomp !== '-') value += '\n';
  // the file's last line break is the list's '' element, not an empty line of the scalar
  const trailing = body.length - last - (k >= lines.length ? 1 : 0);
  if (chomp === '+') value += '\n'.repeat(Math.max(0, trailing));
  // with clip or strip, empty lines at the end belong to what follows
  let end = k;
  while (chomp !== '+' && end > i + 1 && isBlank(lines[end - 1])) end--;
  return { value, comment: m[6], inner: undefined, next: end };
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
