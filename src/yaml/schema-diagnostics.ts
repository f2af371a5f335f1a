/**
 * Turns schema (zod) issues into diagnostics that point at the YAML node at fault,
 * so "to[1].title" becomes "letters/x.md:14:5".
 */
import type { z } from 'zod';
import type { Diagnostic } from '../errors.js';
import type { YamlSource } from './yaml.js';

type Issue = z.core.$ZodIssue;

/** Validates `value` against `schema`; returns the parsed value or every problem found. */
export function validateWithSchema<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: YamlSource,
  file: string,
  pathPrefix: readonly PropertyKey[] = [],
): { value?: z.infer<S>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(value, zodParseContext(value));
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics = result.error.issues
    .flatMap(expandUnion)
    .map((issue) => issueToDiagnostic(issue, source, file, pathPrefix, valueAt(value, issue.path) === undefined));
  return { diagnostics: dedupe(diagnostics) };
}

/**
 * zod compiles a fast validator (`new Function`) for each object schema the first time
 * it parses one: it pays from a few hundred objects on (a large registry), and is pure
 * cost for a letter, a strings file or a small registry, which is what `check` and
 * `build` of one letter read (issue 29: about 50 ms of a 0.6 s `check`). The result is
 * the same either way.
 */
export function zodParseContext(value: unknown): { jitless: boolean } {
  return { jitless: countUpTo(value, 2, JIT_FROM) < JIT_FROM };
}

/** From this many entries (within two levels) zod's compiled validators pay for themselves. */
const JIT_FROM = 300;

/** Entries of `value` and of its children, counting no further than `limit`. */
function countUpTo(value: unknown, depth: number, limit: number): number {
  if (depth === 0 || typeof value !== 'object' || value === null) return 0;
  let count = 0;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    count += 1 + countUpTo(child, depth - 1, limit - count);
    if (count >= limit) break;
  }
  return count;
}

/**
 * A union's failure says only "Invalid input"; when exactly one branch got past the type
 * check, its own issues are what the user needs to read.
 */
function expandUnion(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue)) return [issue];
  const branches = (issue.errors as Issue[][]).filter(
    (branch) => branch.length > 0 && !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0),
  );
  if (branches.length !== 1) return [issue];
  return branches[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue).flatMap(expandUnion);
}

function issueToDiagnostic(
  issue: Issue,
  source: YamlSource,
  file: string,
  prefix: readonly PropertyKey[],
  absent: boolean,
): Diagnostic {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    return {
      file,
      ...source.locate(path, key),
      severity: 'error',
      code: 'unknown-field',
      message: `${describePath([...path, key])}: unknown field${issue.keys.length > 1 ? `s ${issue.keys.join(', ')}` : ''}`,
      hint: 'Check the spelling against docs/formats.md, or remove the field.',
    };
  }
  const missing = absent && issue.code !== 'custom';
  return {
    file,
    ...source.locate(path),
    severity: 'error',
    code: missing ? 'missing-field' : 'invalid-field',
    message: missing
      ? `${describePath(path)} is required`
      // A bad record key (a registry id) says only "Invalid key in record": give the key's own rule.
      : `${describePath(path)}: ${phrase((issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined) ?? issue.message)}`,
    hint: missing ? `Add \`${String(path[path.length - 1])}:\` here.` : 'See docs/formats.md for the expected shape.',
  };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Our own messages are noun phrases ("a date written YYYY-MM-DD"); zod's are sentences. */
function phrase(message: string): string {
  return /^(a|an) /.test(message) ? `expected ${message}` : message;
}

/** `['to', 1, 'title']` → `to[1].title`. */
export function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('') || '(document)';
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
