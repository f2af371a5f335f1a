/**
 * Everything the CLI prints goes through here: colours that respect NO_COLOR,
 * --no-color and non-terminals; quiet mode; diagnostics as `file:line:col severity code message`.
 * Every line is made inert for a terminal first (`inert`): a name from a sign-on CSV,
 * a front-matter key or a profile's title cannot move the cursor, retitle the window
 * or write the clipboard; its control characters show as `\x1b`.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { placeOf, type CoalitionError, type Diagnostic } from '../errors.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The colour codes chalk writes (style on, style off), which are kept; every other escape is shown, not sent. */
const STYLE = /\x1b\[(?:[0-7]|2[2-7]|3[0-9]|4[0-9]|9[0-7]|10[0-7])m/y;
/** C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides that reorder what a line shows. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * `text` with its control characters shown as escapes: C0 as `\x1b` (a JSON text holds
 * none raw), DEL, C1 and bidirectional controls as `\u009b` (valid in a JSON string,
 * which keeps its value). With `keepStyles`, the colour codes chalk wrote are kept.
 */
export function inert(text: string, keepStyles = false): string {
  if (!CONTROL.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (keepStyles && ch === '\x1b') {
      STYLE.lastIndex = i;
      const style = STYLE.exec(text);
      if (style) {
        out += style[0];
        i += style[0].length - 1;
        continue;
      }
    }
    if (!CONTROL.test(ch)) {
      out += ch;
      continue;
    }
    const code = ch.charCodeAt(0);
    out += code < 0x20 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return out;
}

export class Output {
  readonly color: ChalkInstance;
  /** Colours for results on stdout: only when stdout itself is a terminal (not piped). */
  readonly outColor: ChalkInstance;
  constructor(
    readonly io: Io,
    readonly options: { color: boolean; quiet: boolean; debug: boolean },
  ) {
    const allowed = options.color && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
    const enabled = allowed && Boolean(io.stderr.isTTY || io.env.FORCE_COLOR);
    this.color = new Chalk({ level: enabled ? 1 : 0 });
    this.outColor = new Chalk({ level: allowed && Boolean(io.stdout.isTTY || io.env.FORCE_COLOR) ? 1 : 0 });
  }

  /** Results: always printed on stdout (what a script would capture). */
  out(line = ''): void {
    this.io.stdout.write(`${inert(line, this.outColor.level > 0)}\n`);
  }

  /** Progress and notices: stderr, silenced by --quiet. */
  info(line: string): void {
    if (!this.options.quiet) this.io.stderr.write(`${inert(line, this.color.level > 0)}\n`);
  }

  /** A transient progress line, only on a terminal. */
  progress(line: string): void {
    if (this.options.quiet || !this.io.stderr.isTTY) return;
    this.io.stderr.write(`\r\x1b[2K${inert(line, this.color.level > 0)}`);
  }

  endProgress(): void {
    if (!this.options.quiet && this.io.stderr.isTTY) this.io.stderr.write('\r\x1b[2K');
  }

  warn(line: string): void {
    this.io.stderr.write(`${this.color.yellow('warning')} ${inert(line, this.color.level > 0)}\n`);
  }

  diagnostic(d: Diagnostic): void {
    this.io.stderr.write(`${inert(formatDiagnostic(d, this.color), this.color.level > 0)}\n`);
  }

  error(error: CoalitionError): void {
    const { color } = this;
    if (error.diagnostics.length) {
      for (const d of error.diagnostics) this.diagnostic(d);
    } else {
      this.io.stderr.write(`${color.red('error')} ${inert(error.message)}\n`);
      if (error.hint) this.io.stderr.write(`  ${color.dim('hint:')} ${inert(error.hint)}\n`);
    }
    if (this.options.debug && error.cause) this.io.stderr.write(`${color.dim(String((error.cause as Error).stack ?? error.cause))}\n`);
  }
}

export function formatDiagnostic(d: Diagnostic, color?: ChalkInstance): string {
  const c = color ?? new Chalk({ level: 0 });
  const where = placeOf(d);
  const severity = d.severity === 'error' ? c.red('error') : c.yellow('warning');
  const hint = d.hint ? `\n  ${c.dim('hint:')} ${d.hint}` : '';
  return `${c.bold(where)} ${severity} ${c.dim(d.code)} ${d.message}${excerpt(d, c)}${hint}`;
}

/**
 * The line at fault with a caret under the column, as compilers print it. A tab shows
 * as "→" (one column wide, so the caret stays under it, and the tab can be seen).
 */
function excerpt(d: Diagnostic, c: ChalkInstance): string {
  if (d.excerpt === undefined || d.line <= 0) return '';
  const number = String(d.line);
  const gutter = ' '.repeat(number.length);
  const text = d.excerpt.replace(/\t/g, '→').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '?');
  const caret = d.column > 0 ? `\n  ${gutter} ${c.dim('|')} ${' '.repeat(Math.min(d.column - 1, text.length))}${c.red('^')}` : '';
  return `\n  ${c.dim(number)} ${c.dim('|')} ${text}${caret}`;
}
