/**
 * The schema of `officials.yaml`, the directory of the people letters are addressed
 * to (docs/officials.md): the counterpart of the signatory registry. Types come from
 * these schemas.
 */
import { z } from 'zod';
import { CalendarDateSchema, GroupIdSchema, LangSchema, LocalizedSchema, OfficialIdSchema } from './schema.js';

/** Where an entry came from, by the source's own ids (`{ bioguide: D000563 }`): re-imports update it in place. */
const SourceIdsSchema = z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'a source name such as "bioguide"'), z.string().min(1));

/** A web page's address as `contact_form:` takes it: http:// or https:// only. */
export const WEB_ADDRESS = /^https?:\/\/[^\s]+$/i;

export const OfficialSchema = z
  .object({
    name: z.string().min(1, 'a non-empty name'),
    /** Sort key for `order: alphabetical`; default: the last word of the name. */
    sort_as: z.string().min(1).optional(),
    title: LocalizedSchema.optional(),
    salutation: LocalizedSchema.optional(),
    honorific: LocalizedSchema.optional(),
    gender: z.enum(['f', 'm'], { error: 'expected f or m' }).optional(),
    /** The family name built greetings use (`family_name:` of an addressee); filled on import where the source has it. */
    family_name: z.string().min(1).optional(),
    party: z.string().optional(),
    /** Lines printed under the name. */
    address: z.array(z.string()).optional(),
    email: z.string().nullable().optional(),
    /** The language the official reads: `coalition send` writes to them in it and attaches it first. */
    language: LangSchema.optional(),
    phone: z.string().optional(),
    /** A web page: only http:// and https:// (a `javascript:` or `file:` address would be a link that runs or reads something). */
    contact_form: z.string().regex(WEB_ADDRESS, { error: 'expected a web address starting with http:// or https://' }).optional(),
    /** A web site, with or without its http(s)://; any other scheme is refused. */
    website: z.string().refine((v) => !/^[a-z][a-z0-9+-]*:(?!\d)/i.test(v) || /^https?:\/\//i.test(v), { error: 'expected a web address (http:// or https://, or a bare domain)' }).optional(),
    office: z.string().optional(),
    /** The end of the term: past it, `check` warns that the entry may be stale. */
    until: CalendarDateSchema.optional(),
    groups: z.array(GroupIdSchema).optional(),
    source: SourceIdsSchema.optional(),
  })
  .strict();
export type Official = z.infer<typeof OfficialSchema>;

/**
 * A group described in the directory. Its members are the officials whose `groups:`
 * name it and those in its `members:` list, which gives their order (a committee's rank).
 */
export const OfficialGroupSchema = z
  .object({
    name: LocalizedSchema.optional(),
    /** The committee a subcommittee belongs to. */
    parent: GroupIdSchema.optional(),
    members: z.array(OfficialIdSchema).optional(),
    chair: OfficialIdSchema.optional(),
    ranking_member: OfficialIdSchema.optional(),
    source: SourceIdsSchema.optional(),
  })
  .strict();
export type OfficialGroup = z.infer<typeof OfficialGroupSchema>;

export const OfficialsFileSchema = z
  .object({
    officials: z.record(OfficialIdSchema, OfficialSchema).nullable().default({}).transform((v) => v ?? {}),
    groups: z.record(GroupIdSchema, OfficialGroupSchema).nullable().default({}).transform((v) => v ?? {}),
  })
  .strict();
export type OfficialsFile = z.infer<typeof OfficialsFileSchema>;
