/**
 * Read-only views of the registry for `org list` and `org show`, and the plain
 * text table they print (also used by `status`); CSV comes from workspace/csv-line.ts.
 */
import type { CommandContext } from '../context.js';
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
  const { listOrgs: list } = await import('../../registry/org-ops.js');
  const { entries, total } = await list(root, { country: flags.country, kind: flags.kind });
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
  out.info(`${entries.length} of ${total} entr${total === 1 ? 'y' : 'ies'}`);
}

export async function showOrg(ctx: CommandContext, id: string, flags: { json: boolean }): Promise<void> {
  const out = ctx.output();
  const root = workspaceRoot(ctx);
  const { showOrg: show } = await import('../../registry/org-ops.js');
  const { entry, name, yaml, letters } = await show(root, id);
  if (flags.json) {
    out.out(JSON.stringify({ id, ...entry, letters: letters.map(({ absolutePath: _, ...l }) => l) }, null, 2));
    return;
  }
  out.out(`${id}: ${name}`);
  out.out(yaml.split('\n').map((l) => `  ${l}`).join('\n'));
  out.out('');
  if (letters.length === 0) out.out('not on any letter');
  else {
    out.out(`on ${letters.length} letter${letters.length === 1 ? '' : 's'}:`);
    for (const l of letters) out.out(`  ${l.file}  ${l.status}${l.signedOn ? ` ${l.signedOn}` : ''}`);
  }
}
