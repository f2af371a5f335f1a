/**
 * The formats a submission profile's channel takes (`release --for <profile>`): the
 * release writes those, as `build --for` does.
 */
import { OUTPUT_FORMATS, type OutputFormat } from '../pipeline/output-formats.js';
import { loadProfile } from '../workspace/submission-profiles.js';

export async function profileFormats(root: string, profile: string): Promise<OutputFormat[]> {
  // An unknown id is a usage error naming the known ones (loadProfile says so).
  const loaded = await loadProfile(profile, root);
  const known: readonly string[] = OUTPUT_FORMATS;
  return loaded.profile.formats.flatMap((f) => (known.includes(f) ? [f as OutputFormat] : []));
}
