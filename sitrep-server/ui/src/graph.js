// The actor graph: who acts on whom. Edge width grows with the number of events, edge colour is the
// QuadClass of most of them (verbal/material cooperation/conflict). Drawn with cytoscape on a canvas,
// so labels are text, never markup.
import cytoscape from 'cytoscape';
import { clear, el } from './dom.js';

export const QUAD_COLOURS = { 0: '#8a8f98', 1: '#2f7ed8', 2: '#1a9c5b', 3: '#e08a00', 4: '#c8322b' };

let cy = null;

// Cytoscape injects a <style> element unless one with this id exists; the page's Content-Security-Policy
// forbids inline styles, so the rule lives in style.css and this marker tells cytoscape it is there.
const STYLESHEET_MARKER = '__________cytoscape_stylesheet';
if (!document.getElementById(STYLESHEET_MARKER)) {
  const marker = document.createElement('meta');
  marker.id = STYLESHEET_MARKER;
  marker.name = 'cytoscape-container-style';
  marker.content = 'in style.css';
  document.head.append(marker);
}

export function drawGraph(container, g) {
  if (cy) { cy.destroy(); cy = null; }
  clear(container);
  if (!g.nodes.length) { container.append(el('p', { class: 'message info' }, 'No actors to draw.')); return; }
  const max = Math.max(1, ...g.edges.map((e) => e.count));
  cy = cytoscape({
    container,
    elements: [
      ...g.nodes.map((n) => ({ data: { id: 'n:' + n.id, label: shorten(n.name), type: n.type || '' } })),
      ...g.edges.map((e, i) => ({ data: { id: 'e' + i, source: 'n:' + e.source, target: 'n:' + e.target, count: e.count, colour: QUAD_COLOURS[e.quad_class] || QUAD_COLOURS[0], width: 1.5 + 8 * (e.count / max) } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': '#4a5568', color: '#1a202c', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4, width: 22, height: 22, 'text-wrap': 'ellipsis', 'text-max-width': 140 } },
      { selector: 'node[type = "COUNTRY"]', style: { 'background-color': '#2b6cb0' } },
      { selector: 'node[type = "PERSON"]', style: { 'background-color': '#805ad5' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(count)', 'font-size': 10, 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    ],
    layout: { name: g.nodes.length > 12 ? 'cose' : 'circle', animate: false, padding: 30 },
    wheelSensitivity: 0.3,
  });
}

function shorten(s) {
  const chars = [...(s || '')];
  return chars.length > 32 ? chars.slice(0, 31).join('') + '…' : chars.join('');
}

/** The actor graph of one analysis: one edge per source→target pair with both ends known. */
export function graphOfAnalysis(a) {
  const ents = new Map((a.entities || []).map((e) => [e.id, e]));
  const edges = new Map();
  for (const ev of a.events || []) {
    if (!ev.source || !ev.target || ev.source === ev.target || !ents.has(ev.source) || !ents.has(ev.target)) continue;
    const key = ev.source + '\u0000' + ev.target;
    const e = edges.get(key) || { source: ev.source, target: ev.target, count: 0, quads: {} };
    e.count++;
    e.quads[ev.quad_class || 0] = (e.quads[ev.quad_class || 0] || 0) + 1;
    edges.set(key, e);
  }
  const used = new Set();
  const list = [...edges.values()].map((e) => {
    used.add(e.source); used.add(e.target);
    const quad = Number(Object.entries(e.quads).sort((x, y) => y[1] - x[1])[0][0]);
    return { source: e.source, target: e.target, count: e.count, quad_class: quad };
  });
  return { nodes: [...used].map((id) => ({ id, name: ents.get(id).name, type: ents.get(id).type })), edges: list };
}
