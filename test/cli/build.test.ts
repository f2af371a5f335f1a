import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliInThisProcess, OWN_BROWSER, pdfInfo, pdfText, sampleWorkspace } from '../helpers.js';
import { letterText, seedParagraphs } from '../seed.js';

const base = '2022-10-12-us-mexico-security-dialogue';

describe('coalition build on the sample workspace (real binary, real Chromium)', () => {
  const ws = sampleWorkspace();
  let result: Awaited<ReturnType<typeof cli>>;
  const out = (ext: string) => join(ws.dir, 'out', `${base}.${ext}`);

  beforeAll(async () => {
    result = await cli(['build'], { cwd: ws.dir });
  });
  afterAll(() => ws.cleanup());

  it('writes HTML and PDF for both languages and lists them', () => {
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(readdirSync(join(ws.dir, 'out')).sort()).toEqual([`${base}.en.html`, `${base}.en.pdf`, `${base}.es.html`, `${base}.es.pdf`]);
    expect(result.stdout.trim().split('\n').sort()).toEqual(['en.html', 'en.pdf', 'es.html', 'es.pdf'].map((e) => `out/${base}.${e}`));
  });

  it('reproduces the seed letter word for word, in order, in the English PDF', () => {
    const text = letterText(pdfText(out('en.pdf')));
    const paragraphs = seedParagraphs();
    expect(paragraphs.length).toBeGreaterThan(30);
    let at = 0;
    for (const paragraph of paragraphs) {
      const found = text.indexOf(paragraph, at);
      expect(found, `not found in order: "${paragraph.slice(0, 70)}…"`).toBeGreaterThanOrEqual(0);
      at = found + paragraph.length;
    }
  });

  it('prints the Spanish edition with Spanish rules', () => {
    const text = letterText(pdfText(out('es.pdf')));
    expect(text).toContain('12 de octubre de 2022');
    expect(text).toContain('Estimados Secretario Blinken y Secretario Ebrard:');
    expect(text).toContain('Secretario de Relaciones Exteriores de México');
    // Bilingual names put the letter's language first.
    expect(text).toContain('Oficina en Washington para Asuntos Latinoamericanos (WOLA) / Washington Office on Latin America (WOLA)');
    // as-listed: the seed's order, not alphabetical.
    expect(text.indexOf('Amnistía Internacional México')).toBeLessThan(text.indexOf('Centro de Derechos Humanos Miguel'));
    expect(text.indexOf('Servicios y Asesoría para la Paz')).toBeLessThan(text.indexOf('Oficina en Washington'));
  });

  it('sets the PDF metadata from the letter, not the clock', () => {
    const en = pdfInfo(out('en.pdf'));
    const es = pdfInfo(out('es.pdf'));
    expect(en.Title).toBe('Letter from Human Rights Groups to US Secretary of State Antony Blinken and Mexican Secretary of Foreign Affairs Marcelo Ebrard');
    expect(es.Title).toMatch(/^Carta de organizaciones de derechos humanos/);
    expect(en.Author).toContain('Washington Office on Latin America (WOLA)');
    // No subject: the title, never a phrase built from the addressees (issue 27).
    expect(en.Subject).toBe(en.Title);
    expect(es.Subject).toBe(es.Title);
    expect(en.Keywords).toContain('Amnistía Internacional México; Centro Prodh; ');
    expect(en.Tagged).toBe('yes');
    expect(en.CreationDate).toMatch(/^2022-10-12/);
    expect(en.ModDate).toMatch(/^2022-10-12/);
    expect(Number(en.Pages)).toBeGreaterThanOrEqual(2);
    expect(en['Page size']).toContain('612 x 792');
    const raw = readFileSync(out('es.pdf')).toString('latin1');
    expect(raw).toMatch(/\/Lang \(es\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });

  it('numbers pages in the footer from page 2 on, in the letter language', () => {
    for (const [lang, label] of [['en', 'Page'], ['es', 'Página']] as const) {
      const pages = pdfText(out(`${lang}.pdf`)).split('\f').filter((p) => p.trim());
      const total = pages.length;
      expect(total).toBeGreaterThanOrEqual(2);
      expect(pages[0]).not.toMatch(new RegExp(`${label} \\d`));
      pages.slice(1).forEach((page, i) => {
        expect(page).toContain(lang === 'en' ? `Page ${i + 2} of ${total}` : `Página ${i + 2} de ${total}`);
      });
    }
  });

  it('embeds every font in the PDF', () => {
    const fonts = execFileSync('pdffonts', [out('en.pdf')], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/SourceSerif4/);
      expect(line.split(/\s+/).slice(-5, -4)[0]).toBe('yes');
    }
  });

  it('writes self-contained HTML5 with the right lang and no remote resources', () => {
    for (const lang of ['en', 'es']) {
      const html = readFileSync(out(`${lang}.html`), 'utf8');
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain(`<html lang="${lang}" dir="ltr">`);
      expect(html).toMatch(/@font-face\s*\{[^}]*url\(data:font\/woff2;base64,/);
      expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
      expect(html).not.toMatch(/url\((["']?)(https?:)?\/\//i);
      expect(html).not.toMatch(/<script/i);
    }
  });

  it('gives the same bytes when built again', async () => {
    const first = readFileSync(out('es.pdf'));
    const again = await cli(['build', '--lang', 'es', '--out', 'again'], { cwd: ws.dir });
    expect(again.code).toBe(0);
    expect(readFileSync(join(ws.dir, 'again', `${base}.es.pdf`)).equals(first)).toBe(true);
    expect(existsSync(join(ws.dir, 'again', `${base}.en.pdf`))).toBe(false);
  });
});

describe('coalition build without a browser', () => {
  it('exits 3 with a hint, and still writes the HTML', async () => {
    const ws = sampleWorkspace();
    try {
      const result = await cli(['build'], { cwd: ws.dir, env: { ...OWN_BROWSER, PUPPETEER_EXECUTABLE_PATH: join(ws.dir, 'no-such-chrome') } });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('PUPPETEER_EXECUTABLE_PATH');
      expect(result.stderr).toMatch(/apt-get install chromium/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      const files = readdirSync(join(ws.dir, 'out')).sort();
      expect(files).toEqual([`${base}.en.html`, `${base}.es.html`]);
    } finally {
      ws.cleanup();
    }
  });

  it('looks for no browser when the workspace has no letter to print', async () => {
    const ws = sampleWorkspace();
    try {
      rmSync(join(ws.dir, 'letters'), { recursive: true });
      mkdirSync(join(ws.dir, 'letters'));
      // A PDF build starts its browser before reading the letters, unless there are none:
      // this "browser" leaves a mark when it is started.
      const browser = join(ws.dir, 'marking-browser');
      writeFileSync(browser, `#!/bin/sh\ntouch "${join(ws.dir, 'started')}"\n`, { mode: 0o755 });
      const result = await cli(['build', '--chrome-path', browser], { cwd: ws.dir, env: OWN_BROWSER });
      expect(result.stderr).toContain('no letters to build');
      expect(result.code, result.stderr).toBe(0);
      expect(existsSync(join(ws.dir, 'started'))).toBe(false);
    } finally {
      ws.cleanup();
    }
  });

  it('builds HTML alone without looking for a browser', async () => {
    const ws = sampleWorkspace();
    try {
      const result = await cliInThisProcess(['build', '--format', 'html', '--chrome-path', '/nonexistent'], { cwd: ws.dir });
      expect(result.code).toBe(0);
      expect(readdirSync(join(ws.dir, 'out'))).toHaveLength(2);
    } finally {
      ws.cleanup();
    }
  });
});

describe('coalition build refuses what it cannot do, at once', () => {
  it('--lang that no letter has is a usage error naming the languages the letters have', async () => {
    const ws = sampleWorkspace();
    try {
      for (const lang of ['zz', 'en,zz']) {
        const result = await cliInThisProcess(['build', '--format', 'html', '--lang', lang], { cwd: ws.dir });
        expect(result.code, lang).toBe(2);
        expect(result.stderr).toContain('--lang zz: no letter has this language; the letters have en, es');
        expect(result.stdout).toBe('');
      }
      expect(existsSync(join(ws.dir, 'out'))).toBe(false);
    } finally {
      ws.cleanup();
    }
  });

  it('an --out folder that can never be made (/proc/x) fails in seconds with the reason, exit 5', async () => {
    const ws = sampleWorkspace();
    try {
      // Node's own recursive mkdir spins forever there: a process of its own, whose timeout turns a hang into a failure.
      for (const format of ['html', 'pdf']) {
        const result = await cli(['build', '--format', format, '--out', '/proc/x'], { cwd: ws.dir, timeout: 30_000 });
        expect(result.code, result.stderr).toBe(5);
        expect(result.stderr).toContain('cannot write to /proc/x: no folder can be made there (ENOENT)');
        expect(result.stderr).not.toMatch(/\n\s+at /);
      }
    } finally {
      ws.cleanup();
    }
  });

  it('a file where the output folder should be is named as such', async () => {
    const ws = sampleWorkspace();
    try {
      writeFileSync(join(ws.dir, 'out'), 'not a folder\n');
      for (const out of ['out', 'out/drafts']) {
        const result = await cliInThisProcess(['build', '--format', 'html', '--out', out], { cwd: ws.dir });
        expect(result.code).toBe(5);
        expect(result.stderr).toContain(`cannot write to ${out}: a file is in the way (ENOTDIR)`);
      }
      expect(readFileSync(join(ws.dir, 'out'), 'utf8')).toBe('not a folder\n');
    } finally {
      ws.cleanup();
    }
  });
});
