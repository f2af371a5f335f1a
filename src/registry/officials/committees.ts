/**
 * `committee-membership-current.yaml`, with `committees-current.yaml` from the same
 * folder for the names → a group per committee and subcommittee, its id the source's
 * (SSJU, SSJU01), its members in rank order (the majority's, then the minority's),
 * chair and ranking member noted.
 */
import { z } from 'zod';
import type { ImportBatch, ImportedGroup } from './import-batch.js';

const MemberSchema = z.looseObject({
  name: z.string().min(1),
  bioguide: z.string().min(1),
  party: z.enum(['majority', 'minority']).optional(),
  rank: z.number().int().optional(),
  title: z.string().optional(),
});
export const MembershipSchema = z.record(z.string().regex(/^[A-Z0-9]+$/, 'a committee id such as "SSJU"'), z.array(MemberSchema));
type Membership = z.infer<typeof MembershipSchema>;

export const CommitteesSchema = z.array(z.looseObject({
  name: z.string().min(1),
  thomas_id: z.string().min(1),
  subcommittees: z.array(z.looseObject({ name: z.string().min(1), thomas_id: z.string().min(1) })).optional(),
}));
type Committees = z.infer<typeof CommitteesSchema>;

/** True when `data` looks like committee-membership-current.yaml: committee ids, each a list of members. */
export function looksLikeMembership(data: unknown): boolean {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  const first = Object.values(data)[0];
  return Array.isArray(first) && (first.length === 0 || (typeof first[0] === 'object' && first[0] !== null && 'bioguide' in first[0]));
}

/** True when `data` looks like committees-current.yaml (named, so the user is pointed at the membership file). */
export function looksLikeCommittees(data: unknown): boolean {
  return Array.isArray(data) && data.length > 0 && typeof data[0] === 'object' && data[0] !== null && 'thomas_id' in data[0];
}

const CHAIR = /^(chair|chairman|chairwoman|cochairman|co-chair)$/i;
const RANKING = /^ranking member$/i;

export function committeesBatch(membership: Membership, committees: Committees | undefined): ImportBatch {
  const names = new Map<string, { name: string; parent?: string }>();
  for (const committee of committees ?? []) {
    names.set(committee.thomas_id, { name: committee.name });
    for (const sub of committee.subcommittees ?? []) {
      names.set(`${committee.thomas_id}${sub.thomas_id}`, { name: `${committee.name}, Subcommittee on ${sub.name}`, parent: committee.thomas_id });
    }
  }
  const groups = Object.entries(membership).map(([id, members]): ImportedGroup => {
    // Rank order: the majority's ranks, then the minority's (the file's own order, kept for equal ranks).
    const ranked = members.map((m, i) => ({ m, i })).sort((a, b) =>
      side(a.m) - side(b.m) || (a.m.rank ?? Infinity) - (b.m.rank ?? Infinity) || a.i - b.i).map(({ m }) => m);
    const chair = ranked.find((m) => CHAIR.test(m.title ?? ''));
    const ranking = ranked.find((m) => RANKING.test(m.title ?? ''));
    const described = names.get(id);
    return {
      id,
      entry: { ...(described ? { name: described.name } : {}), ...(described?.parent ? { parent: described.parent } : {}) },
      members: ranked.map((m) => ({ source: ['bioguide', m.bioguide] as const, name: m.name })),
      ...(chair ? { chair: ['bioguide', chair.bioguide] as const } : {}),
      ...(ranking ? { rankingMember: ['bioguide', ranking.bioguide] as const } : {}),
    };
  });
  return {
    kind: 'committees', officials: [], groups,
    ownedFields: ['name', 'parent', 'members', 'chair', 'ranking_member'],
    ownsGroup: () => false,
    notes: committees ? [] : ['committees-current.yaml was not found beside it: the groups have no names'],
  };
}

function side(m: { party?: string }): number {
  return m.party === 'minority' ? 1 : 0;
}
