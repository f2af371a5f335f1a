/**
 * `check`: loads the registry, the templates and the letters the way `build` does,
 * runs every rule of rules/index.ts, and returns all diagnostics, sorted and without
 * duplicates. Never throws for bad content; never prints.
 */
import { compareDiagnostics, hasErrors, uniqueDiagnostics, type Diagnostic } from '../errors.js';
import { openWorkspace, type Workspace } from '../workspace/load.js';
import { prepareLetters, type PreparedLetter } from '../resolve/prepare-letter.js';
import { listLetters } from '../workspace/workspace.js';
import { RULES } from './rules/index.js';
import type { CheckContext, Rule } from './types.js';
import { localToday } from '../i18n/intl.js';

export interface CheckOptions {
  root: string;
  /** Absolute paths of the letters to check; default: every letter of the workspace. */
  letters?: string[];
  /** `YYYY-MM-DD`; default: today in the local time zone. */
  today?: string;
  rules?: readonly Rule[];
  onProgress?: (done: number, total: number) => void;
  /** The workspace already opened (by a build or a release), instead of reading it again. */
  workspace?: Workspace;
  /** The letters already read and resolved, instead of reading `letters` again. */
  prepared?: readonly PreparedLetter[];
  /** Judge as for sending (CheckContext.strict): `check --strict`, `release`, `build --strict`. */
  strict?: boolean;
  /** List each problem a rule sums up (`check --verbose`). */
  verbose?: boolean;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Display paths of the letters checked. */
  letters: string[];
  errors: number;
  warnings: number;
}

export async function checkWorkspace(options: CheckOptions): Promise<CheckResult> {
  const ws = options.workspace ?? (await openWorkspace(options.root, false));
  const officials = await ws.officials();
  const ctx: CheckContext = { ws, officials, today: options.today ?? localToday(), ...(options.strict ? { strict: true } : {}), ...(options.verbose ? { verbose: true } : {}) };
  const rules = options.rules ?? RULES;
  const registryBroken = hasErrors(ws.registry.diagnostics);
  const diagnostics: Diagnostic[] = [...ws.registry.diagnostics, ...officials.diagnostics];
  for (const rule of rules) if (rule.workspace) diagnostics.push(...await rule.workspace(ctx));

  const paths = options.prepared?.map((p) => p.letter.absolutePath) ?? options.letters ?? (await listLetters(ws.root));
  const letters: string[] = [];
  let index = 0;
  for await (const prepared of options.prepared ?? prepareLetters(ws, paths)) {
    letters.push(prepared.letter.file);
    // With a broken registry every id looks unknown: the registry's own errors say why.
    diagnostics.push(...prepared.diagnostics.filter((d) => !(registryBroken && d.code === 'unknown-signatory')));
    // After a YAML slip the rest of the file cannot be trusted: its one fault is the report.
    if (!prepared.diagnostics.some((d) => d.code === 'yaml-syntax' && d.severity === 'error')) {
      for (const rule of rules) if (rule.letter) diagnostics.push(...rule.letter({ ...ctx, prepared }));
    }
    options.onProgress?.(++index, paths.length);
  }
  const unique = uniqueDiagnostics(diagnostics).sort(compareDiagnostics);
  return {
    diagnostics: unique,
    letters,
    errors: unique.filter((d) => d.severity === 'error').length,
    warnings: unique.filter((d) => d.severity === 'warning').length,
  };
}
