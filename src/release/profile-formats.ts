/**
 * The formats a submission profile's channel takes (`release --for <profile>`): the
 * release writes those, as `build --for` does.
 */
import { OUTPUT_FORMATS, type OutputFormat } from '../pipeline/output-formats.js';
import { loadProfile } from '../workspace/submission-profiles.js';

export async function profileFormats(root: string, profile: string): Promise<OutputFormat[]> {
  // An unknown id is a usage error naming the known ones (loadProfile says so).
  const loaded = await loadProfile(profile, root);
  return loaded.profile.formats.filter((f): f is OutputFormat => (OUTPUT_FORMATS as readonly string[]).includes(f));
}
