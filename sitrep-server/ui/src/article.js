// The article view: paste text or HTML, see entities, quotes, events and claims highlighted in the text,
// with a side panel that lists them and explains each one (the rule that produced it).
import { el, clear, bdi, message, field, safeLink } from './dom.js';
import { analyze, getJson } from './api.js';
import { paragraphs, annotationsOf } from './highlight.js';
import { drawMap, placesOf } from './worldmap.js';
import { quadLabel, entityName, TYPE_LABEL } from './labels.js';
import { setAnalysis } from './state.js';

const PRIORITY = ['entity', 'quote', 'claim', 'event'];

let resultBox = null;

/** Shows a stored article (from the store views) with the span [start, end) it was cited for. */
export async function openStoredArticle(id, start, end) {
  location.hash = '#article';
  clear(resultBox).append(message('Loading the article…'));
  try {
    const stored = await getJson(`/api/articles/${encodeURIComponent(id)}`);
    setAnalysis(stored.analysis);
    render(resultBox, stored.analysis, Number.isInteger(start) && Number.isInteger(end) ? { start, end } : null);
  } catch (e) {
    clear(resultBox).append(message(`Could not load article ${id} (${e.status || 'network'}): ${e.message}`, 'error'));
  }
}

export function mountArticle(root) {
  const input = el('textarea', { id: 'article-input', rows: 8, spellcheck: 'false', placeholder: 'Paste a news article (plain text: headline on the first line) or its HTML', 'aria-label': 'Article text or HTML' });
  const date = el('input', { type: 'date', id: 'article-date' });
  const button = el('button', { type: 'submit', id: 'analyze-button', class: 'primary' }, 'Analyse');
  const status = el('div', { class: 'form-status', 'aria-live': 'polite' });
  const result = el('div', { id: 'article-result', class: 'article-result' });
  resultBox = result;
  const form = el('form', { class: 'paste', 'aria-label': 'Analyse an article' },
    field('Article', input),
    el('div', { class: 'row' }, field('Publication date (if the article has none)', date), button),
    status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const text = input.value;
    clear(status);
    if (!text.trim()) { status.append(message('Paste an article first.', 'error')); return; }
    button.disabled = true;
    status.append(message('Analysing…'));
    try {
      const a = await analyze(text, date.value);
      clear(status);
      setAnalysis(a);
      render(result, a);
    } catch (e) {
      clear(status);
      status.append(message(`Could not analyse (${e.status || 'network'}): ${e.message}`, 'error'));
    } finally {
      button.disabled = false;
    }
  });
  root.append(el('h2', { class: 'visually-hidden' }, 'Article'), form, result);
}

function render(root, a, focus = null) {
  clear(root);
  const input = document.getElementById('article-input');
  if (input) input.rows = 3;
  const annotations = annotationsOf(a);
  (a.claims || []).forEach((c, i) => annotations.push({ start: c.start, end: c.end, kind: 'claim', key: 'claim:' + i }));
  if (focus) annotations.push({ start: focus.start, end: focus.end, kind: 'focus', key: 'focus:0' });
  const textBox = el('div', { class: 'article-text', id: 'article-text' });
  for (const para of paragraphs(a.text || '', annotations)) {
    const p = el('p', { dir: 'auto' });
    for (const piece of para) p.append(renderPiece(piece));
    textBox.append(p);
  }
  const details = el('section', { class: 'details', id: 'details', 'aria-live': 'polite', 'aria-label': 'Explanation' },
    el('p', { class: 'hint' }, 'Select a highlight or an item in the lists to see why it was found.'));
  const ctx = { a, textBox, details };
  textBox.addEventListener('click', (ev) => {
    const mark = ev.target.closest('.mark');
    if (!mark) return;
    const keys = mark.dataset.keys.split(' ');
    const key = PRIORITY.map((k) => keys.find((x) => x.startsWith(k + ':'))).find(Boolean);
    if (key) select(ctx, key, false);
  });

  const reader = el('article', { class: 'reader', 'aria-label': 'Analysed article' },
    el('h2', { dir: 'auto', class: 'article-title' }, a.title || '(no headline)'),
    el('p', { class: 'meta' }, a.published ? `Published ${a.published}` : 'Publication date unknown', a.url ? [' · ', safeLink(a.url, 'source')] : null),
    legend(),
    textBox);
  const panel = el('aside', { class: 'panel', 'aria-label': 'What was found' },
    listSection('Entities', 'entity-list', (a.entities || []).map((e) => item(ctx, 'entity:' + e.id, entityLine(e)))),
    listSection('Quotes', 'quote-list', (a.quotes || []).map((q, i) => item(ctx, 'quote:' + i, quoteLine(q)))),
    listSection('Events', 'event-list', (a.events || []).map((ev, i) => item(ctx, 'event:' + i, eventLine(a, ev)))),
    listSection('Claims', 'claim-list', (a.claims || []).map((c, i) => item(ctx, 'claim:' + i, claimLine(c)))),
    details);
  const mapBox = el('div', { class: 'map-box', id: 'article-map' });
  root.append(el('div', { class: 'article-layout' }, reader, panel),
    el('section', { class: 'article-places', 'aria-label': 'Places in this article' }, el('h3', {}, 'Places in this article'), mapBox));
  if (focus) {
    const first = textBox.querySelector('.mark.focus');
    if (first) requestAnimationFrame(() => first.scrollIntoView({ block: 'center' }));
  }
  drawMap(mapBox, placesOf(a), {
    label: 'Places in this article',
    empty: 'No place in this article has coordinates.',
    onSelect: (p) => select(ctx, 'entity:' + p.id, true),
    height: 420,
  });
}

function renderPiece(piece) {
  if (!piece.active.length) return document.createTextNode(piece.text);
  const cls = ['mark'];
  const kinds = new Set(piece.active.map((x) => x.kind));
  for (const k of kinds) cls.push(k);
  const ent = piece.active.filter((x) => x.kind === 'entity').pop();
  if (ent) cls.push('ent-' + ent.type);
  return el('span', { class: cls.join(' '), dataset: { keys: piece.active.map((x) => x.key).join(' ') } }, piece.text);
}

function legend() {
  return el('ul', { class: 'legend', 'aria-label': 'Legend' },
    ...['PERSON', 'COUNTRY', 'ORGANIZATION', 'GROUP', 'PLACE'].map((t) => el('li', {}, el('span', { class: 'swatch mark entity ent-' + t }, TYPE_LABEL[t]))),
    el('li', {}, el('span', { class: 'swatch mark quote' }, 'Quote')),
    el('li', {}, el('span', { class: 'swatch mark event' }, 'Event sentence')));
}

function listSection(title, id, items) {
  return el('section', { class: 'list-section' },
    el('h3', {}, `${title} (${items.length})`),
    items.length ? el('ul', { class: 'items', id }, ...items) : el('p', { class: 'empty', id }, 'None found.'));
}

function item(ctx, key, content) {
  const b = el('button', { type: 'button', class: 'item', dataset: { key } }, ...content);
  b.addEventListener('click', () => select(ctx, key, true));
  return el('li', {}, b);
}

function entityLine(e) {
  return [bdi(e.name, 'name'), ' ', el('span', { class: 'badge ent-' + e.type }, TYPE_LABEL[e.type] || e.type),
    e.code ? el('span', { class: 'code' }, e.code) : null,
    el('span', { class: 'count' }, `${(e.mentions || []).length}×`)];
}

function quoteLine(q) {
  return [el('span', { class: 'speaker' }, q.speaker_name ? bdi(q.speaker_name) : 'unattributed'), ': ',
    el('q', { dir: 'auto' }, clip(q.text, 140))];
}

function eventLine(a, ev) {
  return [el('span', { class: 'code' }, ev.cameo), ev.plover ? el('span', { class: 'badge' }, ev.plover) : null, ' ',
    bdi(entityName(a, ev.source)), ' → ', bdi(entityName(a, ev.target)),
    el('span', { class: 'modality' }, ev.modality)];
}

function claimLine(c) {
  return [el('span', { class: 'speaker' }, c.speaker_name ? bdi(c.speaker_name) : 'unattributed'), ': ', el('span', { dir: 'auto' }, clip(c.text, 120))];
}

function clip(s, n) {
  const chars = [...(s || '')];
  return chars.length > n ? chars.slice(0, n - 1).join('') + '…' : chars.join('');
}

function select(ctx, key, scroll) {
  const { a, textBox, details } = ctx;
  textBox.querySelectorAll('.mark.selected').forEach((m) => m.classList.remove('selected'));
  const marks = [...textBox.querySelectorAll('.mark')].filter((m) => m.dataset.keys.split(' ').includes(key));
  marks.forEach((m) => m.classList.add('selected'));
  document.querySelectorAll('.panel .item[aria-pressed="true"]').forEach((b) => b.setAttribute('aria-pressed', 'false'));
  const btn = [...document.querySelectorAll('.panel .item')].find((b) => b.dataset.key === key);
  if (btn) btn.setAttribute('aria-pressed', 'true');
  if (scroll && marks.length) marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  clear(details).append(...explain(a, key));
}

function explain(a, key) {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'entity') {
    const e = a.entities.find((x) => x.id === id);
    if (!e) return [];
    return [
      el('h3', {}, bdi(e.name)),
      dl([['Type', (TYPE_LABEL[e.type] || e.type) + (e.kind ? ` (${e.kind})` : '')], ['Code', e.code], ['Country', e.country], ['Role', e.role],
        ['Coordinates', e.lat !== null && e.lat !== undefined ? `${e.lat.toFixed(2)}, ${e.lon.toFixed(2)}` : null], ['Resolved to', e.ref]]),
      el('h4', {}, `Mentions (${e.mentions.length}) and why each one counts`),
      el('ol', { class: 'mentions' }, ...e.mentions.map((m) => el('li', {}, el('q', { dir: 'auto' }, m.text), ' — ', el('span', { class: 'rule' }, m.rule || 'no rule recorded')))),
    ];
  }
  const i = Number(id);
  if (kind === 'quote') {
    const q = a.quotes[i];
    return [el('h3', {}, 'Quote'), el('blockquote', { dir: 'auto' }, q.text),
      dl([['Speaker', q.speaker_name || 'unattributed'], ['Cue', q.cue], ['Attribution rule', q.rule], ['Offsets', `${q.start}–${q.end}`]])];
  }
  if (kind === 'event') {
    const ev = a.events[i];
    return [el('h3', {}, `Event ${ev.cameo}${ev.plover ? ' · ' + ev.plover : ''}`),
      el('blockquote', { dir: 'auto' }, (a.text || '').slice(ev.start, ev.end)),
      dl([['Source', entityName(a, ev.source) + (ev.source_code ? ` (${ev.source_code})` : '')],
        ['Target', entityName(a, ev.target) + (ev.target_code ? ` (${ev.target_code})` : '')],
        ['Trigger', ev.verb], ['Modality', ev.modality], ['Date', ev.date], ['Date rule', ev.date_rule],
        ['Place', ev.place ? entityName(a, ev.place) : null],
        ['QuadClass', ev.quad_class ? `${ev.quad_class} — ${quadLabel(ev.quad_class)}` : null],
        ['Goldstein', ev.goldstein !== undefined && ev.goldstein !== null ? String(ev.goldstein) : null]])];
  }
  if (kind === 'claim') {
    const c = a.claims[i];
    return [el('h3', {}, 'Claim'), el('blockquote', { dir: 'auto' }, c.text),
      dl([['Speaker', c.speaker_name || 'unattributed'], ['Cue', c.cue], ['Modality', c.modality], ['Rule', c.rule]])];
  }
  return [];
}

function dl(rows) {
  const d = el('dl', { class: 'facts' });
  for (const [k, v] of rows) {
    if (v === null || v === undefined || v === '') continue;
    d.append(el('dt', {}, k), el('dd', { dir: 'auto' }, String(v)));
  }
  return d;
}

export { dl, clip };
