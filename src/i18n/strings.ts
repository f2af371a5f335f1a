/**
 * UI strings per language, from `templates/i18n/<lang>.yaml`: the built-in file, with
 * a workspace's own file overriding it key by key. A language without a strings file
 * uses English strings (dates, lists and country names still follow the language).
 */
import { z } from 'zod';
import { CoalitionError, type Diagnostic } from '../errors.js';
import { parseYamlSource, yamlToData, type YamlSource } from '../workspace/yaml.js';
import type { TemplateFiles } from '../workspace/template-files.js';

const StringsSchema = z.object({
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
  const builtin = builtinFile ? readStringsFile(builtinFile.text, builtinFile.origin) : undefined;
  const override = overrideFile ? readStringsFile(overrideFile.text, overrideFile.origin) : undefined;
  const merged = { ...builtin?.data, ...override?.data, greeting: { ...(builtin?.data.greeting as object), ...(override?.data.greeting as object) } };
  const result = StringsSchema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // The override is where a fault comes from: the built-in files are valid.
    const file = overrideFile?.origin ?? `templates/i18n/${lang}.yaml`;
    const at = override?.source.locate(issue.path) ?? { line: 0, column: 0 };
    throw invalidStrings({ file, ...at, message: `${issue.path.join('.')}: ${issue.message}` }, 'Compare it with the built-in templates/i18n/en.yaml.');
  }
  return result.data;
}

function readStringsFile(text: string, origin: string): { data: Record<string, unknown>; source: YamlSource } {
  const source = parseYamlSource(text, origin);
  const converted = yamlToData(source, origin);
  const fault = source.diagnostics.find((d) => d.severity === 'error') ?? converted.diagnostic;
  if (fault) throw invalidStrings(fault, 'Fix the YAML of this strings file.');
  const data = converted.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw invalidStrings({ file: origin, line: 1, column: 1, message: 'not a map of strings' }, 'Fix the YAML of this strings file.');
  }
  return { data: data as Record<string, unknown>, source };
}

function invalidStrings(at: Pick<Diagnostic, 'file' | 'line' | 'column' | 'message'>, hint: string): CoalitionError {
  const { file, line, column, message } = at;
  return CoalitionError.fromDiagnostic({ file, line, column, severity: 'error', code: 'invalid-strings', message, hint });
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
