// YAML scalars on one line, as the fast sidecar reader reads them and as Claimlens writes them:
// plain scalars of the safe kind, single and double quotes, one-line flow collections, keys.

/** Plain scalars written and read without quotes: no indicator, no ": " or " #", not a number or keyword. */
const SAFE_PLAIN_UNICODE = /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_ .,;'’()\/\-+]*$/u;

export const SAFE_PLAIN_ASCII = /^[A-Za-z_][A-Za-z0-9_ .,;'()\/\-+]*$/;

const SAFE_PLAIN = { test: (s: string): boolean => SAFE_PLAIN_ASCII.test(s) || SAFE_PLAIN_UNICODE.test(s) };

export const KEYWORDS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

export const INT = /^(?:0|[1-9]\d{0,15})$/;

export const KEY = /^[A-Za-z_][A-Za-z0-9_\-]*$/;

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
export const CORE_NON_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

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

/** The first characters of the plain scalars CORE_NON_STRING matches. */
const CORE_FIRST = new Set([...'~nNtTfF0123456789+-.'].map((c) => c.charCodeAt(0)));

/** A plain scalar's value when the core schema reads it as a string (or as one of the ints, booleans and null Claimlens writes); undefined otherwise. */
function plainValue(t: string, flow: boolean): { value: unknown } | undefined {
  if (INT.test(t)) return { value: Number(t) };
  if (t === 'true' || t === 'false') return { value: t === 'true' };
  if (t === 'null') return { value: null };
  if (!isPlain(t, flow) || (CORE_FIRST.has(t.charCodeAt(0)) && CORE_NON_STRING.test(t))) return undefined;
  return { value: t };
}

/** A single-quoted scalar at the start of `s` ('' is a quote): its value and where it ends. */
function singleQuoted(s: string): { value: string; end: number } | undefined {
  const m = /^'((?:[^']|'')*)'(?!')/.exec(s);
  return m ? { value: m[1].replace(/''/g, "'"), end: m[0].length } : undefined;
}

/** Flow collections nested deeper than this are left to the YAML library. */
const MAX_FLOW_DEPTH = 32;

const skipSpaces = (s: string, p: number): number => {
  while (s.charCodeAt(p) === 32) p++;
  return p;
};

/** Where a double-quoted scalar opening at `p` closes (the index after it), or -1. */
function doubleQuotedEnd(s: string, p: number): number {
  for (let q = s.indexOf('"', p + 1); q >= 0; q = s.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (s.charCodeAt(q - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
  }
  return -1;
}

/**
 * A node of a one-line flow collection at `p`, read directly: a mapping or a sequence, a double-
 * quoted (JSON, with YAML's escapes) or single-quoted string, or a plain scalar read as a string,
 * an int, true/false or null. Returns the value and where it ends; undefined for anything else
 * or anything unsure (implicit keys, entries without a value, a trailing comma, duplicate keys,
 * tabs), which the YAML library then reads. `key`: a mapping key is read (a scalar that a `:` ends).
 */
function flowNode(s: string, p: number, depth: number, key = false): [unknown, number] | undefined {
  p = skipSpaces(s, p);
  const c = s.charCodeAt(p);
  if (c === 34) {
    const end = doubleQuotedEnd(s, p);
    if (end < 0) return undefined;
    try {
      return [parseQuoted(s.slice(p, end)), end];
    } catch {
      return undefined;
    }
  }
  if (c === 39) {
    const q = singleQuoted(s.slice(p));
    return q && [q.value, p + q.end];
  }
  if (c === 123 || c === 91) {
    if (key || depth >= MAX_FLOW_DEPTH) return undefined;
    const map = c === 123;
    const close = map ? 125 : 93;
    const out: Record<string, unknown> | unknown[] = map ? {} : [];
    p = skipSpaces(s, p + 1);
    if (s.charCodeAt(p) === close) return [out, p + 1];
    for (;;) {
      let item: [unknown, number] | undefined;
      if (map) {
        const k = flowNode(s, p, depth + 1, true);
        if (!k || typeof k[0] !== 'string' || k[0] === '__proto__' || Object.prototype.hasOwnProperty.call(out, k[0])) return undefined;
        p = skipSpaces(s, k[1]);
        if (s.charCodeAt(p) !== 58 || s.charCodeAt(p + 1) !== 32) return undefined;
        item = flowNode(s, p + 1, depth + 1);
        if (!item) return undefined;
        (out as Record<string, unknown>)[k[0]] = item[0];
      } else {
        item = flowNode(s, p, depth + 1);
        if (!item) return undefined;
        (out as unknown[]).push(item[0]);
      }
      p = skipSpaces(s, item[1]);
      const next = s.charCodeAt(p);
      if (next === close) return [out, p + 1];
      if (next !== 44) return undefined;
      p = skipSpaces(s, p + 1);
      if (s.charCodeAt(p) === close) return undefined; // a trailing comma
    }
  }
  // a plain scalar: up to a flow indicator, or a ':' before a space or one
  let e = p;
  for (; e < s.length; e++) {
    const ch = s.charCodeAt(e);
    if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125) break;
    if (ch === 58) {
      const n = s.charCodeAt(e + 1);
      if (e + 1 >= s.length || n === 32 || n === 44 || n === 91 || n === 93 || n === 123 || n === 125) break;
    }
  }
  const t = s.slice(p, e).trimEnd();
  if (!t || (!key && s.charCodeAt(e) === 58)) return undefined; // an implicit key inside a sequence or a value
  const v = plainValue(t, true);
  return v && [v.value, e];
}

/**
 * A one-line flow collection at the start of `raw`, possibly followed by a comment; undefined
 * for anything `flowNode` leaves to the YAML library.
 */
function flowCollection(raw: string): Value | undefined {
  const node = flowNode(raw, 0, 0);
  if (!node) return undefined;
  const rest = raw.slice(node[1]);
  if (!rest.trim()) return { value: node[0] };
  const m = /^ +(#.*)$/.exec(rest);
  return m ? { value: node[0], comment: m[1] } : undefined;
}

export interface Value { value: unknown; comment?: string }

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
export function parseQuoted(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch (e) {
    const j = s.includes('\\') || s.includes('\t') ? yamlQuotedAsJson(s) : undefined;
    if (j === undefined || j === s) throw e;
    return JSON.parse(j);
  }
}

/** Reads a value written on one line: JSON, a flow collection, a quoted or plain scalar; undefined if unsure. */
export function readValue(raw: string): Value | undefined {
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
  if (first === '[' || first === '{') return flowCollection(raw);
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
export function keyAt(s: string, from: number): { key: string; at: number } | undefined {
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

/** Plain keys already checked (a sidecar repeats the same few keys in every block). */
const plainKeys = new Map<string, boolean>();

export const plainKey = (key: string): boolean => {
  let ok = plainKeys.get(key);
  if (ok === undefined) {
    ok = KEY.test(key) && !CORE_NON_STRING.test(key);
    if (plainKeys.size < 256) plainKeys.set(key, ok);
  }
  return ok;
};
