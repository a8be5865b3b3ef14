// The who-said-what graph: speakers and the actors their claims are about, an edge per pair
// weighted by its claims and coloured by their stance. Data only: the webview draws it.
import type { CorpusIndex } from './corpusIndex';
import { describeFilter, type CorpusFilter } from './filter';
import type { EdgeStance, GraphClaim, GraphData, GraphEdge, GraphNode } from './graphTypes';

export type { EdgeStance, GraphClaim, GraphData, GraphEdge, GraphNode } from './graphTypes';

export const MAX_EDGES = 250;
export const MAX_EDGE_CLAIMS = 50;
const TEXT = 300;

export function stanceOf(stances: Readonly<Record<string, number>>): EdgeStance {
  const n = (k: string): number => stances[k] ?? 0;
  const ranked = (['supports', 'opposes', 'neutral', 'unclear'] as const).map((k) => [k, n(k)] as const).sort((a, b) => b[1] - a[1]);
  if (ranked[0][1] === 0) return 'none';
  if (n('supports') > 0 && n('supports') === n('opposes') && ranked[0][1] === n('supports')) return 'mixed';
  return ranked[0][0];
}

export function graphData(index: CorpusIndex, filter?: CorpusFilter): GraphData {
  const pairs = index.pairs(filter);
  const shownPairs = pairs.slice(0, MAX_EDGES);
  const types = new Map(index.actors().map((a) => [a.actor, a.type]));
  const nodes = new Map<string, GraphNode>();
  const node = (name: string): GraphNode => {
    let n = nodes.get(name);
    if (!n) nodes.set(name, (n = { id: `n${nodes.size}`, label: name, type: types.get(name) ?? 'other', speaks: 0, about: 0 }));
    return n;
  };
  const claims: GraphClaim[] = [];
  const claimAt = new Map<string, number>();
  // a claim about two actors is on two edges: nodes count each claim once
  const spoken = new Map<string, Set<string>>();
  const heard = new Map<string, Set<string>>();
  const once = (m: Map<string, Set<string>>, node: string, key: string): void => {
    let set = m.get(node);
    if (!set) m.set(node, (set = new Set()));
    set.add(key);
  };
  const edges = shownPairs.map((p, i): GraphEdge => {
    const s = node(p.speaker);
    const t = node(p.about);
    const stances: Record<string, number> = {};
    for (const c of p.refs) {
      once(spoken, s.id, `${c.file}\u0000${c.id}`);
      once(heard, t.id, `${c.file}\u0000${c.id}`);
      const st = String(c.attributes.stance ?? '');
      if (st) stances[st] = (stances[st] ?? 0) + 1;
    }
    const refs = p.refs.slice(0, MAX_EDGE_CLAIMS).map((c) => {
      const key = `${c.file}\u0000${c.id}`;
      let k = claimAt.get(key);
      if (k === undefined) {
        claimAt.set(key, (k = claims.length));
        claims.push({ file: c.file, id: c.id, speaker: p.speaker, text: c.text.length > TEXT ? c.text.slice(0, TEXT - 1) + '…' : c.text, stance: String(c.attributes.stance ?? '') });
      }
      return k;
    });
    return { id: `e${i}`, source: s.id, target: t.id, claims: p.claims, stance: stanceOf(stances), stances, refs };
  });
  for (const n of nodes.values()) {
    n.speaks = spoken.get(n.id)?.size ?? 0;
    n.about = heard.get(n.id)?.size ?? 0;
  }
  return { nodes: [...nodes.values()], edges, claims, filter: describeFilter(filter), shown: shownPairs.length, pairs: pairs.length };
}
