/**
 * Finding a response's registry entry: by any of its names (official, per language)
 * ignoring case, accents and punctuation; failing that, by acronym within the same
 * country. More than one candidate is never resolved by guessing.
 */
import type { Signatory } from '../../model/schema.js';
import { nameKey } from '../name-key.js';
import type { Response } from './responses.js';

interface Candidate {
  id: string;
  kind: 'organization' | 'individual';
  country?: string;
}

export class RegistryMatcher {
  private byName = new Map<string, Candidate[]>();
  private byAcronym = new Map<string, Candidate[]>();

  constructor(entries: Iterable<[string, Signatory]>) {
    for (const [id, entry] of entries) this.add(id, entry);
  }

  /** Indexes an entry (also the new ones an import creates, so later rows find them). */
  add(id: string, entry: Pick<Signatory, 'kind' | 'name' | 'names' | 'short' | 'country'>): void {
    const candidate: Candidate = { id, kind: entry.kind, ...(entry.country ? { country: entry.country } : {}) };
    const names = new Set([entry.name, ...Object.values(entry.names ?? {})].map(nameKey));
    if (entry.short) names.add(nameKey(`${entry.name} ${entry.short}`));
    for (const key of names) push(this.byName, key, candidate);
    if (entry.short) push(this.byAcronym, nameKey(entry.short), candidate);
  }

  /** The ids a response could be: one is a match, several are ambiguous, none is new. */
  match(response: Response): { ids: string[]; by: 'name' | 'acronym' | 'none' } {
    const sameKind = (c: Candidate) => c.kind === response.kind;
    const sameCountry = (c: Candidate) => !response.country || !c.country || c.country === response.country;
    let found = (this.byName.get(nameKey(response.name)) ?? []).filter(sameKind);
    if (found.length > 1) found = narrow(found, (c) => c.country === response.country);
    if (found.length) return { ids: unique(found), by: 'name' };
    if (response.kind === 'organization') {
      // The acronym column, or an organization written only as its acronym ("CADHAC").
      const acronyms = [response.acronym, response.name].filter((a): a is string => Boolean(a));
      for (const acronym of acronyms) {
        let byAcronym = (this.byAcronym.get(nameKey(acronym)) ?? []).filter(sameKind).filter(sameCountry);
        if (byAcronym.length > 1) byAcronym = narrow(byAcronym, (c) => c.country === response.country);
        if (byAcronym.length) return { ids: unique(byAcronym), by: 'acronym' };
      }
    }
    return { ids: [], by: 'none' };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function unique(list: Candidate[]): string[] {
  return [...new Set(list.map((c) => c.id))];
}

/** Keeps the candidates passing `test`, unless none does. */
function narrow(list: Candidate[], test: (c: Candidate) => boolean): Candidate[] {
  const kept = list.filter(test);
  return kept.length ? kept : list;
}
