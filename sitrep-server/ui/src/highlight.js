// Cuts an article's text into pieces at every annotation boundary and every paragraph break, so that each
// piece carries the set of annotations covering it. Rendering then needs no nesting and no HTML strings.

/**
 * @param {string} text
 * @param {{start:number,end:number,kind:string,key:string}[]} annotations
 * @returns {{start:number,end:number,text:string,active:object[]}[][]} paragraphs of pieces
 */
export function paragraphs(text, annotations) {
  const n = text.length;
  const valid = annotations.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.end <= n && a.start < a.end);
  const cuts = new Set([0, n]);
  for (const a of valid) { cuts.add(a.start); cuts.add(a.end); }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) { cuts.add(i); cuts.add(i + 1); }
  const points = [...cuts].sort((x, y) => x - y);

  const byStart = [...valid].sort((x, y) => x.start - y.start);
  let next = 0;
  let active = [];
  const result = [[]];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    active = active.filter((a) => a.end > s);
    while (next < byStart.length && byStart[next].start <= s) {
      if (byStart[next].end > s) active.push(byStart[next]);
      next++;
    }
    const piece = text.slice(s, e);
    if (piece === '\n') { result.push([]); continue; }
    result[result.length - 1].push({ start: s, end: e, text: piece, active: active.slice() });
  }
  return result.filter((p) => p.length > 0);
}

/** The annotations of one analysis, flattened: entity mentions, quotes and events. */
export function annotationsOf(analysis) {
  const out = [];
  (analysis.entities || []).forEach((e) => {
    (e.mentions || []).forEach((m, i) => out.push({ start: m.start, end: m.end, kind: 'entity', key: 'entity:' + e.id, type: e.type, index: i }));
  });
  (analysis.quotes || []).forEach((q, i) => out.push({ start: q.start, end: q.end, kind: 'quote', key: 'quote:' + i }));
  (analysis.events || []).forEach((ev, i) => out.push({ start: ev.start, end: ev.end, kind: 'event', key: 'event:' + i }));
  return out;
}
