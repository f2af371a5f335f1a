/**
 * `manifest.json`, the record of one released version: what was released, when, from
 * which text, registry entries and officials, by which version of the tool, and the SHA-256 of
 * every other file of the version, so that `release --verify` can tell whether a
 * file was changed and `build --release` can make the documents again.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { CoalitionError } from '../errors.js';
import { OfficialSchema } from '../model/officials-schema.js';
import { CalendarDateSchema, OfficialIdSchema, SignatorySchema } from '../model/schema.js';
import { localToday } from '../i18n/intl.js';
import { MAX_INPUT_BYTES } from '../workspace/read-text.js';
import { readRegularFile } from '../workspace/regular-file.js';

export const MANIFEST_FILE = 'manifest.json';
export const CHANGES_FILE = 'CHANGES.md';

const FileRecordSchema = z.object({ bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict();

export const ManifestSchema = z
  .object({
    /** The shape of this file; raised only if it ever changes incompatibly. */
    manifest_version: z.literal(1),
    version: z.number().int().min(1),
    /** When it was released, as an ISO 8601 instant. */
    released_at: z.string(),
    letter: z.object({
      /** The letter file, relative to the workspace. */
      file: z.string(),
      date: CalendarDateSchema,
      languages: z.array(z.string()).min(1),
    }).strict(),
    formats: z.array(z.string()),
    /** Signatories printed. */
    signers: z.number().int().min(0),
    /** Each language's text fingerprint (as `coalition status` shows it, per language). */
    text: z.record(z.string(), z.string()),
    /** Every file of the version but this one. */
    files: z.record(z.string(), FileRecordSchema),
    /** What the documents were made from; `build --release` makes them again from it. */
    snapshot: z.object({
      /** The letter file as it was released. */
      letter: z.string(),
      /** Every registry entry the letter printed (signers, letterhead), without contact details. */
      registry: z.record(z.string(), SignatorySchema),
      /** The workspace's template overrides (`templates/…`) in effect. */
      templates: z.record(z.string(), z.string()),
      /** A letter addressed to officials.yaml: each official's entry, at the index of the `to:` item that named them. */
      officials: z.array(z.object({ id: OfficialIdSchema, index: z.number().int().min(0), entry: OfficialSchema }).strict()).optional(),
    }).strict(),
    tool: z.object({ name: z.string(), version: z.string() }).strict(),
  })
  .strict();
export type Manifest = z.infer<typeof ManifestSchema>;

/** The day a version was released, where the user is (as the letter's `releases:` records it). */
export function releasedOn(manifest: Pick<Manifest, 'released_at'>): string {
  return localToday(new Date(manifest.released_at));
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The manifest's text as written: its hash is what a letter's `releases:` entry records. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Reads and validates `<dir>/manifest.json`; `shown` names the folder in messages. */
export async function readManifest(dir: string, shown: string): Promise<{ manifest: Manifest; text: string }> {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    // Only the manifest itself: not a link, a named pipe or a device, and never more than any manifest can be.
    text = (await readRegularFile(path, `${shown}/${MANIFEST_FILE}`, MAX_INPUT_BYTES, { noFollow: true })).toString('utf8');
  } catch (error) {
    const why = error instanceof CoalitionError && error.code !== 'file-not-found' ? error.diagnostics[0]?.message ?? error.message : 'is missing or cannot be read';
    throw new CoalitionError(`${shown}/${MANIFEST_FILE} ${why}`, {
      code: 'release-manifest-missing', cause: error,
      hint: 'A version folder is made whole by `coalition release`; restore it from version control.',
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // Where, not what: JSON.parse quotes the text around the fault, and this file may not be what it claims.
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new CoalitionError(`${shown}/${MANIFEST_FILE} is not valid JSON${at ? ` (at character ${at})` : ''}`, {
      code: 'release-manifest-invalid', cause: error, hint: 'Restore it from version control: a manifest is never edited by hand.',
    });
  }
  const parsed = ManifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CoalitionError(`${shown}/${MANIFEST_FILE}: ${issue.path.join('.') || 'the file'}: ${issue.message}`, {
      code: 'release-manifest-invalid', hint: 'Restore it from version control: a manifest is never edited by hand.',
    });
  }
  return { manifest: parsed.data, text };
}
