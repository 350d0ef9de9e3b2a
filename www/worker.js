// The summariser off the main thread: the page stays responsive while the wasm core runs.
// Messages in:  {id, type: "summarise", text, referenceDate (string|null), today}
//               {id, type: "htmlToText", html}
// Messages out: {type: "ready", version} once, then per request {id, ok, ...} or {id, ok: false, error}.
import init, { summarise, detectReferenceDate, htmlToText, version } from './pkg/dossier.js';

const ready = init(self.DOSSIER_WASM ? { module_or_path: self.DOSSIER_WASM } : undefined)
  .then(() => self.postMessage({ type: 'ready', version: version() }))
  .catch((e) => self.postMessage({ type: 'fatal', error: String((e && e.message) || e) }));

function run(msg) {
  if (msg.type === 'htmlToText') {
    return { text: htmlToText(String(msg.html)) };
  }
  const text = String(msg.text);
  let source = 'given';
  let referenceDate = msg.referenceDate || null;
  if (!referenceDate) {
    const found = detectReferenceDate(text);
    if (found) {
      source = 'published';
    } else {
      source = 'today';
      referenceDate = msg.today || null;
    }
  }
  const result = summarise(text, referenceDate ? { referenceDate } : {});
  return { result, reference: { date: result.reference_date, source } };
}

self.onmessage = async (ev) => {
  const msg = ev.data || {};
  await ready;
  try {
    const out = run(msg);
    self.postMessage({ id: msg.id, ok: true, ...out });
  } catch (e) {
    self.postMessage({ id: msg.id, ok: false, error: String((e && e.message) || e) });
  }
};
