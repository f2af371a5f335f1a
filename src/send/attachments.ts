/**
 * The released files a message carries: for each language (the reader's first), the
 * PDF and, when asked for, the Word and HTML documents: the joint letter's files, or
 * under `delivery: each` the recipient's own copy. Mailed byte for byte: each file is
 * read from the version's folder and its SHA-256 compared with the manifest's before it
 * goes, so the log's hashes are those of the files released.
 */
import { CoalitionError, ExitCode } from '../errors.js';
/** The released formats a message can attach. */
export type SendFormat = 'pdf' | 'docx' | 'html';
import { checkReleaseFile } from '../release/release-file.js';
import { versionName, type ReleasedVersion } from '../release/release-store.js';
import { letterSlug } from '../workspace/workspace.js';

export interface Attachment {
  /** The file's path inside the version folder, as the manifest names it. */
  file: string;
  /** The name the recipient sees: `<date>-<slug>.<lang>.<ext>` (a copy's too). */
  filename: string;
  lang: string;
  format: SendFormat;
  sha256: string;
  bytes: number;
  contentType: string;
}

const CONTENT_TYPES: Record<SendFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
};

/** The attachments of one message; a file the version lacks is refused, naming what would make it. */
export function attachmentsFor(version: ReleasedVersion, name: string, date: string, recipient: string | undefined, langs: readonly string[], formats: readonly SendFormat[], letterFile: string): Attachment[] {
  const base = `${date}-${letterSlug(name)}`.replace(/[/\\]/g, '_');
  return langs.flatMap((lang) => formats.map((format): Attachment => {
    const file = recipient ? `${base}/${recipient}.${lang}.${format}` : `${base}.${lang}.${format}`;
    const record = version.manifest.files[file];
    if (!record) throw notReleased(version, file, format, letterFile);
    return { file, filename: `${base}.${lang}.${format}`, lang, format, sha256: record.sha256, bytes: record.bytes, contentType: CONTENT_TYPES[format] };
  }));
}

/** The file's bytes, refused when they are not the ones released (read as verify reads it: release-file.ts). */
export async function readAttachment(version: ReleasedVersion, attachment: Attachment, letterFile: string): Promise<Buffer> {
  const result = await checkReleaseFile(version.dir, attachment.file, { bytes: attachment.bytes, sha256: attachment.sha256 }, true);
  if (result.ok) return result.data!;
  const hint = `\`coalition release --verify ${letterFile} ${versionName(version.version)}\` names every file that differs`;
  if (result.problem === 'changed') {
    throw new CoalitionError(`${version.shown}/${attachment.file} is not the file released (its SHA-256 differs from the manifest's): it was not sent`, {
      code: 'release-changed', exitCode: ExitCode.input,
      hint: `Restore it from version control (${hint}), or release a new version.`,
    });
  }
  throw new CoalitionError(`${version.shown}/${attachment.file} cannot be read (${result.problem}: ${result.detail}): nothing more was sent`, {
    code: 'release-damaged', exitCode: ExitCode.input,
    hint: `Restore the version folder from version control; ${hint}.`,
  });
}

function notReleased(version: ReleasedVersion, file: string, format: SendFormat, letterFile: string): CoalitionError {
  const v = versionName(version.version);
  return new CoalitionError(`${version.shown} has no ${file}: ${version.manifest.formats.includes(format) ? 'it is not among the files released' : `${v} was released in ${version.manifest.formats.join(', ')}, not ${format}`}`, {
    code: 'attachment-not-released', exitCode: ExitCode.input,
    hint: version.manifest.formats.includes(format)
      ? `Check send.languages, and the version with \`coalition release --verify ${letterFile} ${v}\`.`
      : `Send what ${v} holds (send.formats, --for), or release a version with it: \`coalition release ${letterFile} --format ${[...new Set([...version.manifest.formats, format])].join(',')}\`.`,
  });
}
