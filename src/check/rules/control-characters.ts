/**
 * Control characters in what the registry prints (a name pasted from a sign-on CSV
 * holding `\x1b]0;…`): invisible on a page, and commands print them to a terminal,
 * where the CLI shows them as `\x1b` (src/cli/output.ts) rather than let them act.
 * A warning at the entry's field, naming the characters, so the name can be fixed.
 */
import type { Diagnostic } from '../../errors.js';
import type { Rule } from '../types.js';

/** As src/cli/output.ts neutralizes them: C0 but tab and newline, DEL, C1, bidirectional controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function shown(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x20 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Every string under `value`, with its path. */
function* strings(value: unknown, path: PropertyKey[]): Generator<{ path: PropertyKey[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

export const controlCharacters: Rule = {
  name: 'control-characters',
  workspace({ ws }) {
    const { registry } = ws;
    const problems: Diagnostic[] = [];
    for (const [id, entry] of registry.signatories) {
      for (const { path, text } of strings(entry, ['signatories', id])) {
        const found = [...new Set(text.match(CONTROL) ?? [])];
        if (!found.length) continue;
        problems.push({
          file: registry.file, ...registry.source.locate(path), severity: 'warning', code: 'control-character',
          message: `${path.slice(1).join('.')} holds control characters (${found.slice(0, 5).map(shown).join(', ')}), which no page shows and a terminal would act on`,
          hint: 'Remove them: retype the text, or copy it again from a plain-text source.',
        });
      }
    }
    return problems;
  },
};
