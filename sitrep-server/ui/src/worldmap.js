// A world map without tile servers: Natural Earth country outlines (world-atlas TopoJSON, bundled at build
// time) drawn as SVG with d3-geo, and points for places. Points are focusable for keyboard users.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { svg, el, clear } from './dom.js';

const land = feature(world, world.objects.countries);
const borders = mesh(world, world.objects.countries, (a, b) => a !== b);

/**
 * Draws the map into container.
 * @param {HTMLElement} container
 * @param {{id:string,name:string,lat:number,lon:number,kind?:string,note?:string,cls?:string}[]} points
 * @param {{onSelect?:(p)=>void, label?:string, width?:number, height?:number}} opts
 */
export function drawMap(container, points, opts = {}) {
  clear(container);
  const width = opts.width || 960;
  const height = opts.height || 480;
  const pts = points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const projection = geoNaturalEarth1();
  projection.fitExtent([[8, 8], [width - 8, height - 8]], focusArea(pts));
  const path = geoPath(projection);

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'worldmap', role: 'group', 'aria-label': opts.label || 'Map' });
  root.append(svg('path', { d: path({ type: 'Sphere' }), class: 'sphere' }));
  root.append(svg('path', { d: path(geoGraticule10()), class: 'graticule' }));
  const countries = svg('g', { class: 'countries' });
  for (const f of land.features) {
    const p = svg('path', { d: path(f), class: 'land' });
    const t = svg('title');
    t.textContent = f.properties.name;
    p.append(t);
    countries.append(p);
  }
  root.append(countries);
  root.append(svg('path', { d: path(borders), class: 'borders' }));

  const layer = svg('g', { class: 'points' });
  const placed = [];
  for (const p of pts) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const text = shorten(p.name, 28);
    const g = svg('g', { class: 'point ' + (p.cls || ''), transform: `translate(${xy[0].toFixed(1)},${xy[1].toFixed(1)})`, tabindex: 0, role: 'button' });
    g.setAttribute('aria-label', `${p.name}${p.kind ? ' (' + p.kind + ')' : ''}`);
    g.dataset.name = p.name;
    const title = svg('title');
    title.textContent = p.note ? `${p.name} — ${p.note}` : p.name;
    g.append(title, svg('circle', { r: 5 }));
    const spot = labelSpot(xy, text, placed, width);
    if (spot) {
      const label = svg('text', { x: spot.dx, y: spot.dy, 'text-anchor': spot.anchor });
      label.textContent = text;
      g.append(label);
    }
    if (opts.onSelect) {
      g.addEventListener('click', () => opts.onSelect(p));
      g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); opts.onSelect(p); } });
    }
    layer.append(g);
  }
  root.append(layer);
  container.append(root);
  if (!pts.length) container.append(el('p', { class: 'message info' }, opts.empty || 'No places with coordinates.'));
  return root;
}

/**
 * Where a point's label goes without covering labels already placed: right, then below, above or to the
 * left of the point; null (no label, the tooltip and aria-label remain) when every spot is taken.
 */
function labelSpot([x, y], text, placed, width) {
  const w = [...text].length * 7 + 4;
  const h = 14;
  const spots = [
    { dx: 8, dy: 4, anchor: 'start' }, { dx: 8, dy: 18, anchor: 'start' }, { dx: 8, dy: -10, anchor: 'start' },
    { dx: -8, dy: 4, anchor: 'end' }, { dx: 8, dy: 32, anchor: 'start' }, { dx: -8, dy: -10, anchor: 'end' },
    { dx: -8, dy: 18, anchor: 'end' }, { dx: 8, dy: -24, anchor: 'start' },
  ];
  for (const s of spots) {
    const left = s.anchor === 'start' ? x + s.dx : x + s.dx - w;
    const box = { left, right: left + w, top: y + s.dy - h + 3, bottom: y + s.dy + 3 };
    if (box.left < 0 || box.right > width) continue;
    if (placed.every((b) => box.right < b.left || box.left > b.right || box.bottom < b.top || box.top > b.bottom)) {
      placed.push(box);
      return s;
    }
  }
  return null;
}

/** The area to show: the points with a margin (at least ~25 degrees across), or the whole sphere. */
function focusArea(pts) {
  if (!pts.length) return { type: 'Sphere' };
  let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
  for (const p of pts) {
    minLon = Math.min(minLon, p.lon); maxLon = Math.max(maxLon, p.lon);
    minLat = Math.min(minLat, p.lat); maxLat = Math.max(maxLat, p.lat);
  }
  const padLon = Math.max(12, (maxLon - minLon) * 0.25);
  const padLat = Math.max(8, (maxLat - minLat) * 0.25);
  minLon = Math.max(-180, minLon - padLon); maxLon = Math.min(180, maxLon + padLon);
  minLat = Math.max(-85, minLat - padLat); maxLat = Math.min(85, maxLat + padLat);
  return {
    type: 'MultiPoint',
    coordinates: [[minLon, minLat], [maxLon, minLat], [maxLon, maxLat], [minLon, maxLat]],
  };
}

function shorten(s, n) {
  const chars = [...(s || '')];
  return chars.length > n ? chars.slice(0, n - 1).join('') + '…' : chars.join('');
}

/** Places of one analysis with coordinates, as map points. */
export function placesOf(analysis) {
  return (analysis.entities || [])
    .filter((e) => e.lat !== null && e.lat !== undefined && e.lon !== null && e.lon !== undefined)
    .map((e) => ({ id: e.id, name: e.name, lat: e.lat, lon: e.lon, kind: e.kind || e.type.toLowerCase(), note: e.country || '' }));
}
