/**
 * Reads `signatories.yaml`: parse (quickly, with positions built only if a problem or
 * an edit needs them: yaml.ts), validate against the schema, and keep the YAML
 * source so edits can preserve comments and formatting.
 */
import { RegistrySchema, type Registry, type Signatory } from '../model/schema.js';
import type { Diagnostic } from '../errors.js';
import { readTextFile } from './read-text.js';
import { validateWithSchema } from './schema-diagnostics.js';
import { parseYamlSource, yamlToData, type YamlSource } from './yaml.js';


export interface LoadedRegistry {
  /** Path as shown to the user. */
  file: string;
  /** The validated entries; empty when the file is invalid. */
  signatories: Map<string, Signatory>;
  source: YamlSource;
  diagnostics: Diagnostic[];
}

/** Reads and validates the registry at `absolutePath`; never throws for bad content. */
export async function loadRegistry(absolutePath: string, displayPath: string): Promise<LoadedRegistry> {
  const text = await readTextFile(absolutePath, displayPath);
  return parseRegistry(text, displayPath);
}

/** `reading`: a quick reading of `text` already made (an edit's check of its result), not made again. */
export function parseRegistry(text: string, file: string, reading?: YamlSource): LoadedRegistry {
  const source = reading?.quick ? reading : parseYamlSource(text, file);
  const diagnostics = [...source.diagnostics];
  let signatories = new Map<string, Signatory>();
  if (!diagnostics.some((d) => d.severity === 'error')) {
    const { data, diagnostic } = yamlToData(source, file);
    const raw = data ?? {};
    if (diagnostic) {
      diagnostics.push(diagnostic);
    } else if (typeof raw !== 'object' || Array.isArray(raw)) {
      diagnostics.push({
        file, line: 1, column: 1, severity: 'error', code: 'invalid-registry',
        message: 'the registry must be a map with a `signatories:` key',
        hint: 'Start the file with `signatories:` and one entry per id under it (see `coalition init`).',
      });
    } else {
      const result = validateWithSchema(RegistrySchema, raw, source, file);
      diagnostics.push(...result.diagnostics);
      if (result.value) signatories = new Map(Object.entries((result.value as Registry).signatories));
    }
  }
  return { file, signatories, source, diagnostics };
}
