/**
 * A letter read and resolved against its workspace: its signatories checked against
 * the registry and its `to:` expanded into addressees (officials' ids and groups
 * included). What every writer, rule and command starts from; never throws for bad
 * content.
 */
import { CoalitionError, type Diagnostic } from '../errors.js';
import type { Workspace } from '../workspace/load.js';
import { readAhead } from '../workspace/read-ahead.js';
import { blockingErrors, loadLetter, type LoadedLetter } from '../workspace/read-letter.js';
import { checkSignerRefs, type Signer } from '../workspace/signers.js';
import { displayPath, leadsIntoLetters } from '../workspace/workspace.js';
import { outsideDiagnostic } from '../workspace/inside-workspace.js';
import { resolveAddressees, usesDirectory, type Recipient } from './addressees.js';

export interface PreparedLetter {
  letter: LoadedLetter;
  /** Present when the letter is valid, but for the gaps of some languages (`letter.gaps`). */
  signers?: Signer[];
  /** `to:` expanded (officials' ids and groups included); present when the letter is valid. */
  recipients?: Recipient[];
  diagnostics: Diagnostic[];
}

/** Letters read ahead of the one being worked on (read-ahead.ts): enough to hide the file system's latency. */
const READ_AHEAD = 8;

/** prepareLetter() for each path, in order, the next few read while one is worked on. */
export function prepareLetters(ws: Workspace, paths: readonly string[]): AsyncGenerator<PreparedLetter> {
  return readAhead(paths, READ_AHEAD, (path) => prepareLetter(ws, path));
}

/** Reads one letter and checks its signatories against the registry. Never throws for bad content. */
export async function prepareLetter(ws: Workspace, absolutePath: string): Promise<PreparedLetter> {
  const file = displayPath(ws.root, absolutePath);
  const escape = linkOutOfLetters(ws.root, absolutePath, file);
  if (escape) return { letter: emptyLetter(file, absolutePath), diagnostics: [escape] };
  let letter: LoadedLetter;
  try {
    letter = await loadLetter(absolutePath, file);
  } catch (error) {
    if (error instanceof CoalitionError && error.diagnostics.length) {
      return { letter: emptyLetter(file, absolutePath), diagnostics: error.diagnostics };
    }
    throw error;
  }
  return withSigners(ws, letter);
}

/** A letter already read (from disk, or from a text held in memory) checked against the registry, its `to:` expanded. */
export async function withSigners(ws: Workspace, letter: LoadedLetter): Promise<PreparedLetter> {
  const diagnostics = [...letter.diagnostics];
  if (!letter.frontMatter || !letter.source) return { letter, diagnostics };
  const refs = checkSignerRefs(letter.frontMatter.signatories, ws.registry.signatories, letter.source, letter.file);
  diagnostics.push(...refs.diagnostics);
  const directory = usesDirectory(letter.frontMatter.to) ? await ws.officials() : undefined;
  const to = resolveAddressees(letter.frontMatter, directory, { source: letter.source, file: letter.file });
  diagnostics.push(...to.diagnostics);
  return blockingErrors(letter, diagnostics).length ? { letter, diagnostics } : { letter, signers: refs.signers, recipients: to.recipients, diagnostics };
}

/** A letter that is a symbolic link to a file outside `letters/` is not read. */
function linkOutOfLetters(root: string, absolutePath: string, file: string): Diagnostic | undefined {
  return leadsIntoLetters(root, absolutePath) ? undefined : outsideDiagnostic('letter', file);
}

function emptyLetter(file: string, absolutePath: string): LoadedLetter {
  return { file, absolutePath, name: file, text: '', bodies: new Map(), diagnostics: [], gaps: new Map() };
}
