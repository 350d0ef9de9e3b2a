// Pure functions over the result object (no DOM): exports, grouping, highlight layout.
// The result object is the one `summarise` returns (see www/pkg/dossier.d.ts).

/** Today's date in the user's time zone as YYYY-MM-DD. */
export function localToday(now = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Words for where the reference date came from. */
export function referenceWords(source) {
  switch (source) {
    case 'published': return 'found in the article';
    case 'today': return "today's date (no date found in the article)";
    case 'given': return 'set by you';
    default: return 'none';
  }
}

/** One line of text, whitespace runs collapsed. */
export function oneLine(s) {
  return String(s ?? '').replace(/\s+/g, ' ').trim();
}

/** A quotation in curly marks, unless it already carries its own. */
export function quoted(s) {
  const t = oneLine(s);
  return /^["“‘'«„]/.test(t) ? t : `“${t}”`;
}

/** Shorten to at most n characters at a word boundary. */
export function clip(s, n) {
  const t = oneLine(s);
  if (t.length <= n) return t;
  const cut = t.slice(0, n - 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > n * 0.6 ? cut.slice(0, sp) : cut) + '…';
}

/** The sentence containing UTF-16 offset `at`, by binary search over result.sentences. */
export function sentenceAt(result, at) {
  const s = result.sentences || [];
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].end <= at) lo = mid + 1;
    else if (s[mid].start > at) hi = mid - 1;
    else return s[mid];
  }
  return null;
}

/** The sentence text around a span, for context lines. */
export function contextOf(result, span, n = 200) {
  const s = (span.sentence != null && result.sentences?.[span.sentence]) || sentenceAt(result, span.start);
  if (!s) return '';
  return clip(result.text.slice(s.start, s.end), n);
}

/** Actor lookup by id. */
export function actorIndex(result) {
  const m = new Map();
  for (const a of result.actors || []) m.set(a.id, a);
  return m;
}

/** The name a claim is attributed to, in words. */
export function speakerName(result, claim, actors = actorIndex(result)) {
  if (claim.speaker && actors.has(claim.speaker)) return actors.get(claim.speaker).name;
  if (claim.source) return oneLine(claim.source.text);
  return 'Unattributed';
}

/**
 * Claims grouped by speaker: [{key, name, actor|null, claims: [{claim, index}]}], groups in
 * order of the speaker's salience (actors first), claims in text order.
 */
export function claimsBySpeaker(result) {
  const actors = actorIndex(result);
  const order = new Map((result.actors || []).map((a, i) => [a.id, i]));
  const groups = new Map();
  (result.claims || []).forEach((claim, index) => {
    const actor = claim.speaker && actors.has(claim.speaker) ? actors.get(claim.speaker) : null;
    const name = speakerName(result, claim, actors);
    const key = actor ? actor.id : `src:${name.toLowerCase()}`;
    if (!groups.has(key)) groups.set(key, { key, name, actor, claims: [] });
    groups.get(key).claims.push({ claim, index });
  });
  const rank = (g) => (g.actor ? order.get(g.actor.id) : 1e9 + (g.name === 'Unattributed' ? 1 : 0));
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/** Does a TIMEX3 value name a point or stretch of the calendar (sortable on a timeline)? */
export function isCalendarValue(v) {
  // (a decade, "199", and a century, "19", are on the calendar too)
  return /^(\d{4}|\d{2,3}$)/.test(String(v || ''));
}

/**
 * Dates for a timeline: [{value, entries: [{date, index}]}] for calendar values in
 * chronological order, then the rest (durations, sets, PAST_REF…) in text order.
 */
export function timeline(result) {
  const dated = new Map();
  const other = [];
  (result.dates || []).forEach((date, index) => {
    if (isCalendarValue(date.value) && date.type !== 'DURATION' && date.type !== 'SET') {
      if (!dated.has(date.value)) dated.set(date.value, { value: date.value, entries: [] });
      dated.get(date.value).entries.push({ date, index });
    } else {
      other.push({ date, index });
    }
  });
  const key = new Map([...dated.keys()].map((v) => [v, sortKey(v)]));
  const groups = [...dated.values()].sort((a, b) => {
    const ka = key.get(a.value);
    const kb = key.get(b.value);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return { groups, other };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/**
 * Where a calendar value starts, as a string that sorts in time order: "2025-W20" sorts
 * at its Monday, "2025-SU" at June, "199" at 1990. A wider period comes before a narrower
 * one that starts with it (2025, then May 2025, then 1 May 2025, then its morning).
 */
export function sortKey(value) {
  const v = String(value || '');
  const at = (y, m = 1, d = 1, rank = 0, rest = '') => `${pad(y, 4)}-${pad(m)}-${pad(d)}|${rank}|${rest}`;
  let m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v);
  if (m) {
    const mon = new Date(isoMonday(m[1], m[2]).getTime() + (m[3] ? 5 : 0) * 86400000);
    return at(mon.getUTCFullYear(), mon.getUTCMonth() + 1, mon.getUTCDate(), 2);
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(v);
  if (m) return at(m[1], m[2], m[3], m[4] ? 4 : 3, m[4] || '');
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return at(m[1], m[2], 1, 2);
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) return at(m[1], { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2]], 1, 1);
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return at(m[1], +m[2] * 3 - 2, 1, 1);
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return at(m[1], m[2] === '1' ? 1 : 7, 1, 1);
  if (/^\d{4}$/.test(v)) return at(v, 1, 1, 0);
  if (/^\d{3}$/.test(v)) return at(`${v}0`, 1, 1, 0, 'decade');
  if (/^\d{2}$/.test(v)) return at(`${v}00`, 1, 1, 0, 'century');
  return `${v}|9|`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
// Not toLocaleDateString: it is slow enough to matter when thousands of dates are drawn.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const PARTS = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const UNITS = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'],
  DE: ['decade', 'decades'], C: ['century', 'centuries'], Q: ['quarter', 'quarters'],
  WE: ['weekend', 'weekends'], L: ['millennium', 'millennia'], ML: ['millennium', 'millennia'],
};
const TUNITS = { H: ['hour', 'hours'], M: ['minute', 'minutes'], S: ['second', 'seconds'] };

function dayWords(y, m, d) {
  const t = new Date(Date.UTC(+y, +m - 1, +d));
  if (Number.isNaN(t.getTime()) || t.getUTCMonth() !== +m - 1) return null;
  return `${WEEKDAYS[t.getUTCDay()]} ${+d} ${MONTHS[+m - 1]} ${y}`;
}

/** The Monday of ISO week `w` of year `y`, as a UTC Date. */
function isoMonday(y, w) {
  const jan4 = new Date(Date.UTC(+y, 0, 4));
  const dow = jan4.getUTCDay() || 7;
  return new Date(Date.UTC(+y, 0, 4 - dow + 1 + (+w - 1) * 7));
}

function clockWords(hh, mm) {
  if (hh === '24' && mm === '00') return 'midnight (end of day)';
  if (hh === '12' && mm === '00') return 'noon';
  return `${hh}:${mm}`;
}

/** A duration value in words: "PT2H" → "2 hours", "PXY" → "years". */
function durationWords(v) {
  const m = /^P(T?)(\d+(?:\.\d+)?|X)(DE|WE|ML|[YMWDCQLHS])$/.exec(v);
  if (!m) return null;
  const [, t, n, u] = m;
  const names = t ? TUNITS[u] : UNITS[u];
  if (!names) return null;
  if (n === 'X') return names[1];
  return `${n} ${+n === 1 ? names[0] : names[1]}`;
}

/**
 * A TIMEX3 value in words where that is easy ("Monday 19 May 2025", "Monday 19 May 2025,
 * 15:00", "summer 2023", "the 1990s", "2 hours", "every Thursday"), else the value.
 * `type` (DATE, TIME, DURATION, SET) tells a repeat from a length ("P1W": every week).
 */
export function valueWords(value, type) {
  const v = String(value || '');
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) return dayWords(m[1], m[2], m[3]) || v;
  m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(v);
  if (m) {
    const d = dayWords(m[1], m[2], m[3]);
    return d ? `${d}, ${clockWords(m[4], m[5])}` : v;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI|DT)$/.exec(v);
  if (m) {
    const d = dayWords(m[1], m[2], m[3]);
    return d ? `${d}, ${PARTS[m[4]]}` : v;
  }
  m = /^XXXX-XX-XXT(\d{2}):(\d{2})$/.exec(v);
  if (m) return `${clockWords(m[1], m[2])} (no particular day)`;
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m && +m[2] >= 1 && +m[2] <= 12) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v);
  if (m && +m[2] >= 1 && +m[2] <= 53) {
    const mon = isoMonday(m[1], m[2]);
    if (m[3]) {
      const sat = new Date(mon.getTime() + 5 * 86400000);
      const sun = new Date(mon.getTime() + 6 * 86400000);
      const [sd, sm, sy] = [sat.getUTCDate(), MONTHS[sat.getUTCMonth()], sat.getUTCFullYear()];
      const [ud, um, uy] = [sun.getUTCDate(), MONTHS[sun.getUTCMonth()], sun.getUTCFullYear()];
      if (sm === um) return `the weekend of ${sd}–${ud} ${um} ${uy}`;
      return `the weekend of ${sd} ${sm}${sy === uy ? '' : ` ${sy}`} – ${ud} ${um} ${uy}`;
    }
    return `the week of Monday ${mon.getUTCDate()} ${MONTHS[mon.getUTCMonth()]} ${mon.getUTCFullYear()}`;
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return m[1];
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) return `${SEASONS[m[2]]} ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return `the ${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  m = /^FY(\d{4})$/.exec(v);
  if (m) return `fiscal ${m[1]}`;
  m = /^(\d{3})$/.exec(v);
  if (m) return `the ${m[1]}0s`;
  m = /^(\d{2})$/.exec(v);
  if (m) return `the ${m[1]}00s`;
  const words = { PAST_REF: 'the past', PRESENT_REF: 'now', FUTURE_REF: 'the future' };
  if (words[v]) return words[v];
  if (v.startsWith('P')) {
    const d = durationWords(v);
    if (d) {
      if (type !== 'SET') return d;
      const one = /^PT?1(DE|WE|ML|[YMWDCQLHS])$/.test(v);
      return one ? `every ${d.replace(/^1 /, '')}` : `every ${d}`;
    }
  }
  m = /^XXXX-WXX-([1-7])$/.exec(v);
  if (m) return `every ${WEEKDAYS[+m[1] % 7]}`;
  if (v === 'XXXX-WXX-WE') return 'every weekend';
  m = /^XXXX-XX-XXT(MO|AF|EV|NI)$/.exec(v);
  if (m) return `every ${PARTS[m[1]]}`;
  return v;
}

/** The whole result as pretty JSON. */
export function toJSON(result) {
  return JSON.stringify(result, null, 2) + '\n';
}

function csvCell(v) {
  let s = v == null ? '' : String(v);
  // A cell a spreadsheet would run as a formula is kept as text.
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(rows) {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Claims as CSV (RFC 4180), one row per claim in text order. */
export function claimsCSV(result) {
  const actors = actorIndex(result);
  const rows = [['speaker_id', 'speaker', 'source', 'cue', 'direct', 'score', 'content', 'start', 'end']];
  for (const c of result.claims || []) {
    rows.push([
      c.speaker ?? '',
      speakerName(result, c, actors),
      c.source ? c.source.text : '',
      c.cue ? c.cue.text : '',
      c.direct ? 'true' : 'false',
      c.score,
      oneLine(c.content.text),
      c.content.start,
      c.content.end,
    ]);
  }
  return csv(rows);
}

/** Dates as CSV (RFC 4180), one row per time expression in text order. */
export function datesCSV(result) {
  const rows = [['text', 'type', 'value', 'start', 'end', 'context']];
  for (const d of result.dates || []) {
    rows.push([d.text, d.type, d.value, d.start, d.end, contextOf(result, d, 300)]);
  }
  return csv(rows);
}

function mdEscape(s) {
  return oneLine(s).replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A readable Markdown brief: gist, actors, timeline, claims by speaker. */
export function markdownBrief(result, reference = null, title = 'Dossier brief') {
  const out = [`# ${title}`, ''];
  const ref = reference?.date ?? result.reference_date;
  if (ref) out.push(`Reference date: ${ref}${reference ? ` (${referenceWords(reference.source)})` : ''}`, '');
  out.push('## Gist', '');
  if (!result.summary?.length) out.push('_Nothing to summarise._');
  (result.summary || []).forEach((s, i) => out.push(`${i + 1}. ${mdEscape(s.text)}`));
  out.push('', '## Actors', '');
  if (!result.actors?.length) out.push('_None found._');
  for (const a of result.actors || []) {
    const bits = [a.kind];
    if (a.roles?.length) bits.push(a.roles.map(oneLine).join(', '));
    let line = `- **${mdEscape(a.name)}** (${bits.map(mdEscape).join('; ')})`;
    if (a.aliases?.length) line += `, also ${a.aliases.map((x) => `“${mdEscape(x)}”`).join(', ')}`;
    const n = a.mentions?.length || 0;
    line += `: ${n} mention${n === 1 ? '' : 's'}`;
    out.push(line);
  }
  out.push('', '## Timeline', '');
  const t = timeline(result);
  if (!t.groups.length && !t.other.length) out.push('_No dates found._');
  for (const g of t.groups) {
    const texts = [...new Set(g.entries.map((e) => oneLine(e.date.text)))];
    out.push(`- **${g.value}** (${mdEscape(valueWords(g.value))}): ${texts.map((x) => `“${mdEscape(x)}”`).join(', ')}: ${mdEscape(contextOf(result, g.entries[0].date, 160))}`);
  }
  for (const e of t.other) {
    out.push(`- ${mdEscape(e.date.text)} (${e.date.type} ${mdEscape(e.date.value)}): ${mdEscape(contextOf(result, e.date, 160))}`);
  }
  out.push('', '## Claims', '');
  const groups = claimsBySpeaker(result);
  if (!groups.length) out.push('_No claims found._');
  for (const g of groups) {
    out.push(`### ${mdEscape(g.name)}`, '');
    for (const { claim } of g.claims) {
      const how = claim.direct ? 'quote' : 'paraphrase';
      const cue = claim.cue ? `, ${mdEscape(claim.cue.text)}` : '';
      const text = claim.direct ? quoted(claim.content.text) : oneLine(claim.content.text);
      out.push(`- ${mdEscape(text)} (${how}${cue})`);
    }
    out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * Highlight layout: cut text[0, limit) into segments at every span boundary. Returns
 * {segments: [{start, end, items: [item]}], items} where an item is
 * {key, kind: 'actor'|'date'|'claim'|'cue'|'source'|'skip', ref, start, end}. Linear in the
 * number of spans after one sort.
 */
export function layout(result, limit = Infinity) {
  const items = [];
  const add = (kind, key, ref, s) => {
    if (!s || !(s.end > s.start) || s.start >= limit) return;
    items.push({ kind, key, ref, start: s.start, end: Math.min(s.end, limit) });
  };
  (result.actors || []).forEach((a, i) => a.mentions.forEach((m) => add('actor', a.id, i, m)));
  (result.dates || []).forEach((d, i) => add('date', `d${i}`, i, d));
  (result.claims || []).forEach((c, i) => {
    const parts = c.content.parts?.length ? c.content.parts : [c.content];
    parts.forEach((p) => add('claim', `c${i}`, i, p));
    add('cue', `c${i}`, i, c.cue);
    add('source', `c${i}`, i, c.source);
  });
  (result.skipped || []).forEach((s, i) => add('skip', `s${i}`, i, s));
  const events = [];
  items.forEach((it, i) => {
    events.push([it.start, 1, i]);
    events.push([it.end, 0, i]);
  });
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const segments = [];
  const active = new Set();
  let pos = 0;
  for (const [at, open, i] of events) {
    if (at > pos && active.size) {
      segments.push({ start: pos, end: at, items: [...active].map((j) => items[j]) });
    }
    pos = Math.max(pos, at);
    if (open) active.add(i);
    else active.delete(i);
  }
  return { segments, items };
}

const PRIORITY = { actor: 0, date: 1, source: 2, cue: 3, claim: 4, skip: 5 };

/** The item a click on a segment chooses: an actor or date before the claim around it. */
export function primaryItem(items) {
  let best = null;
  for (const it of items) if (!best || PRIORITY[it.kind] < PRIORITY[best.kind]) best = it;
  return best;
}

/** What the page draws at most (the exports always carry everything). */
export const DRAW_LIMITS = { text: 250_000, actors: 150, dates: 400, claims: 300 };

/**
 * The part of a result the page can draw, so that a huge result never crosses to the page
 * whole (copying millions of small objects between threads froze it for seconds). Keeps
 * the whole text, the gist, the first `limits.actors` actors by salience, the dates the
 * timeline shows first and the claims the speaker panel shows first, plus every item with
 * a span in the drawn text `[0, limits.text)` and the actors those claims name; mentions
 * are kept only inside the drawn text, sentences only where a kept date points. Indices
 * are renumbered (a kept date's `sentence` follows it); `counts` has the whole result's
 * totals and each actor its whole `mention_count`. Linear in the size of the result.
 */
export function trimResult(result, limits = DRAW_LIMITS) {
  const inText = (s) => s && s.start < limits.text;
  const dates = result.dates || [];
  const claims = result.claims || [];
  const actors = result.actors || [];
  // Dates: the first ones the timeline shows, and those in the drawn text.
  const keepDate = new Uint8Array(dates.length);
  const t = timeline(result);
  let left = limits.dates;
  for (const g of t.groups) {
    if (left <= 0) break;
    for (const e of g.entries) keepDate[e.index] = 1;
    left -= g.entries.length;
  }
  for (const e of t.other) {
    if (left-- <= 0) break;
    keepDate[e.index] = 1;
  }
  dates.forEach((d, i) => { if (inText(d)) keepDate[i] = 1; });
  // Claims: the first ones the speaker panel shows, and those in the drawn text.
  const keepClaim = new Uint8Array(claims.length);
  left = limits.claims;
  for (const g of claimsBySpeaker(result)) {
    if (left <= 0) break;
    for (const { index } of g.claims.slice(0, left)) keepClaim[index] = 1;
    left -= g.claims.length;
  }
  const spans = (c) => [...(c.content.parts?.length ? c.content.parts : [c.content]), c.cue, c.source];
  claims.forEach((c, i) => { if (spans(c).some(inText)) keepClaim[i] = 1; });
  // Actors: the most salient, those with a mention in the drawn text, kept claims' speakers.
  const speakers = new Set();
  claims.forEach((c, i) => { if (keepClaim[i] && c.speaker) speakers.add(c.speaker); });
  const outActors = [];
  actors.forEach((a, i) => {
    const mentions = a.mentions.filter(inText);
    if (i < limits.actors || mentions.length || speakers.has(a.id)) {
      outActors.push({ ...a, mentions, mention_count: a.mentions.length });
    }
  });
  // Sentences: only those a kept date points to, renumbered.
  const sentences = result.sentences || [];
  const sentenceIndex = new Map();
  const outSentences = [];
  const outDates = [];
  dates.forEach((d, i) => {
    if (!keepDate[i]) return;
    let sentence = null;
    if (d.sentence != null && sentences[d.sentence]) {
      if (!sentenceIndex.has(d.sentence)) {
        sentenceIndex.set(d.sentence, outSentences.length);
        outSentences.push(sentences[d.sentence]);
      }
      sentence = sentenceIndex.get(d.sentence);
    }
    outDates.push({ ...d, sentence });
  });
  return {
    ...result,
    sentences: outSentences,
    skipped: (result.skipped || []).filter(inText),
    actors: outActors,
    dates: outDates,
    claims: claims.filter((_, i) => keepClaim[i]),
    counts: { actors: actors.length, dates: dates.length, claims: claims.length },
  };
}
