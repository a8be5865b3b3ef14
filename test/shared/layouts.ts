// The same sidecar data in the layouts scripts and people write: the `yaml` library's stringify
// with the options scripts use, and hand-written styles (comments, shuffled keys, unquoted hash,
// single quotes, flow mappings, a document marker, CRLF). The layout tests and the benchmarks share them.
import { Document, isCollection, stringify, visit } from 'yaml';

export interface SidecarData {
  claimlens: number;
  document: Record<string, unknown>;
  annotations: Array<Record<string, unknown>>;
}

type Write = (d: SidecarData) => string;

/** A document whose collections from `depth` down are written in flow style. */
function flowFrom(d: SidecarData, depth: number, options: Parameters<Document['toString']>[0] = {}): string {
  const doc = new Document(d);
  visit(doc, { Collection(_, n, path) { if (path.filter(isCollection).length >= depth) (n as { flow: boolean }).flow = true; } });
  return doc.toString(options);
}

/** yaml.stringify and a Document written with the options scripts use. */
export const STRINGIFY_LAYOUTS: Record<string, Write> = {
  'stringify, defaults': (d) => stringify(d),
  'stringify, lineWidth 0': (d) => stringify(d, { lineWidth: 0 }),
  'stringify, double quotes': (d) => stringify(d, { defaultStringType: 'QUOTE_DOUBLE' }),
  'stringify, double quotes, plain keys, one line': (d) => stringify(d, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }),
  'stringify, single quotes': (d) => stringify(d, { defaultStringType: 'QUOTE_SINGLE' }),
  'stringify, single quotes, plain keys, one line': (d) => stringify(d, { lineWidth: 0, defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' }),
  'stringify, indentSeq false': (d) => stringify(d, { indentSeq: false }),
  'stringify, indent 4': (d) => stringify(d, { indent: 4 }),
  'stringify, sorted keys, indentSeq false (as PyYAML)': (d) => stringify(d, { sortMapEntries: true, indentSeq: false, lineWidth: 0 }),
  'stringify, block quotes folded': (d) => stringify(d, { blockQuote: 'folded' }),
  'stringify, no block quotes': (d) => stringify(d, { blockQuote: false }),
  'stringify, document marker': (d) => stringify(d, { directives: true }),
  'stringify, flow fields': (d) => flowFrom(d, 3, { lineWidth: 0 }),
  'stringify, flow fields, no padding': (d) => flowFrom(d, 3, { lineWidth: 0, flowCollectionPadding: false }),
  'stringify, one flow mapping per annotation': (d) => flowFrom(d, 2, { lineWidth: 0 }),
  'JSON': (d) => JSON.stringify(d, null, 2),
};

/** How a hand-written layout is varied (the layout test draws these at random). */
export interface HandStyle {
  /** Spaces before `- ` of an annotation (0, 2, 4). */
  seqIndent: number;
  /** Strings: plain when YAML reads them back as strings, else quoted: 'single', 'double', or by the string's number. */
  quotes: 'single' | 'double' | 'mixed';
  /** Keys quoted ('"id": ...'). */
  quoteKeys: boolean;
  /** Key order of each annotation rotated by its number (0: as given). */
  rotateKeys: boolean;
  /** Comment lines and end-of-line comments between and on the fields. */
  comments: boolean;
  /** attributes and links as flow mappings (else nested block mappings). */
  flowFields: boolean;
  /** `---` first and `...` last. */
  markers: boolean;
  /** `annotations` before `document`. */
  documentLast: boolean;
  crlf: boolean;
}

const PLAIN_STRING = /^[A-Za-z_][A-Za-z0-9_ .,;'()\/+-]*$/;
const NOT_STRING = /^(?:true|false|null|yes|no|on|off|y|n|~|[-+]?[0-9].*|\..*)$/i;

function handScalar(v: unknown, style: HandStyle, n: number): string {
  if (typeof v !== 'string') return JSON.stringify(v);
  const single = style.quotes === 'single' || (style.quotes === 'mixed' && n % 2 === 0);
  if (PLAIN_STRING.test(v) && !NOT_STRING.test(v) && !/[ :]$/.test(v) && !v.includes(' #') && (n % 3 !== 0 || style.quotes !== 'mixed')) return v;
  if (single && !/[\n\r\t\\\x00-\x1f]/.test(v)) return `'${v.replace(/'/g, "''")}'`;
  return JSON.stringify(v);
}

/** A sidecar as a person or a small script writes it by hand, in the given style. */
export function handLayout(d: SidecarData, style: HandStyle): string {
  const key = (k: string): string => (style.quoteKeys ? `"${k}"` : k);
  const value = (v: unknown, n: number, inFlow = false): string => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return `{${Object.entries(v).map(([k, x], i) => `${key(k)}: ${value(x, n + i, true)}`).join(', ')}}`;
    }
    if (Array.isArray(v)) return `[${v.map((x, i) => value(x, n + i, true)).join(', ')}]`;
    const s = handScalar(v, style, n);
    return inFlow && typeof v === 'string' && s === v && /[,[\]{}]/.test(v) ? JSON.stringify(v) : s;
  };
  const lines: string[] = [];
  const comment = (text: string): void => { if (style.comments) lines.push(text); };
  if (style.markers) lines.push('---');
  comment('# annotations written by a script');
  lines.push(`${key('claimlens')}: ${d.claimlens}`);
  const doc = (): void => {
    lines.push(`${key('document')}:`);
    for (const [k, v] of Object.entries(d.document)) {
      lines.push(`  ${key(k)}: ${k === 'sha256' ? v : value(v, 1)}${style.comments && k === 'sha256' ? '   # of the article' : ''}`);
    }
  };
  if (!style.documentLast) doc();
  const pad = ' '.repeat(style.seqIndent);
  lines.push(`${key('annotations')}:${d.annotations.length ? '' : ' []'}`);
  d.annotations.forEach((a, n) => {
    let entries = Object.entries(a).filter(([, v]) => v !== undefined);
    if (style.rotateKeys && entries.length) entries = [...entries.slice(n % entries.length), ...entries.slice(0, n % entries.length)];
    if (n % 4 === 1) comment(`${pad}# annotation ${n + 1}`);
    entries.forEach(([k, v], i) => {
      const lead = i === 0 ? `${pad}- ` : `${pad}  `;
      const tail = style.comments && (n + i) % 5 === 2 ? '  # checked' : '';
      if (!style.flowFields && v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length) {
        lines.push(`${lead}${key(k)}:${tail}`);
        Object.entries(v).forEach(([sub, x], j) => lines.push(`${pad}    ${key(sub)}: ${value(x, n + j)}`));
      } else lines.push(`${lead}${key(k)}: ${value(v, n + i)}${tail}`);
      if (style.comments && (n + i) % 7 === 3) lines.push(`${pad}  # a note between fields`);
    });
  });
  if (style.documentLast) doc();
  comment('# end');
  if (style.markers) lines.push('...');
  const text = lines.join('\n') + '\n';
  return style.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Hand-written layouts the benchmarks use. */
export const HAND_LAYOUTS: Record<string, HandStyle> = {
  'by hand: unquoted hash, single quotes, comments, rotated keys, flow fields': {
    seqIndent: 2, quotes: 'single', quoteKeys: false, rotateKeys: true, comments: true, flowFields: true, markers: false, documentLast: false, crlf: false,
  },
  'by hand: --- and ..., CRLF, sequence at column 0, nested mappings, document last': {
    seqIndent: 0, quotes: 'mixed', quoteKeys: false, rotateKeys: false, comments: true, flowFields: false, markers: true, documentLast: true, crlf: true,
  },
  'by hand: quoted keys, double quotes, indented 4': {
    seqIndent: 4, quotes: 'double', quoteKeys: true, rotateKeys: false, comments: false, flowFields: true, markers: false, documentLast: false, crlf: false,
  },
};

/** Every layout by name: the stringify ones and the hand-written ones. */
export const LAYOUTS: Record<string, Write> = {
  ...STRINGIFY_LAYOUTS,
  ...Object.fromEntries(Object.entries(HAND_LAYOUTS).map(([name, style]) => [name, (d: SidecarData) => handLayout(d, style)])),
};
