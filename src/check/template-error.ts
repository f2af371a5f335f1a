/**
 * A template or strings-file failure (a CoalitionError whose message starts with the
 * file, and its line when known) as a diagnostic pointing at that file.
 */
import { CoalitionError, type Diagnostic } from '../errors.js';

export function templateDiagnostic(error: CoalitionError, fallbackFile: string): Diagnostic {
  const match = /^((?:\(built-in\) )?[^\s:][^:]*?)(?::(\d+))?: (.*)$/s.exec(error.message);
  const file = match?.[1] ?? fallbackFile;
  return {
    file,
    line: match?.[2] ? Number(match[2]) : 0,
    column: 0,
    severity: 'error',
    code: error.code,
    message: withCause(match ? match[3]!.split('\n')[0]! : error.message, error.cause),
    ...(error.hint ? { hint: error.hint } : {}),
  };
}

/** Handlebars puts the useful part ("Expecting 'OPEN_ENDBLOCK', got 'EOF'") on its last line. */
function withCause(message: string, cause: unknown): string {
  if (!message.endsWith(':') || !(cause instanceof Error)) return message;
  const last = cause.message.trim().split('\n').at(-1)!.trim();
  return `${message} ${last}`;
}
