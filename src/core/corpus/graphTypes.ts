// The graph's data as the extension (and the report page) hands it to the graph script.
// No imports: the webview's own TypeScript project uses this file too.

export interface GraphNode {
  id: string;
  label: string;
  type: string;
  /** Claims it speaks and claims about it, among the edges shown. */
  speaks: number;
  about: number;
}

export type EdgeStance = 'supports' | 'opposes' | 'neutral' | 'unclear' | 'mixed' | 'none';

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  claims: number;
  /** The stance most of its claims take (`mixed`: as many support as oppose; `none`: not recorded). */
  stance: EdgeStance;
  stances: Record<string, number>;
  /** Indexes into `GraphData.claims` (at most MAX_EDGE_CLAIMS). */
  refs: number[];
}

export interface GraphClaim {
  file: string;
  /** How to show the file, when not as `file`. */
  name?: string;
  id: string;
  speaker: string;
  text: string;
  stance: string;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  claims: GraphClaim[];
  /** The filter in words, when one is set. */
  filter?: string;
  /** Pairs shown, of how many (the heaviest are shown when there are more than MAX_EDGES). */
  shown: number;
  pairs: number;
}

/** Messages between the extension and the graph webview. */
export type ToGraph =
  | { type: 'data'; data: GraphData }
  | { type: 'select'; node?: string; edge?: string };

export type FromGraph =
  | { type: 'ready' }
  | { type: 'rendered'; nodes: number; edges: number }
  | { type: 'selected'; what: string; claims: number }
  | { type: 'open'; file: string; id: string }
  | { type: 'export'; format: 'svg' | 'png'; data: string }
  | { type: 'filter' };
