/**
 * The rule for the files a workspace holds, in one place. A file coalition finds in
 * the workspace by its name (the registry, officials.yaml, a letter, a template
 * override, a submission profile, templates/reference.docx) is read, and edited,
 * only when, its symbolic links followed, it is still inside the workspace (a letter:
 * inside letters/). A link leading out is refused before anything is read, so no
 * line of a file elsewhere (`signatories.yaml -> /etc/shadow`) is ever printed.
 * Images a letter or the registry names follow the same rule (src/markdown/images.ts
 * reports them as render problems, and the letter is built without them). Files named on the command line (`--reference-docx`, an import's CSV)
 * are the user's own choice and are read where they are. Every file, wherever it is,
 * is read only if it is a regular file (regular-file.ts).
 */
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { CoalitionError, ExitCode, type Diagnostic } from '../errors.js';
import { isInside } from '../paths.js';

export type WorkspaceFileKind = 'registry' | 'officials' | 'letter' | 'template' | 'profile' | 'image';

interface Kind {
  code: string;
  /** The folder it must stay in, relative to the workspace ('' for the workspace itself). */
  folder: string;
  hint: string;
}

const KINDS: Record<WorkspaceFileKind, Kind> = {
  registry: { code: 'registry-outside-workspace', folder: '', hint: 'Move the registry into the workspace (a link to a file inside it works too).' },
  officials: { code: 'officials-outside-workspace', folder: '', hint: 'Copy the directory into the workspace instead of linking to it.' },
  letter: { code: 'letter-outside-workspace', folder: 'letters', hint: 'Copy the letter into letters/ instead of linking to it.' },
  template: { code: 'template-outside-workspace', folder: '', hint: 'Replace the link by a real file inside the workspace.' },
  profile: { code: 'profile-outside-workspace', folder: '', hint: 'Replace the link by a real file inside the workspace.' },
  image: { code: 'image-refused', folder: '', hint: 'Use an image file inside the workspace, with a path relative to the letter.' },
};

/** Where a file is, its links followed. */
export type Placement = { inside: true; path: string } | { inside: false; missing: true } | { inside: false; missing: false };

/** Whether `path` (links followed) is inside the folder a file of `kind` must stay in. */
export function placeInWorkspace(root: string, path: string, kind: WorkspaceFileKind): Placement {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return { inside: false, missing: true }; // Missing, or a link to nothing: reading it says so.
  }
  let within: string;
  try {
    within = realpathSync(join(root, KINDS[kind].folder));
  } catch {
    return { inside: false, missing: false };
  }
  return isInside(within, real) ? { inside: true, path: real } : { inside: false, missing: false };
}

/** The folder a file of `kind` must stay in, as a message names it. */
export function folderOf(kind: WorkspaceFileKind): string {
  return KINDS[kind].folder ? `the workspace's ${KINDS[kind].folder}/ folder` : 'the workspace';
}

/** The problem of a file that leads out of its folder, at `shown` (its path in the workspace). */
export function outsideDiagnostic(kind: WorkspaceFileKind, shown: string): Diagnostic {
  const { code, hint } = KINDS[kind];
  return { file: shown, line: 0, column: 0, severity: 'error', code, message: `links to a file outside ${folderOf(kind)}, which is not read`, hint };
}

/** The same problem as an error; `exitCode` for an edit that refuses to write (5) or an argument (2). */
export function outsideError(kind: WorkspaceFileKind, shown: string, exitCode: ExitCode = ExitCode.input, what = 'which is not read'): CoalitionError {
  const { code, hint } = KINDS[kind];
  const message = `links to a file outside ${folderOf(kind)}, ${what}`;
  return new CoalitionError(`${shown} ${message}`, {
    code, exitCode, hint, diagnostics: [{ file: shown, line: 0, column: 0, severity: 'error', code, message, hint }],
  });
}

/** The real path of a file of `kind` inside its folder; undefined when it does not exist; throws when it leads out. */
export function workspaceFile(root: string, path: string, kind: WorkspaceFileKind, shown: string): string | undefined {
  const placement = placeInWorkspace(root, path, kind);
  if (placement.inside) return placement.path;
  if (placement.missing) return undefined;
  throw outsideError(kind, shown);
}
