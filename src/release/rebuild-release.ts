/**
 * `coalition build <letter> --release vN`: a released version's documents made again
 * from its snapshot (the letter's text, registry entries and template overrides it was
 * released with), not from today's files, and compared with the released bytes.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { packageVersion } from '../package-root.js';
import { buildLetters, type BuiltFile } from '../pipeline/build-letters.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../pipeline/output-formats.js';
import { loadLetter } from '../workspace/read-letter.js';
import { displayPath } from '../workspace/workspace.js';
import { sha256 } from './manifest.js';
import { readVersion, releaseSeries } from './release-store.js';
import { snapshotWorkspace } from './snapshot.js';

export interface RebuildOptions {
  root: string;
  letter: string;
  version: number;
  /** Default: the formats the version was released in (those this tool can write). */
  formats?: readonly OutputFormat[];
  /** Some of the released languages; default: every one. A language the version lacks is a usage error. */
  langs?: readonly string[];
  outDir: string;
  chromePath?: string;
  timeout?: number;
  onProgress?: (printed: number, total: number) => void;
}

export interface RebuiltFile extends BuiltFile {
  /** Whether the bytes are those released; undefined when the version has no such file. */
  identical?: boolean;
}

export interface RebuildResult {
  file: string;
  shown: string;
  outputs: RebuiltFile[];
  /** The tool version that released it and this one: bytes may differ when they do. */
  tool: { released: string; now: string };
  /** Formats of the release this version of the tool cannot write. */
  skipped: string[];
}

export async function rebuildRelease(options: RebuildOptions): Promise<RebuildResult> {
  const file = displayPath(options.root, options.letter);
  const series = await releaseSeries(options.root, await loadLetter(options.letter, file));
  const released = await readVersion(series, options.version);
  const { manifest } = released;
  const known = (format: string): format is OutputFormat => (OUTPUT_FORMATS as readonly string[]).includes(format);
  const formats = options.formats ?? manifest.formats.filter(known);
  if (!formats.length) {
    throw new CoalitionError(`${released.shown} holds no document this version of coalition can write (${manifest.formats.join(', ')})`, {
      code: 'release-formats', exitCode: ExitCode.usage, hint: `Name formats with --format ${OUTPUT_FORMATS.join(',')}.`,
    });
  }
  const { ws, prepared } = snapshotWorkspace(options.root, manifest.letter.file, manifest.snapshot, released.shown);
  const build = await buildLetters({
    root: options.root, formats: [...formats], outDir: options.outDir, workspace: ws, prepared: [prepared],
    ...(options.langs ? { langs: [...options.langs] } : {}),
    chromePath: options.chromePath, timeout: options.timeout, onProgress: options.onProgress,
  });
  const built = build.letters[0]!;
  if (built.error) throw built.error;
  const outputs: RebuiltFile[] = [];
  for (const output of built.outputs) {
    const expected = manifest.files[relative(options.outDir, output.path).split('\\').join('/')];
    outputs.push(expected ? { ...output, identical: sha256(await readFile(output.path)) === expected.sha256 } : output);
  }
  return {
    file, shown: released.shown, outputs,
    tool: { released: manifest.tool.version, now: packageVersion() },
    skipped: manifest.formats.filter((f) => !known(f)),
  };
}
