/**
 * One form response as the import sees it: an organization or a person, its names,
 * country (as an ISO code) and contact, read from the mapped columns.
 */
import { countryCode } from '../countries.js';
import type { ColumnMap, Field } from './columns.js';
import { readConsent } from './consent.js';

export interface Response {
  /** 1-based line in the CSV file. */
  line: number;
  kind: 'organization' | 'individual';
  /** The organization's name, or the person's. */
  name: string;
  acronym?: string;
  country?: string;
  contactName?: string;
  email?: string;
  title?: string;
  affiliation?: string;
  website?: string;
  /** `false`: the consent column said no (or nothing clear): signed, never printed. */
  publish?: false;
  /** Things worth telling the user about this row (an unknown country…). */
  notes: string[];
}

export function readResponse(cells: string[], line: number, map: ColumnMap): Response | { line: number; empty: true } {
  const get = (field: Field) => {
    const i = map.columns[field];
    const value = i === undefined ? '' : (cells[i] ?? '').replace(/\s+/g, ' ').trim();
    return value || undefined;
  };
  const notes: string[] = [];
  // "Nombre" beside "Apellidos" is a given name; alone it is the full name.
  const given = get('first_name') ?? get('name');
  const family = get('last_name');
  const person = family && given && !given.endsWith(family) ? `${given} ${family}` : given ?? family;
  let organization = get('organization');
  let acronym = get('acronym');
  // "Washington Office on Latin America (WOLA)": the acronym written after the name.
  const trailing = organization ? /^(.*\S)\s*\(([^()]{2,20})\)$/.exec(organization) : null;
  if (organization && trailing) {
    organization = trailing[1]!;
    acronym ??= trailing[2]!.trim();
  }
  const type = (get('type') ?? '').toLowerCase();
  const individual = /individ|person|persona|myself|a titulo personal|título personal/.test(type) || (!organization && Boolean(person));
  const name = individual ? person : organization;
  if (!name) return { line, empty: true };
  const countryText = get('country');
  const country = countryText ? countryCode(countryText) : undefined;
  if (countryText && !country) notes.push(`country "${countryText}" not recognized; left out`);
  const email = get('email');
  const consent = map.columns.consent === undefined ? undefined : readConsent(cells[map.columns.consent] ?? '');
  if (consent?.note) notes.push(consent.note);
  // A person who also wrote an organization signs with it as their affiliation.
  const affiliation = get('affiliation') ?? (organization !== name ? organization : undefined);
  return {
    line,
    kind: individual ? 'individual' : 'organization',
    name,
    ...(acronym && !individual ? { acronym } : {}),
    ...(country ? { country } : {}),
    ...(!individual && person ? { contactName: person } : {}),
    ...(email ? { email } : {}),
    ...(individual && get('title') ? { title: get('title')! } : {}),
    ...(individual && affiliation ? { affiliation } : {}),
    ...(get('website') ? { website: get('website')! } : {}),
    ...(consent?.publish === false ? { publish: false as const } : {}),
    notes,
  };
}
