// What the views share: the analysis currently shown in the article view.
const listeners = new Set();
export const state = { analysis: null };

export function setAnalysis(a) {
  state.analysis = a;
  listeners.forEach((fn) => fn(a));
}

export function onAnalysis(fn) {
  listeners.add(fn);
}
