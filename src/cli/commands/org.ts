/**
 * `coalition org add|edit|remove|list|show`: the signatory registry from the command line.
 * Flags map one to one onto the fields of signatories.yaml (docs/registry.md).
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CoalitionError, ExitCode } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { workspaceRoot } from '../workspace-arg.js';
import { listOrgs, showOrg } from './org-view.js';
import { describeLookAlike } from '../../registry/look-alike.js';

/** Languages with their own `--name-<lang>`, `--title-<lang>`, `--affiliation-<lang>` flags; others via `--name-in lang=…`. */
export const FLAG_LANGS = ['en', 'es', 'fr', 'pt'] as const;

type Flags = Record<string, unknown>;

function langValue(value: string, previous: string[] = []): string[] {
  if (!/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?=/.test(value)) throw new InvalidArgumentError('expected <lang>=<text>, such as es=Fundación para el Debido Proceso');
  return [...previous, value];
}

function addEntryOptions(command: Command): Command {
  command
    .option('--name <name>', 'the official name')
    .option('--short <acronym>', 'printed after the name: "… (WOLA)"');
  for (const lang of FLAG_LANGS) command.option(`--name-${lang} <name>`, `the name in ${lang}`);
  command
    .option('--name-in <lang=name>', 'the name in another language (repeatable)', langValue)
    .option('--bilingual', 'print every name, the letter\'s language first')
    .option('--no-bilingual', 'print only the name in the letter\'s language')
    .option('--country <country>', 'ISO code or English/Spanish name ("MX", "México")')
    .option('--city <city>', 'the city (printed when a letter asks for `signing.details: [city]`)');
  for (const lang of FLAG_LANGS) command.option(`--city-${lang} <city>`, `the city's name in ${lang}`);
  command
    .option('--description <text>', 'a short description (printed when a letter asks for `signing.details: [description]`)');
  for (const lang of FLAG_LANGS) command.option(`--description-${lang} <text>`, `the description in ${lang}`);
  command
    .option('--individual', 'a person, not an organization')
    .option('--organization', 'an organization (the default)')
    .option('--title <title>', 'an individual\'s title (same in every language)');
  for (const lang of FLAG_LANGS) command.option(`--title-${lang} <title>`, `the title in ${lang}`);
  command.option('--affiliation <affiliation>', 'an individual\'s affiliation');
  for (const lang of FLAG_LANGS) command.option(`--affiliation-${lang} <affiliation>`, `the affiliation in ${lang}`);
  return command
    .option('--sort-as <key>', 'sort by this instead of the printed name ("Roe, Jane")')
    .option('--website <url>', 'the website')
    .option('--logo <path>', 'a logo image, relative to the workspace')
    .option('--contact-name <name>', 'a contact person (never printed)')
    .option('--contact-email <email>', 'a contact email (never printed)')
    .addHelpText('after', '\nAn empty value removes a field: --short "" ');
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Flags → the fields to change; "" means remove. */
function patchFromFlags(flags: Flags): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const text = (v: unknown) => (v === '' ? null : v);
  const simple: [string, string][] = [['name', 'name'], ['short', 'short'], ['sortAs', 'sort_as'], ['country', 'country'], ['website', 'website'], ['logo', 'logo']];
  for (const [flag, field] of simple) if (flags[flag] !== undefined) patch[field] = text(flags[flag]);
  if (flags.bilingual !== undefined) patch.bilingual = flags.bilingual ? true : null;
  if (flags.individual) patch.kind = 'individual';
  if (flags.organization) patch.kind = 'organization';
  const names: Record<string, unknown> = {};
  for (const lang of FLAG_LANGS) if (flags[`name${cap(lang)}`] !== undefined) names[lang] = text(flags[`name${cap(lang)}`]);
  for (const pair of (flags.nameIn as string[] | undefined) ?? []) {
    const i = pair.indexOf('=');
    names[pair.slice(0, i)] = text(pair.slice(i + 1));
  }
  if (Object.keys(names).length) patch.names = names;
  for (const field of ['title', 'affiliation', 'city', 'description']) {
    const perLang: Record<string, unknown> = {};
    for (const lang of FLAG_LANGS) if (flags[`${field}${cap(lang)}`] !== undefined) perLang[lang] = text(flags[`${field}${cap(lang)}`]);
    if (flags[field] !== undefined) patch[field] = text(flags[field]);
    else if (Object.keys(perLang).length) patch[field] = perLang;
  }
  const contact: Record<string, unknown> = {};
  if (flags.contactName !== undefined) contact.name = text(flags.contactName);
  if (flags.contactEmail !== undefined) contact.email = text(flags.contactEmail);
  if (Object.keys(contact).length) patch.contact = contact;
  return patch;
}

export function registerOrg(program: Command, ctx: CommandContext): void {
  const org = program.command('org').description('manage the signatory registry (signatories.yaml)');

  addEntryOptions(org.command('add').description('add an organization or person to the registry').argument('[id]', 'the new id (default: made from --short or --name)'))
    .option('--force', 'add it even if it looks like an entry already in the registry (same name or acronym)')
    .addHelpText('after', '\nExamples:\n  coalition org add trade-justice --name "Trade Justice Network" --country US\n  coalition org add --name "Fundación para el Debido Proceso" --short DPLF --country "Estados Unidos"')
    .action(async (id: string | undefined, flags: Flags) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      if (typeof flags.name !== 'string' || flags.name.trim() === '') {
        throw new CoalitionError('a new entry needs a name', { code: 'missing-name', exitCode: ExitCode.usage, hint: 'Add --name "The Organization\'s Official Name".' });
      }
      const patch = patchFromFlags(flags);
      const { addOrg } = await import('../../registry/org-ops.js');
      const result = await addOrg(root, id, patch, { force: Boolean(flags.force) });
      out.out(result.id);
      for (const like of result.lookAlikes) out.warn(`${result.id} looks like ${like.id} (${describeLookAlike(like)}); added because of --force`);
      out.info(`added ${result.id} to signatories.yaml${result.suggested ? ' (id made from the name; give one as `org add <id>` to choose it)' : ''}`);
    });

  addEntryOptions(org.command('edit').description('change fields of a registry entry').argument('<id>', 'the entry to change'))
    .action(async (id: string, flags: Flags) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const patch = patchFromFlags(flags);
      const { editOrg } = await import('../../registry/org-ops.js');
      const result = await editOrg(root, id, patch);
      out.info(result.changed ? `updated ${id} in signatories.yaml` : `${id}: nothing to change`);
    });

  org.command('remove').description('remove a registry entry (refused while a letter lists it)')
    .argument('<id>', 'the entry to remove')
    .option('--force', 'also remove it from every letter that lists it', false)
    .action(async (id: string, flags: { force: boolean }) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const { removeOrg } = await import('../../registry/org-ops.js');
      const result = await removeOrg(root, id, flags.force);
      for (const use of result.letters) out.info(`removed ${id} from ${use.file}`);
      out.info(`removed ${id} from signatories.yaml`);
    });

  org.command('merge').description('make two entries of one organization one: every letter\'s reference to <drop> becomes <keep>, then <drop> is removed')
    .argument('<keep>', 'the entry to keep')
    .argument('<drop>', 'the entry to remove')
    .addHelpText('after', '\nLetters keep each signer\'s status, date and text fingerprint; fields only <drop> has are copied to <keep>.\n\nExample:\n  coalition org merge wola wola-2')
    .action(async (keep: string, drop: string) => {
      const out = ctx.output();
      const root = workspaceRoot(ctx);
      const { mergeOrgs } = await import('../../registry/org-merge.js');
      const result = await mergeOrgs(root, keep, drop);
      const said = { renamed: `${drop} → ${keep}`, combined: `listed both: kept one ${keep}`, letterhead: `letterhead ${drop} → ${keep}` };
      for (const letter of result.letters) out.info(`${letter.file}: ${said[letter.outcome]}`);
      if (result.copied.length) out.info(`copied to ${keep}: ${result.copied.join(', ')}`);
      out.info(`merged ${drop} into ${keep}${result.letters.length ? ` on ${result.letters.length} letter${result.letters.length === 1 ? '' : 's'}` : ''}; removed ${drop} from signatories.yaml`);
    });

  org.command('list').description('list the registry')
    .option('--country <country>', 'only this country (code or name)')
    .addOption(new Option('--kind <kind>', 'only organizations or individuals').choices(['organization', 'individual']))
    .option('--json', 'as JSON', false)
    .option('--csv', 'as CSV', false)
    .action((flags: { country?: string; kind?: string; json: boolean; csv: boolean }) => listOrgs(ctx, flags));

  org.command('show').description('one entry and every letter it is on')
    .argument('<id>', 'the entry')
    .option('--json', 'as JSON', false)
    .action((id: string, flags: { json: boolean }) => showOrg(ctx, id, flags));
}
