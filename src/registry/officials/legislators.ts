/**
 * `legislators-current.yaml` of the congress-legislators project → officials: name,
 * the current term (Senator, Representative, Delegate or Resident Commissioner; state,
 * district, party, end of term), office address, phone, contact form, website; title
 * and salutation in English and Spanish, the Spanish agreeing with the gender the data
 * gives ("Senadora Klobuchar"); groups per chamber and state.
 */
import { z } from 'zod';
import { WEB_ADDRESS, type Official } from '../../model/officials-schema.js';
import { CalendarDateSchema } from '../../model/schema.js';
import { nameKey } from '../name-key.js';
import type { ImportBatch, ImportedOfficial } from './import-batch.js';
import { PLACES } from './us-states.js';


const TermSchema = z.looseObject({
  type: z.enum(['sen', 'rep']),
  start: CalendarDateSchema,
  end: CalendarDateSchema,
  state: z.string().refine((s) => s in PLACES, 'a state or territory code such as "IL"'),
  district: z.number().int().min(0).optional(),
  party: z.string().optional(),
  address: z.string().optional(),
  office: z.string().optional(),
  phone: z.string().optional(),
  contact_form: z.string().optional(),
  url: z.string().optional(),
});

const LegislatorSchema = z.looseObject({
  id: z.looseObject({ bioguide: z.string().min(1) }),
  name: z.looseObject({ first: z.string().min(1), last: z.string().min(1), official_full: z.string().min(1).optional() }),
  bio: z.looseObject({ gender: z.enum(['M', 'F']).optional() }).optional(),
  terms: z.array(TermSchema).min(1),
});
type Legislator = z.infer<typeof LegislatorSchema>;
type Term = z.infer<typeof TermSchema>;

export const LegislatorsSchema = z.array(LegislatorSchema);

/** True when `data` looks like legislators-current.yaml (so it is validated as one). */
export function looksLikeLegislators(data: unknown): boolean {
  return Array.isArray(data) && data.length > 0 && typeof data[0] === 'object' && data[0] !== null && 'terms' in data[0] && 'id' in data[0];
}

const CHAMBERS = new Set(['senate', 'house', 'delegates']);

export function legislatorsBatch(legislators: readonly Legislator[]): ImportBatch {
  const people = legislators.map((l) => ({ l, term: l.terms[l.terms.length - 1]!, last: salutationName(l) }));
  // A family name shared in a chamber (two Senators Scott) is qualified by state, one shared in a state by district.
  const keys = new Map<string, number>();
  const count = (key: string) => keys.get(key) ?? 0;
  for (const { term, last } of people) {
    for (const key of [`${term.type}:${slug(last)}`, `${term.type}:${slug(last)}:${term.state}`]) keys.set(key, count(key) + 1);
  }
  const officials = people.map(({ l, term, last }): ImportedOfficial => {
    const base = `${term.type}-${slug(last)}`;
    const state = term.state.toLowerCase();
    const ids = [
      ...(count(`${term.type}:${slug(last)}`) === 1 ? [base] : []),
      ...(count(`${term.type}:${slug(last)}:${term.state}`) === 1 ? [`${base}-${state}`] : []),
      ...(term.type === 'rep' && term.district !== undefined ? [`${base}-${state}${term.district}`] : []),
      `${term.type}-${slug(l.name.first)}-${slug(last)}-${state}`,
    ];
    return { source: ['bioguide', l.id.bioguide], ids, entry: official(l, term, last) };
  });
  return {
    kind: 'legislators', officials, groups: [],
    ownedFields: ['name', 'sort_as', 'honorific', 'title', 'salutation', 'gender', 'family_name', 'party', 'address', 'phone', 'contact_form', 'website', 'office', 'until', 'source'],
    ownsGroup: (group) => CHAMBERS.has(group) || group in PLACES,
    notes: [],
  };
}

function official(l: Legislator, term: Term, last: string): Official {
  const name = l.name.official_full ?? `${l.name.first} ${l.name.last}`;
  const gender = l.bio?.gender === 'F' ? 'f' : l.bio?.gender === 'M' ? 'm' : undefined;
  const { title, salutation, groups } = office(term, last, gender === 'f');
  const lastWord = name.replace(/,? (Jr\.|Sr\.|I{2,3}|IV)$/, '').split(' ').pop();
  const entry: Official = {
    name,
    ...(lastWord !== l.name.last ? { sort_as: `${l.name.last}, ${l.name.first}` } : {}),
    honorific: { en: 'The Honorable', es: 'Honorable' },
    title,
    salutation,
    ...(gender ? { gender } : {}),
    // The source's own surname, as the name carries it: what built greetings use.
    family_name: last,
    ...(term.party ? { party: term.party } : {}),
    ...addressLines(term),
    ...(term.phone ? { phone: term.phone } : {}),
    // Only a web address officials.yaml accepts (its schema's pattern): the source has typos (`hhttps://fine.house.gov/…`), left out rather than refused.
    ...(term.contact_form && WEB_ADDRESS.test(term.contact_form) ? { contact_form: term.contact_form } : {}),
    ...(term.url ? { website: term.url } : {}),
    ...(term.office ? { office: term.office } : {}),
    until: term.end,
    groups: [...groups, term.state],
    source: { bioguide: l.id.bioguide },
  };
  return entry;
}

/** The title, salutation and chamber groups of a term, in English and Spanish. */
function office(term: Term, last: string, woman: boolean) {
  const place = PLACES[term.state]!;
  const a = woman ? 'a' : 'o';
  if (term.type === 'sen') {
    return {
      title: { en: `United States Senator for ${place.en}`, es: `Senador${woman ? 'a' : ''} de los Estados Unidos por ${place.es}` },
      salutation: { en: `Senator ${last}`, es: `Senador${woman ? 'a' : ''} ${last}` },
      groups: ['senate'],
    };
  }
  if (place.territory === 'resident-commissioner') {
    return {
      title: { en: `Resident Commissioner of ${place.en}`, es: `Comisionad${a} Residente de ${place.es}` },
      salutation: { en: `Resident Commissioner ${last}`, es: `Comisionad${a} Residente ${last}` },
      groups: ['delegates'],
    };
  }
  if (place.territory === 'delegate') {
    return {
      title: { en: `Delegate to the United States House of Representatives from ${place.en}`, es: `Delegad${a} ante la Cámara de Representantes de los Estados Unidos por ${place.es}` },
      salutation: { en: `Delegate ${last}`, es: `Delegad${a} ${last}` },
      groups: ['delegates'],
    };
  }
  const district = term.district ?? 0;
  return {
    title: district === 0
      ? { en: `United States Representative for ${place.en} (at large)`, es: `Representante de los Estados Unidos por ${place.es} (distrito único)` }
      : { en: `United States Representative for the ${ordinal(district)} District of ${place.en}`, es: `Representante de los Estados Unidos por el distrito ${district} de ${place.es}` },
    salutation: { en: `Representative ${last}`, es: `Representante ${last}` },
    groups: ['house'],
  };
}

/**
 * The family name a salutation uses: `last`, or as much of it as the official name
 * carries ("Hernández Rivera" signs "Pablo José Hernández": "Hernández").
 */
function salutationName(l: Legislator): string {
  const full = l.name.official_full;
  if (!full || full.includes(l.name.last)) return l.name.last;
  const words = l.name.last.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const part = words.slice(0, n).join(' ');
    if (full.includes(part)) return part;
  }
  return l.name.last;
}

/** "711 Hart Senate Office Building Washington DC 20510" → two lines, as an envelope has them. */
function addressLines(term: Term): { address?: string[] } {
  const written = term.address?.trim();
  if (!written) return term.office ? { address: [term.office] } : {};
  const match = /^(.*?)[\s,]+Washington,?\s+DC,?\s+(\d{5}(?:-\d{4})?)$/i.exec(written);
  return { address: match ? [match[1]!, `Washington, DC ${match[2]}`] : [written] };
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function slug(text: string): string {
  return nameKey(text).replace(/ /g, '-') || 'x';
}
