/**
 * The files a site offers for download: of the released version, each language's PDF,
 * Word file and plain text, and `signatories.csv`, copied byte for byte and checked
 * against the SHA-256 the manifest recorded, so the hash the page shows is the one a
 * journalist's copy must have. Nothing else of the release (its HTML, its JSON, the
 * manifest, a copy addressed to one recipient) is published.
 */
import { CoalitionError } from '../errors.js';
import type { Manifest } from '../release/manifest.js';
import { checkReleaseFile } from '../release/release-file.js';
import type { ReleasedVersion } from '../release/release-store.js';

export const DOWNLOAD_KINDS = ['pdf', 'docx', 'txt'] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number] | 'csv';

export const SIGNATORIES_CSV = 'signatories.csv';

const MIME: Record<DownloadKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
  csv: 'text/csv',
};

export interface Download {
  /** Its name in the release and in the site. */
  name: string;
  kind: DownloadKind;
  /** The document's language; none for signatories.csv. */
  lang?: string;
  type: string;
  bytes: number;
  sha256: string;
}

/** The downloads a version has, by language (the letter's order) and then PDF, Word, plain text; the CSV last. */
export function siteDownloads(manifest: Manifest): Download[] {
  const downloads: Download[] = [];
  for (const lang of manifest.letter.languages) {
    for (const kind of DOWNLOAD_KINDS) {
      // Named as `build` names a language's document: `<date>-<slug>.<lang>.<ext>`, at the top of the version.
      const name = Object.keys(manifest.files).find((n) => !n.includes('/') && n.endsWith(`.${lang}.${kind}`));
      if (name) downloads.push(download(manifest, name, kind, lang));
    }
  }
  if (manifest.files[SIGNATORIES_CSV]) downloads.push(download(manifest, SIGNATORIES_CSV, 'csv'));
  return downloads;
}

function download(manifest: Manifest, name: string, kind: DownloadKind, lang?: string): Download {
  const { bytes, sha256: hash } = manifest.files[name]!;
  return { name, kind, ...(lang ? { lang } : {}), type: MIME[kind], bytes, sha256: hash };
}

/** A download's bytes from the version's folder, refused when they are not those released (read as verify reads it: release-file.ts). */
export async function readDownload(released: ReleasedVersion, file: Download): Promise<Buffer> {
  const shown = `${released.shown}/${file.name}`;
  const result = await checkReleaseFile(released.dir, file.name, { bytes: file.bytes, sha256: file.sha256 }, true);
  if (result.ok) return result.data!;
  if (result.problem === 'changed') throw changed(released, shown, 'differs from the file released (its SHA-256 is not the one manifest.json records)');
  throw changed(released, shown, `is missing or cannot be read (${result.problem}: ${result.detail})`);
}

function changed(released: ReleasedVersion, shown: string, what: string, cause?: unknown): CoalitionError {
  return new CoalitionError(`${shown} ${what}: a site offers only the files as released`, {
    code: 'release-file-changed', cause,
    hint: `\`coalition release --verify <letter> v${released.version}\` names every changed file; restore the version folder from version control.`,
  });
}
