// The summariser off the main thread: the page stays responsive while the wasm core runs.
// Messages in:  {id, type: "summarise", text, referenceDate (string|null), today}
//               {id, type: "htmlToText", html}
// Messages out: {type: "ready", version} once, then per request {id, ok, ...} or {id, ok: false, error};
//               after a summary, {type: "exports", id, exports: {json, markdown, claims-csv, dates-csv}}
//               with each export as a Blob, made from the whole result.
// A result too big to draw crosses to the page trimmed to what it draws (trimResult): a
// structured copy of millions of small objects would freeze the page. The exports are
// built here from the whole result and sent as Blobs, which cross without copying.
import init, { summarise, htmlToText, version } from './pkg/dossier.js';
import { DRAW_LIMITS, trimResult, toJSON, markdownBrief, claimsCSV, datesCSV } from './brief.js';

const ready = init(self.DOSSIER_WASM ? { module_or_path: self.DOSSIER_WASM } : undefined)
  .then(() => self.postMessage({ type: 'ready', version: version() }))
  .catch((e) => self.postMessage({ type: 'fatal', error: String((e && e.message) || e) }));

function tooBigToDraw(r) {
  return r.text.length > DRAW_LIMITS.text || r.actors.length > DRAW_LIMITS.actors ||
    r.dates.length > DRAW_LIMITS.dates || r.claims.length > DRAW_LIMITS.claims;
}

function run(msg) {
  if (msg.type === 'htmlToText') {
    return { text: htmlToText(String(msg.html)) };
  }
  // The core picks the reference date: the one given, else the article's publication
  // date (a year-less wire dateline takes its year from today), else today.
  const result = summarise(String(msg.text), {
    referenceDate: msg.referenceDate || null,
    today: msg.today || null,
  });
  const reference = { date: result.reference_date, source: result.reference_source };
  const trimmed = tooBigToDraw(result);
  return { result: trimmed ? trimResult(result) : result, trimmed, reference, whole: result };
}

function exportsOf(result, reference) {
  const blob = (type, body) => new Blob([body], { type });
  return {
    json: blob('application/json', toJSON(result)),
    markdown: blob('text/markdown', markdownBrief(result, reference)),
    'claims-csv': blob('text/csv', claimsCSV(result)),
    'dates-csv': blob('text/csv', datesCSV(result)),
  };
}

self.onmessage = async (ev) => {
  const msg = ev.data || {};
  await ready;
  let out;
  try {
    out = run(msg);
  } catch (e) {
    self.postMessage({ id: msg.id, ok: false, error: String((e && e.message) || e) });
    return;
  }
  const { whole, ...reply } = out;
  self.postMessage({ id: msg.id, ok: true, ...reply });
  if (whole) {
    try {
      self.postMessage({ type: 'exports', id: msg.id, exports: exportsOf(whole, out.reference) });
    } catch (e) {
      self.postMessage({ type: 'exports', id: msg.id, error: String((e && e.message) || e) });
    }
  }
};
