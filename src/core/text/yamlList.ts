import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface FileProblem {
  line: number;
  col: number;
  message: string;
}

export interface ListEntry {
  /** The entry as plain data; undefined when it is not a mapping. */
  value: Record<string, unknown> | undefined;
  /** Reports a problem at one of the entry's keys (or at the entry). */
  problem(key: string | undefined, message: string): void;
}

/**
 * Reads a small settings file of the form `KEY:` followed by a list of mappings, for parsers
 * that check each entry and report problems with their line and column. Returns undefined
 * entries (and a problem) when the file is not of that form; an empty file has no entries.
 */
export function readYamlList(text: string, key: string, expected: string): { entries: ListEntry[]; problems: FileProblem[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  const problems: FileProblem[] = [];
  const at = (node: unknown, message: string): void => {
    const r = (node as YamlNode | undefined)?.range;
    const p = lc.linePos(r ? r[0] : 0);
    problems.push({ line: p.line, col: p.col, message });
  };
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const p = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
      problems.push({ line: p.line, col: p.col, message: e.message.split('\n')[0] });
    }
    return { entries: [], problems };
  }
  if (doc.contents === null) return { entries: [], problems };
  const list = isMap(doc.contents) ? doc.contents.get(key, true) : undefined;
  if (!isSeq(list)) {
    at(doc.contents, `expected "${key}:" followed by ${expected}`);
    return { entries: [], problems };
  }
  const entries = list.items.map((item): ListEntry => {
    const v = (item as { toJSON?: () => unknown }).toJSON?.();
    const node = isMap(item) ? item : undefined;
    return {
      value: v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined,
      problem: (k, message) => at((k !== undefined ? node?.get(k, true) : undefined) ?? item, message),
    };
  });
  return { entries, problems };
}
