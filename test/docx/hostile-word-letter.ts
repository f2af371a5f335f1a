/**
 * A Word letter of hostile markup, for test/docx/word-letter.test.ts: remote images in
 * the body, the front matter, the letterhead, an SVG and the registry; a symlink and
 * paths leading out of the workspace to a secret image and text; Word field codes,
 * raw OOXML, objects and frames typed into the text; links to files, shares and
 * scripts. The workspace sits in a parent folder that also holds the secrets.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { secretPng } from '../hostile/recording-server.js';

export const MARKER = 'OUTSIDE-SECRET-5d1e77';
export const SECRET_PNG = secretPng(MARKER);

export function hostileLetter(url: string, outside: string): string {
  const svgRemote = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image xlink:href="${url}/svg-image.png" width="10" height="10"/></svg>`;
  return `---
title: "<img src=${url}/fm-title.png> Hostile { INCLUDETEXT \\"${outside}/secret.txt\\" } letter"
date: 2022-10-12
signatories: [wola]
letterhead: { name: "Hostile head", logo: "${url}/letterhead.png" }
to:
  - name: "<link rel=stylesheet href=${url}/fm-to.css>Addressee"
---

Hostile letter body, printed.

Field codes typed as text stay text: { INCLUDEPICTURE "${url}/field.png" \\d } and { DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/c calc" } and { HYPERLINK "file:///etc/passwd" }.

<w:fldSimple w:instr="INCLUDETEXT ${outside}/secret.txt">raw OOXML</w:fldSimple> <object data="file://${outside}/secret.txt"></object><iframe src="${url}/iframe"></iframe>
<img src="${url}/img.png"> <img src="file://${outside}/secret.png"> <img src="${outside}/secret.png"> <img src="../../secret.png"> <img src="img/link.png">
<img src="data:image/svg+xml;utf8,${encodeURIComponent(svgRemote)}" alt="remote svg"> <img src="img/remote.svg" alt="remote svg file"> <img src="data:image/webp;base64,UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==" alt="webp">

![markdown image](${url}/markdown-image.png) ![markdown escape](../../secret.png) ![markdown link](img/link.png)

[a file](file:///etc/passwd) [a relative file](../secret.txt) [a share](\\\\\\\\server\\\\share\\\\doc.docx) [javascript](javascript:alert(1)) [web](${url}/plain-link) <${url}/autolink>
`;
}

/** The hostile workspace (`ws`, with letters/hostile.md) inside `parent`, beside the secrets; its links point at `base`. */
export function hostileWordWorkspace(base: string): { parent: string; ws: string; cleanup: () => void } {
  const parent = mkdtempSync(join(tmpdir(), 'coalition-hostile-word-'));
  const ws = join(parent, 'ws');
  mkdirSync(join(ws, 'letters', 'img'), { recursive: true });
  writeFileSync(join(parent, 'secret.png'), SECRET_PNG);
  writeFileSync(join(parent, 'secret.txt'), `${MARKER}\n`);
  symlinkSync(join(parent, 'secret.png'), join(ws, 'letters', 'img', 'link.png'));
  writeFileSync(join(ws, 'letters', 'img', 'remote.svg'), `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="${base}/svg-file-image.png" width="10" height="10"/></svg>`);
  writeFileSync(join(ws, 'signatories.yaml'), `signatories:\n  wola:\n    name: Washington Office on Latin America\n    website: ${base}/registry-website\n    logo: ${base}/registry-logo.png\n`);
  writeFileSync(join(ws, 'letters', 'hostile.md'), hostileLetter(base, parent));
  return { parent, ws, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}
