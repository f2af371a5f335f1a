/** `officials list` and `officials show` as text, JSON or CSV. */
import { csvLine } from '../../workspace/csv-line.js';
import type { Localized } from '../../model/schema.js';
import type { CommandContext } from '../context.js';
import { workspaceRoot } from '../workspace-arg.js';
import { formatTable } from './org-view.js';

/** English, else the first language: a list shows one. */
const shown = (value: Localized | undefined) => (value === undefined ? '' : typeof value === 'string' ? value : value.en ?? Object.values(value)[0] ?? '');

export async function listOfficials(ctx: CommandContext, flags: { group?: string; groups: boolean; json: boolean; csv: boolean }): Promise<void> {
  const out = ctx.output();
  const root = workspaceRoot(ctx);
  const ops = await import('../../registry/officials/officials-ops.js');
  let headers: string[];
  let rows: string[][];
  let json: unknown;
  let summary: string;
  if (flags.groups) {
    const groups = await ops.listGroups(root);
    headers = ['group', 'members', 'name', 'chair', 'ranking_member'];
    rows = groups.map((g) => [g.id, String(g.members), g.name ?? '', g.chair ?? '', g.rankingMember ?? '']);
    json = groups;
    summary = `${groups.length} group${groups.length === 1 ? '' : 's'}`;
  } else {
    const { entries, total } = await ops.listOfficials(root, { group: flags.group });
    headers = ['id', 'name', 'title', 'groups'];
    rows = entries.map(([id, e]) => [id, e.name, shown(e.title), (e.groups ?? []).join(' ')]);
    json = entries.map(([id, e]) => ({ id, ...e }));
    summary = flags.group ? `${entries.length} in ${flags.group}, of ${total}` : `${total} entr${total === 1 ? 'y' : 'ies'}`;
  }
  if (flags.json) return out.out(JSON.stringify(json, null, 2));
  if (flags.csv) {
    for (const row of [headers, ...rows]) out.out(csvLine(row));
    return;
  }
  for (const line of formatTable(headers, rows)) out.out(line);
  out.info(summary);
}

export async function showOfficial(ctx: CommandContext, id: string, flags: { json: boolean }): Promise<void> {
  const out = ctx.output();
  const root = workspaceRoot(ctx);
  const { showOfficial: show } = await import('../../registry/officials/officials-ops.js');
  const { entry, yaml, groups, letters } = await show(root, id);
  if (flags.json) {
    out.out(JSON.stringify({ id, ...entry, memberOf: groups, letters: letters.map(({ absolutePath: _, ...l }) => l) }, null, 2));
    return;
  }
  out.out(`${id}: ${entry.name}`);
  out.out(yaml.split('\n').map((l) => `  ${l}`).join('\n'));
  out.out('');
  out.out(groups.length ? `in ${groups.map((g) => (g.role ? `${g.id} (${g.role})` : g.id)).join(', ')}` : 'in no group');
  if (letters.length === 0) out.out('no letter is addressed to them');
  else {
    out.out(`addressee of ${letters.length} letter${letters.length === 1 ? '' : 's'}:`);
    for (const l of letters) out.out(`  ${l.file}  ${[...(l.byId.length ? ['by id'] : []), ...l.byGroup.map((g) => `{ group: ${g} }`)].join(', ')}`);
  }
}
