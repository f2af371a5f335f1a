/**
 * The letter views of a released version, made from its snapshot (the letter's text,
 * the registry entries and template overrides it was released with), as
 * `build --release` makes its documents: the site is one more writer over those views
 * and never reads the draft. The one place publishing obtains views.
 */
import { CoalitionError, type Diagnostic } from '../errors.js';
import { letterViews } from '../render/letter-html.js';
import { latestVersion, readVersion, releaseSeries, type ReleasedVersion } from '../release/release-store.js';
import { snapshotWorkspace } from '../release/snapshot.js';
import type { LetterView } from '../resolve/letter-view.js';
import { loadLetter } from '../workspace/read-letter.js';
import type { TemplateFiles } from '../workspace/template-files.js';
import { displayPath } from '../workspace/workspace.js';

export interface ReleasedViews {
  /** The letter, as shown. */
  file: string;
  released: ReleasedVersion;
  /** One view per released language, in the letter's order. */
  views: LetterView[];
  /** The templates and strings the version was released with. */
  templates: TemplateFiles;
  /** Warnings met while rendering (an image of the workspace gone since the release). */
  diagnostics: Diagnostic[];
}

/** A version found for publishing: its letter as shown, and the version as read from its folder. */
export type FoundRelease = Pick<ReleasedViews, 'file' | 'released'>;

/**
 * Version `version` of the letter at `letter` (default: its latest version), read
 * from its folder. Refuses a letter with no release and a version that does not exist:
 * cheap (the letter, a folder listing, the manifest), so a refused publish stops here.
 */
export async function findRelease(root: string, letter: string, version?: number): Promise<FoundRelease> {
  const file = displayPath(root, letter);
  const series = await releaseSeries(root, await loadLetter(letter, file));
  const released = version === undefined ? await latestVersion(series) : await readVersion(series, version);
  if (!released) {
    throw new CoalitionError(`${file} has no release to publish`, {
      code: 'no-release', hint: `A site is made from a released version: \`coalition release ${file}\` makes v1.`,
    });
  }
  return { file, released };
}

/** The views of a found version, made from its snapshot: the costly part, rendering every language. */
export function releasedViews(root: string, { file, released }: FoundRelease): ReleasedViews {
  const { manifest } = released;
  const { ws, prepared } = snapshotWorkspace(root, manifest.letter.file, manifest.snapshot, released.shown);
  const { views, diagnostics } = letterViews(ws, prepared, { langs: manifest.letter.languages, draft: false });
  return { file, released, views, templates: ws.templates, diagnostics };
}
