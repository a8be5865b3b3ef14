// Draws the graph with cytoscape.js: theme colours read from the page's CSS variables, node size
// by claims, edge width by claims, edge colour by stance; a laid-out, deterministic picture.
import cytoscape from 'cytoscape';
import type { EdgeStance, GraphData } from '../../core/corpus/graphTypes';

export interface Palette {
  fg: string;
  bg: string;
  muted: string;
  border: string;
  focus: string;
  speaker: string;
  about: string;
  font: string;
  stance: Record<EdgeStance, string>;
}

/** The colours in force (VS Code sets the variables on the body; the report page its own). */
export function palette(): Palette {
  const css = getComputedStyle(document.body);
  const v = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
  const muted = v('--vscode-descriptionForeground', '#777777');
  return {
    fg: v('--vscode-foreground', '#333333'),
    bg: v('--vscode-editor-background', '#ffffff'),
    muted,
    border: v('--vscode-panel-border', '#cccccc'),
    focus: v('--vscode-focusBorder', '#0078d4'),
    speaker: v('--vscode-charts-blue', '#1a73c7'),
    about: v('--vscode-charts-purple', '#8250c4'),
    font: v('--vscode-font-family', 'sans-serif'),
    stance: {
      supports: v('--vscode-charts-green', '#2e8540'),
      opposes: v('--vscode-charts-red', '#c72e2e'),
      neutral: muted,
      unclear: v('--vscode-charts-yellow', '#b58900'),
      mixed: v('--vscode-charts-orange', '#d1691b'),
      none: v('--vscode-panel-border', '#aaaaaa'),
    },
  };
}

export const STANCES: readonly EdgeStance[] = ['supports', 'opposes', 'neutral', 'unclear', 'mixed', 'none'];

export function styles(p: Palette): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': p.about, width: 'data(size)', height: 'data(size)', label: 'data(label)', color: p.fg,
        'font-family': p.font, 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-background-color': p.bg, 'text-background-opacity': 0.75, 'text-background-padding': '1px',
        'border-width': 1, 'border-color': p.bg,
      },
    },
    { selector: 'node.speaker', style: { 'background-color': p.speaker } },
    {
      selector: 'edge',
      style: {
        width: 'data(w)', 'line-color': p.stance.none, 'target-arrow-color': p.stance.none, 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', opacity: 0.85, 'arrow-scale': 0.9,
      },
    },
    ...STANCES.map((s) => ({ selector: `edge.${s}`, style: { 'line-color': p.stance[s], 'target-arrow-color': p.stance[s] } })),
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': p.focus } },
    { selector: 'edge:selected', style: { 'line-style': 'dashed', opacity: 1, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.25 } },
  ] as cytoscape.StylesheetJson;
}

export function draw(container: HTMLElement, data: GraphData, p: Palette): cytoscape.Core {
  const weight = new Map(data.nodes.map((n) => [n.id, n.speaks + n.about]));
  const maxNode = Math.max(1, ...weight.values());
  const maxEdge = Math.max(1, ...data.edges.map((e) => e.claims));
  const scale = (x: number, max: number, lo: number, hi: number): number => (max <= 1 ? lo : lo + ((hi - lo) * (x - 1)) / (max - 1));
  const cy = cytoscape({
    container,
    elements: [
      ...data.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.label, size: scale(weight.get(n.id) ?? 1, maxNode, 22, 60) }, classes: n.speaks ? 'speaker' : 'about' })),
      ...data.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, w: scale(e.claims, maxEdge, 1.2, 7) }, classes: e.stance })),
    ],
    style: styles(p),
    layout: { name: 'circle' },
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  if (data.nodes.length > 2) {
    cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 80000, idealEdgeLength: () => 150, nodeOverlap: 20, gravity: 0.5, numIter: 1000, fit: true, padding: 30 } as cytoscape.LayoutOptions).run();
  }
  cy.fit(undefined, 30);
  return cy;
}
