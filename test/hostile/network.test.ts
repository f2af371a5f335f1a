/**
 * A letter of hostile markup, printed to PDF by the real browser, reaches no server and
 * embeds no file from outside the workspace. A local HTTP server on 127.0.0.1 records
 * every request; the letter (and a workspace stylesheet) reference it every way HTML
 * and CSS can, and reference a secret file beside the workspace every way a path can.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingServer, secretPng, type RecordingServer } from './recording-server.js';
import { cli, pdfText, REPO } from '../helpers.js';

const MARKER = 'OUTSIDE-SECRET-7f3a9c';
const SECRET_PNG = secretPng(MARKER);

let server: RecordingServer;
let base: string;
let requests: string[];
let parent: string;
let ws: string;

beforeAll(async () => {
  server = await recordingServer();
  ({ base, requests } = server);

  parent = mkdtempSync(join(tmpdir(), 'coalition-network-'));
  ws = join(parent, 'ws');
  mkdirSync(join(ws, 'letters', 'img'), { recursive: true });
  mkdirSync(join(ws, 'templates'));
  writeFileSync(join(parent, 'secret.png'), SECRET_PNG);
  writeFileSync(join(parent, 'secret.txt'), `${MARKER}\n`);
  symlinkSync(join(parent, 'secret.png'), join(ws, 'letters', 'img', 'link.png'));
  writeFileSync(join(ws, 'signatories.yaml'), `signatories:\n  wola:\n    name: Washington Office on Latin America\n    website: ${base}/registry-website\n    logo: ${base}/registry-logo.png\n`);
  writeFileSync(join(ws, 'letters', 'hostile.md'), hostileLetter(base, parent));
  // The workspace's own stylesheet is raw CSS in the page: only the browser's interception stands in its way.
  const css = readFileSync(join(REPO, 'templates', 'letter.css'), 'utf8');
  writeFileSync(join(ws, 'templates', 'letter.css'), `@import url("${base}/css-import.css");\n@import "${base}/css-import-string.css";\n${css}
@font-face { font-family: Evil; src: url("${base}/css-font.woff2"), url("file://${parent}/secret.txt"); }
body { background-image: url("${base}/css-background.png"); font-family: Evil, serif; }
.title::after { content: url("${base}/css-content.png"); }
.body { background: url("file://${parent}/secret.png"), image-set("${base}/css-image-set.png" 1x); }
`);
});

afterAll(async () => {
  await server.close();
  rmSync(parent, { recursive: true, force: true });
});

function hostileLetter(url: string, outside: string): string {
  return `---
title: "<img src=${url}/fm-title.png> <script>fetch('${url}/fm-script')</script>Hostile letter"
date: 2022-10-12
place: "<iframe src=${url}/fm-place></iframe>"
signatories: [wola]
to:
  - name: "<link rel=stylesheet href=${url}/fm-to.css>Addressee"
---

Hostile letter body, printed.

<script>fetch('${url}/script'); document.write('<img src=${url}/document-write>')</script>
<script src="${url}/script-src.js"></script>
<style>@import url(${url}/style-import.css); p { background: url(${url}/style-url.png) }</style>
<link rel="stylesheet" href="${url}/link.css"><link rel="preload" href="${url}/preload" as="image"><link rel="prefetch" href="${url}/prefetch">
<base href="${url}/base/">
<meta http-equiv="refresh" content="0; url=${url}/meta-refresh">
<iframe src="${url}/iframe"></iframe><iframe srcdoc="<img src=${url}/srcdoc>"></iframe><frame src="${url}/frame">
<object data="${url}/object"></object><embed src="${url}/embed"><applet code="${url}/applet"></applet>
<img src="${url}/img.png" srcset="${url}/srcset.png 2x, ${url}/srcset-w.png 640w" onerror="fetch('${url}/onerror')">
<img src="//127.0.0.1:${new URL(url).port}/protocol-relative.png">
<picture><source srcset="${url}/picture-source.png"><img src="${url}/picture-img.png"></picture>
<video src="${url}/video" poster="${url}/poster.png"><track src="${url}/track.vtt"></video><audio src="${url}/audio"></audio>
<svg xmlns="http://www.w3.org/2000/svg"><image href="${url}/svg-image.png"/><use href="${url}/svg-use.svg#a"/><foreignObject><img src="${url}/svg-foreign.png"></foreignObject></svg>
<math><mi href="${url}/math">x</mi></math>
<p style="background-image: url(${url}/style-attr.png)">styled paragraph</p>
<div background="${url}/background-attr.png"></div><table background="${url}/table-background.png"><tr><td>cell</td></tr></table>
<form action="${url}/form"><input type="image" src="${url}/input-image.png"><button formaction="${url}/formaction">go</button></form>
<a href="javascript:fetch('${url}/javascript-link')">javascript link</a> <a href="${url}/plain-link" ping="${url}/ping">plain link</a>
<img src="data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'><image href='${url}/data-svg.png'/></svg>">
<object data="file://${outside}/secret.txt"></object><iframe src="file://${outside}/secret.txt"></iframe>
<img src="file://${outside}/secret.png"> <img src="${outside}/secret.png"> <img src="../../secret.png"> <img src="img/link.png">
<noscript><img src="${url}/noscript.png"></noscript><template><img src="${url}/template.png"></template>

![markdown image](${url}/markdown-image.png) ![markdown escape](../../secret.png) ![markdown link](img/link.png)

[markdown link](${url}/markdown-link) <${url}/autolink>
`;
}

describe('a PDF build of hostile markup', () => {
  it('makes no network request and embeds no file from outside the workspace', async () => {
    const result = await cli(['build', 'hostile', '--format', 'html,pdf'], { cwd: ws });
    expect(result.code, result.stderr).toBe(0);
    expect(requests, 'the local server was reached').toEqual([]);

    // The page did try: the workspace stylesheet's requests were refused and reported.
    expect(result.stderr).toMatch(/request-blocked .*css-import\.css/);
    expect(result.stderr).toMatch(/html-removed .*<script>/);
    expect(result.stderr).toMatch(/image-refused .*img\/link\.png.* outside the workspace/);

    const out = readdirSync(join(ws, 'out')).sort();
    expect(out).toEqual(['2022-10-12-hostile.en.html', '2022-10-12-hostile.en.pdf']);
    const html = readFileSync(join(ws, 'out', '2022-10-12-hostile.en.html'), 'utf8');
    const text = pdfText(join(ws, 'out', '2022-10-12-hostile.en.pdf'));
    expect(text).toContain('Hostile letter body, printed.');
    expect(text).toContain('styled paragraph');
    for (const document of [html, text]) {
      expect(document).not.toContain(MARKER);
      expect(document).not.toContain(Buffer.from(MARKER).toString('base64').slice(0, 16));
      expect(document).not.toContain(SECRET_PNG.toString('base64').slice(0, 40));
    }
    // No live reference to the server survives in the letter's markup: only inert link targets.
    // (The page's <style> is the workspace's own stylesheet, hostile on purpose, checked above by the server.)
    const markup = html.replace(/<style>[^]*?<\/style>/g, '');
    const body = markup.slice(markup.indexOf('<body'));
    expect(body.length).toBeGreaterThan(100);
    const live = markup.match(/(?:src|srcset|data|action|formaction|poster|background|ping|style)\s*=\s*["']?[^"'>]*127\.0\.0\.1[^"'>]*/gi) ?? [];
    expect(live).toEqual([]);
    expect(body.match(/<(script|iframe|frame|object|embed|link|base|meta|style|svg|video|audio|picture|source|form|input)\b[^>]*>/gi) ?? []).toEqual([]);
    expect(markup.match(/javascript:[^"'<]*/gi) ?? []).toEqual([]);
  }, 120_000);

  it('the recording server does record requests (so an empty list means something)', async () => {
    const before = requests.length;
    await fetch(`${base}/probe`);
    expect(requests.length).toBe(before + 1);
    requests.length = before;
  });
});
