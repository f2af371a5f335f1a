/**
 * Countries as people write them in forms and on the command line: "MX", "MEX", "URY",
 * "Mexico", "México", "Allemagne", "Royaume-Uni", "EE. UU." → ISO 3166-1 alpha-2.
 * The table is i18n-iso-countries' (alpha-2 and alpha-3 codes, official and common
 * names, kept with the standard) in every language coalition ships strings for
 * (templates/i18n/), plus the names letters print in those languages (`Intl` and the
 * strings files' `countries:`), plus a few abbreviations no table has. Printed names
 * still come from `Intl` and the strings files (src/i18n/intl.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries/index.js';
import { CoalitionError, ExitCode } from '../errors.js';
import { countryName } from '../i18n/intl.js';
import { loadStrings, shippedLanguages } from '../i18n/strings.js';
import { packageFolder } from '../package-root.js';
import { TemplateFiles } from '../workspace/template-files.js';
import { nameKey } from './name-key.js';

/** What people write that no table holds. */
const EXTRA: Record<string, string> = {
  eeuu: 'US', 'ee uu': 'US', eua: 'US', 'estados unidos de america': 'US',
  uk: 'GB', 'great britain': 'GB', england: 'GB', 'reino unido de gran bretana': 'GB',
  'estados unidos mexicanos': 'MX',
};

let table: Map<string, string> | undefined;

/**
 * i18n-iso-countries' names in `lang`, loaded only for the languages coalition ships;
 * none when it has no table for it. Read as files (the bundle carries a copy in
 * dist/vendor/, scripts/vendor-files.mjs), not imported: one language's table is 10–20 KB
 * and only `--country` and imports need them.
 */
function registerNames(lang: string): boolean {
  try {
    const file = join(packageFolder('i18n-iso-countries'), 'langs', `${lang}.json`);
    countries.registerLocale(JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof countries.registerLocale>[0]);
    return true;
  } catch {
    return false;
  }
}

function buildTable(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = nameKey(name);
    if (key && !map.has(key)) map.set(key, code);
  };
  const codes = Object.entries(countries.getAlpha2Codes()).map(([alpha2, alpha3]) => ({ alpha2, alpha3 }));
  for (const { alpha2, alpha3 } of codes) {
    map.set(alpha2.toLowerCase(), alpha2);
    map.set(alpha3.toLowerCase(), alpha2);
  }
  const files = new TemplateFiles(undefined);
  for (const lang of shippedLanguages(files)) {
    if (registerNames(lang)) {
      for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) for (const name of names) add(name, code);
    }
    for (const [code, name] of Object.entries(loadStrings(files, lang).countries ?? {})) add(name, code);
    for (const { alpha2 } of codes) add(countryName(alpha2, lang), alpha2);
  }
  for (const [name, code] of Object.entries(EXTRA)) add(name, code);
  return map;
}

/** The ISO code for a country written as an alpha-2 or alpha-3 code or a name in a shipped language; undefined when unknown. */
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
  const langs = shippedLanguages(new TemplateFiles(undefined));
  throw new CoalitionError(`"${text}" is not a country I know`, {
    code: 'unknown-country', exitCode: ExitCode.usage,
    hint: `Give the ISO code (MX or MEX, UY or URY…) or the country's name in one of coalition's languages (${langs.join(', ')}).`,
  });
}
