/**
 * `coalition officials add|edit|remove|list|show|import`: the directory of officials
 * (officials.yaml) from the command line. Flags map one to one onto its fields
 * (docs/officials.md).
 */
import { InvalidArgumentError, type Command } from 'commander';
import { resolve } from 'node:path';
import { CoalitionError, ExitCode } from '../../errors.js';
import type { CommandContext } from '../context.js';
import type { Output } from '../output.js';
import type { ImportReport } from '../../registry/officials/officials-import.js';
import { workspaceRoot } from '../workspace-arg.js';
import { FLAG_LANGS } from './org.js';
import { listOfficials, showOfficial } from './officials-view.js';

type Flags = Record<string, unknown>;

const collect = (value: string, previous: string[] = []) => [...previous, value];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const PER_LANGUAGE = ['title', 'salutation', 'honorific'] as const;

function gender(value: string): string {
  if (value !== 'f' && value !== 'm' && value !== '') throw new InvalidArgumentError('expected f or m ("" removes it)');
  return value;
}

function addEntryOptions(command: Command, editing: boolean): Command {
  command
    .option('--name <name>', 'the name, as printed')
    .option('--sort-as <key>', 'sort by this in `order: alphabetical` ("Van Hollen, Chris")');
  for (const field of PER_LANGUAGE) {
    command.option(`--${field} <text>`, `the ${field} (the same in every language)`);
    for (const lang of FLAG_LANGS) command.option(`--${field}-${lang} <text>`, `the ${field} in ${lang}`);
  }
  command
    .option('--gender <f|m>', 'for greetings that agree in gender ("Estimada Senadora")', gender)
    .option('--family-name <name>', 'the family name built greetings use ("de la Fuente")')
    .option('--party <party>', 'the party (never printed)')
    .option('--address <line>', 'an address line printed under the name (repeat for each line; "" removes the address)', collect)
    .option('--email <email>', 'email address (recipients.csv, coalition send)')
    .option('--language <lang>', 'the language they read: coalition send writes to them in it (en, es, pt-BR…)')
    .option('--phone <phone>', 'phone number (recipients.csv)')
    .option('--contact-form <url>', 'web contact form (recipients.csv)')
    .option('--website <url>', 'website')
    .option('--office <office>', 'office (never printed)')
    .option('--until <YYYY-MM-DD>', 'the end of the term: past it, `check` warns the entry may be stale')
    .option('--group <group>', 'a group this official is in (repeatable): a chamber, a state, a committee', collect);
  if (editing) command.option('--remove-group <group>', 'leave a group (repeatable)', collect);
  return command.addHelpText('after', '\nAn empty value removes a field: --email ""');
}

/** Flags → the fields to change; "" means remove. */
function patchFromFlags(flags: Flags) {
  const fields: Record<string, unknown> = {};
  const text = (v: unknown) => (v === '' ? null : v);
  const simple: [string, string][] = [['name', 'name'], ['sortAs', 'sort_as'], ['gender', 'gender'], ['familyName', 'family_name'], ['party', 'party'], ['email', 'email'], ['language', 'language'], ['phone', 'phone'], ['contactForm', 'contact_form'], ['website', 'website'], ['office', 'office'], ['until', 'until']];
  for (const [flag, field] of simple) if (flags[flag] !== undefined) fields[field] = text(flags[flag]);
  for (const field of PER_LANGUAGE) {
    const perLang: Record<string, unknown> = {};
    for (const lang of FLAG_LANGS) if (flags[`${field}${cap(lang)}`] !== undefined) perLang[lang] = text(flags[`${field}${cap(lang)}`]);
    if (flags[field] !== undefined) fields[field] = text(flags[field]);
    else if (Object.keys(perLang).length) fields[field] = perLang;
  }
  const address = flags.address as string[] | undefined;
  if (address) fields.address = address.every((line) => line === '') ? null : address.filter((line) => line !== '');
  return {
    fields,
    ...(flags.group ? { addGroups: flags.group as string[] } : {}),
    ...(flags.removeGroup ? { removeGroups: flags.removeGroup as string[] } : {}),
  };
}

export function registerOfficials(program: Command, ctx: CommandContext): void {
  const officials = program.command('officials').description('manage the directory of officials letters are addressed to (officials.yaml)');

  addEntryOptions(officials.command('add').description('add an official to the directory').argument('[id]', 'the new id (default: made from --name)'), false)
    .addHelpText('after', '\nExamples:\n  coalition officials add min-interior --name "Ana Pérez" --title-en "Minister of the Interior" --title-es "Ministra del Interior" \\\n    --salutation-en "Minister Pérez" --salutation-es "Ministra Pérez" --gender f --group cabinet')
    .action(async (id: string | undefined, flags: Flags) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      if (typeof flags.name !== 'string' || flags.name.trim() === '') {
        throw new CoalitionError('a new entry needs a name', { code: 'missing-name', exitCode: ExitCode.usage, hint: 'Add --name "Full Name".' });
      }
      const { addOfficial } = await import('../../registry/officials/officials-ops.js');
      const result = await addOfficial(root, id, patchFromFlags(flags));
      out.out(result.id);
      out.info(`added ${result.id} to officials.yaml${result.suggested ? ' (id made from the name; give one as `officials add <id>` to choose it)' : ''}`);
    });

  addEntryOptions(officials.command('edit').description('change fields of an official').argument('<id>', 'the entry to change'), true)
    .action(async (id: string, flags: Flags) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const { editOfficial } = await import('../../registry/officials/officials-ops.js');
      const result = await editOfficial(root, id, patchFromFlags(flags));
      out.info(result.changed ? `updated ${id} in officials.yaml` : `${id}: nothing to change`);
    });

  officials.command('remove').description('remove an official (refused while a letter names it in to:)')
    .argument('<id>', 'the entry to remove')
    .option('--force', 'also take it off every letter that names it', false)
    .action(async (id: string, flags: { force: boolean }) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const { removeOfficial } = await import('../../registry/officials/officials-ops.js');
      const result = await removeOfficial(root, id, flags.force);
      for (const use of result.letters) out.info(`removed ${id} from the addressees of ${use.file}`);
      if (result.groups.length) out.info(`removed ${id} from the groups ${result.groups.join(', ')}`);
      out.info(`removed ${id} from officials.yaml`);
    });

  officials.command('list').description('list the directory, or one group in its order')
    .option('--group <group>', 'only this group\'s members, in the group\'s order')
    .option('--groups', 'list the groups instead, with their member counts', false)
    .option('--json', 'as JSON', false)
    .option('--csv', 'as CSV', false)
    .action((flags: { group?: string; groups: boolean; json: boolean; csv: boolean }) => listOfficials(ctx, flags));

  officials.command('show').description('one official, their groups and every letter addressed to them')
    .argument('<id>', 'the entry')
    .option('--json', 'as JSON', false)
    .action((id: string, flags: { json: boolean }) => showOfficial(ctx, id, flags));

  officials.command('import').description('import officials from legislators-current.yaml, committee-membership-current.yaml or a CSV; --us-congress: the snapshot shipped with coalition')
    .argument('[file]', 'the file to import')
    .option('--us-congress', 'the current members and committees of the US Congress, from the congress-legislators snapshot shipped with coalition (offline; see docs/officials.md)', false)
    .option('-n, --dry-run', 'say what would change; change nothing', false)
    .option('--json', 'what changed, as JSON', false)
    .addHelpText('after', '\nRe-importing updates entries in place (by the source\'s id) and says what changed.\n\nExamples:\n  coalition officials import --us-congress\n  coalition officials import ../congress-legislators/legislators-current.yaml\n  coalition officials import ../congress-legislators/committee-membership-current.yaml\n  coalition officials import ministers.csv --dry-run')
    .action(async (fileArg: string | undefined, flags: { usCongress: boolean; dryRun: boolean; json: boolean }) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      if (Boolean(fileArg) === flags.usCongress) {
        throw new CoalitionError(fileArg ? 'give a file or --us-congress, not both' : 'which officials? give a file to import, or --us-congress', {
          code: 'officials-import-source', exitCode: ExitCode.usage,
          hint: 'coalition officials import --us-congress (the bundled snapshot), or coalition officials import <file.yaml|file.csv>',
        });
      }
      const { importOfficials } = await import('../../registry/officials/officials-import.js');
      const { US_CONGRESS_FILES } = await import('../../registry/officials/us-congress-snapshot.js');
      // The members first, then the committees, whose members are found among them.
      const files = fileArg ? [{ path: resolve(ctx.io.cwd, fileArg), shown: fileArg }] : US_CONGRESS_FILES;
      const reports = [];
      for (const { path, shown } of files) {
        const report = await importOfficials(root, path, shown, { dryRun: flags.dryRun });
        reports.push({ file: shown, dryRun: flags.dryRun, ...report });
        if (!flags.json) printImport(out, shown, report);
      }
      if (flags.json) out.out(JSON.stringify(fileArg ? reports[0] : reports, null, 2));
      else if (flags.dryRun) out.info('dry run: nothing was written');
    });
}

function printImport(out: Output, fileArg: string, report: ImportReport): void {
  for (const id of report.added) out.out(`added ${id}`);
  for (const { id, fields } of report.updated) out.out(`updated ${id}: ${fields.join(', ')}`);
  for (const id of report.groupsAdded) out.out(`added group ${id}`);
  for (const { id, fields } of report.groupsUpdated) out.out(`updated group ${id}: ${fields.join(', ')}`);
  for (const note of report.notes) out.warn(note);
  if (report.gone.length) out.warn(`${report.gone.length} entr${report.gone.length === 1 ? 'y is' : 'ies are'} no longer in ${fileArg} and were left as they are: ${report.gone.slice(0, 10).join(', ')}${report.gone.length > 10 ? '…' : ''}`);
  const groups = report.groupsAdded.length + report.groupsUpdated.length + report.groupsUnchanged;
  out.info(`${fileArg} (${report.kind}): ${report.added.length} added, ${report.updated.length} updated, ${report.unchanged} unchanged`
    + (groups ? `; groups: ${report.groupsAdded.length} added, ${report.groupsUpdated.length} updated, ${report.groupsUnchanged} unchanged` : ''));
}
