/**
 * What changed between two released versions of a letter, for CHANGES.md and the
 * summary `release` prints: who was added, removed or withdrew (by name), whose
 * printed name changed, which languages' text changed and which paragraphs, and what
 * else differs (front matter, template overrides, the tool's version).
 */
import { isDeepStrictEqual } from 'node:util';
import { parseLetter, rawFrontMatter, type LoadedLetter } from '../workspace/read-letter.js';
import { samePrintedName } from '../resolve/printed-name.js';
import type { Signer } from '../workspace/signers.js';
import { releasedOn, type Manifest } from './manifest.js';
import { describeParagraphChange, paragraphChanges, type ParagraphChange } from '../registry/paragraph-diff.js';
import type { SignatoryRow } from './signatory-table.js';

export interface NamedSigner {
  id: string;
  name: string;
}

export interface TextChange {
  lang: string;
  state: 'unchanged' | 'changed' | 'added' | 'removed';
  paragraphs: ParagraphChange[];
}

export interface ReleaseChanges {
  /** The version compared with. */
  since: number;
  sinceDate: string;
  added: NamedSigner[];
  withdrew: NamedSigner[];
  /** Printed before, not now: unsigned, or back to pending (`now`). */
  removed: (NamedSigner & { now?: 'pending' })[];
  renamed: { id: string; from: string; to: string }[];
  text: TextChange[];
  /** Front matter fields whose value changed (signatories and releases aside). */
  frontMatter: string[];
  /** Template overrides added, changed or removed. */
  templates: string[];
  tool?: { from: string; to: string };
}

export interface VersionContent {
  manifest: Manifest;
  /** Its signatories.json. */
  rows: readonly SignatoryRow[];
}

/** What comparing lists needs of a row: `signatories.json` has it, and so has today's list. */
export type ListedRow = Pick<SignatoryRow, 'id' | 'printed'>;

/** A signer's name as the letter's first language prints it. */
function nameOf(row: ListedRow, primary: string): string {
  return row.printed[primary] ?? Object.values(row.printed)[0] ?? row.id;
}

export function signerChanges(
  previous: readonly ListedRow[],
  current: readonly ListedRow[],
  letterSigners: readonly Signer[],
  primary: string,
): Pick<ReleaseChanges, 'added' | 'withdrew' | 'removed' | 'renamed'> {
  const before = new Map(previous.map((r) => [r.id, r]));
  const now = new Map(current.map((r) => [r.id, r]));
  const listed = new Map(letterSigners.map((s) => [s.id, s]));
  const added = current.filter((r) => !before.has(r.id)).map((r) => ({ id: r.id, name: nameOf(r, primary) }));
  const withdrew: NamedSigner[] = [];
  const removed: ReleaseChanges['removed'] = [];
  const renamed: ReleaseChanges['renamed'] = [];
  for (const row of previous) {
    const named = { id: row.id, name: nameOf(row, primary) };
    const still = now.get(row.id);
    if (still) {
      const to = nameOf(still, primary);
      // Typeset or as written ("Women’s" / "Women's"), one name: compared the one way everywhere.
      if (!samePrintedName(to, named.name)) renamed.push({ id: row.id, from: named.name, to });
      continue;
    }
    const status = listed.get(row.id)?.status;
    if (status === 'withdrawn') withdrew.push(named);
    else removed.push(status === 'pending' ? { ...named, now: 'pending' } : named);
  }
  return { added, withdrew, removed, renamed };
}

export function compareVersions(previous: VersionContent, current: VersionContent, letter: LoadedLetter, letterSigners: readonly Signer[]): ReleaseChanges {
  const before = previous.manifest;
  const now = current.manifest;
  const primary = now.letter.languages[0]!;
  const oldLetter = parseLetter(before.snapshot.letter, before.letter.file);
  const langs = [...new Set([...now.letter.languages, ...before.letter.languages])];
  const text = langs.map((lang): TextChange => {
    const was = before.text[lang];
    const is = now.text[lang];
    if (was === undefined) return { lang, state: 'added', paragraphs: [] };
    if (is === undefined) return { lang, state: 'removed', paragraphs: [] };
    if (was === is) return { lang, state: 'unchanged', paragraphs: [] };
    const paragraphs = paragraphChanges(oldLetter.bodies.get(lang)?.markdown ?? '', letter.bodies.get(lang)?.markdown ?? '');
    return { lang, state: 'changed', paragraphs };
  });
  return {
    since: before.version,
    sinceDate: releasedOn(before),
    ...signerChanges(previous.rows, current.rows, letterSigners, primary),
    text,
    frontMatter: changedFields(rawFrontMatter(oldLetter), rawFrontMatter(letter)),
    templates: changedKeys(before.snapshot.templates, now.snapshot.templates),
    ...(before.tool.version !== now.tool.version ? { tool: { from: before.tool.version, to: now.tool.version } } : {}),
  };
}

/** Fields the release bookkeeping writes, which change every version. */
const BOOKKEEPING = new Set(['signatories', 'releases']);

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !BOOKKEEPING.has(k));
  return keys.filter((k) => !isDeepStrictEqual(before[k], after[k]));
}

function changedKeys(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => before[k] !== after[k]).sort();
}

export function signersChanged(c: ReleaseChanges): boolean {
  return c.added.length + c.withdrew.length + c.removed.length > 0;
}

/** One line per kind of change, for the terminal. */
export function changeLines(c: ReleaseChanges): string[] {
  const names = (list: readonly NamedSigner[]) => list.map((s) => s.name).join('; ');
  const lines: string[] = [];
  if (c.added.length) lines.push(`added ${c.added.length}: ${names(c.added)}`);
  if (c.withdrew.length) lines.push(`withdrew ${c.withdrew.length}: ${names(c.withdrew)}`);
  if (c.removed.length) lines.push(`removed ${c.removed.length}: ${c.removed.map((s) => `${s.name}${s.now ? ` (now ${s.now})` : ''}`).join('; ')}`);
  if (c.renamed.length) lines.push(`renamed ${c.renamed.length}: ${c.renamed.map((r) => `${r.from} → ${r.to}`).join('; ')}`);
  for (const t of c.text) {
    if (t.state === 'changed') lines.push(`${t.lang} text changed: ${t.paragraphs.map((p) => describeParagraphChange(p).replace(/ \(“.*”\)$/, '')).join(', ') || 'spacing only'}`);
    else if (t.state !== 'unchanged') lines.push(`${t.lang} text ${t.state}`);
  }
  if (c.frontMatter.length) lines.push(`front matter changed: ${c.frontMatter.join(', ')}`);
  if (c.templates.length) lines.push(`template overrides changed: ${c.templates.join(', ')}`);
  if (c.tool) lines.push(`made with coalition ${c.tool.to} (v${c.since}: ${c.tool.from})`);
  return lines;
}

/** CHANGES.md of version `version`. */
export function changesMarkdown(c: ReleaseChanges, version: number, letterFile: string, released: string, signers: number, previousSigners: number): string {
  const out: string[] = [];
  out.push(`# v${version} of ${letterFile}`, '');
  out.push(`Released ${released} with ${signers} signator${signers === 1 ? 'y' : 'ies'} (v${c.since}, released ${c.sinceDate}: ${previousSigners}).`, '');
  out.push(`## Signatories since v${c.since}`, '');
  const section = (title: string, list: readonly string[]) => {
    if (list.length) out.push(`${title} (${list.length}):`, '', ...list.map((line) => `- ${line}`), '');
  };
  section('Added', c.added.map((s) => s.name));
  section('Withdrew', c.withdrew.map((s) => s.name));
  section('Removed', c.removed.map((s) => `${s.name}${s.now ? ` (now ${s.now})` : ''}`));
  section('Renamed', c.renamed.map((r) => `${r.from} → ${r.to}`));
  if (!c.added.length && !c.withdrew.length && !c.removed.length && !c.renamed.length) out.push('No change.', '');
  out.push(`## Text since v${c.since}`, '');
  for (const t of c.text) {
    if (t.state !== 'changed') out.push(`- ${t.lang}: ${t.state}`);
    else if (!t.paragraphs.length) out.push(`- ${t.lang}: changed in spacing only`);
    else out.push(`- ${t.lang}: ${t.paragraphs.length} change${t.paragraphs.length === 1 ? '' : 's'}`, ...t.paragraphs.map((p) => `  - ${describeParagraphChange(p)}`));
  }
  out.push('');
  const other = [
    ...(c.frontMatter.length ? [`front matter: ${c.frontMatter.join(', ')}`] : []),
    ...(c.templates.length ? [`template overrides: ${c.templates.join(', ')}`] : []),
    ...(c.tool ? [`made with coalition ${c.tool.to} (v${c.since}: ${c.tool.from})`] : []),
  ];
  if (other.length) out.push('## Also changed', '', ...other.map((line) => `- ${line}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}
