/**
 * Reads a letter: front matter (YAML only), its schema, and the `::: <lang>` bodies.
 * Returns every problem at once; a letter with errors has no `frontMatter`.
 */
import { basename } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { FrontMatterSchema, type FrontMatter } from '../model/schema.js';
import { splitBodyBlocks, type BodyBlock } from './body-blocks.js';
import { splitFrontMatter, YAML_LANGUAGES } from './front-matter.js';
import { MAX_LETTER_BYTES, readTextFile } from './read-text.js';
import { validateWithSchema } from '../yaml/schema-diagnostics.js';
import { parseYamlSource, yamlToData, type YamlSource } from '../yaml/yaml.js';
import { checkLanguageCoverage, missingBody, unlistedBlocks } from './language-coverage.js';

export interface LoadedLetter {
  /** Path as shown to the user (relative to the workspace). */
  file: string;
  absolutePath: string;
  /** File name without `.md`. */
  name: string;
  /** The raw text (BOM removed, LF line endings). */
  text: string;
  frontMatter?: FrontMatter;
  bodies: Map<string, BodyBlock>;
  source?: YamlSource;
  /** All problems, those of `gaps` included. */
  diagnostics: Diagnostic[];
  /**
   * Languages that cannot be built yet, with what each lacks (a body, a translation).
   * They alone do not leave the letter without `frontMatter`: its other languages build.
   */
  gaps: Map<string, Diagnostic[]>;
}

export async function loadLetter(absolutePath: string, displayPath: string): Promise<LoadedLetter> {
  const text = await readTextFile(absolutePath, displayPath, MAX_LETTER_BYTES);
  return parseLetter(text, displayPath, absolutePath);
}

export function parseLetter(text: string, file: string, absolutePath = file): LoadedLetter {
  const name = basename(absolutePath).replace(/\.md$/i, '');
  const letter: LoadedLetter = { file, absolutePath, name, text, bodies: new Map(), diagnostics: [], gaps: new Map() };
  const problems = letter.diagnostics;

  const split = splitFrontMatter(text);
  if (!split) {
    problems.push({
      file, line: 1, column: 1, severity: 'error', code: 'missing-front-matter',
      message: 'the letter does not start with YAML front matter',
      hint: 'Begin the file with a line `---`, then title:, date: and the other fields, then `---` (see `coalition new`).',
    });
    return letter;
  }
  if (!YAML_LANGUAGES.has(split.language)) {
    problems.push({
      file, line: 1, column: 4, severity: 'error', code: 'front-matter-language',
      message: `front matter in "${split.language}" is refused: only YAML is read, because other front matter engines run code`,
      hint: 'Write the front matter as YAML: a line `---`, the fields, then `---`.',
    });
    return letter;
  }
  if (!split.closed) {
    problems.push({
      file, line: 1, column: 1, severity: 'error', code: 'unclosed-front-matter',
      message: 'the front matter is never closed',
      hint: 'End the front matter with a line holding only `---`.',
    });
    return letter;
  }
  if (!split.closed.exact) {
    problems.push({
      file, line: split.closed.line, column: 1, severity: 'error', code: 'front-matter-closing',
      message: 'the front matter ends at this line, which holds more than `---`',
      hint: 'Make the line that closes the front matter `---` alone; a rule in the body needs a blank line before it.',
    });
    return letter;
  }
  const { end, body, bodyLine } = split.closed;

  // From the opening line's end to the closing line's start: the YAML, with line 1 left
  // empty so that its line numbers are the file's own.
  const source = parseYamlSource(text.slice(split.start - 1, end - 1), file);
  letter.source = source;
  problems.push(...source.diagnostics);
  if (problems.some((d) => d.severity === 'error')) return letter;

  const converted = yamlToData(source, file);
  if (converted.diagnostic) {
    problems.push(converted.diagnostic);
    return letter;
  }
  const data = converted.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file, line: 2, column: 1, severity: 'error', code: 'invalid-front-matter',
      message: 'the front matter must be a map of fields (title:, date:, …)',
      hint: 'See docs/formats.md or run `coalition new` for an example.',
    });
    return letter;
  }
  const result = validateWithSchema(FrontMatterSchema, data, source, file);
  problems.push(...result.diagnostics);
  const frontMatter = result.value;
  const listed = (data as { languages?: unknown }).languages;
  const primary = frontMatter?.languages[0] ?? (Array.isArray(listed) ? String(listed[0]) : 'en');

  const blocks = splitBodyBlocks(text.slice(body), bodyLine, primary, file);
  problems.push(...blocks.diagnostics);
  for (const block of blocks.blocks) if (!letter.bodies.has(block.lang)) letter.bodies.set(block.lang, block);

  if (frontMatter) {
    const coverage = checkLanguageCoverage(frontMatter, letter.bodies, source, file, bodyLine);
    problems.push(...coverage.problems, ...[...coverage.gaps.values()].flat());
    letter.gaps = coverage.gaps;
    if (!blockingErrors(letter, problems).length) letter.frontMatter = frontMatter;
  } else {
    // The schema failed elsewhere; still name missing bodies and unused blocks now, so one pass fixes everything.
    problems.push(...missingBodies(listed, letter.bodies, source, file));
    if (Array.isArray(listed) && listed.length <= 100) problems.push(...unlistedBlocks(listed.map(String), letter.bodies, file, bodyLine));
  }
  return letter;
}

/** `missing-body` for each well-formed language in a raw `languages:` list that has no block. */
function missingBodies(listed: unknown, bodies: Map<string, BodyBlock>, source: YamlSource, file: string): Diagnostic[] {
  if (!Array.isArray(listed) || listed.length > 100) return [];
  return listed.flatMap((lang, i) => {
    if (typeof lang !== 'string' || !/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/.test(lang) || bodies.has(lang) || listed.indexOf(lang) !== i) return [];
    return [missingBody(lang, listed.map(String), bodies.keys(), file, source.locate(['languages', i]))];
  });
}

/** The errors among `diagnostics` that stop the whole letter: all but its languages' gaps. */
export function blockingErrors(letter: LoadedLetter, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const gaps = new Set([...letter.gaps.values()].flat());
  return diagnostics.filter((d) => d.severity === 'error' && !gaps.has(d));
}

/** The letter's languages that can be built (in `languages:` order). */
export function completeLanguages(letter: LoadedLetter): string[] {
  return (letter.frontMatter?.languages ?? []).filter((lang) => !letter.gaps.has(lang));
}

/** Codes of the faults that leave the front matter unread: nothing in it can be relied on. */
const UNREADABLE = new Set(['yaml-syntax', 'duplicate-key', 'yaml-aliases', 'yaml-too-deep', 'yaml-tag', 'missing-front-matter', 'front-matter-language', 'unclosed-front-matter', 'front-matter-closing', 'invalid-front-matter']);

/** The letter's faults that leave its front matter unread (empty when it could be read, valid or not). */
export function unreadableFrontMatter(letter: LoadedLetter): Diagnostic[] {
  return letter.diagnostics.filter((d) => d.severity === 'error' && UNREADABLE.has(d.code));
}

/** The front matter's plain data, read even when it fails the schema; `{}` when it cannot be read. */
export function rawFrontMatter(letter: LoadedLetter): Record<string, unknown> {
  if (!letter.source) return {};
  const { data } = yamlToData(letter.source, letter.file);
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
