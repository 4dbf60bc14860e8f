// The store-backed views: map, timeline, actor graph, situation, quote browser, search. Each one reads the
// API; without a store they show what the article view has analysed, and say so.
import { el, clear, bdi, message, field, safeLink } from './dom.js';
import { getJson, health } from './api.js';
import { drawMap, placesOf } from './worldmap.js';
import { drawGraph, graphOfAnalysis } from './graph.js';
import { quadLabel, entityName } from './labels.js';
import { state, onAnalysis } from './state.js';
import { dl, clip, openStoredArticle } from './article.js';

// A view may start a new run (mount, submit, a new analysis) before the last one's requests come back: only the
// latest run writes its results, else two runs append two lists.
function latest(fn) {
  let seq = 0;
  return (...args) => { const mine = ++seq; return fn(() => mine !== seq, ...args); };
}

function form(label, fields, onSubmit) {
  const submit = el('button', { type: 'submit', class: 'primary' }, 'Show');
  const f = el('form', { class: 'filters', 'aria-label': label }, ...fields, submit);
  f.addEventListener('submit', (ev) => { ev.preventDefault(); onSubmit(); });
  return f;
}

function input(id, attrs = {}) {
  return el('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false', ...attrs });
}

function failure(box, e) {
  const expected = e.status === 501 || e.status === 503;
  clear(box).append(message(expected ? e.message : `Request failed (${e.status || 'network'}): ${e.message}`, expected ? 'info' : 'error'));
}

function articleRef(art, span) {
  if (!art) return null;
  const title = art.title || (art.id ? `article ${art.id}` : 'article');
  const open = art.id ? el('button', { type: 'button', class: 'link', 'aria-label': `Open ${title} at this passage` }, 'open') : null;
  if (open) open.addEventListener('click', () => openStoredArticle(art.id, span && span.start, span && span.end));
  return el('span', { class: 'source' }, '— ', art.url ? safeLink(art.url, title) : bdi(title), art.published ? ` (${art.published})` : '', open ? ' ' : '', open);
}

function pager(result, load) {
  const { offset = 0, limit = 50, total } = result;
  const prev = el('button', { type: 'button', disabled: offset === 0 }, '← Previous');
  const next = el('button', { type: 'button', disabled: result.more === undefined ? offset + limit >= total : !result.more }, 'Next →');
  prev.addEventListener('click', () => load(Math.max(0, offset - limit)));
  next.addEventListener('click', () => load(offset + limit));
  const shown = (result.items || []).length;
  const count = total !== undefined ? `${total === 0 ? 0 : offset + 1}–${Math.min(offset + limit, total)} of ${total}` : (shown ? `${offset + 1}–${offset + shown}` : '');
  return el('div', { class: 'pager' }, prev, el('span', {}, count), next);
}

function noStoreNote() {
  return message('No store is open on this server: showing the article analysed in the Article view.', 'info');
}

// ---- Map -------------------------------------------------------------------------------------------
export function mountMap(root) {
  const box = el('div', { class: 'map-box', id: 'store-map' });
  const note = el('div');
  root.append(el('h2', {}, 'Places and event locations'), note, box);
  const refresh = latest(async (stale) => {
    clear(note);
    const h = await health();
    if (stale()) return;
    if (!h.store) {
      note.append(noStoreNote());
      drawMap(box, state.analysis ? placesOf(state.analysis) : [], { label: 'Places', empty: state.analysis ? 'No place in the analysed article has coordinates.' : 'Analyse an article to see its places.' });
      return;
    }
    try {
      const r = await getJson('/api/entities', { type: 'PLACE', limit: 500 });
      if (stale()) return;
      const located = r.items.filter((p) => p.lat !== null && p.lon !== null);
      drawMap(box, located.map((p) => ({ id: p.name, name: p.name, lat: p.lat, lon: p.lon, kind: p.kind, note: `${p.mentions} mentions in ${p.articles} articles` })),
        { label: 'Places in the store', empty: 'No stored place has coordinates.' });
    } catch (e) { if (!stale()) failure(note, e); }
  });
  onAnalysis(() => { if (!root.hidden) refresh(); });
  return refresh;
}

// ---- Timeline --------------------------------------------------------------------------------------
export function mountTimeline(root) {
  const who = input('timeline-entity', { placeholder: 'Actor or country, e.g. Russia', maxlength: 200 });
  const since = input('timeline-since', { placeholder: 'YYYY-MM-DD', maxlength: 10 });
  const until = input('timeline-until', { placeholder: 'YYYY-MM-DD', maxlength: 10 });
  const out = el('div', { class: 'timeline-box', id: 'timeline' });
  const run = latest(async (stale) => {
    clear(out);
    const h = await health();
    if (stale()) return;
    const name = who.value.trim();
    if (!h.store) {
      out.append(noStoreNote());
      if (state.analysis) out.append(renderTimeline(articleTimeline(state.analysis, name)));
      return;
    }
    if (!name) { out.append(message('Type the name or code of an actor or country.', 'info')); return; }
    try {
      const found = await getJson('/api/entities', { name, limit: 1 });
      if (stale()) return;
      const ent = found.items[0] || { name };
      const t = await getJson(`/api/entities/${encodeURIComponent(ent.name)}/timeline`, { since: since.value, until: until.value, limit: 500 });
      if (stale()) return;
      out.append(el('h3', {}, bdi(ent.name), ent.code ? ` (${ent.code})` : ''), renderTimeline(t.items.map((it) => storedTimelineItem(ent.name, it))));
    } catch (e) { if (!stale()) failure(out, e); }
  });
  root.append(el('h2', {}, 'Timeline of an actor or country'),
    form('Timeline filters', [field('Actor or country', who), field('Since', since), field('Until', until)], run), out);
  return run;
}

function storedTimelineItem(name, it) {
  const art = { id: it.article_id, url: it.url, title: it.url ? null : `article ${it.article_id}` };
  const span = { start: it.start, end: it.end };
  if (it.kind === 'event') {
    const [source, target] = it.role === 'source' ? [name, it.counterpart] : [it.counterpart, name];
    return { date: it.day, kind: 'event', cameo: it.code, plover: it.plover, modality: it.modality, source_name: source, target_name: target, text: it.text, article: art, span };
  }
  return { date: it.day, kind: it.kind, speaker_name: name, modality: it.modality, text: it.text, article: art, span };
}

function articleTimeline(a, name) {
  const wanted = name ? a.entities.filter((e) => e.name.toLowerCase().includes(name.toLowerCase()) || (e.code || '').toLowerCase() === name.toLowerCase()).map((e) => e.id) : null;
  const items = [];
  a.events.forEach((ev) => {
    if (wanted && !wanted.includes(ev.source) && !wanted.includes(ev.target)) return;
    items.push({ date: ev.date || a.published, kind: 'event', cameo: ev.cameo, plover: ev.plover, quad_class: ev.quad_class, modality: ev.modality,
      source_name: entityName(a, ev.source), target_name: entityName(a, ev.target), text: a.text.slice(ev.start, ev.end) });
  });
  a.quotes.forEach((q) => {
    if (wanted && !wanted.includes(q.speaker)) return;
    items.push({ date: a.published, kind: 'quote', speaker_name: q.speaker_name, text: q.text });
  });
  return items.sort((x, y) => String(x.date || '').localeCompare(String(y.date || '')));
}

function renderTimeline(items) {
  if (!items.length) return message('Nothing dated for this actor yet.', 'info');
  const ol = el('ol', { class: 'timeline' });
  for (const it of items) {
    const head = it.kind === 'event'
      ? [el('span', { class: 'code' }, it.cameo), it.plover ? el('span', { class: 'badge' }, it.plover) : null, ' ', bdi(it.source_name || '—'), ' → ', bdi(it.target_name || '—'),
        it.quad_class ? el('span', { class: 'quad q' + it.quad_class }, quadLabel(it.quad_class)) : null, it.modality ? el('span', { class: 'modality' }, it.modality) : null]
      : [el('span', { class: 'badge' }, it.kind === 'quote' ? 'Statement' : 'Claim'), ' ', bdi(it.speaker_name || 'unattributed')];
    ol.append(el('li', { class: 'tl-item ' + it.kind },
      el('time', {}, it.date || 'undated'),
      el('div', { class: 'tl-body' }, el('div', { class: 'tl-head' }, ...head), el('p', { dir: 'auto' }, clip(it.text, 300)), articleRef(it.article, it.span))));
  }
  return ol;
}

// ---- Actor graph -----------------------------------------------------------------------------------
export function mountGraph(root) {
  const country = input('graph-country', { placeholder: 'ISO code, e.g. SYR (optional)', maxlength: 3 });
  const since = input('graph-since', { placeholder: 'YYYY-MM-DD', maxlength: 10 });
  const until = input('graph-until', { placeholder: 'YYYY-MM-DD', maxlength: 10 });
  const note = el('div');
  const box = el('div', { class: 'graph-box', id: 'graph', tabindex: 0, 'aria-label': 'Actor graph: who acts on whom' });
  const legendBox = el('ul', { class: 'legend' }, ...[1, 2, 3, 4].map((q) => el('li', {}, el('span', { class: 'swatch quad q' + q }, quadLabel(q)))));
  const table = el('div', { class: 'graph-table' });
  const run = latest(async (stale) => {
    clear(note);
    const h = await health();
    if (stale()) return;
    let g;
    if (!h.store) {
      note.append(noStoreNote());
      g = state.analysis ? graphOfAnalysis(state.analysis) : { nodes: [], edges: [] };
    } else {
      try { g = await getJson('/api/graph', { country: country.value, since: since.value, until: until.value }); } catch (e) { if (!stale()) failure(note, e); return; }
      if (stale()) return;
    }
    drawGraph(box, g);
    clear(table).append(edgeTable(g));
  });
  root.append(el('h2', {}, 'Actor graph'), el('p', { class: 'hint' }, 'Who acts on whom: edge width = number of events, colour = QuadClass.'),
    form('Graph filters', [field('Country', country), field('Since', since), field('Until', until)], run), note, legendBox, box, table);
  onAnalysis(() => { if (!root.hidden) run(); });
  return run;
}

function edgeTable(g) {
  if (!g.edges.length) return message('No events between two actors.', 'info');
  const names = new Map(g.nodes.map((n) => [n.id, n.name]));
  const rows = [...g.edges].sort((a, b) => b.count - a.count).map((e) => el('tr', {},
    el('td', {}, bdi(names.get(e.source) || e.source)), el('td', {}, bdi(names.get(e.target) || e.target)),
    el('td', { class: 'num' }, String(e.count)), el('td', {}, el('span', { class: 'quad q' + e.quad_class }, quadLabel(e.quad_class)))));
  return el('table', { class: 'data' }, el('caption', {}, 'Edges (keyboard and screen-reader view of the graph)'),
    el('thead', {}, el('tr', {}, el('th', {}, 'Source'), el('th', {}, 'Target'), el('th', {}, 'Events'), el('th', {}, 'Main QuadClass'))),
    el('tbody', {}, ...rows));
}

// ---- Situation -------------------------------------------------------------------------------------
export function mountSituation(root) {
  const country = input('situation-country', { placeholder: 'ISO alpha-3, e.g. SYR', maxlength: 3, value: 'SYR' });
  const out = el('div', { id: 'situation' });
  const run = async () => {
    clear(out);
    const code = country.value.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) { out.append(message('Give an ISO 3166-1 alpha-3 code such as SYR.', 'error')); return; }
    out.append(message('Loading…'));
    try {
      renderSituation(clear(out), await getJson(`/api/situation/${code}`));
    } catch (e) { failure(out, e); }
  };
  root.append(el('h2', {}, 'Situation picture of a country'), form('Situation', [field('Country', country)], run), out);
  return run;
}

function evidenceList(evidence) {
  return el('ul', { class: 'evidence' }, ...(evidence || []).map((ev) => el('li', {},
    el('q', { dir: 'auto' }, ev.text), ' ',
    el('span', { class: 'meta' }, [ev.speaker ? bdi(ev.speaker) : null, ev.date, ev.status, ev.modality, ev.cue ? `cue: ${ev.cue}` : null].filter(Boolean).flatMap((x, i) => (i ? [' · ', x] : [x]))),
    ev.article ? el('span', { class: 'source' }, ' — ', bdi(ev.article)) : null)));
}

function renderSituation(out, s) {
  out.append(el('h3', {}, `Foreign presence in ${s.country}`, s.as_of ? ` as of ${s.as_of}` : ''));
  if (!s.presence.length) out.append(message('No foreign presence found in the store.', 'info'));
  const sites = [];
  s.presence.forEach((p, i) => {
    if (p.site && Number.isFinite(p.site.lat)) sites.push({ id: p.site.name, name: p.site.name, lat: p.site.lat, lon: p.site.lon, kind: p.site.kind, note: `${p.actor.name}: ${p.status}`, cls: 'status-' + p.status });
    out.append(el('article', { class: 'presence status-' + p.status },
      el('h4', {}, bdi(p.actor.name), p.actor.code ? ` (${p.actor.code})` : '', ' ', el('span', { class: 'badge status' }, p.status)),
      dl([['Site', p.site ? p.site.name + (p.site.kind ? ` (${p.site.kind})` : '') : null], ['Area', p.area], ['Since', p.since], ['Updated', p.updated]]),
      el('details', { open: i < 3 }, el('summary', {}, `Evidence (${(p.evidence || []).length})`), evidenceList(p.evidence))));
  });
  const mapBox = el('div', { class: 'map-box', id: 'situation-map' });
  out.append(el('h3', {}, 'Sites'), mapBox);
  drawMap(mapBox, sites, { label: 'Foreign sites', empty: 'No site with coordinates.' });
  out.append(el('h3', {}, 'Statements'));
  out.append(s.statements.length ? el('ul', { class: 'statements' }, ...s.statements.map((st) => el('li', {},
    el('span', { class: 'speaker' }, bdi(st.speaker)), st.date ? ` (${st.date})` : '', ': ', el('q', { dir: 'auto' }, st.text),
    st.about && st.about.length ? el('span', { class: 'meta' }, ' about ', st.about.join(', ')) : null, ' ', el('span', { class: 'modality' }, st.modality))))
    : message('No statements.', 'info'));
  out.append(el('h3', {}, 'Disagreements'));
  out.append(s.disagreements.length ? el('ul', { class: 'disagreements' }, ...s.disagreements.map((d) => el('li', {}, el('strong', {}, bdi(d.topic)), evidenceList(d.claims))))
    : message('No disagreements found.', 'info'));
}

// ---- Quote browser ---------------------------------------------------------------------------------
export function mountQuotes(root) {
  const speaker = input('quote-speaker', { placeholder: 'Speaker name (part of it is enough)', maxlength: 200 });
  const out = el('div', { id: 'quotes' });
  const load = latest(async (stale, offset = 0) => {
    clear(out);
    const h = await health();
    if (stale()) return;
    if (!h.store) {
      out.append(noStoreNote());
      const want = speaker.value.trim().toLowerCase();
      const qs = state.analysis ? state.analysis.quotes.filter((q) => !want || (q.speaker_name || '').toLowerCase().includes(want)) : [];
      out.append(quoteList(qs.map((q) => ({ ...q, article: { title: state.analysis.title, published: state.analysis.published } }))));
      return;
    }
    try {
      const r = await getJson('/api/quotes', { speaker: speaker.value, limit: 25, offset });
      if (stale()) return;
      out.append(quoteList(r.items.map((q) => ({ ...q, article: { id: q.article_id, title: q.title, url: q.url, published: q.day } }))), pager(r, load));
    } catch (e) { if (!stale()) failure(out, e); }
  });
  const speakers = el('datalist', { id: 'speaker-names' });
  speaker.setAttribute('list', 'speaker-names');
  health().then((h) => h.store && getJson('/api/entities', { type: 'PERSON', limit: 500 }).then((r) => {
    r.items.forEach((p) => speakers.append(el('option', { value: p.name })));
  }).catch(() => {}));
  root.append(el('h2', {}, 'Quotes'), form('Quote filter', [field('Speaker', speaker)], () => load(0)), speakers, out);
  onAnalysis(() => { if (!root.hidden) load(0); });
  return () => load(0);
}

function quoteList(items) {
  if (!items.length) return message('No quotes match.', 'info');
  return el('ul', { class: 'quote-browser' }, ...items.map((q) => el('li', {},
    el('blockquote', { dir: 'auto' }, q.text),
    el('div', { class: 'attribution' }, el('span', { class: 'speaker' }, q.speaker_name ? bdi(q.speaker_name) : 'unattributed'),
      q.cue ? el('span', { class: 'meta' }, ` (${q.cue})`) : null, ' ', articleRef(q.article, { start: q.start, end: q.end })))));
}

// ---- Search ----------------------------------------------------------------------------------------
export function mountSearch(root) {
  const q = input('search-q', { placeholder: 'Words, "a phrase", -excluded, prefix*', maxlength: 200 });
  const type = el('select', { id: 'search-type' }, el('option', { value: 'article' }, 'Articles'), el('option', { value: 'quote' }, 'Quotes'));
  const out = el('div', { id: 'search-results' });
  const load = latest(async (stale, offset = 0) => {
    clear(out);
    const h = await health();
    if (stale()) return;
    if (!h.store) { out.append(message('Full-text search needs a store: start the server with --store DIR.', 'info')); return; }
    if (!q.value.trim()) { out.append(message('Type something to search for.', 'info')); return; }
    try {
      const r = await getJson('/api/search', { q: q.value, type: type.value, limit: 20, offset });
      if (stale()) return;
      if (!r.items.length) out.append(message('No match.', 'info'));
      out.append(el('ol', { class: 'search-results' }, ...r.items.map((it) => el('li', {},
        el('div', { class: 'tl-head' }, it.type === 'quote' ? [el('span', { class: 'speaker' }, bdi(it.speaker_name || 'unattributed')), ' '] : null,
          el('strong', { dir: 'auto' }, it.title || ''), it.published ? el('span', { class: 'meta' }, ` ${it.published}`) : null),
        el('p', { dir: 'auto' }, it.snippet || ''), articleRef({ id: it.article_id, url: it.url, title: it.title ? 'source' : null }, null)))), pager(r, load));
    } catch (e) { if (!stale()) failure(out, e); }
  });
  root.append(el('h2', {}, 'Search'), form('Search', [field('Query', q), field('In', type)], () => load(0)), out);
  return null;
}
