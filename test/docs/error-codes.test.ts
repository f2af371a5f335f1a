/**
 * Every diagnostic code coalition can emit is documented in docs/errors.md ("Every
 * code"), and every code documented there is still emitted: `check --json` exposes the
 * codes to scripts, so each needs its meaning and its fix written down. The codes are
 * collected from the source: string literals given as a `code:` (not compared with
 * one), the codes passed to the helpers that take one, and one `profile-<kind>` per
 * kind of submission-profile rule.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileRuleSchema } from '../../src/model/profile-schema.js';
import { REPO } from '../helpers.js';

const SRC = join(REPO, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Helpers whose second argument is the code of the error they make. */
const CODE_TAKING = ['inputError', 'templateError'];
/** Profile rules that never warn as `profile-<kind>`: PDF/A is `profile-unsupported`, a rule for the sender is listed, not warned. */
const NEVER_OVER = new Set(['pdfa', 'by-hand']);

function emittedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const add = (code: string) => codes.has(code) || codes.set(code, relative(REPO, file));
    for (const m of text.matchAll(/(addIssue\(\{ )?\bcode: ([^,}\n]*)/g)) {
      if (m[1]) continue; // zod's own issue codes
      // A literal compared with (`status === 'x' ? …`) is not a code given.
      for (const c of m[2]!.matchAll(/(?<![=!]== )'([a-z][a-z0-9-]*)'/g)) add(c[1]!);
    }
    for (const m of text.matchAll(new RegExp(`\\b(?:${CODE_TAKING.join('|')})\\([^,()]+, '([a-z][a-z0-9-]*)'`, 'g'))) add(m[1]!);
    if (text.includes('`profile-${f.kind}`')) {
      for (const option of ProfileRuleSchema.options) {
        const kind = option.shape.kind.value;
        if (!NEVER_OVER.has(kind)) add(`profile-${kind}`);
      }
    }
  }
  return codes;
}

const errorsDoc = readFileSync(join(REPO, 'docs', 'errors.md'), 'utf8');
const table = errorsDoc.slice(errorsDoc.indexOf('## Every code'));

describe('docs/errors.md documents every diagnostic code', () => {
  const codes = emittedCodes();

  it('finds the codes in the source (the test reads what it checks)', () => {
    expect(codes.size).toBeGreaterThan(120);
    for (const code of ['yaml-syntax', 'unknown-signatory', 'template-syntax', 'profile-max-pages', 'file-not-found']) expect(codes.has(code), code).toBe(true);
    expect(codes.has('custom')).toBe(false);
  });

  it('has a row, with its meaning and what to do, for every code the source emits', () => {
    const rows = new Map([...table.matchAll(/^\| `([a-z0-9<>-]+)` \|([^\n]*)$/gm)].map((m) => [m[1]!, m[2]!]));
    const documented = (code: string) => rows.has(code) || (code.startsWith('profile-') && rows.get('profile-<kind>')?.includes(`\`${code}\``));
    const undocumented = [...codes].filter(([code]) => !documented(code)).map(([code, file]) => `${code} (${file})`);
    expect(undocumented).toEqual([]);
    for (const [code, row] of rows) expect(row.split('|').filter((cell) => cell.trim()).length, `${code}: severity, meaning and fix`).toBe(3);
  });

  it('lists no code the source no longer emits', () => {
    const listed = [...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!);
    const profileKinds = [...(/^\| `profile-<kind>` \|([^\n]*)$/m.exec(table)?.[1] ?? '').matchAll(/`(profile-[a-z-]+)`/g)].map((m) => m[1]!);
    expect([...listed, ...profileKinds].filter((code) => !codes.has(code))).toEqual([]);
  });
});
