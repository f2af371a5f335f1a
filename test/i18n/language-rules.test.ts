import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cli, sampleWorkspace } from '../helpers.js';
import { formatCalendarDate, joinList, collator, countryName } from '../../src/i18n/intl.js';
import { buildGreeting } from '../../src/i18n/greeting.js';
import { loadStrings } from '../../src/i18n/strings.js';
import { TemplateFiles } from '../../src/workspace/template-files.js';
import { buildSignatoryList, displayName, sortKey } from '../../src/resolve/signatory-list.js';
import type { Addressee, Signatory, Signing } from '../../src/model/schema.js';

const strings = (lang: string) => loadStrings(new TemplateFiles(undefined), lang);
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('calendar dates', () => {
  // UTC+14 and UTC-11: a date parsed as an instant would shift by a day in one of them.
  for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
    it(`prints the written date in ${tz}`, () => {
      process.env.TZ = tz;
      expect(formatCalendarDate('2022-10-12', 'en')).toBe('October 12, 2022');
      expect(formatCalendarDate('2022-10-12', 'es')).toBe('12 de octubre de 2022');
      expect(formatCalendarDate('2023-01-01', 'fr')).toBe('1 janvier 2023');
    });
  }

  it('prints the written date from the CLI in far-apart time zones', async () => {
    const ws = sampleWorkspace();
    try {
      const offsets: string[] = [];
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        rmSync(join(ws.dir, 'out'), { recursive: true, force: true });
        const result = await cli(['build', '--format', 'html', '--lang', 'en'], { cwd: ws.dir, env: { TZ: tz } });
        expect(result.code, result.stderr).toBe(0);
        expect(readFileSync(join(ws.dir, 'out', '2022-10-12-us-mexico-security-dialogue.en.html'), 'utf8'), tz).toContain('October 12, 2022');
        offsets.push(execFileSync(process.execPath, ['-p', 'new Date(2022, 9, 12).getTimezoneOffset()'], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }));
      }
      // The zones really differ for a Node process given that TZ.
      expect(offsets[0]).not.toBe(offsets[1]);
    } finally {
      ws.cleanup();
    }
  });
});

describe('list joining', () => {
  it('uses the language conjunction', () => {
    expect(joinList(['Secretary Blinken', 'Secretary Ebrard'], 'en')).toBe('Secretary Blinken and Secretary Ebrard');
    expect(joinList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(joinList(['Secretario Blinken', 'Secretario Ebrard'], 'es')).toBe('Secretario Blinken y Secretario Ebrard');
  });
  it('turns Spanish "y" into "e" before an i-sound', () => {
    expect(joinList(['Secretario Blinken', 'Ingeniera Ortiz'], 'es')).toBe('Secretario Blinken e Ingeniera Ortiz');
    expect(joinList(['Ministra Paz', 'Hilda Ibáñez'], 'es')).toBe('Ministra Paz e Hilda Ibáñez');
  });
});

describe('collation', () => {
  it('sorts Ñ after N in Spanish and with N in English', () => {
    const names = ['Ñandú', 'Núñez', 'Nava'];
    expect([...names].sort(collator('es').compare)).toEqual(['Nava', 'Núñez', 'Ñandú']);
    expect([...names].sort(collator('en').compare)).toEqual(['Ñandú', 'Nava', 'Núñez']);
  });
});

describe('country names', () => {
  it('names countries in the letter language', () => {
    expect(countryName('MX', 'en')).toBe('Mexico');
    expect(countryName('MX', 'es')).toBe('México');
    expect(countryName('US', 'es')).toBe('Estados Unidos');
    expect(countryName('BR', 'pt')).toBe('Brasil');
  });
});

describe('greetings', () => {
  const person = (salutation: string, gender?: 'f' | 'm'): Addressee => ({ name: salutation, salutation, ...(gender ? { gender } : {}) });
  it('agrees in gender and number in Spanish', () => {
    const es = strings('es');
    expect(buildGreeting([person('Directora General Okafor', 'f')], 'es', es)).toBe('Estimada Directora General Okafor:');
    expect(buildGreeting([person('Secretario Blinken', 'm')], 'es', es)).toBe('Estimado Secretario Blinken:');
    expect(buildGreeting([person('Secretario Blinken', 'm'), person('Secretario Ebrard', 'm')], 'es', es)).toBe('Estimados Secretario Blinken y Secretario Ebrard:');
    expect(buildGreeting([person('Ministra Paz', 'f'), person('Directora Ortiz', 'f')], 'es', es)).toBe('Estimadas Ministra Paz y Directora Ortiz:');
    // Mixed: each their own form (the salutation tells "Secretario" is a man); an unknown gender takes no adjective, never the masculine.
    expect(buildGreeting([person('Ministra Paz', 'f'), person('Secretario Ebrard')], 'es', es)).toBe('Estimada Ministra Paz y estimado Secretario Ebrard:');
    expect(buildGreeting([person('Secretario Blinken'), person('Ingeniera Ortiz', 'f')], 'es', es)).toBe('Estimado Secretario Blinken y estimada Ingeniera Ortiz:');
    expect(buildGreeting([person('Rector Paz'), person('Doctor Ebrard')], 'es', es)).toBe('Rector Paz y estimado Doctor Ebrard:');
    expect(buildGreeting([person('Rector Paz')], 'es', es)).toBe('Rector Paz:');
  });
  it('builds the English greeting from the salutations', () => {
    expect(buildGreeting([person('Secretary Blinken'), person('Secretary Ebrard')], 'en', strings('en'))).toBe('Dear Secretary Blinken and Secretary Ebrard,');
  });
  it('falls back to the addressee name without a salutation', () => {
    expect(buildGreeting([{ name: 'Ngozi Okonjo-Iweala' }], 'en', strings('en'))).toBe('Dear Ngozi Okonjo-Iweala,');
  });
});

describe('signatory names and order', () => {
  const wola: Signatory = {
    kind: 'organization', name: 'Washington Office on Latin America', short: 'WOLA',
    names: { es: 'Oficina en Washington para Asuntos Latinoamericanos' }, bilingual: true, country: 'US',
  };
  const prof: Signatory = {
    kind: 'individual', name: 'Jane Roe', title: { en: 'Professor of Law', es: 'Profesora de Derecho' },
    affiliation: 'University of Somewhere', country: 'MX',
  };
  it('prints every name of a bilingual organization, letter language first', () => {
    expect(displayName(wola, 'en')).toBe('Washington Office on Latin America (WOLA) / Oficina en Washington para Asuntos Latinoamericanos (WOLA)');
    expect(displayName(wola, 'es')).toBe('Oficina en Washington para Asuntos Latinoamericanos (WOLA) / Washington Office on Latin America (WOLA)');
  });
  it('prints individuals as Name, Title, Affiliation in the letter language', () => {
    expect(displayName(prof, 'en')).toBe('Jane Roe, Professor of Law, University of Somewhere');
    expect(displayName(prof, 'es')).toBe('Jane Roe, Profesora de Derecho, University of Somewhere');
  });
  it('does not repeat a short name equal to the name', () => {
    expect(displayName({ kind: 'organization', name: 'Serapaz', short: 'Serapaz' }, 'en')).toBe('Serapaz');
  });

  const registry = new Map<string, Signatory>([
    ['nunez', { kind: 'individual', name: 'Ana Núñez' }],
    ['nandu', { kind: 'organization', name: 'Ñandú Colectivo', country: 'AR' }],
    ['abc', { kind: 'organization', name: 'The Zeta Group', sort_as: 'Zeta Group', country: 'MX' }],
    ['mora', { kind: 'individual', name: 'Luis Mora', country: 'MX' }],
    ['pend', { kind: 'organization', name: 'Pending Org', country: 'MX' }],
    ['gone', { kind: 'organization', name: 'Withdrawn Org', country: 'MX' }],
  ]);
  const signers = [
    { id: 'abc', status: 'confirmed' as const, index: 0 },
    { id: 'nandu', status: 'confirmed' as const, index: 1 },
    { id: 'nunez', status: 'confirmed' as const, index: 2 },
    { id: 'mora', status: 'confirmed' as const, index: 3 },
    { id: 'pend', status: 'pending' as const, index: 4 },
    { id: 'gone', status: 'withdrawn' as const, index: 5 },
  ];
  const signing: Signing = { order: 'alphabetical', group_by: 'none', numbered: false };
  const texts = (lang: string, s: Partial<Signing> = {}, draft = false) =>
    buildSignatoryList(signers, registry, { ...signing, ...s }, lang, { draft, noCountryHeading: 'Other' })
      .map((g) => [g.heading ?? '', ...g.signers.map((x) => `${x.number ?? ''}${x.text}${x.pending ? '*' : ''}`)]);

  it('sorts with the letter language collation, sort_as and family names', () => {
    // Individuals by family name: Mora, Núñez; "The Zeta Group" sorts as "Zeta Group".
    expect(texts('es')).toEqual([['', 'Luis Mora', 'Ana Núñez', 'Ñandú Colectivo', 'The Zeta Group']]);
    expect(texts('en')).toEqual([['', 'Luis Mora', 'Ñandú Colectivo', 'Ana Núñez', 'The Zeta Group']]);
    expect(sortKey(registry.get('nunez')!, 'es')).toBe('Núñez, Ana');
  });
  it('keeps the listed order with as-listed', () => {
    expect(texts('en', { order: 'as-listed' })).toEqual([['', 'The Zeta Group', 'Ñandú Colectivo', 'Ana Núñez', 'Luis Mora']]);
  });
  it('prints pending signers only in drafts, marked, and withdrawn never', () => {
    expect(texts('en', {}, true)[0]).toContain('Pending Org*');
    expect(texts('en', {}, false)[0]).not.toContain('Pending Org*');
    expect(JSON.stringify(texts('en', {}, true))).not.toContain('Withdrawn');
  });
  it('groups by country named in the letter language, without country last, and numbers across groups', () => {
    expect(texts('es', { group_by: 'country', numbered: true })).toEqual([
      ['Argentina', '1Ñandú Colectivo'],
      ['México', '2Luis Mora', '3The Zeta Group'],
      ['Other', '4Ana Núñez'],
    ]);
  });
});
