// Safe DOM building: every piece of data goes in through textContent or a whitelisted attribute,
// never through innerHTML. Links are only made for http(s) URLs.

const SAFE_ATTRS = new Set([
  'class', 'id', 'role', 'title', 'type', 'name', 'value', 'placeholder', 'for', 'dir', 'lang', 'hidden',
  'tabindex', 'rows', 'cols', 'min', 'max', 'step', 'list', 'autocomplete', 'spellcheck', 'disabled',
  'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-selected', 'aria-pressed',
  'aria-expanded', 'aria-live', 'aria-current', 'aria-hidden', 'maxlength', 'size', 'pattern', 'required', 'open',
]);

/** el('button', {class: 'x', onclick: fn, dataset: {id: 'e1'}}, 'text', childNode, ...) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      node.addEventListener(k.slice(2), v);
    } else if (k === 'dataset') {
      for (const [dk, dv] of Object.entries(v)) node.dataset[dk] = String(dv);
    } else if (SAFE_ATTRS.has(k) || k.startsWith('data-')) {
      node.setAttribute(k, v === true ? '' : String(v));
    } else {
      throw new Error('attribute not allowed: ' + k);
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A bidi-isolated piece of text (names, quotes): safe for right-to-left and long strings. */
export function bdi(text, cls) {
  return el('bdi', { class: cls }, text ?? '');
}

/** A link only for http(s) URLs; anything else (javascript:, data:, ...) becomes plain text. */
export function safeLink(url, label) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url.trim())) {
    const a = el('a', {}, label ?? url);
    a.href = url.trim();
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    return a;
  }
  return bdi(label ?? url ?? '');
}

export function svg(tag, attrs = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  return node;
}

export function message(text, kind = 'info') {
  return el('p', { class: 'message ' + kind, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** A labelled form field. */
export function field(label, input) {
  const id = input.id || ('f-' + Math.random().toString(36).slice(2));
  input.id = id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), input);
}
