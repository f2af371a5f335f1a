/**
 * Read-only views of the registry for `org list` and `org show`, and the plain
 * text table and CSV they print (also used by `status`).
 */
import type { CommandContext } from '../main.js';
import { workspaceRoot } from '../workspace-arg.js';

/** Columns padded to their widest cell; the last column is not padded. */
export function formatTable(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/**
 * One CSV record; every CSV the tool writes goes through here. A cell a spreadsheet
 * would read as a formula (`=HYPERLINK(…)` imported from a sign-on form) gets a leading
 * `'`, as OWASP recommends against CSV injection, so it opens as the text it is.
 */
export function csvLine(cells: string[]): string {
  return cells.map((cell) => {
    const c = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
    return /[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
  }).join(',');
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
  const { yamlText, yamlToData } = await import('../../workspace/yaml.js');
  const ws = await openWorkspace(root);
  const entry = ws.registry.signatories.get(id);
  if (!entry) throw unknownId(id, ws.registry.signatories.keys());
  const letters = await lettersUsing(root, id);
  if (flags.json) {
    out.out(JSON.stringify({ id, ...entry, letters: letters.map(({ absolutePath: _, ...l }) => l) }, null, 2));
    return;
  }
  // The entry as written (without the schema's defaults), from the reading already made.
  const raw = (yamlToData(ws.registry.source, ws.registry.file).data as { signatories: Record<string, unknown> }).signatories[id];
  out.out(`${id}: ${displayName(entry, 'en')}`);
  out.out(yamlText(raw).trimEnd().split('\n').map((l) => `  ${l}`).join('\n'));
  out.out('');
  if (letters.length === 0) out.out('not on any letter');
  else {
    out.out(`on ${letters.length} letter${letters.length === 1 ? '' : 's'}:`);
    for (const l of letters) out.out(`  ${l.file}  ${l.status}${l.signedOn ? ` ${l.signedOn}` : ''}`);
  }
}
