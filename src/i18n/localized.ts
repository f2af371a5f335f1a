import type { Localized } from '../model/schema.js';

/**
 * The text of a per-language field in `lang`. A plain string is the same in every
 * language. A map without `lang` falls back to its base language (`es` for `es-MX`),
 * then to `fallbackLang`, then to its first entry, so registry entries never vanish
 * from a letter for want of a translation.
 */
export function pick(value: Localized | undefined, lang: string, fallbackLang?: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return pickOwn(value, lang) ?? (fallbackLang ? value[fallbackLang] : undefined) ?? Object.values(value)[0];
}

/**
 * The text of a per-language field in `lang` only (its base language's, for a region):
 * for fields a letter gives in some languages and not others (`honorific`,
 * `translation_note`).
 */
export function pickOwn(value: Localized | undefined, lang: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return value[lang] ?? value[lang.split('-')[0]!];
}
