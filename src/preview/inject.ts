/**
 * What the preview adds to the text tab: a link to the pages tab, a language switcher and a small script that
 * listens for changes (server-sent events) and reloads, keeping the scroll position.
 * Both are hidden when printing. The script carries a nonce so the page's
 * Content-Security-Policy lets it run, and nothing else.
 */
import { escapeHtml } from '../markdown/escape-html.js';

/** Relative: the page lives at /<token>/, and so do its events. */
export const EVENTS_PATH = '__coalition/events';

export function previewAdditions(options: { nonce: string; version: string; lang?: string; langs: string[] }): string {
  const links = options.langs.map((lang) => lang === options.lang
    ? `<strong aria-current="page">${escapeHtml(lang)}</strong>`
    : `<a href="?view=text&amp;lang=${encodeURIComponent(lang)}" hreflang="${escapeHtml(lang)}">${escapeHtml(lang)}</a>`).join(' ');
  const pages = `?${options.lang ? `lang=${encodeURIComponent(options.lang)}` : ''}`;
  return `
<nav id="coalition-preview-bar" aria-label="Preview languages"><a href="${pages}">Pages</a> <strong aria-current="page">Text</strong> · ${links}</nav>
<style>
#coalition-preview-bar { position: fixed; top: .5rem; right: .5rem; z-index: 10000; font: 13px/1.4 system-ui, sans-serif;
  background: #fffe; border: 1px solid #ccc; border-radius: 4px; padding: .2rem .5rem; }
#coalition-preview-bar a, #coalition-preview-bar strong { margin: 0 .2rem; }
@media print { #coalition-preview-bar { display: none; } }
</style>
<script nonce="${options.nonce}">
(() => {
  const key = 'coalition-preview-scroll';
  const y = sessionStorage.getItem(key);
  if (y !== null) { sessionStorage.removeItem(key); window.scrollTo(0, Number(y)); }
  const shown = ${JSON.stringify(options.version)};
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  events.addEventListener('version', (event) => {
    if (event.data === shown) return;
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  });
})();
</script>
`;
}

/** Inserts the additions just before `</body>`, or at the end of a page without one. */
export function injectBeforeBodyEnd(html: string, additions: string): string {
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + additions : html.slice(0, at) + additions + html.slice(at);
}

/** No script but ours, no request but to this server, images and fonts only as data: URLs. */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "img-src data:",
    "font-src data:",
    "style-src 'unsafe-inline'",
    `script-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
