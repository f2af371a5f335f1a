/**
 * Opening a workspace for a command: the registry, the officials directory (read on
 * first use) and the template files. Everything is collected, nothing printed; its
 * letters are read and resolved by src/resolve/prepare-letter.ts.
 */
import { join } from 'node:path';
import { CoalitionError, hasErrors } from '../errors.js';
import { TemplateFiles } from './template-files.js';
import { loadRegistry, parseRegistry, type LoadedRegistry } from './read-registry.js';
import { outsideDiagnostic, placeInWorkspace } from './inside-workspace.js';
import { loadOfficials, type LoadedOfficials } from './read-officials.js';
import { REGISTRY_FILE } from './workspace.js';

export interface Workspace {
  root: string;
  registry: LoadedRegistry;
  /** officials.yaml, read on first use (only letters addressed to officials need it). */
  officials(): Promise<LoadedOfficials>;
  templates: TemplateFiles;
}

/** Reads the registry; with `strict`, a registry with errors throws (nothing can be built from it). */
export async function openWorkspace(root: string, strict = true): Promise<Workspace> {
  const registry = await loadWorkspaceRegistry(root);
  if (strict && hasErrors(registry.diagnostics)) throw CoalitionError.fromDiagnostics(REGISTRY_FILE, registry.diagnostics);
  let officials: Promise<LoadedOfficials> | undefined;
  return { root, registry, officials: () => (officials ??= loadOfficials(root)), templates: new TemplateFiles(root) };
}

/** The workspace's registry; one that links out of the workspace is not read, its refusal its one problem. */
async function loadWorkspaceRegistry(root: string): Promise<LoadedRegistry> {
  const placement = placeInWorkspace(root, join(root, REGISTRY_FILE), 'registry');
  if (placement.inside || placement.missing) return loadRegistry(placement.inside ? placement.path : join(root, REGISTRY_FILE), REGISTRY_FILE);
  const refused = parseRegistry('signatories: {}\n', REGISTRY_FILE);
  return { ...refused, text: '', diagnostics: [outsideDiagnostic('registry', REGISTRY_FILE)] };
}
