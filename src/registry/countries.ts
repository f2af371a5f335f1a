/**
 * Countries as people write them in forms: "MX", "mex", "Mexico", "México",
 * "Estados Unidos", "EE. UU." → ISO 3166-1 alpha-2. The table is built from
 * `Intl.DisplayNames` in English and Spanish for every code Intl knows, plus the
 * common alpha-3 codes and abbreviations it has no name for.
 */
import { CoalitionError, ExitCode } from '../errors.js';
import { isKnownCountry, countryName } from '../i18n/intl.js';
import { nameKey } from './name-key.js';

const EXTRA: Record<string, string> = {
  usa: 'US', 'united states of america': 'US', eeuu: 'US', 'ee uu': 'US', 'estados unidos de america': 'US', eua: 'US',
  uk: 'GB', 'great britain': 'GB', england: 'GB', 'reino unido de gran bretana': 'GB',
  mex: 'MX', 'estados unidos mexicanos': 'MX', gtm: 'GT', hnd: 'HN', slv: 'SV', col: 'CO', can: 'CA',
  bra: 'BR', arg: 'AR', chl: 'CL', per: 'PE', ven: 'VE', nic: 'NI', cri: 'CR', pan: 'PA', ecu: 'EC', bol: 'BO',
  deu: 'DE', esp: 'ES', fra: 'FR', gbr: 'GB', ita: 'IT', nld: 'NL', che: 'CH', bel: 'BE', swe: 'SE', nor: 'NO',
};

let table: Map<string, string> | undefined;

function buildTable(): Map<string, string> {
  const map = new Map<string, string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (!isKnownCountry(code)) continue;
      map.set(code.toLowerCase(), code);
      for (const lang of ['en', 'es']) map.set(nameKey(countryName(code, lang)), code);
    }
  }
  for (const [name, code] of Object.entries(EXTRA)) if (!map.has(name)) map.set(name, code);
  return map;
}

/** The ISO code for a country written as a code or an English or Spanish name; undefined when unknown. */
export function countryCode(text: string): string | undefined {
  const key = nameKey(text);
  if (!key) return undefined;
  table ??= buildTable();
  return table.get(key) ?? table.get(key.replace(/ /g, ''));
}

/** The ISO code for a country given on the command line; a usage error when it names none. */
export function requireCountryCode(text: string): string {
  const code = countryCode(text);
  if (code) return code;
  throw new CoalitionError(`"${text}" is not a country I know`, {
    code: 'unknown-country', exitCode: ExitCode.usage, hint: 'Give the ISO code (MX, US, GT…) or the name in English or Spanish.',
  });
}
