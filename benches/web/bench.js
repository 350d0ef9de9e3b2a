// Runs inside headless Chromium: times the Dossier wasm build and compromise 14 +
// compromise-dates on the same articles, in the same page.
import init, { summarise } from '../../www/pkg/dossier.js';

function timeIt(fn, minMs, maxRuns) {
  const times = [];
  const t0 = performance.now();
  while (times.length < maxRuns && (times.length < 2 || performance.now() - t0 < minMs)) {
    const s = performance.now();
    fn();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], runs: times.length };
}

function compromiseFull(text) {
  const doc = window.nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length
    + doc.organizations().out('array').length + doc.dates().get().length
    + doc.quotations().out('array').length;
}

window.runBench = async ({ articles, compromiseMaxBytes }) => {
  const t0 = performance.now();
  await init();
  const first = summarise(articles[0].text, { referenceDate: '2025-05-20' });
  const coldDossier = performance.now() - t0;
  window.nlp.plugin(window.compromiseDates);
  const t1 = performance.now();
  compromiseFull(articles[0].text);
  const coldCompromise = performance.now() - t1;
  const rows = [];
  for (const a of articles) {
    const bytes = new TextEncoder().encode(a.text).length;
    const d = timeIt(() => summarise(a.text, { referenceDate: '2025-05-20' }), 1500, 200);
    let c = null;
    if (bytes <= compromiseMaxBytes) c = timeIt(() => compromiseFull(a.text), 1500, 50);
    rows.push({ name: a.name, bytes, dossierMs: d.median, dossierRuns: d.runs,
      compromiseMs: c ? c.median : null, compromiseRuns: c ? c.runs : 0 });
  }
  return { coldDossier, coldCompromise, seedActors: first.actors.length, rows };
};
