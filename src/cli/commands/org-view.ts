/**
 * Read-only views of the registry for `org list` and `org show`, and the plain
 * text table they print (also used by `status`); CSV comes from workspace/csv-line.ts.
 */
import type { CommandContext } from '../main.js';
import { workspaceRoot } from '../workspace-arg.js';
import { csvLine } from '../../workspace/csv-line.js';

/** Columns padded to their widest cell; the last column is not padded. */
export function formatTable(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export async function listOrgs(ctx: CommandContext, flags: { country?: string; kind?: string; json: boolean; csv: boolean }): Promise<void> {
  const out = ctx.output();
  const root = workspaceRoot(ctx);
  const { openWorkspace } = await import('../../workspace/load.js');
  const { countryCode } = await import('../../registry/countries.js');
  const { CoalitionError, ExitCode } = await import('../../errors.js');
  const ws = await openWorkspace(root);
  const country = flags.country ? countryCode(flags.country) : undefined;
  if (flags.country && !country) {
    throw new CoalitionError(`"${flags.country}" is not a country I know`, { code: 'unknown-country', exitCode: ExitCode.usage, hint: 'Give the ISO code (MX, US…) or the name in English or Spanish.' });
  }
  const entries = [...ws.registry.signatories.entries()]
    .filter(([, e]) => (!country || e.country === country) && (!flags.kind || e.kind === flags.kind))
    .sort(([a], [b]) => a.localeCompare(b, 'en'));
  if (flags.json) {
    out.out(JSON.stringify(entries.map(([id, e]) => ({ id, ...e })), null, 2));
    return;
  }
  const rows = entries.map(([id, e]) => [id, e.name, e.short ?? '', e.country ?? '', e.kind]);
  const headers = ['id', 'name', 'short', 'country', 'kind'];
  if (flags.csv) {
    for (const row of [headers, ...rows]) out.out(csvLine(row));
    return;
  }
  for (const line of formatTable(headers, rows)) out.out(line);
  out.info(`${entries.length} of ${ws.registry.signatories.size} entr${ws.registry.signatories.size === 1 ? 'y' : 'ies'}`);
}

export async function showOrg(ctx: CommandContext, id: string, flags: { json: boolean }): Promise<void> {
  const out = ctx.output();
  const root = workspaceRoot(ctx);
  const { openWorkspace } = await import('../../workspace/load.js');
  const { unknownId } = await import('../../registry/org-ops.js');
  const { lettersUsing } = await import('../../registry/letters-using.js');
  const { displayName } = await import('../../resolve/signatory-list.js');
  const { stringify } = await import('yaml');
  const ws = await openWorkspace(root);
  const entry = ws.registry.signatories.get(id);
  if (!entry) throw unknownId(id, ws.registry.signatories.keys());
  const letters = await lettersUsing(root, id);
  if (flags.json) {
    out.out(JSON.stringify({ id, ...entry, letters: letters.map(({ absolutePath: _, ...l }) => l) }, null, 2));
    return;
  }
  const raw = (ws.registry.source.doc.toJS() as { signatories: Record<string, unknown> }).signatories[id];
  out.out(`${id}: ${displayName(entry, 'en')}`);
  out.out(stringify(raw, { lineWidth: 0 }).trimEnd().split('\n').map((l) => `  ${l}`).join('\n'));
  out.out('');
  if (letters.length === 0) out.out('not on any letter');
  else {
    out.out(`on ${letters.length} letter${letters.length === 1 ? '' : 's'}:`);
    for (const l of letters) out.out(`  ${l.file}  ${l.status}${l.signedOn ? ` ${l.signedOn}` : ''}`);
  }
}
