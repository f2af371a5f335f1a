import { describe, expect, it } from 'vitest';
import { countryCode } from '../../src/registry/countries.js';
import { mapColumns } from '../../src/registry/import/columns.js';
import { RegistryMatcher } from '../../src/registry/import/matcher.js';
import { readResponse } from '../../src/registry/import/responses.js';
import { nameKey, suggestId } from '../../src/registry/name-key.js';
import { parseRegistry } from '../../src/workspace/read-registry.js';

describe('countries', () => {
  it('reads codes and English or Spanish names, any case and accents', () => {
    const cases: [string, string][] = [
      ['MX', 'MX'], ['mx', 'MX'], ['México', 'MX'], ['MEXICO', 'MX'], ['Estados Unidos', 'US'], ['United States', 'US'],
      ['EE. UU.', 'US'], ['USA', 'US'], ['Alemania', 'DE'], ['Germany', 'DE'], ['Perú', 'PE'], ['Brasil', 'BR'], ['Guatemala', 'GT'],
    ];
    for (const [text, code] of cases) expect(countryCode(text), text).toBe(code);
    expect(countryCode('Narnia')).toBeUndefined();
  });
});

describe('columns', () => {
  it('are found by English, Spanish and bilingual headers, and by --map', () => {
    const headers = ['Marca temporal', 'Nombre de la organización / Organization', 'Siglas', 'PAÍS', 'Correo electrónico', 'Nombre', 'Cargo'];
    const { columns, ignored } = mapColumns(headers);
    expect(columns).toEqual({ timestamp: 0, organization: 1, acronym: 2, country: 3, email: 4, name: 5, title: 6 });
    expect(ignored).toEqual([]);
    expect(mapColumns(['Group', 'Where'], ['group=organization', 'Where=country']).columns).toEqual({ organization: 0, country: 1 });
    expect(() => mapColumns(['Group'], ['Nope=organization'])).toThrow(/no column is headed "Nope"/);
    expect(() => mapColumns(['Group'], ['Group=colour'])).toThrow(/"colour" is not a field/);
  });
});

describe('matching a response to the registry', () => {
  const registry = parseRegistry([
    'signatories:',
    '  wola: { name: Washington Office on Latin America, short: WOLA, names: { es: Oficina en Washington para Asuntos Latinoamericanos }, country: US }',
    '  cadhac: { name: Ciudadanos en Apoyo a los Derechos Humanos, short: CADHAC, country: MX }',
    '  cdh-mx: { name: Centro de Derechos Humanos, short: CDH, country: MX }',
    '  cdh-gt: { name: Centro de Derechos Humanos, short: CDH, country: GT }',
    '  cdh-gt2: { name: Centro de Derechos Humanos, country: GT }',
    '  jane-roe: { kind: individual, name: Jane Roe }',
  ].join('\n'), 'signatories.yaml');
  const matcher = new RegistryMatcher(registry.signatories);
  const map = mapColumns(['Organization', 'Acronym', 'Country', 'Name', 'Type']);
  const match = (cells: string[]) => {
    const r = readResponse(cells, 2, map);
    if ('empty' in r) throw new Error('empty');
    return matcher.match(r).ids;
  };

  it('ignores case, accents and punctuation, in any language', () => {
    expect(match(['WASHINGTON OFFICE ON LATIN AMERICA', '', '', '', ''])).toEqual(['wola']);
    expect(match(['Oficina en Washington para Asuntos Latino-americanos', '', '', '', ''])).toEqual([]);
    expect(match(['oficina en washington, para asuntos latinoamericanos.', '', '', '', ''])).toEqual(['wola']);
    expect(match(['Ciudadanos en Apoyo a los Derechos Humanos, A.C. (CADHAC)', '', 'México', '', ''])).toEqual(['cadhac']);
    expect(match(['Ciudadanos en Apoyo a los Derechos Humanos (CADHAC)', '', '', '', ''])).toEqual(['cadhac']);
  });

  it('uses the acronym with the country, and never guesses between several', () => {
    expect(match(['CDH', '', 'Mexico', '', ''])).toEqual(['cdh-mx']);
    expect(match(['Some other spelling', 'CDH', 'Guatemala', '', ''])).toEqual(['cdh-gt']);
    expect(match(['CDH', '', '', '', ''])).toEqual(['cdh-mx', 'cdh-gt']);
    expect(match(['Centro de Derechos Humanos', '', 'GT', '', ''])).toEqual(['cdh-gt', 'cdh-gt2']);
    expect(match(['Centro de Derechos Humanos', '', 'MX', '', ''])).toEqual(['cdh-mx']);
  });

  it('matches people as people', () => {
    expect(match(['', '', '', 'JANE ROE', ''])).toEqual(['jane-roe']);
    expect(match(['Jane Roe', '', '', '', 'Organization'])).toEqual([]);
  });

  it('makes ids from names', () => {
    expect(nameKey('Amnistía Internacional – México')).toBe('amnistia internacional mexico');
    expect(suggestId('Trade Justice Network', undefined, () => false)).toBe('trade-justice-network');
    expect(suggestId('Washington Office on Latin America', 'WOLA', (id) => id === 'wola')).toBe('wola-2');
    expect(suggestId('Comisión Mexicana de Defensa y Promoción de los Derechos Humanos', undefined, () => false)).toBe('comision-mexicana-defensa-promocion-derechos');
  });
});

describe('reading a response', () => {
  const map = mapColumns(['Organización', 'Nombre', 'Apellidos', 'Cargo', 'Tipo', 'País']);

  it('reads a person, with the organization as affiliation', () => {
    expect(readResponse(['Universidad Ejemplo', 'María', 'López Díaz', 'Profesora', 'A título personal', 'Perú'], 5, map)).toEqual({
      line: 5, kind: 'individual', name: 'María López Díaz', title: 'Profesora', affiliation: 'Universidad Ejemplo', country: 'PE', notes: [],
    });
  });

  it('reads an organization with the person as its contact and the acronym from the name', () => {
    expect(readResponse(['Red  Ejemplo (REJ)', 'Luz', '', 'Directora', '', 'gt'], 6, map)).toEqual({
      line: 6, kind: 'organization', name: 'Red Ejemplo', acronym: 'REJ', contactName: 'Luz', country: 'GT', notes: [],
    });
  });

  it('marks a row without any name as empty', () => {
    expect(readResponse(['', '', '', 'Cargo', '', 'MX'], 7, map)).toEqual({ line: 7, empty: true });
  });
});

