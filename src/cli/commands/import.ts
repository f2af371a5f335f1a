/**
 * `coalition import <letter> <responses.csv>`: merge sign-on form responses into the
 * registry and the letter's signatories, reporting what every row became.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { CommandContext } from '../context.js';
import { letterPath, workspaceRoot } from '../workspace-arg.js';
import { calendarDate } from './sign.js';

interface ImportFlags {
  dryRun: boolean;
  confirmed: boolean;
  map?: string[];
  json: boolean;
  date?: string;
  consentColumn?: string;
}

const ENCODING_NAMES = { 'windows-1252': 'Windows-1252 (what Excel saves as "CSV" on Windows)', 'utf-16le': 'UTF-16 (Excel\'s "Unicode text")', 'utf-16be': 'UTF-16 (big-endian)' } as const;

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerImport(program: Command, ctx: CommandContext): void {
  program
    .command('import')
    .description('merge sign-on form responses (CSV) into the registry and a letter')
    .argument('<letter>', 'the letter, by path or slug')
    .argument('<responses>', 'the CSV export (Google Forms, Action Network, a spreadsheet)')
    .option('-n, --dry-run', 'print the plan; change nothing', false)
    .option('--confirmed', 'sign the rows as confirmed (default: pending)', false)
    .option('--map <header=field>', 'read a column as a field (organization, acronym, country, email, name, first_name, last_name, title, affiliation, type, website, timestamp, consent, ignore); repeatable', collect)
    .option('--date <YYYY-MM-DD>', 'the date recorded as signed_on for every row (default: each row\'s form timestamp, else today)', calendarDate)
    .option('--consent-column <header>', 'the column asking whether the name may be published ("May we publish your name?"), when not recognized: a "No" signs without naming (publish: false)')
    .option('--json', 'the plan and counts as JSON', false)
    .addHelpText('after', '\nExamples:\n  coalition import us-mexico responses.csv --dry-run\n  coalition import us-mexico responses.csv --map "Grupo=organization"')
    .action(async (letterArg: string, csvArg: string, flags: ImportFlags) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const letter = await letterPath(ctx, root, letterArg);
      const { importResponses } = await import('../../registry/import/run-import.js');
      const result = await importResponses(root, letter, resolve(ctx.io.cwd, csvArg), csvArg, {
        dryRun: flags.dryRun, confirmed: flags.confirmed, ...(flags.map ? { map: flags.map } : {}), ...(flags.date ? { date: flags.date } : {}),
        ...(flags.consentColumn !== undefined ? { consentColumn: flags.consentColumn } : {}),
      });
      if (flags.json) {
        out.out(JSON.stringify({
          letter: result.letter, csv: result.csv, encoding: result.encoding, dryRun: flags.dryRun, written: result.written, counts: result.counts,
          rows: result.rows, newEntries: Object.fromEntries(result.newEntries), signed: result.toSign, alreadySigned: result.alreadySigned, unnamed: result.unnamed,
        }, null, 2));
        return;
      }
      if (result.encoding !== 'utf-8') out.info(`read ${result.csv} as ${ENCODING_NAMES[result.encoding]}, not UTF-8`);
      for (const row of result.rows) {
        const where = `${result.csv}:${row.line}`;
        const name = row.name ? ` "${row.name}"` : '';
        const notes = row.notes.length || row.publish === false ? ` (${[...row.notes, ...(row.publish === false && !row.notes.some((n) => n.includes('publish: false')) ? ['not named: publish: false'] : [])].join('; ')})` : '';
        if (row.action === 'matched') out.out(`${where} matched ${row.id}${name}${notes}`);
        else if (row.action === 'added') out.out(`${where} new ${row.id}${name}${notes}`);
        else if (row.action === 'merged') out.out(`${where} merged into ${row.id}: ${row.reason}${notes}`);
        else if (row.near) out.out(`${where} ${out.color.yellow('held')}${name}: ${row.reason} — if it is that one: coalition sign ${letterArg} ${row.candidates![0]}; if not: coalition org add <id> --name "${row.name}" --force, then sign`);
        else out.out(`${where} ${out.color.yellow('skipped')}${name}: ${row.reason}${row.candidates ? ` — sign the right one by hand: coalition sign ${letterArg} <id>` : ''}`);
      }
      const c = result.counts;
      if (result.columns.ignored.length) out.info(`columns not read: ${result.columns.ignored.join(', ')}`);
      out.info(`${c.rows} rows: ${c.matched} matched, ${c.added} added to the registry, ${c.merged} merged, ${c.skipped} skipped`);
      const verb = flags.dryRun ? 'would sign' : 'signed';
      if (c.unnamed) out.info(`${c.unnamed} asked not to be named (the consent column): ${flags.dryRun ? 'would be recorded' : 'recorded'} publish: false, counted but never printed`);
      out.info(`${verb} ${c.signed} as ${flags.confirmed ? 'confirmed' : 'pending'} on ${result.letter}${c.alreadySigned ? `; ${c.alreadySigned} already on it` : ''}`);
      if (flags.dryRun) out.info('dry run: nothing was written');
    });
}
