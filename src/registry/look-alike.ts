/**
 * Registry entries that look like one organization under two ids: the same name in
 * any language, or the same acronym, compared without case, accents and punctuation
 * ("Washington Office on Latin America" / "WOLA" twice). Two entries of different
 * kinds, or with different countries, are never the same; a missing country matches
 * any. Used by `org add` (refused unless --force), by `check` (warnings) and by
 * `import` (a near match is held for a decision).
 *
 * Also names a letter or two apart ("Womens Refugee Comission" / "Women's Refugee
 * Commission (WRC)"): a form typed in haste, the acronym written after the name. Found
 * without comparing every pair (5,000 entries are 12 million pairs): each long-enough
 * key is indexed under itself and each of its one-letter deletions, so two keys one
 * edit apart share an index entry; the real distance then decides.
 */
import { distance } from 'fastest-levenshtein';
import type { Signatory } from '../model/schema.js';
import { nameKey } from './name-key.js';

export interface LookAlike {
  /** The other entry's id. */
  id: string;
  /** What they share: "name" or "acronym", and the shared text as the other entry writes it. */
  by: 'name' | 'acronym' | 'similar name';
  text: string;
}

type Entry = Pick<Signatory, 'kind' | 'name' | 'names' | 'short' | 'country'>;
type Key = { key: string; by: LookAlike['by']; text: string };

/** Names shorter than this (as keys) are not compared for typos: "cels" and "cals" are two organizations. */
const MIN_SIMILAR_KEY = 12;

/** A name's key without the acronym written after it: "women's refugee commission (wrc)" is "womens refugee commission". */
export function similarKey(name: string): string {
  return nameKey(name.replace(/\s*\([^()]{1,20}\)\s*$/, ''));
}

/** Keys this far apart at most are one name mistyped: one edit, two in a long name. */
function near(a: string, b: string): boolean {
  if (a === b) return true;
  // Numbers name different bodies, never a typo: "SEIU Local 32" and "SEIU Local 23", "Red 1" and "Red 2".
  if (digitsOf(a) !== digitsOf(b)) return false;
  const limit = Math.min(a.length, b.length) >= 24 ? 2 : 1;
  return Math.abs(a.length - b.length) <= limit && distance(a, b) <= limit;
}

function digitsOf(key: string): string {
  return key.match(/\d+/g)?.join(' ') ?? '';
}

/** The key and its one-letter deletions: keys one edit apart share one of these. */
function variants(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/** Acronyms shorter than this ("A", "PD") say too little to call two entries one. */
const MIN_ACRONYM_KEY = 2;

/** Each text an entry is known by, with its comparable key. */
function keysOf(entry: Entry): Key[] {
  const keys: Key[] = [{ key: nameKey(entry.name), by: 'name', text: entry.name }];
  if (entry.names) for (const text of Object.values(entry.names)) keys.push({ key: nameKey(text), by: 'name', text });
  if (entry.short && entry.kind !== 'individual') {
    // "W.O.L.A." is "WOLA".
    const key = nameKey(entry.short).replace(/ /g, '');
    if (key.length >= MIN_ACRONYM_KEY) keys.push({ key, by: 'acronym', text: entry.short });
  }
  return keys.filter((k) => k.key !== '');
}

function compatible(a: Entry, b: Entry): boolean {
  return a.kind === b.kind && (!a.country || !b.country || a.country === b.country);
}

export class LookAlikeIndex {
  private readonly byKey = new Map<string, { id: string; entry: Entry; by: LookAlike['by']; text: string }[]>();
  /** Each indexed entry's keys, worked out once: a 5,000-entry registry has some 10,000. */
  private readonly keys = new Map<string, Key[]>();
  /** One-letter deletions of each long name (see the top of the file). */
  private readonly byVariant = new Map<string, { id: string; entry: Entry; key: string; text: string }[]>();

  constructor(entries: Iterable<[string, Entry]>) {
    for (const [id, entry] of entries) {
      for (const { key, text } of similarKeysOf(entry)) {
        for (const v of variants(key)) {
          const list = this.byVariant.get(v);
          const item = { id, entry, key, text };
          if (list) list.push(item);
          else this.byVariant.set(v, [item]);
        }
      }
      const keys = keysOf(entry);
      this.keys.set(id, keys);
      for (const k of keys) {
        const list = this.byKey.get(k.key);
        const item = { id, entry, by: k.by, text: k.text };
        if (list) list.push(item);
        else this.byKey.set(k.key, [item]);
      }
    }
  }

  /** The entries `entry` looks like, other than `self`, each once (a shared name before a shared acronym). */
  find(entry: Entry, self?: string): LookAlike[] {
    let found: Map<string, LookAlike> | undefined;
    for (const k of (self !== undefined ? this.keys.get(self) : undefined) ?? keysOf(entry)) {
      const others = this.byKey.get(k.key);
      // Most keys belong to one entry alone: nothing to compare.
      if (!others || (others.length === 1 && others[0]!.id === self)) continue;
      for (const other of others) {
        if (other.id === self || !compatible(entry, other.entry)) continue;
        found ??= new Map();
        const by = k.by === 'name' && other.by === 'name' ? 'name' : 'acronym';
        const known = found.get(other.id);
        if (!known || (known.by === 'acronym' && by === 'name')) found.set(other.id, { id: other.id, by, text: other.text });
      }
    }
    // Names a typo apart, for entries not already found by an exact name or acronym.
    for (const { key } of similarKeysOf(entry)) {
      for (const v of variants(key)) {
        for (const other of this.byVariant.get(v) ?? []) {
          if (other.id === self || found?.has(other.id) || !compatible(entry, other.entry) || !near(key, other.key)) continue;
          found ??= new Map();
          found.set(other.id, { id: other.id, by: 'similar name', text: other.text });
        }
      }
    }
    return found ? [...found.values()] : [];
  }
}

/** The long names of an entry, as keys for typo comparison. */
function similarKeysOf(entry: Entry): { key: string; text: string }[] {
  const texts = [entry.name, ...Object.values(entry.names ?? {})];
  return texts.map((text) => ({ key: similarKey(text), text })).filter((k) => k.key.length >= MIN_SIMILAR_KEY);
}

/** Pairs per registry: `check` asks for the registry's and for each letter's. */
const pairsOf = new WeakMap<ReadonlyMap<string, Entry>, { id: string; like: LookAlike }[]>();

/** Every pair of look-alike entries, each pair once, in registry order: the later entry with the earlier one it looks like. */
export function lookAlikePairs(registry: ReadonlyMap<string, Entry>): { id: string; like: LookAlike }[] {
  const known = pairsOf.get(registry);
  if (known) return known;
  const index = new LookAlikeIndex(registry);
  const order = new Map([...registry.keys()].map((id, i) => [id, i]));
  const pairs: { id: string; like: LookAlike }[] = [];
  for (const [id, entry] of registry) {
    for (const like of index.find(entry, id)) if (order.get(like.id)! < order.get(id)!) pairs.push({ id, like });
  }
  pairsOf.set(registry, pairs);
  return pairs;
}

/** "same name \"…\"" / "same acronym \"…\"" / "similar name \"…\"": why two entries look alike, for messages. */
export function describeLookAlike(like: LookAlike): string {
  return `${like.by === 'similar name' ? '' : 'same '}${like.by} "${like.text}"`;
}
