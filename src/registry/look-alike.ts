/**
 * Registry entries that look like one organization under two ids: the same name in
 * any language, or the same acronym, compared without case, accents and punctuation
 * ("Washington Office on Latin America" / "WOLA" twice). Two entries of different
 * kinds, or with different countries, are never the same; a missing country matches
 * any. Used by `org add` (refused unless --force) and by `check` (warnings).
 */
import type { Signatory } from '../model/schema.js';
import { nameKey } from './name-key.js';

export interface LookAlike {
  /** The other entry's id. */
  id: string;
  /** What they share: "name" or "acronym", and the shared text as the other entry writes it. */
  by: 'name' | 'acronym';
  text: string;
}

type Entry = Pick<Signatory, 'kind' | 'name' | 'names' | 'short' | 'country'>;
type Key = { key: string; by: LookAlike['by']; text: string };

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

  constructor(entries: Iterable<[string, Entry]>) {
    for (const [id, entry] of entries) {
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
    return found ? [...found.values()] : [];
  }
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

/** "same name \"…\"" / "same acronym \"…\"": why two entries look alike, for messages. */
export function describeLookAlike(like: LookAlike): string {
  return `same ${like.by} "${like.text}"`;
}
