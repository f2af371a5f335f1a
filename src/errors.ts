/**
 * The one error model. The library throws `CoalitionError`; only the CLI turns it
 * into output and an exit status. Every problem a user can fix is a `Diagnostic`
 * naming the file, line and column where known, with a hint that says what to do.
 */

/** Exit statuses: documented in the README; scripts depend on them. */
export const ExitCode = {
  ok: 0,
  /** The input (a letter, the registry, a template) is wrong. */
  input: 1,
  /** Wrong usage: unknown flag, missing argument. */
  usage: 2,
  /** No usable browser was found for PDF output. */
  noBrowser: 3,
  /** The browser failed or timed out while printing. */
  browser: 4,
  /** A file could not be written. */
  write: 5,
  /** The mail server could not be reached, its certificate did not verify, or it was lost mid-run (`send`). */
  mailServer: 4,
  /** The mail server refused the login (`send`): nothing was sent. */
  mailLogin: 5,
  /** A bug in coalition (an exception that is not a CoalitionError), as sysexits' EX_SOFTWARE. */
  internal: 70,
  /** Interrupted by Ctrl-C (SIGINT), as shells report it: 128 + 2. SIGTERM gives 143. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path as the user would type it (relative to the workspace when inside it). */
  file: string;
  /** 1-based line in the file's own numbering; 0 when not tied to a line. */
  line: number;
  /** 1-based column; 0 when unknown. */
  column: number;
  severity: Severity;
  /** Stable, kebab-case identifier (`unknown-signatory`, `missing-body`…). */
  code: string;
  message: string;
  hint?: string;
  /** The text of the line at fault, when it helps to see it (a YAML slip): printed with a caret under the column. */
  excerpt?: string;
}

export class CoalitionError extends Error {
  readonly exitCode: ExitCode;
  readonly code: string;
  readonly hint: string | undefined;
  /** The individual problems, when the error gathers several (validation). */
  readonly diagnostics: Diagnostic[];

  constructor(
    message: string,
    options: {
      code: string;
      exitCode?: ExitCode;
      hint?: string;
      diagnostics?: Diagnostic[];
      cause?: unknown;
    },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CoalitionError';
    this.code = options.code;
    this.exitCode = options.exitCode ?? ExitCode.input;
    this.hint = options.hint;
    this.diagnostics = options.diagnostics ?? [];
  }

  /** The error of one problem whose file and line are known where it is thrown. */
  static fromDiagnostic(d: Diagnostic, options: { exitCode?: ExitCode; cause?: unknown } = {}): CoalitionError {
    return new CoalitionError(`${placeOf(d)}: ${d.message}`, {
      code: d.code, exitCode: options.exitCode, hint: d.hint, diagnostics: [d], cause: options.cause,
    });
  }

  /** An input error made of diagnostics; the message summarises them. */
  static fromDiagnostics(file: string, diagnostics: Diagnostic[]): CoalitionError {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const n = errors.length;
    return new CoalitionError(`${file}: ${n} problem${n === 1 ? '' : 's'} found`, {
      code: 'invalid-input',
      exitCode: ExitCode.input,
      diagnostics,
    });
  }
}

/** `file:line:column` as far as known: a fault not tied to a line (a missing file, a file too large) is the file alone. */
export function placeOf(d: Diagnostic): string {
  return d.line > 0 ? `${d.file}:${d.line}${d.column > 0 ? `:${d.column}` : ''}` : d.file;
}

export function isCoalitionError(error: unknown): error is CoalitionError {
  return error instanceof CoalitionError;
}

/** The error's problems; an error not tied to a place in a file becomes one problem of `file`. */
export function diagnosticsOf(error: CoalitionError, file: string): Diagnostic[] {
  if (error.diagnostics.length) return error.diagnostics;
  return [{ file, line: 0, column: 0, severity: 'error', code: error.code, message: error.message, ...(error.hint ? { hint: error.hint } : {}) }];
}

/** A CoalitionError as it is; anything else is a bug in coalition, with an exit status of its own. */
export function asCoalitionError(error: unknown): CoalitionError {
  if (error instanceof CoalitionError) return error;
  return new CoalitionError(`internal error: ${(error as Error)?.message ?? String(error)}`, {
    code: 'internal', exitCode: ExitCode.internal, cause: error,
    hint: 'This is a bug in coalition: please report it with the output of --debug.',
  });
}

/** Sorts diagnostics the way `check` prints them: by file, line, column, code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file, 'en') ||
    a.line - b.line ||
    a.column - b.column ||
    a.code.localeCompare(b.code, 'en')
  );
}

/** Each problem once: the same code and message at the same place is said once (the first kept). */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.code}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
