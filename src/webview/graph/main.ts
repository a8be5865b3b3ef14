// The who-said-what graph page: in a VS Code webview (data and actions by postMessage) or in the
// report's offline HTML page (data inline, exports as downloads). Keyboard: Tab and the arrow
// keys move between nodes, Enter lists the claims of the node or edge and moves to them, and
// Enter on a claim opens it; Escape clears the selection.
import type cytoscape from 'cytoscape';
import type { FromGraph, GraphData, ToGraph } from '../../core/corpus/graphTypes';
import { draw, palette, styles, type Palette } from './draw';
import { toSvg } from './svg';

interface VsCodeApi {
  postMessage(message: FromGraph): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode: VsCodeApi | undefined = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
const post = (m: FromGraph): void => vscode?.postMessage(m);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

const root = document.getElementById('graph-root') ?? document.body;
if (vscode) document.body.classList.add('claimlens-webview');
const summary = el('span', { className: 'summary' });
const legend = el('span', { className: 'legend', ariaLabel: 'Edge colours: the stance of the claims' },
  ...(['supports', 'opposes', 'neutral', 'unclear', 'mixed', 'none'] as const).map((s) => el('span', {}, el('span', { className: `swatch ${s}` }), s === 'none' ? 'no stance' : s)));
const canvas = el('div', {
  className: 'graph-canvas', tabIndex: 0, role: 'application',
  ariaLabel: 'Who said what: Tab or the arrow keys move between speakers and actors, Enter lists their claims',
});
const heading = el('h2', {}, 'Claims');
const hint = el('p', { className: 'hint' }, 'Click a node or an edge (or move to one with Tab or the arrow keys and press Enter) to list its claims.');
const list = el('ul', { className: 'claim-list' });
const side = el('aside', { className: 'graph-side', ariaLive: 'polite' }, heading, hint, list);
const buttons: HTMLButtonElement[] = [];
const button = (label: string, run: () => void): HTMLButtonElement => {
  const b = el('button', { type: 'button', textContent: label });
  b.addEventListener('click', run);
  buttons.push(b);
  return b;
};
const toolbar = el('div', { className: 'graph-toolbar' }, summary, legend);
if (vscode) toolbar.append(button('Filter…', () => post({ type: 'filter' })));
toolbar.append(button('Export SVG', () => exportAs('svg')), button('Export PNG', () => exportAs('png')));
root.append(el('div', { className: 'graph-app' }, toolbar, canvas, side));

let cy: cytoscape.Core | undefined;
let data: GraphData | undefined;
let colours: Palette = palette();
/** The node the keyboard is on (index into the nodes in order of claims). */
let cursor = -1;

function render(next: GraphData): void {
  data = next;
  cy?.destroy();
  cy = undefined;
  cursor = -1;
  list.replaceChildren();
  heading.textContent = 'Claims';
  summary.textContent = next.pairs
    ? `${next.nodes.length} actors, ${next.shown} speaker → about pairs${next.shown < next.pairs ? ` (the ${next.shown} with most claims of ${next.pairs})` : ''}${next.filter ? ` · filter: ${next.filter}` : ''}`
    : `No claims with a speaker about another actor${next.filter ? ` pass the filter (${next.filter})` : ''}.`;
  canvas.replaceChildren();
  if (!next.edges.length) {
    canvas.append(el('p', { className: 'empty' }, 'Nothing to draw yet: link claims to their speakers, and tag the actors they mention.'));
  } else {
    colours = palette();
    cy = draw(canvas, next, colours);
    cy.on('tap', 'node, edge', (e) => show(e.target as cytoscape.SingularElementArgument));
    cy.on('tap', (e) => { if (e.target === cy) clear(); });
  }
  post({ type: 'rendered', nodes: next.nodes.length, edges: next.edges.length });
  const saved = vscode?.getState() as { selected?: string } | undefined;
  if (saved?.selected && cy?.getElementById(saved.selected).nonempty()) show(cy.getElementById(saved.selected));
}

/** Nodes in keyboard order: most claims first. */
function nodesInOrder(): cytoscape.NodeSingular[] {
  if (!cy || !data) return [];
  const weight = new Map(data.nodes.map((n) => [n.id, n.speaks + n.about]));
  return cy.nodes().toArray().sort((a, b) => (weight.get(b.id()) ?? 0) - (weight.get(a.id()) ?? 0)) as cytoscape.NodeSingular[];
}

function clear(): void {
  cy?.elements().unselect().removeClass('faded');
  list.replaceChildren();
  heading.textContent = 'Claims';
  hint.hidden = false;
  vscode?.setState({});
}

/** Selects a node or an edge and lists its claims. */
function show(target: cytoscape.SingularElementArgument): void {
  if (!cy || !data) return;
  cy.elements().unselect().removeClass('faded');
  target.select();
  const node = target.isNode() ? (target as cytoscape.NodeSingular) : undefined;
  const edgeEl = node ? undefined : (target as cytoscape.EdgeSingular);
  const near = node ? node.closedNeighborhood() : edgeEl!.union(edgeEl!.connectedNodes());
  cy.elements().not(near).addClass('faded');
  const refs = new Set<number>();
  let title: string;
  if (node) {
    const out = node.outgoers('edge');
    const inc = node.incomers('edge');
    for (const e of out.union(inc).toArray()) for (const k of data.edges.find((x) => x.id === e.id())?.refs ?? []) refs.add(k);
    const n = data.nodes.find((x) => x.id === target.id())!;
    title = `${n.label}: ${n.speaks} claim${n.speaks === 1 ? '' : 's'} spoken, ${n.about} about`;
  } else {
    const edge = data.edges.find((x) => x.id === target.id())!;
    for (const k of edge.refs) refs.add(k);
    const label = (id: string): string => data!.nodes.find((n) => n.id === id)?.label ?? id;
    const stances = Object.entries(edge.stances).map(([s, n]) => `${n} ${s}`).join(', ');
    title = `${label(edge.source)} → ${label(edge.target)}: ${edge.claims} claim${edge.claims === 1 ? '' : 's'}${stances ? ` (${stances})` : ''}`;
  }
  heading.textContent = title;
  hint.hidden = true;
  list.replaceChildren(...[...refs].map((k) => {
    const c = data!.claims[k];
    const meta = el('span', { className: 'meta' }, [c.speaker, c.name ?? c.file, c.stance].filter(Boolean).join(' · '));
    if (!vscode) return el('li', {}, `“${c.text}”`, meta);
    const b = el('button', { type: 'button', title: `Open ${c.name ?? c.file} at this claim` }, `“${c.text}”`, meta);
    b.addEventListener('click', () => post({ type: 'open', file: c.file, id: c.id }));
    return el('li', {}, b);
  }));
  vscode?.setState({ selected: target.id() });
  post({ type: 'selected', what: title, claims: refs.size });
}

function moveCursor(step: number): boolean {
  const nodes = nodesInOrder();
  if (!nodes.length) return false;
  const next = cursor + step;
  if (next < 0 || next >= nodes.length) return false;
  cursor = next;
  const n = nodes[cursor];
  cy!.elements().unselect();
  n.select();
  cy!.animate({ center: { eles: n } } as cytoscape.AnimationOptions, { duration: 0 } as cytoscape.AnimateOptions);
  canvas.setAttribute('aria-label', `${n.data('label')} (${cursor + 1} of ${nodes.length}); Enter lists its claims`);
  return true;
}

canvas.addEventListener('keydown', (e) => {
  if (!cy) return;
  const forward = e.key === 'ArrowRight' || e.key === 'ArrowDown' || (e.key === 'Tab' && !e.shiftKey);
  const back = e.key === 'ArrowLeft' || e.key === 'ArrowUp' || (e.key === 'Tab' && e.shiftKey);
  if (forward || back) {
    // Tab past the last node (or before the first) leaves the graph as usual
    if (moveCursor(forward ? 1 : -1) || e.key !== 'Tab') e.preventDefault();
  } else if (e.key === 'Enter') {
    const chosen = cy.$(':selected');
    if (chosen.nonempty()) {
      show(chosen.first());
      (list.querySelector('button') as HTMLButtonElement | null)?.focus();
      e.preventDefault();
    }
  } else if (e.key === 'Escape') {
    clear();
    cursor = -1;
  }
});

function exportAs(format: 'svg' | 'png'): void {
  if (!cy || !data) return;
  const payload = format === 'svg' ? toSvg(cy, data, colours) : cy.png({ output: 'base64uri', full: true, scale: 2, bg: colours.bg });
  if (vscode) {
    post({ type: 'export', format, data: payload });
    return;
  }
  const a = el('a', { download: `who-said-what.${format}` });
  a.href = format === 'svg' ? URL.createObjectURL(new Blob([payload], { type: 'image/svg+xml' })) : payload;
  a.click();
}

// the theme changed (VS Code sets the body's class): the same graph in the new colours
new MutationObserver(() => {
  colours = palette();
  cy?.style(styles(colours));
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

window.addEventListener('message', (e: MessageEvent<ToGraph>) => {
  const m = e.data;
  if (m?.type === 'data') render(m.data);
  else if (m?.type === 'select' && cy) {
    const target = cy.getElementById(m.node ?? m.edge ?? '');
    if (target.nonempty()) show(target);
  }
});

const inline = document.getElementById('claimlens-graph-data');
if (inline?.textContent) render(JSON.parse(inline.textContent) as GraphData);
else post({ type: 'ready' });
