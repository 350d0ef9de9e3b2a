// Security of the page (issue 8): a corpus of a few hundred XSS vectors, written for this
// project, pasted as plain text and as HTML. None may run, none may become an element,
// CSP never has to block anything (nothing tried to run), and nothing is fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, summarise } from './helpers.mjs';

const PAYLOAD = 'window.__xss=(window.__xss||0)+1';
const TAGS = ['img src=x', 'svg', 'body', 'iframe src=x', 'video src=x', 'audio src=x', 'input autofocus',
  'details open', 'object data=x', 'embed src=x', 'marquee', 'select autofocus', 'textarea autofocus',
  'math', 'a href=x', 'div', 'style', 'link rel=stylesheet href=x', 'isindex', 'form'];
const HANDLERS = ['onerror', 'onload', 'onfocus', 'onmouseover', 'ontoggle', 'onstart', 'onclick',
  'onanimationstart', 'onpointerenter', 'onbegin'];
const QUOTES = [(p) => `"${p}"`, (p) => `'${p}'`, (p) => p, (p) => `&quot;${p}&quot;`];

function vectors() {
  const v = [];
  TAGS.forEach((tag, i) => HANDLERS.forEach((h, j) => {
    const q = QUOTES[(i + j) % QUOTES.length];
    v.push(`<${tag} ${h}=${q(PAYLOAD)}>`);
  }));
  for (const s of [
    `<script>${PAYLOAD}</script>`, `<script src=data:text/javascript,${PAYLOAD}></script>`,
    `<SCRIPT>${PAYLOAD}</SCRIPT>`, `<scr<script>ipt>${PAYLOAD}</scr</script>ipt>`,
    `"><script>${PAYLOAD}</script>`, `'><img src=x onerror=${PAYLOAD}>`,
    `<a href="javascript:${PAYLOAD}">x</a>`, `<a href="JaVaScRiPt:${PAYLOAD}">x</a>`,
    `<a href="&#106;avascript:${PAYLOAD}">x</a>`, `<iframe srcdoc="<script>${PAYLOAD}</script>">`,
    `<meta http-equiv="refresh" content="0;url=javascript:${PAYLOAD}">`,
    `<base href="javascript:${PAYLOAD}//">`, `<svg><script>${PAYLOAD}</script></svg>`,
    `<math><mtext><table><mglyph><style><img src=x onerror=${PAYLOAD}>`,
    `<noscript><p title="</noscript><img src=x onerror=${PAYLOAD}>">`,
    `<template><img src=x onerror=${PAYLOAD}></template>`, `<!--<img src=x onerror=${PAYLOAD}>-->`,
    `<img src="x` + '\u0000' + `" onerror=${PAYLOAD}>`, `<img/src=x/onerror=${PAYLOAD}>`,
    `<img src=x onerror=&#119;indow.__xss=1>`, `<svg/onload=${PAYLOAD}>`, `<body onpageshow=${PAYLOAD}>`,
    `<object data="data:text/html,<script>${PAYLOAD}</script>">`, `<embed src="javascript:${PAYLOAD}">`,
    `<form action="javascript:${PAYLOAD}"><button>x</button></form>`, `<isindex action=javascript:${PAYLOAD}>`,
    `<style>@import 'x';</style>`, `<link rel=import href=x>`, `{{constructor.constructor('${PAYLOAD}')()}}`,
    `\${${PAYLOAD}}`, `javascript:${PAYLOAD}`, `data:text/html,<script>${PAYLOAD}</script>`,
    `<div style="background:url(javascript:${PAYLOAD})">`, `<xss id=x tabindex=1 onfocusin=${PAYLOAD}>`,
    `<img src=1 href=1 onerror="javascript:${PAYLOAD}"></img>`, `<audio><source onerror=${PAYLOAD}>`,
    `<video poster=javascript:${PAYLOAD}//>`, `<svg><animate onbegin=${PAYLOAD} attributeName=x dur=1s>`,
    `<svg><a xlink:href="javascript:${PAYLOAD}"><text x=20 y=20>x</text></a>`,
    `<details ontoggle=${PAYLOAD} open>`, `<input onfocus=${PAYLOAD} autofocus>`,
    `<keygen autofocus onfocus=${PAYLOAD}>`, `<marquee onstart=${PAYLOAD}>`,
    `<frameset onload=${PAYLOAD}>`, `<table background="javascript:${PAYLOAD}">`,
    `<img src=x:alert(alt) onerror=eval(src) alt=0>`, `<iframe src=javascript:${PAYLOAD}>`,
    `<script>/*</script><img src=x onerror=${PAYLOAD}>*/</script>`, `</textarea><script>${PAYLOAD}</script>`,
    `</title><script>${PAYLOAD}</script>`, `</style><script>${PAYLOAD}</script>`,
  ]) v.push(s);
  return v;
}

// Wrap vectors in news prose so they also land inside mentions, dates and claims.
function article(vs) {
  return vs.map((x, i) => (i % 3 === 0
    ? `Putin said on Monday ${x} that talks would go on.`
    : i % 3 === 1 ? `“We are close ${x},” Trump told reporters.` : `${x} Zelenskyy met NATO leaders in Kyiv.`))
    .join('\n\n');
}

const DANGEROUS = 'script, img, svg, iframe, video, audio, object, embed, marquee, math, style, link, meta, base, form, input, textarea, select, details, template, noscript, frameset, keygen, isindex, xss';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test(`a corpus of ${vectors().length} XSS vectors never runs, never becomes markup, fetches nothing`, async () => {
  const all = vectors();
  assert.ok(all.length >= 250, `corpus has ${all.length} vectors`);
  const { page, context, errors, outside } = await openPage(browser, server.url);
  try {
    await page.evaluate(() => {
      window.__xss = 0;
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective));
    });
    const before = await page.locator(`#results :is(${DANGEROUS})`).count();
    for (let i = 0; i < all.length; i += 90) {
      const text = article(all.slice(i, i + 90));
      for (const wrap of [(t) => t, (t) => `<html><body><p>${t.split('\n\n').join('</p><p>')}</p></body></html>`]) {
        await summarise(page, wrap(text));
        const result = await page.evaluate(() => window.dossierResult);
        assert.equal(await page.locator('#text').textContent(), result.text, 'the article view is exactly the text');
        // Choose every kind of finding so highlight and detail code paths draw them too.
        for (const sel of await page.locator('[data-select]').all().then((l) => l.slice(0, 6))) {
          await sel.click().catch(() => {});
        }
        assert.equal(await page.locator(`#results :is(${DANGEROUS})`).count(), before, 'no element from the article');
      }
    }
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__xss), 0, 'a vector ran');
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'CSP had to block something');
    assert.deepEqual(outside, [], 'a vector fetched something');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
