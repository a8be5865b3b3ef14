// Values of block mappings over one or more lines (nested blocks, multi-line and block scalars),
// as the fast sidecar reader reads them; undefined whenever unsure (the YAML library decides then).
import { CORE_NON_STRING, INT, KEYWORDS, SAFE_PLAIN_ASCII, keyAt, parseQuoted, plainKey, readValue, type Value } from './yamlScalars';

export const indentOf = (line: string): number => {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
};

const isBlank = (line: string): boolean => indentOf(line) === line.length;

const isComment = (line: string): boolean => line.charCodeAt(indentOf(line)) === 35;

/**
 * A field on one line, read without the general machinery: a plain key, `: `, and a value that
 * ends on the line (quoted, plain, or a flow collection; with a comment or not) and does not go
 * on on the next. The common values of Claimlens's own layout (a whole JSON string, an int,
 * true/false/null, a safe plain ASCII string) are taken first. Undefined for anything else (the
 * general reader then decides, so this only ever agrees with it).
 */
export function quickField(lines: string[], i: number, from: number, indent: number): ({ key: string; at: number } & Field) | undefined {
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
  const at = colon + 1;
  if (c === 34 && raw.length > 1 && raw.charCodeAt(raw.length - 1) === 34) {
    try {
      const value: unknown = JSON.parse(raw);
      if (typeof value === 'string') return { key, at, value, next: i + 1 };
    } catch {
      // a quote inside, a comment after it, a YAML escape: read below
    }
  } else if (c >= 48 && c <= 57 && INT.test(raw)) return { key, at, value: Number(raw), next: i + 1 };
  else if (raw === 'true' || raw === 'false') return { key, at, value: raw === 'true', next: i + 1 };
  else if (raw === 'null') return { key, at, value: null, next: i + 1 };
  else if (SAFE_PLAIN_ASCII.test(raw) && !KEYWORDS.test(raw) && !/[ .,;]$/.test(raw)) return { key, at, value: raw, next: i + 1 };
  const t = raw.trimStart();
  const f = t.charCodeAt(0);
  if (!t || f === 124 || f === 62 || f === 35) return undefined; // a block scalar, a nested block
  const v = readValue(t);
  return v && { key, at, value: v.value, comment: v.comment, next: i + 1 };
}

/** What the lines of a field's value gave: the value, comments met on the way, and the next line. */
export interface Field extends Value { inner?: string[]; next: number }

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
export function readField(lines: string[], i: number, at: number, indent: number): Field | undefined {
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
