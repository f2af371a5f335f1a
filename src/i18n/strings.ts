/**
 * UI strings per language, from `templates/i18n/<lang>.yaml`: the built-in file, with
 * a workspace's own file overriding it key by key. A language without a strings file
 * uses English strings (dates, lists and country names still follow the language).
 */
import { parse } from 'yaml';
import { MAX_ALIAS_COUNT } from '../workspace/yaml-source.js';
import { quickYaml } from '../workspace/yaml-quick.js';
import { z } from 'zod';
import { CoalitionError } from '../errors.js';
import type { TemplateFiles } from '../workspace/template-files.js';

export const StringsSchema = z.object({
  greeting: z.object({
    default: z.string(),
    m: z.string().optional(),
    f: z.string().optional(),
    m_plural: z.string().optional(),
    f_plural: z.string().optional(),
  }),
  addressee: z.string(),
  letter_to: z.string(),
  signatories_label: z.string(),
  subject_label: z.string(),
  cc_label: z.string(),
  as_of: z.string(),
  /** Under the signatory list when `signing.updated` is set. */
  list_updated: z.string(),
  page: z.string(),
  draft: z.string(),
  pending: z.string(),
  no_country: z.string(),
  quotes: z.tuple([z.string(), z.string(), z.string(), z.string()]),
});
export type UiStrings = z.infer<typeof StringsSchema>;

/** Strings per template set and language: a build or check of 100 letters reads them once. */
const loaded = new WeakMap<TemplateFiles, Map<string, UiStrings>>();

export function loadStrings(files: TemplateFiles, lang: string): UiStrings {
  let byLang = loaded.get(files);
  if (!byLang) loaded.set(files, (byLang = new Map()));
  let strings = byLang.get(lang);
  if (!strings) byLang.set(lang, (strings = readStrings(files, lang)));
  return strings;
}

function readStrings(files: TemplateFiles, lang: string): UiStrings {
  const builtinFile = files.findBuiltin(`i18n/${lang}.yaml`) ?? files.findBuiltin('i18n/en.yaml');
  const overrideFile = files.findOverride(`i18n/${lang}.yaml`);
  const builtin = builtinFile ? parseStrings(builtinFile.text, builtinFile.origin) : {};
  const override = overrideFile ? parseStrings(overrideFile.text, overrideFile.origin) : {};
  const merged = { ...builtin, ...override, greeting: { ...(builtin.greeting as object), ...(override.greeting as object) } };
  const result = StringsSchema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new CoalitionError(`${overrideFile?.origin ?? `templates/i18n/${lang}.yaml`}: ${issue.path.join('.')}: ${issue.message}`, {
      code: 'invalid-strings',
      hint: 'Compare it with the built-in templates/i18n/en.yaml.',
    });
  }
  return result.data;
}

function parseStrings(text: string, origin: string): Record<string, unknown> {
  try {
    // The quick reading where it applies (src/workspace/yaml-quick.ts), else the full parser and its errors.
    const quick = quickYaml(text);
    const value = (quick ? quick.data : parse(text, { maxAliasCount: MAX_ALIAS_COUNT })) ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) throw new Error('not a map of strings');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new CoalitionError(`${origin}: ${(error as Error).message.split('\n')[0]}`, {
      code: 'invalid-strings', hint: 'Fix the YAML of this strings file.',
    });
  }
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
