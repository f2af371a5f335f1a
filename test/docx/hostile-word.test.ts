/**
 * Hostile markup built as a Word letter and opened by LibreOffice: no request reaches
 * the recording server (neither while building nor while the file is opened), no
 * file from outside the workspace ends up inside the .docx, no link points at a local
 * file, no field, macro or external part comes from the text, and the file opens.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingServer, secretPng, type RecordingServer } from '../hostile/recording-server.js';
import { ZipParts } from '../../src/render/docx/zip-parts.js';
import { cli, pdfText } from '../helpers.js';
import { convertWithLibreOffice } from './libreoffice.js';

const MARKER = 'OUTSIDE-SECRET-5d1e77';
const SECRET_PNG = secretPng(MARKER);

let server: RecordingServer;
let base: string;
let requests: string[];
let parent: string;
let ws: string;

function hostileLetter(url: string, outside: string): string {
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

beforeAll(async () => {
  server = await recordingServer();
  ({ base, requests } = server);

  parent = mkdtempSync(join(tmpdir(), 'coalition-hostile-word-'));
  ws = join(parent, 'ws');
  mkdirSync(join(ws, 'letters', 'img'), { recursive: true });
  writeFileSync(join(parent, 'secret.png'), SECRET_PNG);
  writeFileSync(join(parent, 'secret.txt'), `${MARKER}\n`);
  symlinkSync(join(parent, 'secret.png'), join(ws, 'letters', 'img', 'link.png'));
  writeFileSync(join(ws, 'letters', 'img', 'remote.svg'), `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="${base}/svg-file-image.png" width="10" height="10"/></svg>`);
  writeFileSync(join(ws, 'signatories.yaml'), `signatories:\n  wola:\n    name: Washington Office on Latin America\n    website: ${base}/registry-website\n    logo: ${base}/registry-logo.png\n`);
  writeFileSync(join(ws, 'letters', 'hostile.md'), hostileLetter(base, parent));
});

afterAll(async () => {
  await server.close();
  rmSync(parent, { recursive: true, force: true });
});

describe('a Word letter of hostile markup', () => {
  it('reaches no server, embeds nothing from outside the workspace, and still opens', async () => {
    const result = await cli(['build', 'hostile', '--format', 'docx'], { cwd: ws });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/image-refused .*img\/link\.png.* outside the workspace/);
    expect(result.stderr).toMatch(/docx-image-left-out .*remote svg.*outside itself/);
    expect(result.stderr).toMatch(/docx-image-left-out .*webp.*WebP/);

    const file = join(ws, 'out', '2022-10-12-hostile.en.docx');
    const bytes = readFileSync(file);
    const zip = ZipParts.read(bytes, file);
    const everything = zip.names().map((name) => Buffer.from(zip.bytes(name)!).toString('latin1')).join('\n');
    expect(everything).not.toContain(MARKER);
    expect(everything).not.toContain(Buffer.from(MARKER).toString('base64').slice(0, 16));
    expect(everything).not.toContain(SECRET_PNG.subarray(0, 40).toString('latin1').slice(16));

    // Links only to web addresses; no other external part (image, template, frame, object).
    const externals = zip.names().filter((n) => n.endsWith('.rels'))
      .flatMap((n) => [...zip.text(n)!.matchAll(/<Relationship\b[^>]*TargetMode="External"[^>]*>/g)].map((m) => m[0]));
    expect(externals.length).toBeGreaterThan(0);
    for (const rel of externals) {
      expect(rel).toMatch(/relationships\/hyperlink"/);
      expect(rel).toMatch(/Target="https?:\/\//);
    }
    // No field, macro, embedded object or imported part from the text.
    const document = zip.text('word/document.xml')!;
    expect(document).not.toMatch(/<w:fldChar|<w:instrText|<w:fldSimple|<w:object|<w:altChunk|<w:subDoc|<v:imagedata/);
    expect(zip.names().filter((n) => /vbaProject|activeX|embeddings|oleObject/i.test(n))).toEqual([]);
    expect(zip.text('word/settings.xml')).not.toMatch(/attachedTemplate|w:updateFields/);

    // Opened by LibreOffice: it shows the text, field codes as plain text, and fetches nothing.
    const converted = join(parent, 'libreoffice');
    mkdirSync(converted);
    const pdf = convertWithLibreOffice([file], converted).get(file)!;
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Hostile letter body, printed.');
    expect(text).toContain('{ DDEAUTO');
    expect(text).not.toContain(MARKER);
    expect(requests, 'the local server was reached').toEqual([]);
  }, 180_000);

  it('the recording server does record requests (so an empty list means something)', async () => {
    const before = requests.length;
    await fetch(`${base}/probe`);
    expect(requests.length).toBe(before + 1);
    requests.length = before;
  });
});
