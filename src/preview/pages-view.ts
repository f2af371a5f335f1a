/**
 * The preview's first tab: the letter's PDF, page by page, as it will be printed, with
 * the page count, each page's number, what `check` says and (with `--for`) the
 * profile's measured rules beside it. The PDF is drawn in the browser by PDF.js
 * (Mozilla's pdfjs-dist, its browser build copied into dist/pdfjs/ at build time and
 * served by the preview itself: nothing is fetched from the network). On every change the pages are fetched again
 * and replaced at once, keeping the scroll position.
 *
 * Everything the letter says reaches the page as text (textContent), never as markup.
 */
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { escapeHtml } from '../markdown/escape-html.js';
import { EVENTS_PATH } from './inject.js';

/** Relative to the page, under its token. */
export const PAGES_JSON_PATH = '__coalition/pages.json';
export const PAGES_PDF_PATH = '__coalition/letter.pdf';
export const PDFJS_PATH = '__coalition/pdfjs/';
/** The two PDF.js files the page loads: the library and its worker. */
export const PDFJS_FILES = ['pdf.min.mjs', 'pdf.worker.min.mjs'] as const;

/** Where the PDF.js build lives: copied into dist/pdfjs/ by `npm run build` (scripts/build.mjs). */
export function pdfjsFile(name: (typeof PDFJS_FILES)[number]): string {
  return join(PACKAGE_ROOT, 'dist', 'pdfjs', name);
}

export function pagesView(options: { nonce: string; version: string; file: string; title?: string; lang?: string; langs: string[]; profile?: string }): string {
  const lang = options.lang ?? options.langs[0] ?? '';
  const langLinks = options.langs.map((l) => l === lang
    ? `<strong aria-current="page">${escapeHtml(l)}</strong>`
    : `<a href="?lang=${encodeURIComponent(l)}" hreflang="${escapeHtml(l)}">${escapeHtml(l)}</a>`).join(' ');
  const textLink = `?view=text${lang ? `&amp;lang=${encodeURIComponent(lang)}` : ''}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? options.file)}: pages</title>
<style>
body { margin: 0; font: 14px/1.45 system-ui, sans-serif; color: #222; background: #e8e8e8; }
#coalition-preview-bar { position: sticky; top: 0; z-index: 2; display: flex; gap: 1.2rem; align-items: center; padding: .5rem 1rem; background: #fff; border-bottom: 1px solid #ccc; }
#coalition-preview-bar nav a, #coalition-preview-bar nav strong { margin-right: .4rem; }
#coalition-page-count { margin-left: auto; color: #444; }
.layout { display: flex; align-items: flex-start; gap: 1rem; padding: 1rem; }
#coalition-pages { flex: 1; display: flex; flex-wrap: wrap; gap: 1.2rem; justify-content: center; min-width: 0; }
.page { margin: 0; display: flex; flex-direction: column; align-items: center; }
.page canvas { background: #fff; box-shadow: 0 1px 4px #0004; max-width: 100%; height: auto; }
.page figcaption { margin-top: .3rem; color: #555; font-size: 12px; }
#coalition-checks { flex: 0 0 22rem; position: sticky; top: 3.2rem; max-height: calc(100vh - 4.5rem); overflow: auto; background: #fff; border: 1px solid #ccc; border-radius: 4px; padding: .6rem .9rem; }
#coalition-checks h2 { font-size: 14px; margin: .4rem 0; }
#coalition-checks ul { padding-left: 1rem; margin: 0 0 .8rem; }
#coalition-checks li { margin: .35rem 0; }
.error strong { color: #a00; } .warning strong { color: #8a5a00; } .ok { color: #155724; } .over { color: #8a5a00; }
.not-printed { background: #fff; padding: 1rem 1.4rem; border-radius: 4px; border: 1px solid #ccc; }
.where { font-family: ui-monospace, monospace; font-size: 12px; } .hint { color: #555; }
@media (max-width: 60rem) { .layout { flex-direction: column; } #coalition-checks { position: static; flex: none; width: auto; max-height: none; } }
</style></head>
<body>
<header id="coalition-preview-bar">
<nav aria-label="Preview views"><strong aria-current="page">Pages</strong> <a href="${textLink}">Text</a></nav>
<nav aria-label="Preview languages">${langLinks}</nav>
<span id="coalition-page-count" role="status">printing…</span>
</header>
<div class="layout">
<main id="coalition-pages" aria-label="The printed pages" data-pages="0"></main>
<aside id="coalition-checks" aria-label="What check says">
<h2>check</h2><ul id="coalition-problems"><li>checking…</li></ul>
${options.profile ? `<h2>${escapeHtml(options.profile)}</h2><ul id="coalition-findings"></ul>` : ''}
</aside>
</div>
<script type="module" nonce="${options.nonce}">
import * as pdfjs from './${PDFJS_PATH}pdf.min.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = new URL('${PDFJS_PATH}pdf.worker.min.mjs', location.href).href;
const lang = ${JSON.stringify(lang)};
const pagesEl = document.getElementById('coalition-pages');
const count = document.getElementById('coalition-page-count');
const item = (className, parts) => {
  const li = document.createElement('li');
  if (className) li.className = className;
  for (const [tag, text, cls] of parts) {
    const el = tag ? document.createElement(tag) : document.createTextNode(text);
    if (tag) { el.textContent = text; if (cls) el.className = cls; }
    li.append(el, ' ');
  }
  return li;
};
function showChecks(status) {
  const problems = status.problems.map((d) => item(d.severity, [['span', d.file + ':' + d.line + ':' + d.column, 'where'], ['strong', d.severity], ['code', d.code], ['', d.message], ...(d.hint ? [['div', 'hint: ' + d.hint, 'hint']] : [])]));
  document.getElementById('coalition-problems').replaceChildren(...(problems.length ? problems : [item('ok', [['', 'no problems']])]));
  const findings = document.getElementById('coalition-findings');
  if (findings && status.findings) {
    const mark = { ok: '✓', over: '✗', 'by-hand': '☐' };
    findings.replaceChildren(...status.findings.map((f) => item(f.status, [['strong', mark[f.status] ?? '!'], ['', f.message]])));
  }
}
let latest = 0;
async function show() {
  const ticket = ++latest;
  const status = await (await fetch('${PAGES_JSON_PATH}?lang=' + encodeURIComponent(lang), { cache: 'no-store' })).json();
  if (ticket !== latest) return;
  showChecks(status);
  if (!status.pdf) {
    count.textContent = 'not printed: see the problems';
    const note = document.createElement('p');
    note.className = 'not-printed';
    note.textContent = 'The letter is printed again as soon as the errors beside are fixed and the file is saved.';
    pagesEl.replaceChildren(note);
    const findings = document.getElementById('coalition-findings');
    if (findings) findings.replaceChildren(item('', [['', 'measured once the letter prints']]));
    pagesEl.dataset.pages = '0';
    pagesEl.dataset.version = status.version;
    return;
  }
  const data = await (await fetch(status.pdf, { cache: 'no-store' })).arrayBuffer();
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
  const ratio = window.devicePixelRatio || 1;
  const figures = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1.2 * ratio });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = Math.floor(viewport.width / ratio) + 'px';
    canvas.setAttribute('aria-label', 'Page ' + n);
    await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    const figure = document.createElement('figure');
    figure.className = 'page';
    figure.dataset.page = String(n);
    const caption = document.createElement('figcaption');
    caption.textContent = 'Page ' + n + ' of ' + doc.numPages;
    figure.append(canvas, caption);
    figures.push(figure);
  }
  await doc.destroy();
  if (ticket !== latest) return;
  pagesEl.replaceChildren(...figures);
  pagesEl.dataset.pages = String(figures.length);
  pagesEl.dataset.version = status.version;
  count.textContent = figures.length + (figures.length === 1 ? ' page' : ' pages') + ' · printed in ' + Math.round(status.ms) + ' ms';
}
const queue = () => show().catch((error) => { count.textContent = 'the pages could not be shown: ' + error.message; });
queue();
const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
let shown = ${JSON.stringify(options.version)};
events.addEventListener('version', (event) => {
  if (event.data === shown) return;
  shown = event.data;
  queue();
});
</script>
</body></html>`;
}

/** The pages tab runs our module script and PDF.js (from this server), fetches the PDF, and draws on canvases. */
export function pagesSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' 'self'`,
    "worker-src 'self'",
    "connect-src 'self'",
    'img-src data: blob:',
    "style-src 'unsafe-inline'",
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
