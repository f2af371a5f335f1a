/**
 * Submission profiles: the package's own (`profiles/*.yaml` beside `templates/`) and
 * a workspace's (`<workspace>/profiles/*.yaml`), which may add profiles or replace a
 * built-in one of the same name. Each file is read and checked like the user's other
 * files: a mistake names the file, line and field.
 */
import { existsSync, readdirSync } from 'node:fs';
import { distance } from 'fastest-levenshtein';
import { join } from 'node:path';
import { CoalitionError, ExitCode, hasErrors } from '../errors.js';
import { ProfileSchema, type Profile } from '../model/profile-schema.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { workspaceFile } from './inside-workspace.js';
import { readTextFile } from './read-text.js';
import { validateWithSchema } from '../yaml/schema-diagnostics.js';
import { parseYamlSource, yamlToData } from '../yaml/yaml.js';

const BUILTIN_PROFILES = join(PACKAGE_ROOT, 'profiles');
const PROFILES_DIR = 'profiles';

export interface LoadedProfile {
  id: string;
  profile: Profile;
  /** Where it came from, as shown to a user. */
  origin: string;
  /** A workspace file that replaces a built-in profile of the same id. */
  overrides: boolean;
}

/** The ids of the profiles at hand, sorted; the workspace's override built-in ones. */
function profileIds(root?: string): { id: string; path: string; origin: string; builtin: boolean }[] {
  const found = new Map<string, { id: string; path: string; origin: string; builtin: boolean }>();
  const add = (dir: string, builtin: boolean) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir).sort()) {
      const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.ya?ml$/.exec(entry);
      if (match) found.set(match[1]!, { id: match[1]!, path: join(dir, entry), origin: builtin ? `(built-in) profiles/${entry}` : `${PROFILES_DIR}/${entry}`, builtin });
    }
  };
  add(BUILTIN_PROFILES, true);
  if (root) add(join(root, PROFILES_DIR), false);
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id, 'en'));
}

/**
 * Every profile at hand, and the problems of those that could not be read: one broken
 * workspace profile must not hide the others.
 */
export async function loadProfiles(root?: string): Promise<{ profiles: LoadedProfile[]; broken: CoalitionError[] }> {
  const read = await Promise.all(profileIds(root).map((entry) => readProfile(entry, root).catch((error: unknown) => {
    if (error instanceof CoalitionError) return error;
    throw error;
  })));
  return {
    profiles: read.filter((p): p is LoadedProfile => !(p instanceof CoalitionError)),
    broken: read.filter((p): p is CoalitionError => p instanceof CoalitionError),
  };
}

/** The profile named `id`; an unknown name is a usage error listing the known ones. */
export async function loadProfile(id: string, root?: string): Promise<LoadedProfile> {
  const ids = profileIds(root);
  // Profile ids are lowercase: `UK-Parliament` and `uk_parliament` name uk-parliament.
  const wanted = id.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const entry = ids.find((p) => p.id === id) ?? ids.find((p) => p.id === wanted);
  if (!entry) {
    const near = ids.map((p) => ({ id: p.id, d: distance(wanted, p.id) })).filter((p) => p.d <= Math.max(2, Math.floor(p.id.length / 4))).sort((a, b) => a.d - b.d)[0];
    throw new CoalitionError(`no submission profile "${id}"${near ? `; did you mean "${near.id}"?` : ''}`, {
      code: 'unknown-profile', exitCode: ExitCode.usage,
      hint: `Known profiles: ${ids.map((p) => p.id).join(', ')}. \`coalition profiles\` describes them; a workspace may add its own as ${PROFILES_DIR}/<name>.yaml.`,
    });
  }
  return readProfile(entry, root);
}

async function readProfile(entry: { id: string; path: string; origin: string; builtin: boolean }, root?: string): Promise<LoadedProfile> {
  // Like template overrides: a regular file inside the workspace.
  const path = !entry.builtin && root ? workspaceFile(root, entry.path, 'profile', entry.origin) ?? entry.path : entry.path;
  const text = await readTextFile(path, entry.origin, 1024 * 1024);
  const source = parseYamlSource(text, entry.origin);
  const diagnostics = [...source.diagnostics];
  let profile: Profile | undefined;
  if (!hasErrors(diagnostics)) {
    const { data, diagnostic } = yamlToData(source, entry.origin);
    if (diagnostic) diagnostics.push(diagnostic);
    else {
      const result = validateWithSchema(ProfileSchema, data ?? {}, source, entry.origin);
      diagnostics.push(...result.diagnostics);
      profile = result.value;
    }
  }
  if (!profile || hasErrors(diagnostics)) {
    throw new CoalitionError(`${entry.origin}: this submission profile is not valid`, {
      code: 'invalid-profile', diagnostics,
      hint: 'Compare it with a built-in profile (`coalition profiles`); the README\'s "Submitting a letter" describes the rules.',
    });
  }
  return { id: entry.id, profile, origin: entry.origin, overrides: !entry.builtin && profileIsBuiltin(entry.id) };
}

function profileIsBuiltin(id: string): boolean {
  return existsSync(join(BUILTIN_PROFILES, `${id}.yaml`));
}
