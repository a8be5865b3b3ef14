// A generated corpus of annotated articles (invented names) with the counts a report of it must
// give, tallied here as the corpus is written, independently of the index.
import * as fs from 'fs';
import * as path from 'path';
import { toSidecar, type Placed } from '../../src/core/anchor/placed';
import { serializeSidecar } from '../../src/core/sidecar/write';
import { rng } from './corpus';

const PEOPLE = [['Ines', 'Kolar'], ['Omar', 'Haddad'], ['Priya', 'Raman'], ['Lukas', 'Brandt'], ['Amara', 'Okafor'], ['Kenji', 'Sato'], ['Leyla', 'Demir'], ['Jonas', 'Berg']];
const BODIES = ['Baltic Port Authority', 'Regional Water Agency', 'Eastern Volunteer Brigade', 'Harbour Council', 'Ministry of Ferries', 'Northern Grain Union'];
const CLAUSES = ['would reopen the channel next week', 'had delayed the shipments again', 'was nearly out of money', 'planned new inspections', 'would not sign the accord'];
const STANCES = ['supports', 'opposes', 'neutral'];

export interface Expected {
  articles: number;
  mentions: Map<string, number>;
  articlesOf: Map<string, Set<number>>;
  claimsBy: Map<string, number>;
  pairs: Map<string, number>;
  claims: number;
  stances: Map<string, number>;
}

/** Writes `n` articles with sidecars (500 to a folder) and `.claimlens/actors.yaml` under `dir`. */
export function writeCorpus(dir: string, n: number, seed = 5): Expected {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const ex: Expected = { articles: n, mentions: new Map(), articlesOf: new Map(), claimsBy: new Map(), pairs: new Map(), claims: 0, stances: new Map() };
  const inc = <K>(m: Map<K, number>, k: K): void => void m.set(k, (m.get(k) ?? 0) + 1);
  fs.mkdirSync(path.join(dir, '.claimlens'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.claimlens', 'actors.yaml'), 'actors:\n'
    + PEOPLE.map(([f, l]) => `  - name: ${f} ${l}\n    type: person\n    aliases: [${l}]\n`).join(''));
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `part${Math.floor(i / 500)}`);
    if (i % 500 === 0) fs.mkdirSync(sub, { recursive: true });
    const [first, last] = pick(PEOPLE);
    const speaker = `${first} ${last}`;
    const body = pick(BODIES);
    let other = pick(BODIES);
    if (other === body) other = BODIES[(BODIES.indexOf(body) + 1) % BODIES.length];
    const c1 = `the ${body} ${pick(CLAUSES)}`;
    const c2 = `the ${other} ${pick(CLAUSES)} and the ${body} knew it`;
    const text = `Briefing ${i}.\n\n${speaker} said on Monday that ${c1}. The ${body} declined to comment. `
      + `Later ${last} added that ${c2}. Nobody else spoke.\n`;
    const placed: Placed[] = [];
    let k = 0;
    const add = (tag: string, start: number, len: number, extra: Partial<Placed['data']> = {}): string => {
      const id = `${tag[0]}-${(k++).toString(36).padStart(4, '0')}`;
      placed.push({ data: { id, tag, start: 0, end: 0, quote: '', status: 'confirmed', origin: 'manual', ...extra }, start, end: start + len, orphaned: false });
      return id;
    };
    const at = (s: string, from = 0): number => {
      const x = text.indexOf(s, from);
      if (x < 0) throw new Error(`${s} not in the text`);
      return x;
    };
    const mention = (name: string, canonical: string, type: string, start: number, len = name.length): string => {
      inc(ex.mentions, canonical);
      if (!ex.articlesOf.has(canonical)) ex.articlesOf.set(canonical, new Set());
      ex.articlesOf.get(canonical)!.add(i);
      return add('actor', start, len, { attributes: { type, actor: name } });
    };
    const s1 = mention(speaker, speaker, 'person', at(speaker));
    const c1At = at(c1);
    mention(body, body, 'organization', at(body, c1At));
    const stance1 = pick(STANCES);
    add('claim', c1At, c1.length, { attributes: { kind: 'indirect', cue: 'said', stance: stance1, class: 'speech' }, links: { speaker: s1 } });
    mention(body, body, 'organization', at(`The ${body} declined`) + 4);
    // the surname alone: an alias of the full name in actors.yaml
    const s2 = mention(last, speaker, 'person', at(`Later ${last}`) + 6);
    const c2At = at(c2);
    mention(other, other, 'organization', at(other, c2At));
    mention(body, body, 'organization', at(`the ${body} knew`, c2At) + 4);
    const stance2 = pick(STANCES);
    add('claim', c2At, c2.length, { attributes: { kind: 'indirect', cue: 'added', stance: stance2, class: 'speech', reliability: pick(['A', 'B', 'C']), credibility: pick(['1', '2', '3']) }, links: { speaker: s2 } });
    // a rejected suggestion counts for nothing
    add('actor', at('Nobody'), 6, { status: 'rejected', origin: 'detected', attributes: { type: 'other' } });
    ex.claims += 2;
    inc(ex.claimsBy, speaker);
    inc(ex.claimsBy, speaker);
    inc(ex.pairs, `${speaker} -> ${body}`);
    inc(ex.pairs, `${speaker} -> ${other}`);
    inc(ex.pairs, `${speaker} -> ${body}`);
    inc(ex.stances, stance1);
    inc(ex.stances, stance2);
    const name = `a${i}.txt`;
    fs.writeFileSync(path.join(sub, name), text);
    fs.writeFileSync(path.join(sub, `${name}.annotations.yaml`), serializeSidecar(toSidecar(name, text, placed)));
  }
  return ex;
}
