// Sitrep web UI: tabs (hash-routed, arrow-key navigable) over the article view and the store views.
import './style.css';
import { mountArticle } from './article.js';
import { mountMap, mountTimeline, mountGraph, mountSituation, mountQuotes, mountSearch } from './views.js';
import { health } from './api.js';

const views = {
  article: { mount: mountArticle },
  map: { mount: mountMap },
  timeline: { mount: mountTimeline },
  graph: { mount: mountGraph },
  situation: { mount: mountSituation },
  quotes: { mount: mountQuotes },
  search: { mount: mountSearch },
};

for (const [name, v] of Object.entries(views)) {
  v.root = document.getElementById('view-' + name);
  v.refresh = v.mount(v.root) || null;
}

const tabs = [...document.querySelectorAll('[role="tab"]')];

function show(name, focusTab) {
  if (!views[name]) name = 'article';
  for (const t of tabs) {
    const on = t.dataset.view === name;
    t.setAttribute('aria-selected', on ? 'true' : 'false');
    t.tabIndex = on ? 0 : -1;
    if (on && focusTab) t.focus();
  }
  for (const [n, v] of Object.entries(views)) v.root.hidden = n !== name;
  const v = views[name];
  if (v.refresh) v.refresh();
  if (location.hash !== '#' + name) history.replaceState(null, '', '#' + name);
}

tabs.forEach((t, i) => {
  t.addEventListener('click', () => show(t.dataset.view, false));
  t.addEventListener('keydown', (ev) => {
    let j = null;
    if (ev.key === 'ArrowRight') j = (i + 1) % tabs.length;
    else if (ev.key === 'ArrowLeft') j = (i - 1 + tabs.length) % tabs.length;
    else if (ev.key === 'Home') j = 0;
    else if (ev.key === 'End') j = tabs.length - 1;
    if (j !== null) { ev.preventDefault(); show(tabs[j].dataset.view, true); }
  });
});
window.addEventListener('hashchange', () => show(location.hash.slice(1), false));
show(location.hash.slice(1) || 'article', false);

health().then((h) => {
  const s = document.getElementById('server-status');
  s.textContent = h.status === 'ok'
    ? `v${h.version} · ${h.store ? 'store open' : 'no store (analysis only)'}${h.writes ? ' · ingest enabled' : ''}`
    : 'server unreachable';
});
