/**
 * What `coalition status` reports about one letter: who signed, who is pending or
 * withdrawn, who confirmed an earlier text, and what each language still lacks.
 */
import { FrontMatterSchema, type SignerStatus } from '../model/schema.js';
import { displayName } from '../resolve/signatory-list.js';
import { localizedFields } from '../workspace/language-coverage.js';
import { CoalitionError } from '../errors.js';
import { loadLetter, rawFrontMatter, unreadableFrontMatter } from '../workspace/read-letter.js';
import { openWorkspace } from '../workspace/load.js';
import { describePath, zodParseContext } from '../yaml/schema-diagnostics.js';
import { displayPath } from '../workspace/workspace.js';
import { letterFingerprint, recordedSigners } from './fingerprint.js';
import { outdatedSigners } from './outdated-signers.js';

export type TextState = 'current' | 'outdated' | 'unrecorded';

export interface SignerStatusRow {
  id: string;
  name: string;
  status: SignerStatus;
  signedOn?: string;
  /** For confirmed signers: whether the text they confirmed is the current one. */
  text?: TextState;
  inRegistry: boolean;
  line: number;
  /** `false`: signed but asked not to be named (counted with its status, never printed). */
  publish?: false;
}

export interface LetterStatus {
  file: string;
  title?: string;
  /** The current text's fingerprint. */
  text: string;
  counts: Record<SignerStatus, number> & { total: number; outdated: number; unrecorded: number; /** Confirmed signers with `publish: false`. */ unnamed: number };
  signers: SignerStatusRow[];
  /** Per language, what is missing before it can be built. */
  missing: Record<string, string[]>;
  /** What changed since the text most outdated signers confirmed ("es ¶2"), when a release holds it. */
  outdated_changed?: string;
}

export async function letterStatus(root: string, letterPath: string): Promise<LetterStatus> {
  const ws = await openWorkspace(root);
  const file = displayPath(root, letterPath);
  const letter = await loadLetter(letterPath, file);
  // A front matter that cannot be read has no signers or languages to count: say why instead.
  const unreadable = unreadableFrontMatter(letter);
  if (unreadable.length) throw CoalitionError.fromDiagnostics(file, unreadable);
  const text = letterFingerprint(letter);
  const primary = letter.frontMatter?.languages[0] ?? 'en';
  const signers = recordedSigners(letter).map((s): SignerStatusRow => {
    const entry = ws.registry.signatories.get(s.id);
    const state: TextState | undefined = s.status !== 'confirmed' ? undefined : !s.text ? 'unrecorded' : s.text === text ? 'current' : 'outdated';
    return {
      id: s.id,
      name: entry ? displayName(entry, primary) : '(not in signatories.yaml)',
      status: s.status,
      ...(s.signedOn ? { signedOn: s.signedOn } : {}),
      ...(state ? { text: state } : {}),
      inRegistry: Boolean(entry),
      ...(s.publish === false ? { publish: false as const } : {}),
      // Looked up when read (`status --json`): a position needs the full YAML document, which the table never shows.
      get line() { return letter.source?.locate(['signatories', s.index]).line ?? 0; },
    };
  });
  const count = (status: SignerStatus) => signers.filter((s) => s.status === status).length;
  const raw = rawFrontMatter(letter);
  const parsed = FrontMatterSchema.safeParse(raw, zodParseContext(raw));
  const title = parsed.success ? parsed.data.title : undefined;
  const changed = outdatedSigners(root, letter)?.changed;
  return {
    file,
    ...(title ? { title: typeof title === 'string' ? title : title[primary] ?? Object.values(title)[0]! } : {}),
    text,
    counts: {
      total: signers.length, confirmed: count('confirmed'), pending: count('pending'), withdrawn: count('withdrawn'),
      outdated: signers.filter((s) => s.text === 'outdated').length,
      unrecorded: signers.filter((s) => s.text === 'unrecorded').length,
      unnamed: signers.filter((s) => s.status === 'confirmed' && s.publish === false).length,
    },
    signers,
    missing: missingByLanguage(letter.bodies, parsed.success ? parsed.data : undefined, raw, signers, ws.registry.signatories),
    ...(changed ? { outdated_changed: changed } : {}),
  };
}

function missingByLanguage(
  bodies: ReadonlyMap<string, unknown>,
  fm: import('../model/schema.js').FrontMatter | undefined,
  raw: Record<string, unknown> | undefined,
  signers: SignerStatusRow[],
  registry: ReadonlyMap<string, import('../model/schema.js').Signatory>,
): Record<string, string[]> {
  const listed = fm?.languages ?? (Array.isArray(raw?.languages) ? (raw.languages as unknown[]).map(String) : ['en']);
  const missing: Record<string, string[]> = {};
  for (const lang of listed) {
    const gaps: string[] = [];
    if (!bodies.has(lang)) gaps.push(`the body (a \`::: ${lang}\` block)`);
    if (fm) {
      for (const { path, value } of localizedFields(fm)) {
        if (value !== undefined && typeof value !== 'string' && value[lang] === undefined) gaps.push(describePath(path));
      }
    }
    for (const s of signers) {
      const entry = registry.get(s.id);
      // A signer never printed (withdrawn, or asked not to be named) needs no translated title.
      if (!entry || entry.kind !== 'individual' || s.status === 'withdrawn' || s.publish === false) continue;
      for (const field of ['title', 'affiliation', 'role'] as const) {
        // An affiliation may be lines, each a text or a map by language.
        const values = [entry[field]].flat();
        if (values.some((value) => value !== undefined && typeof value !== 'string' && value[lang] === undefined)) gaps.push(`${s.id}'s ${field} (signatories.yaml)`);
      }
    }
    missing[lang] = gaps;
  }
  return missing;
}
