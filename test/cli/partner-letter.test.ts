import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, pdfInfo, pdfText, REPO, tempWorkspace } from '../helpers.js';

/**
 * A letter written by someone else in the documented format: Spanish first, two
 * women addressed, groups by country, an individual, pending and withdrawn signers,
 * A4 paper. It must render correctly with no change to the code.
 */
describe('a partner letter in the documented format', () => {
  const ws = tempWorkspace();
  const name = '2024-05-20-trips-waiver';
  const file = (lang: string, ext = 'pdf') => join(ws.dir, 'out', `${name}.${lang}.${ext}`);
  let final: Awaited<ReturnType<typeof cli>>;
  let draft: Awaited<ReturnType<typeof cli>>;

  beforeAll(async () => {
    cpSync(join(REPO, 'test', 'fixtures', 'partner'), ws.dir, { recursive: true });
    final = await cli(['build'], { cwd: ws.dir });
    draft = await cli(['build', '--draft', '--out', 'drafts', 'trips-waiver'], { cwd: ws.dir });
  });
  afterAll(() => ws.cleanup());

  it('builds both languages', () => {
    expect(final.code, final.stderr).toBe(0);
    expect(readdirSync(join(ws.dir, 'out')).sort()).toEqual(['en.html', 'en.pdf', 'es.html', 'es.pdf'].map((e) => `${name}.${e}`));
  });

  it('greets two women in Spanish with the feminine plural and "e" before an i-sound', () => {
    const text = pdfText(file('es'));
    expect(text).toContain('Estimadas Directora General Okonjo-Iweala e Ingeniera Ortiz:');
    expect(pdfText(file('en'))).toContain('Dear Director-General Okonjo-Iweala and Minister Ortiz,');
  });

  it('prints place, date, subject, addresses, closing and cc in the letter language', () => {
    const es = pdfText(file('es'));
    expect(es).toContain('Bogotá, 20 de mayo de 2024');
    expect(es).toContain('Asunto: Exención de los ADPIC para productos sanitarios');
    expect(es).toContain('Rue de Lausanne 154');
    expect(es).toContain('Atentamente,');
    expect(es).toContain('Embajada de Colombia ante la OMC');
    const en = pdfText(file('en'));
    expect(en).toContain('Bogotá, May 20, 2024');
    expect(en).toContain('Re: TRIPS waiver for health products');
    expect(en).toContain('Sincerely,');
  });

  it('groups signers by country named in the letter language, numbered, without country last', () => {
    const es = pdfText(file('es')).replace(/\s+/g, ' ');
    // The as-of date joins the heading, never a second noun ("Firman: Firmantes al …", issue 27).
    expect(es).toContain('Firman al 20 de mayo de 2024:');
    expect(es).not.toContain('Firmantes al');
    // Signers without a country come last, under no heading ("Otros países" would give them countries of their own).
    expect(es).not.toContain('Otros países');
    const order = ['Argentina', '1. Ana Núñez, Profesora de Salud Pública, Universidad Nacional', '2. Ñandú Colectivo', 'Colombia',
      '3. Fundación IFARMA', '4. Red Latinoamericana por el Acceso a Medicamentos (RedLAM)', 'Reino Unido', '5. Trade Justice Movement',
      '6. Alianza Global Sin Fronteras'];
    let at = 0;
    for (const part of order) {
      const i = es.indexOf(part, at);
      expect(i, part).toBeGreaterThanOrEqual(0);
      at = i + part.length;
    }
    expect(es).toContain('Las afiliaciones se indican solo a efectos de identificación.');
    const en = pdfText(file('en')).replace(/\s+/g, ' ');
    expect(en).toContain('Latin American Network for Access to Medicines (RedLAM)');
    expect(en).toContain('United Kingdom');
    expect(en).toContain('Signed as of May 20, 2024: Argentina');
    expect(en).toContain('5. Trade Justice Movement 6. Alianza Global Sin Fronteras');
    expect(en).not.toContain('Other countries');
  });

  it('leaves pending and withdrawn signers out of the final letter and its metadata', () => {
    const es = pdfText(file('es'));
    expect(es).not.toContain('Colectiva Mujeres y Salud');
    expect(es).not.toContain('Organización Que Se Retiró');
    const info = pdfInfo(file('es'));
    expect(info.Keywords).toContain('RedLAM');
    for (const field of [info.Author, info.Keywords]) {
      expect(field).not.toContain('Colectiva Mujeres y Salud');
      expect(field).not.toContain('Organización Que Se Retiró');
    }
  });

  it('prints on A4 paper with the title in the letter language', () => {
    const info = pdfInfo(file('es'));
    expect(info['Page size']).toContain('(A4)');
    expect(info.Title).toBe('Carta a la Directora General de la OMC sobre la exención de los ADPIC');
  });

  it('prints pending signers, marked, and DRAFT on every page with --draft; never the withdrawn', () => {
    expect(draft.code, draft.stderr).toBe(0);
    const pages = pdfText(join(ws.dir, 'drafts', `${name}.es.pdf`)).split('\f').filter((p) => p.trim());
    for (const page of pages) expect(page).toContain('BORRADOR');
    const all = pages.join('\n');
    expect(all).toMatch(/Colectiva Mujeres y Salud \(pendiente\)/);
    expect(all).not.toContain('Organización Que Se Retiró');
    expect(pdfText(join(ws.dir, 'drafts', `${name}.en.pdf`))).toContain('DRAFT');
  });
});
