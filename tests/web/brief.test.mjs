// Unit tests of www/brief.js (pure functions over the result object), no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  quoted, clip, valueWords, timeline, claimsBySpeaker, claimsCSV, datesCSV, markdownBrief, layout,
  primaryItem, sentenceAt, referenceWords, localToday, trimResult, contextOf,
} from '../../www/brief.js';

const text = 'Putin said “talks went well” on Monday. Trump met Zelenskyy on 19 May 2025 for two hours.';
const at = (s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const R = {
  text,
  reference_date: '2025-05-20',
  sentences: [{ start: 0, end: 39 }, { start: 40, end: text.length }],
  skipped: [],
  actors: [
    { id: 'a1', name: 'Vladimir Putin', kind: 'person', roles: ['President'], aliases: ['Putin'], salience: 1, mentions: [at('Putin')] },
    { id: 'a2', name: 'Trump', kind: 'person', roles: [], aliases: [], salience: 0.5, mentions: [at('Trump')] },
  ],
  dates: [
    { ...at('Monday'), type: 'DATE', value: '2025-05-19', sentence: 0 },
    { ...at('19 May 2025'), type: 'DATE', value: '2025-05-19', sentence: 1 },
    { ...at('two hours'), type: 'DURATION', value: 'PT2H', sentence: 1 },
  ],
  claims: [
    { speaker: 'a1', source: at('Putin'), cue: at('said'), content: at('“talks went well”'), direct: true, score: 1 },
    { speaker: null, source: at('Trump'), cue: null, content: at('met Zelenskyy'), direct: false, score: 0.5 },
  ],
  summary: [{ start: 0, end: 39, text: text.slice(0, 39) }],
};

test('small helpers', () => {
  const cases = [
    [quoted('“already”'), '“already”'],
    [quoted('plain'), '“plain”'],
    [clip('one two three four five', 16), 'one two three…'],
    [clip('one two three four five', 12), 'one two thr…'],
    [valueWords('2025-05-19'), 'Monday 19 May 2025'],
    [valueWords('2025-05'), 'May 2025'],
    [valueWords('2025-W20'), 'the week of Monday 12 May 2025'],
    [valueWords('2026-W01'), 'the week of Monday 29 December 2025'],
    [valueWords('2025-W20-WE'), 'the weekend of 17–18 May 2025'],
    [valueWords('2025-W22-WE'), 'the weekend of 31 May – 1 June 2025'],
    [valueWords('2025-05-19T15:00'), 'Monday 19 May 2025, 15:00'],
    [valueWords('2025-05-17TMO'), 'Saturday 17 May 2025, morning'],
    [valueWords('XXXX-XX-XXT21:00'), '21:00 (no particular day)'],
    [valueWords('2023-SU'), 'summer 2023'],
    [valueWords('2025-Q3'), 'Q3 2025'],
    [valueWords('199'), 'the 1990s'],
    [valueWords('PT2H', 'DURATION'), '2 hours'],
    [valueWords('P1W', 'SET'), 'every week'],
    [valueWords('XXXX-WXX-4', 'SET'), 'every Thursday'],
    [valueWords('PXDE', 'DURATION'), 'decades'],
    [valueWords('PAST_REF'), 'the past'],
    [valueWords('2025-02-30'), '2025-02-30'],
    [referenceWords('published'), 'found in the article'],
    [localToday(new Date(2025, 0, 5)), '2025-01-05'],
  ];
  for (const [got, want] of cases) assert.equal(got, want);
  assert.deepEqual(sentenceAt(R, 45), R.sentences[1]);
  assert.equal(sentenceAt(R, 39), null);
});

test('timeline: weeks, seasons, decades and times sort where they start', () => {
  const values = ['2025-05-22T15:00', '2025-W20-WE', '2025-05-22', '199', '2025-SU', '2025',
    '2025-05', '2025-W21', '2024-Q4', '2025-05-17TMO'];
  const at = (s) => ({ start: 0, end: 1, text: 'x', type: 'DATE', value: s });
  const t = timeline({ dates: values.map(at) });
  assert.deepEqual(t.groups.map((g) => g.value), ['199', '2024-Q4', '2025', '2025-05',
    '2025-W20-WE', '2025-05-17TMO', '2025-W21', '2025-05-22', '2025-05-22T15:00', '2025-SU']);
});

test('timeline: calendar values in order, the rest after', () => {
  const t = timeline(R);
  assert.deepEqual(t.groups.map((g) => [g.value, g.entries.length]), [['2025-05-19', 2]]);
  assert.deepEqual(t.other.map((e) => e.date.value), ['PT2H']);
});

test('claims by speaker: actors by salience, then sources as written', () => {
  const g = claimsBySpeaker(R);
  assert.deepEqual(g.map((x) => [x.name, x.claims.length, x.actor?.id ?? null]), [['Vladimir Putin', 1, 'a1'], ['Trump', 1, null]]);
});

test('CSV: header, quoting, formula cells defused', () => {
  const evil = { ...R, dates: [{ start: 0, end: 5, text: '=cmd|"x"', type: 'DATE', value: '+1', sentence: 0 }] };
  const rows = datesCSV(evil).trim().split('\r\n');
  assert.equal(rows[0], 'text,type,value,start,end,context');
  assert.equal(rows[1].split(',')[0], `"'=cmd|""x"""`);
  assert.ok(rows[1].includes(",'+1,"));
  const c = claimsCSV(R).trim().split('\r\n');
  assert.equal(c.length, 3);
  assert.ok(c[1].startsWith('a1,Vladimir Putin,Putin,said,true,1,“talks went well”,'));
});

test('Markdown brief', () => {
  const md = markdownBrief(R, { date: '2025-05-20', source: 'given' });
  for (const line of [
    '# Dossier brief',
    'Reference date: 2025-05-20 (set by you)',
    '- **Vladimir Putin** (person; President), also “Putin”: 1 mention',
    '- **2025-05-19** (Monday 19 May 2025): “Monday”, “19 May 2025”: Putin said “talks went well” on Monday.',
    '### Vladimir Putin',
    '- “talks went well” (quote, said)',
    '- met Zelenskyy (paraphrase)',
  ]) assert.ok(md.split('\n').includes(line), `missing: ${line}\n${md}`);
  assert.ok(markdownBrief({ ...R, actors: [], dates: [], claims: [], summary: [] }).includes('_None found._'));
});

test('highlight layout: segments cut at every boundary, mentions win over claims', () => {
  const { segments } = layout(R);
  for (let i = 1; i < segments.length; i++) assert.ok(segments[i].start >= segments[i - 1].end);
  const putin = segments.find((s) => text.slice(s.start, s.end) === 'Putin');
  assert.deepEqual(putin.items.map((i) => i.kind).sort(), ['actor', 'source']);
  assert.equal(primaryItem(putin.items).kind, 'actor');
  const cut = layout(R, 20).segments;
  assert.ok(cut.every((s) => s.end <= 20));
  // Overlapping spans of one kind still give disjoint segments covering both.
  const overlap = { ...R, actors: [], claims: [], dates: [{ start: 0, end: 10 }, { start: 5, end: 15 }].map((d) => ({ ...d, text: '', type: 'DATE', value: 'x' })) };
  assert.deepEqual(layout(overlap).segments.map((s) => [s.start, s.end, s.items.length]), [[0, 5, 1], [5, 10, 2], [10, 15, 1]]);
});

test('trimmed result: what the page draws, with the whole counts', () => {
  // Generous limits keep everything (each actor gains its mention_count).
  const all = trimResult(R);
  assert.deepEqual(all.actors, R.actors.map((a) => ({ ...a, mention_count: a.mentions.length })));
  assert.deepEqual([all.dates, all.claims, all.sentences, all.summary], [R.dates, R.claims, R.sentences, R.summary]);
  assert.deepEqual(all.counts, { actors: 2, dates: 3, claims: 2 });
  // Tight limits: the first sentence drawn, one actor, one timeline entry, one claim.
  const t = trimResult(R, { text: 39, actors: 1, dates: 1, claims: 1 });
  assert.equal(t.text, R.text, 'the whole text still crosses');
  assert.deepEqual(t.actors.map((a) => [a.id, a.mentions.length, a.mention_count]), [['a1', 1, 1]]);
  // The first timeline group is kept whole (both 2025-05-19 dates); the duration is not.
  assert.deepEqual(t.dates.map((d) => d.text), ['Monday', '19 May 2025']);
  assert.deepEqual(t.claims, [R.claims[0]]);
  assert.deepEqual(t.counts, { actors: 2, dates: 3, claims: 2 });
  // Sentences are kept only where a date points, and each date still finds its own.
  const one = trimResult({ ...R, dates: [R.dates[2]] }, { text: 0, actors: 0, dates: 5, claims: 0 });
  assert.deepEqual(one.sentences, [R.sentences[1]]);
  assert.equal(one.dates[0].sentence, 0);
  assert.equal(contextOf(one, one.dates[0]), contextOf(R, R.dates[2]));
  assert.deepEqual([one.actors, one.claims], [[], []]);
  // A kept claim's speaker stays an actor, with no mentions outside the drawn text.
  const sp = trimResult(R, { text: 0, actors: 0, dates: 0, claims: 1 });
  assert.deepEqual(sp.actors.map((a) => [a.id, a.mentions.length, a.mention_count]), [['a1', 0, 1]]);
});
