import type { Command } from 'commander';
import { ExitCode } from '../../errors.js';
import type { CommandContext } from '../context.js';

interface ProfilesFlags {
  json: boolean;
}

export function registerProfiles(program: Command, ctx: CommandContext): void {
  program
    .command('profiles')
    .description('list the submission profiles (build --for, check --for): what each channel takes and the rules of its guidance')
    .argument('[profile]', 'show this profile\'s rules and sources')
    .option('--json', 'print the profiles as JSON', false)
    .addHelpText('after', '\nA workspace may add its own profiles (or replace a built-in one) as profiles/<name>.yaml.\n\nExamples:\n  coalition profiles\n  coalition profiles un-upr\n  coalition build us-mexico --for un-upr\n  coalition check us-mexico --for uk-parliament')
    .action(async (id: string | undefined, flags: ProfilesFlags) => {
      const out = ctx.output();
      const { findWorkspace } = await import('../../workspace/workspace.js');
      const { loadProfile, loadProfiles } = await import('../../workspace/submission-profiles.js');
      const { resolve } = await import('node:path');
      // Profiles work outside a workspace too (the built-in ones); inside one, its own are added.
      let root: string | undefined;
      try {
        const dir = ctx.globals().dir;
        root = dir ? findWorkspace(resolve(ctx.io.cwd, dir), true) : findWorkspace(ctx.io.cwd);
      } catch {
        root = undefined;
      }
      const { profiles, broken } = id ? { profiles: [await loadProfile(id, root)], broken: [] } : await loadProfiles(root);
      // A broken profile of the workspace is said, and the others listed all the same.
      for (const error of broken) out.error(error);
      if (broken.length) ctx.setExitCode(ExitCode.input);
      if (flags.json) {
        out.out(JSON.stringify(profiles.map((p) => ({ id: p.id, origin: p.origin, ...p.profile })), null, 2));
        return;
      }
      if (!id) {
        const width = Math.max(...profiles.map((p) => p.id.length));
        for (const p of profiles) out.out(`${p.id.padEnd(width)}  ${p.profile.formats.join(',').padEnd(9)} ${p.profile.name}${p.origin.startsWith('(built-in)') ? '' : ` (${p.origin})`}`);
        out.info(`\n\`coalition profiles <name>\` shows a profile's rules; \`coalition build <letter> --for <name>\` builds for it`);
        return;
      }
      const p = profiles[0]!;
      out.out(`${p.id}: ${p.profile.name}`);
      out.out(`  builds: ${p.profile.formats.join(', ')}${p.profile.languages ? ` in ${p.profile.languages.join(' and ')}` : ''}${p.profile.word?.font ? `; Word font ${[p.profile.word.font.family, p.profile.word.font.size && `${p.profile.word.font.size} pt`, p.profile.word.font.justify && 'justified'].filter(Boolean).join(' ')}` : ''}${p.profile.word?.signers_first ? '; signatories first' : ''}`);
      for (const rule of p.profile.rules) out.out(`  - ${rule.kind}: ${rule.says} [${rule.source}]`);
      for (const [key, source] of Object.entries(p.profile.sources)) out.out(`  [${key}] ${source.title}, ${source.url}`);
    });
}
