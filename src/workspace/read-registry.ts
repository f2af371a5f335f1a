/**
 * Reads `signatories.yaml`: parse (quickly, with positions built only if a problem or
 * an edit needs them: yaml.ts), validate against the schema, and keep the YAML
 * source so edits can preserve comments and formatting.
 */
import { RegistrySchema, type Registry, type Signatory } from '../model/schema.js';
import type { Diagnostic } from '../errors.js';
import { readTextFile } from './read-text.js';
import { readYamlMap } from '../yaml/read-yaml-map.js';
import type { YamlSource } from '../yaml/yaml.js';


export interface LoadedRegistry {
  /** Path as shown to the user. */
  file: string;
  /** The validated entries; empty when the file is invalid. */
  signatories: Map<string, Signatory>;
  source: YamlSource;
  /** The file's text as read (LF line endings). */
  text: string;
  diagnostics: Diagnostic[];
}

/** Reads and validates the registry at `absolutePath`; never throws for bad content. */
export async function loadRegistry(absolutePath: string, displayPath: string): Promise<LoadedRegistry> {
  const text = await readTextFile(absolutePath, displayPath);
  return parseRegistry(text, displayPath);
}

/** `reading`: a quick reading of `text` already made (an edit's check of its result), not made again. */
export function parseRegistry(text: string, file: string, reading?: YamlSource): LoadedRegistry {
  const { source, value, diagnostics } = readYamlMap(text, file, RegistrySchema, {
    code: 'invalid-registry',
    message: 'the registry must be a map with a `signatories:` key',
    hint: 'Start the file with `signatories:` and one entry per id under it (see `coalition init`).',
  }, reading);
  const signatories = new Map<string, Signatory>(value ? Object.entries((value as Registry).signatories) : []);
  return { file, signatories, source, text, diagnostics };
}
