// Calls to the Sitrep API on the same origin. Errors come back as {status, error, message}.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function parse(res) {
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json() : { message: await res.text() };
  if (!res.ok) throw new ApiError(res.status, body.message || res.statusText);
  return body;
}

export async function getJson(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && String(v).trim() !== '') qs.set(k, String(v).trim());
  }
  const url = qs.toString() ? `${path}?${qs}` : path;
  return parse(await fetch(url, { headers: { Accept: 'application/json' } }));
}

export async function analyze(text, date) {
  const isHtml = /^\s*<(!doctype html|html|body|article|head|div|p[\s>])/i.test(text);
  const qs = date ? `?date=${encodeURIComponent(date)}` : '';
  return parse(await fetch('/api/analyze' + qs, {
    method: 'POST',
    headers: { 'Content-Type': (isHtml ? 'text/html' : 'text/plain') + '; charset=utf-8', Accept: 'application/json' },
    body: text,
  }));
}

let healthPromise = null;
export function health() {
  if (!healthPromise) healthPromise = getJson('/api/health').catch(() => ({ status: 'down', store: false }));
  return healthPromise;
}
