/**
 * What `send` mails, read from a released version: its addressees as the release
 * froze them (release/snapshot.ts), the files it holds with their SHA-256, and the
 * letter's `send:` settings. Addresses (`email:`, `language:`) are read as they are now,
 * in officials.yaml and the letter, so a corrected address needs no new release; who is
 * addressed and what they get is the release's.
 *
 * The one module of send/ that reads the workspace's letters, officials and addressees.
 */
import { basename } from 'node:path';
import { CoalitionError, ExitCode } from '../errors.js';
import { pick } from '../i18n/localized.js';
import type { Official } from '../model/officials-schema.js';
import { SendSchema, type Addressee, type FrontMatter, type SendSettings } from '../model/schema.js';
import { readVersion, latestVersion, releaseSeries, type ReleasedVersion, type ReleaseSeries } from '../release/release-store.js';
import { readReleasedJson } from '../release/release-file.js';
import { snapshotWorkspace } from '../release/snapshot.js';
import type { Recipient } from '../resolve/addressees.js';
import { prepareLetter } from '../resolve/prepare-letter.js';
import { isPrinted } from '../resolve/signatory-list.js';
import { openWorkspace, type Workspace } from '../workspace/load.js';
import { loadLetter, rawFrontMatter, type LoadedLetter } from '../workspace/read-letter.js';
import { signersOf } from '../workspace/signers.js';
import { displayPath } from '../workspace/workspace.js';

export interface Addressed {
  /** The official's id, or one made from the name (as `build --each` names copies). */
  id: string;
  /** The name, in the letter's first language. */
  name: string;
  field: 'to' | 'cc';
  /** Undefined: no address (listed as not sent). */
  address?: string;
  /** The language they read (`language:`), when the letter is written in it (or its base language). */
  language?: string;
  contactForm?: string;
  phone?: string;
  /** For the greeting of a cover note. */
  addressee: Addressee;
}

export interface ReleasedLetter {
  root: string;
  /** The letter file, as shown. */
  file: string;
  /** The letter's name (its file name without `.md`), for output names. */
  name: string;
  date: string;
  series: ReleaseSeries;
  released: ReleasedVersion;
  /** The front matter as released. */
  fm: FrontMatter;
  /** `send:` of the letter as it is now (it says how to mail, not what was released). */
  send: SendSettings;
  each: boolean;
  to: Addressed[];
  cc: Addressed[];
  /** The current workspace (its registry: signers' contacts; its templates: the mail's strings). */
  ws: Workspace;
  /** The current letter, as read (its fingerprint and signers for messages to signers). */
  letter: LoadedLetter;
}

/** The letter at `letterPath` and its `send:` settings, for any kind of message. */
export async function readLetterForSending(root: string, letterPath: string): Promise<{ letter: LoadedLetter; send: SendSettings; ws: Workspace }> {
  const file = displayPath(root, letterPath);
  const letter = await loadLetter(letterPath, file);
  const fatal = letter.diagnostics.filter((d) => d.severity === 'error' && d.code === 'yaml-syntax');
  if (fatal.length || !letter.source) throw CoalitionError.fromDiagnostics(file, fatal.length ? fatal : letter.diagnostics);
  const raw = rawFrontMatter(letter).send;
  const parsed = SendSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw CoalitionError.fromDiagnostic({
      file, ...letter.source.locate(['send', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]), severity: 'error', code: 'invalid-send',
      message: `send${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`,
      hint: 'send: takes from, message, languages and formats (docs/formats.md).',
    });
  }
  return { letter, send: parsed.data, ws: await openWorkspace(root, false) };
}

/** The released version `version` (default: the latest) of the letter at `letterPath`. */
export async function openRelease(root: string, letterPath: string, version?: number): Promise<ReleasedLetter> {
  const { letter, send, ws } = await readLetterForSending(root, letterPath);
  const series = await releaseSeries(root, letter);
  if (!series.versions.length) {
    throw new CoalitionError(`${letter.file} has no release: send mails a released version, never a fresh build`, {
      code: 'no-release', exitCode: ExitCode.usage,
      hint: `Release it first: \`coalition release ${letter.file}\` (then commit releases/), and send again.`,
    });
  }
  const released = version === undefined ? (await latestVersion(series))! : await readVersion(series, version);
  const frozen = snapshotWorkspace(root, released.manifest.letter.file, released.manifest.snapshot, released.shown);
  const fm = frozen.prepared.letter.frontMatter!;
  // Addresses as they are now: the directory, and the letter's own `email:` fields.
  const directory = await ws.officials();
  const now = letter.frontMatter ? await prepareLetter(ws, letterPath) : undefined;
  const current = new Map((now?.recipients ?? []).map((r) => [r.id, r]));
  const to = (frozen.prepared.recipients ?? []).map((r) => addressed(r, 'to', fm.languages, directory.officials.get(r.id), current.get(r.id)));
  const cc = fm.cc.map((item, index) => ccAddressed(item, index, fm, letter.frontMatter));
  // The log tells recipients apart by id: a cc named like an addressee (or another cc) gets its own.
  const taken = new Set(to.map((a) => a.id));
  for (const a of cc) {
    let id = a.id;
    for (let n = 2; taken.has(id); n++) id = `${a.id}-${n}`;
    taken.add((a.id = id));
  }
  return {
    root, file: letter.file, name: basename(released.manifest.letter.file).replace(/\.md$/i, ''), date: fm.date, series, released, fm, send,
    each: fm.delivery === 'each', to, cc, ws, letter,
  };
}

function addressed(r: Recipient, field: 'to', languages: readonly string[], nowOfficial: Official | undefined, now: Recipient | undefined): Addressed {
  const official = r.official ? nowOfficial ?? r.official : undefined;
  const addressee = r.official ? r.addressee : now && !now.official ? now.addressee : r.addressee;
  const address = (official ? official.email : addressee.email) ?? undefined;
  const language = matchLanguage(official ? official.language : addressee.language, languages);
  return {
    id: r.id, name: pick(r.addressee.name, languages[0]!) ?? r.id, field, addressee: r.addressee,
    ...(address ? { address } : {}), ...(language ? { language } : {}),
    ...(official?.contact_form ? { contactForm: official.contact_form } : {}), ...(official?.phone ? { phone: official.phone } : {}),
  };
}

/** A cc entry: written out (with its `email:` as the letter has it now, when it still lists them), or a plain line, which has no address. */
function ccAddressed(item: FrontMatter['cc'][number], index: number, fm: FrontMatter, now: FrontMatter | undefined): Addressed {
  const lang = fm.languages[0]!;
  if (typeof item === 'string') return { id: nameId(item), name: item, field: 'cc', addressee: { name: item } };
  const name = pick(item.name, lang) ?? '';
  const later = now?.cc[index];
  const current = typeof later === 'object' && pick(later.name, lang) === name ? later : item;
  const language = matchLanguage(current.language, fm.languages);
  return { id: nameId(name), name, field: 'cc', addressee: item, ...(current.email ? { address: current.email } : {}), ...(language ? { language } : {}) };
}

/** `language:` as one of the letter's languages: itself, else the one with its base language (`pt-BR` reads `pt`). */
export function matchLanguage(lang: string | undefined, languages: readonly string[]): string | undefined {
  if (!lang) return undefined;
  if (languages.includes(lang)) return lang;
  const base = lang.split('-')[0]!;
  return languages.find((l) => l === base) ?? languages.find((l) => l.split('-')[0] === base);
}

/** "Ken Salazar, U.S. Ambassador" → "ken-salazar-u-s-ambassador" (as build names an inline addressee's copy). */
function nameId(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'cc';
}

/** A signer of a released version, as its signatories.json lists them. */
export interface ReleasedSigner {
  id: string;
  kind?: string;
  name?: Record<string, string>;
}

/**
 * Everyone who signed the version: those it printed (its signatories.json, in its
 * order), then its confirmed signers who asked not to be named (`publish: false`: in
 * its front matter, never in signatories.json). They signed too: the cover note counts
 * them and they are told the letter went out, like the others.
 */
export async function versionSigners(rl: Pick<ReleasedLetter, 'fm' | 'released' | 'ws'>): Promise<ReleasedSigner[]> {
  const printed = await readReleasedJson(rl.released, 'signatories.json') as ReleasedSigner[];
  // A release prints no pending signer (it is no draft): the confirmed ones.
  const unnamed = signersOf(rl.fm.signatories).filter((s) => s.publish === false && isPrinted(s, false));
  return [...printed, ...unnamed.map((s) => ({ id: s.id, kind: rl.ws.registry.signatories.get(s.id)?.kind }))];
}

/** Organizations and individuals among `signers`. */
export function signerKinds(signers: readonly { kind?: string }[]): { organizations: number; individuals: number } {
  const individuals = signers.filter((s) => s.kind === 'individual').length;
  return { organizations: signers.length - individuals, individuals };
}
