// Human-readable names for codes that appear in analyses.

export const QUAD_CLASS = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export const TYPE_LABEL = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  ORGANIZATION: 'Organization',
  GROUP: 'Group',
  PLACE: 'Place',
};

export function quadLabel(q) {
  return QUAD_CLASS[q] || 'Unknown';
}

/** Name of an entity id within one analysis (falls back to the id, or to a dash). */
export function entityName(analysis, id) {
  if (!id) return '—';
  const e = (analysis.entities || []).find((x) => x.id === id);
  return e ? e.name : id;
}
