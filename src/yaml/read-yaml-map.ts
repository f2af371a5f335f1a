/**
 * A YAML file that holds one map validated by a schema (signatories.yaml,
 * officials.yaml): parsed as every YAML file is (yaml.ts), refused with `notAMap`
 * when it is a list or a scalar, then checked field by field with positions.
 */
import type { z } from 'zod';
import type { Diagnostic } from '../errors.js';
import { validateWithSchema } from './schema-diagnostics.js';
import { parseYamlSource, yamlToData, type YamlSource } from './yaml.js';

export function readYamlMap<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  notAMap: Pick<Diagnostic, 'code' | 'message' | 'hint'>,
  /** A quick reading of `text` already made (an edit's check of its result), not made again. */
  reading?: YamlSource,
): { source: YamlSource; value?: z.infer<S>; diagnostics: Diagnostic[] } {
  const source = reading?.quick ? reading : parseYamlSource(text, file);
  const diagnostics = [...source.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { source, diagnostics };
  const { data, diagnostic } = yamlToData(source, file);
  const raw = data ?? {};
  if (diagnostic) return { source, diagnostics: [...diagnostics, diagnostic] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { source, diagnostics: [...diagnostics, { file, line: 1, column: 1, severity: 'error', ...notAMap }] };
  }
  const result = validateWithSchema(schema, raw, source, file);
  return { source, ...(result.value === undefined ? {} : { value: result.value }), diagnostics: [...diagnostics, ...result.diagnostics] };
}
