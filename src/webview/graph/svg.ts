// The graph as an SVG picture, drawn from the positions and colours on screen.
import type cytoscape from 'cytoscape';
import type { GraphData } from '../../core/corpus/graphTypes';
import { STANCES, type Palette } from './draw';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const r1 = (n: number): string => n.toFixed(1);

export function toSvg(cy: cytoscape.Core, data: GraphData, p: Palette): string {
  const bb = cy.elements().boundingBox({});
  const pad = 24;
  const x0 = bb.x1 - pad;
  const y0 = bb.y1 - pad;
  const w = bb.w + 2 * pad;
  const h = bb.h + 2 * pad;
  const stanceOf = new Map(data.edges.map((e) => [e.id, e.stance]));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r1(x0)} ${r1(y0)} ${r1(w)} ${r1(h)}" width="${Math.round(w)}" height="${Math.round(h)}" font-family="${esc(p.font)}" font-size="11">`,
    `<title>Who said what${data.filter ? ` (${esc(data.filter)})` : ''}</title>`,
    `<rect x="${r1(x0)}" y="${r1(y0)}" width="${r1(w)}" height="${r1(h)}" fill="${esc(p.bg)}"/>`,
    '<defs>',
    ...STANCES.map((s) => `<marker id="arrow-${s}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${esc(p.stance[s])}"/></marker>`),
    '</defs>',
  ];
  cy.edges().forEach((e) => {
    const s = e.source().position();
    const t = e.target().position();
    const rt = Number(e.target().data('size')) / 2;
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    // stop at the target's rim, where the arrow points
    const tx = t.x - ((t.x - s.x) * rt) / len;
    const ty = t.y - ((t.y - s.y) * rt) / len;
    const stance = stanceOf.get(e.id()) ?? 'none';
    out.push(`<line x1="${r1(s.x)}" y1="${r1(s.y)}" x2="${r1(tx)}" y2="${r1(ty)}" stroke="${esc(p.stance[stance])}" stroke-width="${r1(Number(e.data('w')))}" stroke-opacity="0.85" marker-end="url(#arrow-${stance})"/>`);
  });
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    const r = Number(n.data('size')) / 2;
    out.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${esc(n.hasClass('speaker') ? p.speaker : p.about)}"/>`);
    out.push(`<text x="${r1(x)}" y="${r1(y + r + 13)}" text-anchor="middle" fill="${esc(p.fg)}">${esc(String(n.data('label')))}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
