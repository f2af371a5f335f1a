/**
 * HOOK — submission profiles (`--for <profile>`, issue 13). `release --for <profile>`
 * asks here for the formats a channel takes. This branch has no profiles, so every
 * profile is refused as wrong usage; where src/profiles exists, return the profile's
 * formats from it instead. Nothing else in `release` needs to change.
 */
import { CoalitionError, ExitCode } from '../errors.js';
import type { OutputFormat } from '../pipeline/output-formats.js';

export async function profileFormats(_root: string, profile: string): Promise<OutputFormat[]> {
  throw new CoalitionError(`--for ${profile}: this version of coalition has no submission profiles`, {
    code: 'unknown-profile', exitCode: ExitCode.usage,
    hint: 'Name the formats instead: --format html,pdf.',
  });
}
