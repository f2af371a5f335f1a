/**
 * HOOK — submission profiles (`--for <profile>`, issue 13). `release --for <profile>`
 * asks here, and only here, for the formats a channel takes. This branch has no
 * profiles, so every profile is refused as wrong usage. Where profiles exist
 * (src/workspace/submission-profiles.ts), the body becomes:
 *
 *   const { loadProfile } = await import('../workspace/submission-profiles.js');
 *   const loaded = await loadProfile(profile, root);   // an unknown id: exit 2, naming the known ones
 *   return loaded.profile.formats.filter((f): f is OutputFormat => (OUTPUT_FORMATS as readonly string[]).includes(f));
 */
import { CoalitionError, ExitCode } from '../errors.js';
import type { OutputFormat } from '../pipeline/output-formats.js';

export async function profileFormats(_root: string, profile: string): Promise<OutputFormat[]> {
  throw new CoalitionError(`--for ${profile}: this version of coalition has no submission profiles`, {
    code: 'unknown-profile', exitCode: ExitCode.usage,
    hint: 'Name the formats instead: --format html,pdf.',
  });
}
