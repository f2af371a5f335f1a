/**
 * Issue 22, item 8: the preview watches only what the letter reads. A workspace
 * holding `rootlink -> /` made the watcher walk the machine before the preview
 * served; now it serves at once, follows an edit of the letter and of an image the
 * letter names, and does not react to files the letter does not read (nor to any
 * file reached through the link). In-process, loopback only.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewServer } from '../../src/preview/server.js';
import { tempWorkspace } from '../helpers.js';

const REGISTRY = 'signatories:\n  wola:\n    name: Washington Office on Latin America\n';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const letter = (word: string) => `---\ntitle: A letter\ndate: 2022-10-12\nsignatories: [wola]\n---\n\nWe write ${word}.\n\n![logo](../images/logo.png)\n`;

let ws: { dir: string; cleanup: () => void };
let preview: PreviewServer;
const changes: string[][] = [];

beforeAll(async () => {
  ws = tempWorkspace({ 'signatories.yaml': REGISTRY, 'letters/2022-10-12-x.md': letter('first') });
  mkdirSync(join(ws.dir, 'images'));
  mkdirSync(join(ws.dir, 'notes'));
  writeFileSync(join(ws.dir, 'images', 'logo.png'), PNG);
  symlinkSync('/', join(ws.dir, 'rootlink'));
  preview = await startPreview({ root: ws.dir, letterPath: join(ws.dir, 'letters', '2022-10-12-x.md'), onChange: ({ files }) => changes.push(files) });
}, 20_000);

afterAll(async () => {
  await preview?.close();
  ws?.cleanup();
});

const fetchText = (url: string) => new Promise<{ status: number; body: string }>((resolve, reject) => {
  get(url, (res) => {
    let body = '';
    res.on('data', (c) => (body += c));
    res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
  }).on('error', reject);
});

async function nextChange(after: () => void): Promise<string[] | undefined> {
  const before = changes.length;
  after();
  for (let i = 0; i < 60 && changes.length === before; i++) await new Promise((r) => setTimeout(r, 100));
  return changes[before];
}

describe('8. the preview in a workspace holding rootlink -> /', () => {
  it('serves the letter without walking the machine first', async () => {
    const page = await fetchText(`${preview.url}?view=text`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('We write first');
  });

  it('follows an edit of the letter and of the image it names, not of a file it does not read', async () => {
    expect(await nextChange(() => writeFileSync(join(ws.dir, 'letters', '2022-10-12-x.md'), letter('second')))).toEqual([join('letters', '2022-10-12-x.md')]);
    expect(await nextChange(() => writeFileSync(join(ws.dir, 'images', 'logo.png'), Buffer.concat([PNG, Buffer.alloc(1)])))).toEqual([join('images', 'logo.png')]);
    expect(await nextChange(() => writeFileSync(join(ws.dir, 'notes', 'todo.md'), 'not read by the letter\n'))).toBeUndefined();
    expect((await fetchText(`${preview.url}?view=text`)).body).toContain('We write second');
  }, 30_000);
});
