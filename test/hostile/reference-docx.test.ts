/**
 * Issue 22, items 1–4 and the 200 MB reference of item 12: a hostile
 * `templates/reference.docx`. Its fields (INCLUDEPICTURE, INCLUDETEXT, DDEAUTO, simple
 * and complex), remote VML pictures, OLE objects, ActiveX controls and macros stay
 * out of the letter, named in a warning, while its text, page number and logo stay;
 * a DOCTYPE with entities is never copied and the letter opens in LibreOffice; a zip
 * bomb is stopped while it inflates, whatever sizes it declares; a 200 MB file is
 * refused before it is read; and `check` reports all of it as `build` and `release`
 * do. Loopback only: the hostile addresses point at a recording server on 127.0.0.1,
 * which no request reaches.
 */
import { copyFileSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipParts } from '../../src/render/docx/zip-parts.js';
import { convertWithLibreOffice } from '../docx/libreoffice.js';
import { cliInProcess, pdfText } from '../helpers.js';
import { addToPart, bombStream, footerName, headerName, houseParts, text, zip, type Entry } from './hostile-docx.js';
import { recordingServer, type RecordingServer } from './recording-server.js';

const REGISTRY = 'signatories:\n  wola:\n    name: Washington Office on Latin America\n';
const LETTER = '---\ntitle: A letter\ndate: 2022-10-12\nsignatories: [wola]\n---\n\nWe write to you.\n';

let server: RecordingServer;
let parent: string;
/** Word letters built in this file, opened by LibreOffice once at the end. */
const opened: { file: string; expect: string[] }[] = [];

beforeAll(async () => {
  server = await recordingServer();
  parent = mkdtempSync(join(tmpdir(), 'coalition-hostile-reference-'));
});

afterAll(async () => {
  await server.close();
  if (!process.env.KEEP) rmSync(parent, { recursive: true, force: true });
});

let count = 0;
/** A workspace whose templates/reference.docx is `reference` (bytes, or a link target). */
function workspace(reference?: Uint8Array | { link: string }): string {
  const ws = join(parent, `ws${++count}`);
  mkdirSync(join(ws, 'letters'), { recursive: true });
  mkdirSync(join(ws, 'templates'));
  writeFileSync(join(ws, 'signatories.yaml'), REGISTRY);
  writeFileSync(join(ws, 'letters', 'x.md'), LETTER);
  if (reference instanceof Uint8Array) writeFileSync(join(ws, 'templates', 'reference.docx'), reference);
  else if (reference) symlinkSync(reference.link, join(ws, 'templates', 'reference.docx'));
  return ws;
}

/** Every part of a Word file whose name matches, as one text. */
function partsText(file: string, names: RegExp): string {
  const parts = ZipParts.read(readFileSync(file), file);
  return parts.names().filter((n) => names.test(n)).map((n) => parts.text(n)).join('\n');
}

/** The bytes read by this process so far (Linux counts every read(2) of every thread). */
function bytesRead(): number {
  return Number(/rchar:\s*(\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))![1]);
}

describe('1. fields, remote pictures, OLE, ActiveX and macros in a reference document', () => {
  it('stay out of the letter, named in a warning; its text, page number, logo and web link stay', async () => {
    const base = server.base;
    const parts = await houseParts();
    const header = headerName(parts);
    addToPart(parts, header, [
      `<w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;\\\\127.0.0.1\\share\\x.png&quot; \\d "><w:r><w:t>picture result</w:t></w:r></w:fldSimple></w:p>`,
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDE</w:instrText></w:r><w:r><w:instrText xml:space="preserve">TEXT "${base}/included.txt" </w:instrText></w:r>`
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>included result</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      // A field inside a page number's result still goes; the page number stays.
      '<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>INCLUDETEXT "${base}/nested.txt"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
      '<w:p><w:r><w:pict><v:shape style="width:10pt;height:10pt"><v:imagedata r:id="rIdRemote" o:title=""/></v:shape></w:pict></w:r></w:p>',
      '<w:p><w:r><w:object><o:OLEObject Type="Link" ProgID="Word.Document.12" r:id="rIdOle"/></w:object></w:r><w:r><w:control r:id="rIdActiveX" w:name="x"/></w:r></w:p>',
    ].join(''), `<Relationship Id="rIdRemote" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${base}/remote.png" TargetMode="External"/>`
      + '<Relationship Id="rIdOle" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject" Target="file:///etc/passwd" TargetMode="External"/>'
      + '<Relationship Id="rIdActiveX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/control" Target="activeX/activeX1.xml"/>');
    addToPart(parts, footerName(parts),
      '<w:p><w:hyperlink r:id="rIdWeb"><w:r><w:t>Our site</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> </w:t></w:r><w:hyperlink r:id="rIdMail"><w:r><w:t>Write to us</w:t></w:r></w:hyperlink></w:p>',
      `<Relationship Id="rIdWeb" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>`
      + '<Relationship Id="rIdMail" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:office@example.org?subject=Hello&amp;attach=/etc/passwd" TargetMode="External"/>');
    parts.set('word/vbaProject.bin', strToU8('macro bytes'));
    parts.set('word/activeX/activeX1.xml', strToU8('<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX"/>'));
    const ws = workspace(zip(parts));

    const result = await cliInProcess(['build', '--format', 'docx'], ws);
    expect(result.code, result.stderr).toBe(0);
    const warning = /templates\/reference\.docx warning reference-docx-part (.*)/.exec(result.stderr)?.[1] ?? '';
    for (const named of ['the field INCLUDEPICTURE', 'the field INCLUDETEXT', 'the field DDEAUTO', 'a VML shape or picture', 'an embedded OLE object', 'an ActiveX control']) expect(warning).toContain(named);
    expect(warning).toMatch(/left out of its header\d\.xml/);

    const file = join(ws, 'out', '2022-10-12-x.en.docx');
    const headers = partsText(file, /^word\/(header|footer)\d*\.xml$/);
    expect(headers).toContain('House header');
    expect(headers).toContain('House footer');
    expect(headers).toMatch(/<w:instrText[^>]*> PAGE <\/w:instrText>/);
    expect(headers).toContain('<w:drawing>'); // the logo stored in the file
    expect(headers).not.toMatch(/INCLUDE|DDE|picture result|included result|<w:pict|<v:|<w:object|<o:OLEObject|<w:control/);
    const rels = partsText(file, /\.rels$/);
    const external = [...rels.matchAll(/<Relationship\b[^>]*TargetMode="External"[^>]*>/g)].map((m) => m[0]);
    expect([...new Set(external.map((r) => /Target="([^"]*)"/.exec(r)![1]))].sort()).toEqual(['https://example.org/', 'mailto:office@example.org?subject=Hello']);
    expect(rels).not.toMatch(/127\.0\.0\.1|etc\/passwd|oleObject|activeX/);
    const names = ZipParts.read(readFileSync(file), file).names();
    expect(names.filter((n) => /vbaProject|activeX|embeddings/i.test(n))).toEqual([]);
    opened.push({ file, expect: ['House header', 'Page 1', 'House footer', 'Our site Write to us'] });
  });
});

describe('2. a DOCTYPE and entities in the reference\'s XML', () => {
  it('are never copied: the parts that declare them are left out, and the letter opens', async () => {
    const parts = await houseParts();
    const doctype = `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/hostname"><!ENTITY remote SYSTEM "${server.base}/entity">]>`;
    // The DOCTYPE after the XML declaration, and its entities used right after `marker`.
    const declare = (name: string, marker: string) => {
      const xml = text(parts.get(name));
      expect(xml, name).toContain(marker);
      parts.set(name, strToU8(xml.replace(/^(<\?xml[^>]*\?>)/, `$1${doctype}`).replace(marker, `${marker}&xxe;&remote;`)));
    };
    declare('word/styles.xml', '<w:docDefaults>');
    declare(headerName(parts), 'House header');
    declare('word/theme/theme1.xml', '<a:themeElements>');
    const ws = workspace(zip(parts));

    const result = await cliInProcess(['build', '--format', 'docx'], ws);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/reference-docx-part .*its styles\.xml declares a DOCTYPE \(entities\); it was left out, and the letter keeps its own styles/);
    expect(result.stderr).toMatch(/reference-docx-part .*its header\d\.xml declares a DOCTYPE/);
    const file = join(ws, 'out', '2022-10-12-x.en.docx');
    const all = partsText(file, /\.xml$|\.rels$/);
    expect(all).not.toMatch(/<!DOCTYPE|<!ENTITY|&xxe;|&remote;/);
    expect(partsText(file, /^word\/styles\.xml$/)).toContain('w:styleId="BodyText"');
    opened.push({ file, expect: ['We write to you.'] });
  });
});

describe('the Word letters built above', () => {
  it('open in LibreOffice, which fetches nothing', () => {
    expect(opened).toHaveLength(2);
    const out = join(parent, 'libreoffice');
    mkdirSync(out);
    // Each letter under a name of its own (both are 2022-10-12-x.en.docx).
    const files = opened.map((o, i) => {
      const copy = join(parent, `opened-${i + 1}.docx`);
      copyFileSync(o.file, copy);
      return copy;
    });
    const pdfs = convertWithLibreOffice(files, out);
    for (const [i, { file, expect: words }] of opened.entries()) {
      const shown = pdfText(pdfs.get(files[i]!)!).replace(/\s+/g, ' ');
      for (const word of words) expect(shown, file).toContain(word);
      expect(shown).not.toContain('included result');
    }
    expect(server.requests, 'the local server was reached').toEqual([]);
  }, 180_000);
});

describe('3. a zip bomb in the reference', () => {
  const bomb = async (styles: Entry): Promise<Buffer> => {
    const parts: Map<string, Entry> = await houseParts();
    parts.set('word/styles.xml', styles);
    return zip(parts);
  };

  it('that declares its size is refused before a byte of it is inflated', async () => {
    const stream = bombStream(300);
    const ws = workspace(await bomb({ deflated: stream, declared: 300 * 1024 * 1024 }));
    expect(stream.length).toBeLessThan(400 * 1024);
    const result = await cliInProcess(['build', '--format', 'html,docx'], ws);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/^templates\/reference\.docx error docx-too-large its part word\/styles\.xml would inflate to 300 MB, over 100 times its compressed size; it was not read further$/m);
    expect(existsSync(join(ws, 'out'))).toBe(false);
  });

  it('that lies about its size is stopped while it inflates, at a hundred times its compressed size', async () => {
    const ws = workspace(await bomb({ deflated: bombStream(300), declared: 2000 }));
    const before = process.memoryUsage().arrayBuffers;
    const result = await cliInProcess(['build', '--format', 'docx'], ws);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/its part word\/styles\.xml inflates to more than 100 times its compressed size; it was not read further/);
    // What was inflated before it stopped is bounded by that ratio (30 MB), not by the bomb (300 MB).
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(100 * 1024 * 1024);
    expect(existsSync(join(ws, 'out'))).toBe(false);
  });

  it('spread over many parts is stopped by the limit on all parts together', () => {
    // Each part inflates 25 MB at about 20:1 (under every limit of a part); four of them are over the total.
    const piece = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < piece.length; i += 64) piece[i] = (i * 2654435761) >>> 24;
    const parts = new Map<string, Entry>();
    const deflated = bombLike(piece, 25);
    for (let i = 1; i <= 4; i++) parts.set(`word/media/image${i}.png`, { deflated, declared: 1000 });
    expect(() => ZipParts.read(zip(parts), 'reference.docx')).toThrow(/its part word\/media\/image4\.png inflates to more than the 96 MB all its parts may hold together/);
  });
});

/** `piece` deflated once, repeated `times` (each piece self-contained), then closed. */
function bombLike(piece: Buffer, times: number): Buffer {
  const one = deflateRawSync(piece, { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: times }, () => one), Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff])]);
}

describe('4 and 12. check reports what build and release would; a 200 MB reference is never read', () => {
  it('not a zip, a link outside the workspace, a bomb, a 200 MB file: the same problem from check, build and release', async () => {
    const outside = join(parent, 'house.docx');
    writeFileSync(outside, zip(await houseParts()));
    const cases: { name: string; ws: string; code: string }[] = [
      { name: 'not a zip', ws: workspace(strToU8('not a zip at all')), code: 'docx-unreadable' },
      { name: 'a link outside', ws: workspace({ link: outside }), code: 'template-outside-workspace' },
      { name: 'a bomb', ws: workspace(zip(new Map<string, Entry>([...await houseParts(), ['word/styles.xml', { deflated: bombStream(300), declared: 300 * 1024 * 1024 }]]))), code: 'docx-too-large' },
      { name: '200 MB', ws: workspace(), code: 'reference-docx-too-large' },
    ];
    // A sparse file: 200 MB to stat, nothing on the disk.
    const big = openSync(join(cases[3]!.ws, 'templates', 'reference.docx'), 'w');
    ftruncateSync(big, 200 * 1024 * 1024);
    closeSync(big);

    for (const { name, ws, code } of cases) {
      const readBefore = bytesRead();
      const check = await cliInProcess(['check'], ws);
      expect(check.code, `${name}: ${check.stdout}`).toBe(1);
      expect(check.stdout, name).toMatch(new RegExp(`^templates/reference\\.docx error ${code} `, 'm'));
      const build = await cliInProcess(['build', '--format', 'docx'], ws);
      expect(build.code, name).toBe(1);
      expect(build.stderr, name).toMatch(new RegExp(`^templates/reference\\.docx error ${code} `, 'm'));
      const release = await cliInProcess(['release', 'x', '--format', 'docx'], ws);
      expect(release.code, `${name}: ${release.stderr}`).toBe(1);
      expect(release.stderr, name).toMatch(new RegExp(`^templates/reference\\.docx error ${code} `, 'm'));
      expect(existsSync(join(ws, 'releases')), name).toBe(false);
      // Three commands, and not one of them read the 200 MB (or inflated the bomb's 300 MB).
      expect(bytesRead() - readBefore, name).toBeLessThan(20 * 1024 * 1024);
    }
  });

  it('a 200 MB --reference-docx is refused from its size alone', async () => {
    const ws = workspace();
    const path = join(parent, 'big.docx');
    const big = openSync(path, 'w');
    ftruncateSync(big, 200 * 1024 * 1024);
    closeSync(big);
    const readBefore = bytesRead();
    const result = await cliInProcess(['build', '--format', 'docx', '--reference-docx', path], ws);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/big\.docx error reference-docx-too-large is 200 MB; a reference document can be at most 20 MB/);
    expect(bytesRead() - readBefore).toBeLessThan(20 * 1024 * 1024);
  });

  it('warnings about what a reference leaves out are the same in check and build', async () => {
    const parts = await houseParts();
    addToPart(parts, headerName(parts), '<w:p><w:fldSimple w:instr="INCLUDETEXT &quot;x&quot;"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>');
    const ws = workspace(zip(parts));
    const check = await cliInProcess(['check'], ws);
    const build = await cliInProcess(['build', '--format', 'docx'], ws);
    const line = (out: string) => /^templates\/reference\.docx warning reference-docx-part .*$/m.exec(out)?.[0];
    expect(line(check.stdout)).toBeDefined();
    expect(line(check.stdout)).toBe(line(build.stderr));
  });
});
