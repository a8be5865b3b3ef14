import { OffsetIndex } from '../../src/core/text/offsets';

/** What an annotation.conf defines: entity types, relations with their argument types, attributes with theirs and their values. */
export interface BratConf {
  entities: Set<string>;
  relations: Map<string, { arg1: string[]; arg2: string[] }>;
  attributes: Map<string, { on: string[]; values?: string[] }>;
  problems: string[];
}

const STORAGE = /^[A-Za-z0-9_-]+$/;

/**
 * Reads an annotation.conf as brat's configuration reader does (sections in brackets, `#`
 * comments, a type and its comma-separated `KEY:TYPE|TYPE` arguments), and reports what brat
 * would refuse or rename: names outside ^[a-zA-Z0-9_-]*$, arguments that do not parse, values
 * with space, unknown argument types.
 */
export function readBratConf(text: string): BratConf {
  const conf: BratConf = { entities: new Set(), relations: new Map(), attributes: new Map(), problems: [] };
  let section = '';
  const pending: Array<() => void> = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const sec = /^\s*\[(.*)\]\s*$/.exec(line);
    if (sec) {
      section = sec[1];
      continue;
    }
    const m = /^(\S+)(?:\s+(.*))?$/.exec(line);
    if (!m) {
      conf.problems.push(`line ${i + 1}: cannot parse`);
      continue;
    }
    const name = m[1];
    const args = new Map<string, string[]>();
    for (const a of (m[2] ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
      const kv = /^(\S*?):(\S*)$/.exec(a);
      if (!kv) conf.problems.push(`line ${i + 1}: argument "${a}" does not parse`);
      else args.set(kv[1], kv[2].split('|'));
    }
    const special = name.startsWith('<');
    if (!special && !STORAGE.test(name)) conf.problems.push(`line ${i + 1}: "${name}" is not a brat storage name`);
    if (section === 'entities') conf.entities.add(name);
    else if (section === 'relations') {
      if (special) continue;
      conf.relations.set(name, { arg1: args.get('Arg1') ?? [], arg2: args.get('Arg2') ?? [] });
      pending.push(() => {
        for (const t of [...(args.get('Arg1') ?? []), ...(args.get('Arg2') ?? [])]) if (!conf.entities.has(t)) conf.problems.push(`line ${i + 1}: relation argument type ${t} is no entity`);
      });
    } else if (section === 'attributes') {
      const values = args.get('Value');
      for (const v of values ?? []) if (!v || /\s/.test(v)) conf.problems.push(`line ${i + 1}: value "${v}" is empty or has space`);
      conf.attributes.set(name, { on: args.get('Arg') ?? [], values });
      pending.push(() => {
        for (const t of args.get('Arg') ?? []) if (!conf.entities.has(t) && !t.startsWith('<')) conf.problems.push(`line ${i + 1}: attribute of unknown type ${t}`);
      });
    } else if (section !== 'events') conf.problems.push(`line ${i + 1}: outside the sections of annotation.conf`);
  }
  for (const check of pending) check();
  return conf;
}

/**
 * What brat would refuse in an .ann on its .txt (annotation.py and verify_annotations.py): the
 * shapes of T, A, R and # lines, unique ids, references to ids that exist, types, relations and
 * attribute values the conf defines, the text of a T equal to its fragments' text in the .txt
 * joined by a space, fragments in order without overlap or line breaks (`start end;start end`).
 */
export function bratProblems(ann: string, txt: string, conf: BratConf): string[] {
  const bad: string[] = [...conf.problems];
  const ix = new OffsetIndex(txt);
  const types = new Map<string, string>();
  const ids = new Set<string>();
  const later: Array<() => void> = [];
  const lines = ann.split('\n');
  if (lines.pop() !== '') bad.push('the .ann does not end with a line break');
  lines.forEach((line, i) => {
    const at = `line ${i + 1}`;
    const id = line.split('\t')[0];
    if (ids.has(id)) bad.push(`${at}: id ${id} is used twice`);
    ids.add(id);
    let m: RegExpExecArray | null;
    if ((m = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line))) {
      const [, t, type, spans, text] = m;
      types.set(t, type);
      if (!conf.entities.has(type)) bad.push(`${at}: entity type ${type} is not in annotation.conf`);
      const frags = spans.split(';').map((f) => f.split(' ').map(Number));
      frags.forEach(([s, e], k) => {
        if (!(s <= e && e <= ix.lengthCp)) bad.push(`${at}: fragment ${s} ${e} is outside the text`);
        if (k > 0 && s <= frags[k - 1][1]) bad.push(`${at}: fragments overlap, touch or are out of order`);
        if (/[\n\r]/.test(ix.sliceCp(s, e))) bad.push(`${at}: fragment ${s} ${e} holds a line break`);
      });
      const expected = frags.map(([s, e]) => ix.sliceCp(s, e)).join(' ');
      if (text !== expected) bad.push(`${at}: text "${text}" is not the .txt's "${expected}"`);
    } else if ((m = /^(A\d+)\t(\S+) (T\d+)(?: (\S+))?$/.exec(line))) {
      const [, , name, target, value] = m;
      const def = conf.attributes.get(name);
      later.push(() => {
        if (!types.has(target)) return void bad.push(`${at}: attribute of unknown ${target}`);
        if (!def) return void bad.push(`${at}: attribute ${name} is not in annotation.conf`);
        if (!def.on.includes(types.get(target)!) && !def.on.includes('<ENTITY>')) bad.push(`${at}: attribute ${name} does not apply to ${types.get(target)}`);
        if (def.values ? !def.values.includes(value) : value !== undefined) bad.push(`${at}: value "${value}" is not one of ${name}'s values`);
      });
    } else if ((m = /^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)$/.exec(line))) {
      const [, , rel, a1, a2] = m;
      later.push(() => {
        if (!types.has(a1) || !types.has(a2)) return void bad.push(`${at}: relation between unknown ids`);
        if (a1 === a2) bad.push(`${at}: relation from an annotation to itself`);
        const def = conf.relations.get(rel);
        if (!def) return void bad.push(`${at}: relation ${rel} is not in annotation.conf`);
        if (!def.arg1.includes(types.get(a1)!) || !def.arg2.includes(types.get(a2)!)) bad.push(`${at}: ${rel} does not go from ${types.get(a1)} to ${types.get(a2)}`);
      });
    } else if ((m = /^(#\d+)\tAnnotatorNotes (T\d+)\t(.+)$/.exec(line))) {
      const target = m[2];
      later.push(() => void (types.has(target) || bad.push(`${at}: note on unknown ${target}`)));
    } else {
      bad.push(`${at}: not a T, A, R or # line: ${line}`);
    }
  });
  for (const check of later) check();
  return bad;
}
