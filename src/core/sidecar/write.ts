import { Document, isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { ANNOTATION_KEYS, compareAnnotations, FORMAT_VERSION, type Annotation, type Sidecar } from './model';

const HEADER = ' Claimlens annotations (format 1). Offsets are Unicode code points, end exclusive.\n'
  + ' Hand edits and comments are kept when Claimlens saves this file.';
const FLOW_KEYS = new Set(['fragments', 'attributes', 'links']);
const TO_STRING = { lineWidth: 0, indentSeq: true } as const;

/**
 * Renders a sidecar. With the previous text of the file, edits that document in place so
 * comments, key order and formatting written by a person survive; annotations are matched by
 * id and kept in position order.
 */
export function serializeSidecar(sidecar: Sidecar, previousText?: string): string {
  let doc: Document | undefined;
  if (previousText !== undefined) {
    const prev = parseDocument(previousText, { keepSourceTokens: false });
    if (!prev.errors.length && isMap(prev.contents)) doc = prev;
  }
  if (!doc) {
    doc = new Document({ claimlens: FORMAT_VERSION, document: {}, annotations: [] });
    doc.commentBefore = HEADER;
  }
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
  list.items = [...sidecar.annotations].sort(compareAnnotations).map((a) => {
    const node = existing.get(a.id) ?? new YAMLMap();
    syncAnnotation(doc!, node, a);
    return node;
  });
  return doc.toString(TO_STRING);
}

function syncAnnotation(doc: Document, node: YAMLMap, a: Annotation): void {
  const values = a as unknown as Record<string, unknown>;
  for (const key of ANNOTATION_KEYS) {
    const v = values[key];
    if (v === undefined || (key === 'orphaned' && v === false)) {
      if (node.has(key)) node.delete(key);
    } else setIfChanged(doc, node, key, v);
  }
  // fields this version does not know (added by hand or by a newer tool) stay as they are
}

function setIfChanged(doc: Document, map: YAMLMap, key: string, value: unknown): void {
  const current = map.get(key, true);
  const plain = current && typeof (current as { toJSON?: () => unknown }).toJSON === 'function'
    ? (current as { toJSON: () => unknown }).toJSON()
    : current;
  if (plain !== undefined && JSON.stringify(plain) === JSON.stringify(value)) return;
  const node = doc.createNode(value, { flow: FLOW_KEYS.has(key) });
  // keep the comment a person wrote on the old value
  if (current && typeof current === 'object' && 'comment' in current) {
    const old = current as { comment?: string | null; commentBefore?: string | null };
    (node as { comment?: string | null }).comment = old.comment ?? null;
    (node as { commentBefore?: string | null }).commentBefore = old.commentBefore ?? null;
  }
  map.set(key, node);
}
