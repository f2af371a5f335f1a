/**
 * Reference documents: `templates/reference.docx` lends its header (with its image)
 * and footer to every Word letter; what in a header would fetch something from
 * outside is left out with a warning (test/hostile/reference-docx.test.ts has the rest); a reference that is not a Word file, is missing, or
 * leads out of the workspace stops the build before anything is written.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Footer, Header, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, describe, expect, it } from 'vitest';
import { ZipParts } from '../../src/render/docx/zip-parts.js';
import { cliInProcess, tempWorkspace } from '../helpers.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const FILES = {
  'signatories.yaml': 'signatories:\n  wola:\n    name: Washington Office on Latin America\n',
  'letters/x.md': '---\ntitle: A letter\ndate: 2022-10-12\nsignatories: [wola]\n---\n\nWe write to you.\n',
};

async function house(): Promise<Buffer> {
  return Packer.toBuffer(new Document({
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } }), new TextRun('House header')] })] }) },
      footers: { default: new Footer({ children: [new Paragraph('House footer')] }) },
      children: [new Paragraph('Reference')],
    }],
  }));
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function workspace(extra: Record<string, string | Uint8Array> = {}): string {
  const ws = tempWorkspace({ ...FILES, ...extra });
  cleanup = ws.cleanup;
  return ws.dir;
}

function headerAndFooterText(file: string): { parts: ZipParts; text: string } {
  const parts = ZipParts.read(readFileSync(file), file);
  const text = parts.names().filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)).map((n) => parts.text(n)).join('\n');
  return { parts, text };
}

describe('templates/reference.docx', () => {
  it('lends its header, with its image, and its footer; DRAFT stays above the house header', async () => {
    const dir = workspace({ 'templates/reference.docx': await house() });
    const result = await cliInProcess(['build', '--format', 'docx', '--draft'], dir);
    expect(result.code, result.stderr).toBe(0);
    const { parts, text } = headerAndFooterText(join(dir, 'out', '2022-10-12-x.en.docx'));
    expect(text).toContain('House header');
    expect(text).toContain('House footer');
    expect(text).toMatch(/DraftMark"\/><\/w:pPr><w:r><w:t>DRAFT<\/w:t>[^]*House header/);
    const media = parts.names().filter((n) => n.startsWith('word/media/reference-'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(parts.bytes(media[0]!)!).equals(PNG)).toBe(true);
  });

  it('keeps the house header without its remote image, and says what it left out', async () => {
    const zip = ZipParts.read(await house(), 'reference');
    const rels = zip.names().find((n) => /header\d*\.xml\.rels$/.test(n))!;
    zip.set(rels, zip.text(rels)!.replace(/Target="[^"]*media\/[^"]+"/, 'Target="http://127.0.0.1:9/logo.png" TargetMode="External"'));
    const dir = workspace({ 'templates/reference.docx': zip.write('2022-01-01') });
    const result = await cliInProcess(['build', '--format', 'docx'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/templates\/reference\.docx warning reference-docx-part .*left out of its header\d*\.xml: a link to http:\/\/127\.0\.0\.1:9\/logo\.png, outside the document/);
    const { parts, text } = headerAndFooterText(join(dir, 'out', '2022-10-12-x.en.docx'));
    expect(text).toContain('House header');
    expect(text).not.toContain('<w:drawing');
    expect(text).toContain('House footer');
    expect(parts.names().filter((n) => n.endsWith('.rels')).map((n) => parts.text(n)).join('')).not.toContain('127.0.0.1');
  });

  it('stops the build, writing nothing, when it is not a Word file or leads out of the workspace', async () => {
    let dir = workspace({ 'templates/reference.docx': 'not a zip at all' });
    let result = await cliInProcess(['build', '--format', 'html,docx'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/templates\/reference\.docx error docx-unreadable is not a Word file that can be read/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    cleanup?.();

    dir = workspace();
    const outside = tempWorkspace({ 'house.docx': await house() });
    mkdirSync(join(dir, 'templates'));
    symlinkSync(join(outside.dir, 'house.docx'), join(dir, 'templates', 'reference.docx'));
    result = await cliInProcess(['build', '--format', 'docx'], dir);
    outside.cleanup();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/templates\/reference\.docx error template-outside-workspace links to a file outside the workspace/);
    expect(existsSync(join(dir, 'out'))).toBe(false);

    result = await cliInProcess(['build', '--format', 'docx', '--reference-docx', 'missing.docx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.docx: no such file/);
  });
});
