/**
 * Schemas for the two user file formats (see docs/formats.md). The TypeScript
 * types come from these schemas; there are no hand-written duplicates.
 */
import { z } from 'zod';

/** A language code as in BCP 47's primary subtag (`en`, `es`, `pt`…), optionally a script (`zh-Hant`) and a region. */
export const LangSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/, 'a language code such as "en", "es", "pt-BR" or "zh-Hant"');
export type Lang = z.infer<typeof LangSchema>;

/** A text that is the same in every language, or differs: `{ en: …, es: … }`. */
export const LocalizedSchema = z.union([z.string(), z.record(LangSchema, z.string())], {
  error: 'a text, or a map from language code to text such as { en: …, es: … }',
});
export type Localized = z.infer<typeof LocalizedSchema>;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SignatoryIdSchema = z
  .string()
  .regex(ID_PATTERN, 'an id of lowercase letters, digits and "-" (e.g. "trade-justice")');

export const CountrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code in capitals, such as "MX" or "US"');

/** A calendar date written `YYYY-MM-DD` that exists (no 2022-02-30). */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'a date that exists on the calendar');

export const SignatorySchema = z
  .object({
    kind: z.enum(['organization', 'individual']).default('organization'),
    name: z.string().min(1, 'a non-empty name'),
    short: z.string().min(1).optional(),
    names: z.record(LangSchema, z.string().min(1)).optional(),
    bilingual: z.boolean().optional(),
    sort_as: z.string().min(1).optional(),
    title: LocalizedSchema.optional(),
    /** One text (printed after the title), or lines, each printed on its own line under the name. */
    affiliation: z.union([LocalizedSchema, z.array(LocalizedSchema).min(1, 'at least one line')], {
      error: 'a text, a map from language code to text, or a list of lines (each a text or such a map)',
    }).optional(),
    /** An individual's role, printed on the name line after the name ("Jane Roe, Chair"). */
    role: LocalizedSchema.optional(),
    country: CountrySchema.optional(),
    /** Printed after the name when a letter's `signing.details` asks for it. */
    city: LocalizedSchema.optional(),
    description: LocalizedSchema.optional(),
    website: z.string().optional(),
    logo: z.string().optional(),
    contact: z
      .object({ name: z.string().optional(), email: z.string().optional() })
      .strict()
      .optional(),
  })
  .strict();
export type Signatory = z.infer<typeof SignatorySchema>;

export const RegistrySchema = z
  .object({
    signatories: z.record(SignatoryIdSchema, SignatorySchema).nullable().transform((v) => v ?? {}),
  })
  .strict();
export type Registry = z.infer<typeof RegistrySchema>;

export const AddresseeSchema = z
  .object({
    /** A person's name, or a collective's ("All WTO Members"), which may differ by language. */
    name: z.union([z.string().min(1), z.record(LangSchema, z.string().min(1))], {
      error: 'a name, or a map from language code to name such as { en: …, es: … }',
    }),
    title: LocalizedSchema.optional(),
    salutation: LocalizedSchema.optional(),
    /** "The Honorable": printed before the name, the title then on its own line. A map may name only some languages. */
    honorific: LocalizedSchema.optional(),
    gender: z.enum(['f', 'm']).optional(),
    /**
     * The family name built greetings use ("de la Fuente" for Juan Ramón de la Fuente):
     * without it, a name that may hold two surnames is never split by guess.
     */
    family_name: z.string().min(1).optional(),
    address: z.array(z.string()).optional(),
    /** Not a person ("Members of the Committee"): printed and greeted as written, no title pattern, no gender agreement. */
    collective: z.boolean().optional(),
    /** Where `coalition send` mails the letter; never printed. `check` reports an address that is not one. */
    email: z.string().optional(),
    /** The language this addressee reads: the message's language and the first attachment (`coalition send`). */
    language: LangSchema.optional(),
  })
  .strict();
export type Addressee = z.infer<typeof AddresseeSchema>;

/** An official's id in officials.yaml: the same shape as a registry id ("sen-durbin"). */
export const OfficialIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an official\'s id from officials.yaml: lowercase letters, digits and "-" (e.g. "sen-durbin")');

/** A group of officials: a chamber, a state, a committee ("senate", "IL", "SSJU01"). */
export const GroupIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'a group id of letters, digits, "-" and "_" (e.g. "senate", "IL", "SSJU")');

/** `{ group: SSJU }`: every member of a group of officials.yaml, in the directory's order or `order:`. */
export const GroupRefSchema = z
  .object({
    group: GroupIdSchema,
    /** `directory` (default: the group's own order, rank for a committee), `alphabetical`, or ids to put first. */
    order: z.union([z.enum(['directory', 'alphabetical']), z.array(OfficialIdSchema)]).optional(),
  })
  .strict();
export type GroupRef = z.infer<typeof GroupRefSchema>;

export type ToItem = Addressee | string | GroupRef;

/**
 * A `to:` item: an official's id, `{ group: … }`, or an addressee written out. Each
 * shape is validated on its own, so a typo in an inline addressee is reported as
 * before (an unknown field), not as "matches none of three shapes".
 */
export const ToItemSchema = z.unknown().transform((value, ctx): ToItem => {
  const isMap = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (typeof value !== 'string' && !isMap) {
    ctx.addIssue({ code: 'custom', message: 'an official\'s id, { group: … }, or an addressee { name, title, salutation, … }' });
    return z.NEVER;
  }
  const schema = typeof value === 'string' ? OfficialIdSchema : 'group' in value ? GroupRefSchema : AddresseeSchema;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ ...issue } as Parameters<typeof ctx.addIssue>[0]);
  return z.NEVER;
});

export const SignerStatusSchema = z.enum(['confirmed', 'pending', 'withdrawn']);
export type SignerStatus = z.infer<typeof SignerStatusSchema>;

/** A letter's signatory entry: a bare id (confirmed) or an object. */
export const SignerRefSchema = z.union([
  SignatoryIdSchema,
  z
    .object({
      id: SignatoryIdSchema,
      status: SignerStatusSchema.default('confirmed'),
      signed_on: CalendarDateSchema.optional(),
      /** Short hash of the text this signer confirmed (see the registry commands). */
      text: z.string().optional(),
      /** `false`: signed but asked not to be named: never printed, counted in "and N organizations that asked not to be named". */
      publish: z.boolean({ error: 'true or false' }).optional(),
    })
    .strict(),
], { error: 'a registry id, { id, status, signed_on, publish }, or { group: … } starting a section' });
export type SignerRef = z.infer<typeof SignerRefSchema>;

/** `{ group: <text> }` in `signatories:` starts a section of the printed list ("National organizations:"). */
export const SectionStartSchema = z.object({ group: LocalizedSchema }).strict();
export type SectionStart = z.infer<typeof SectionStartSchema>;

export function isSectionStart(item: unknown): item is SectionStart {
  return typeof item === 'object' && item !== null && !Array.isArray(item) && 'group' in item;
}

/**
 * One item of a letter's `signatories:`: a signer, or the start of a section. Which one
 * is decided by the `group` key, so a mistyped signer gets the signer's own messages
 * (a plain union would report both shapes' problems at once).
 */
export const SignatoriesItemSchema = z.unknown().transform((value, ctx): SignerRef | SectionStart => {
  // A bare id, nearly every item of a long list: no second parse.
  if (typeof value === 'string' && ID_PATTERN.test(value)) return value;
  const result = (isSectionStart(value) ? SectionStartSchema : SignerRefSchema).safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ ...issue });
  return z.NEVER;
});
export type SignatoriesItem = z.infer<typeof SignatoriesItemSchema>;

/**
 * A representative who signs by name for an organization (`signing.representatives`):
 * name, title and organization, printed on lines of their own in a grid.
 */
export const RepresentativeSchema = z
  .object({
    name: z.string().min(1, 'a non-empty name'),
    title: LocalizedSchema.optional(),
    /** The organization as a registry id: its name as the letter prints it. */
    id: SignatoryIdSchema.optional(),
    /** The organization written out, when it is not in the registry (or to print another name). */
    organization: LocalizedSchema.optional(),
  })
  .strict();
export type Representative = z.infer<typeof RepresentativeSchema>;

/** Registry fields a letter may print after each signer's name (`signing.details`). */
export const DetailFieldSchema = z.enum(['country', 'city', 'description']);
export type DetailField = z.infer<typeof DetailFieldSchema>;

export const SigningSchema = z
  .object({
    heading: LocalizedSchema.optional(),
    as_of: CalendarDateSchema.optional(),
    order: z.enum(['alphabetical', 'as-listed']).default('alphabetical'),
    group_by: z.enum(['none', 'country']).default('none'),
    numbered: z.boolean().default(false),
    note: LocalizedSchema.optional(),
    /** Columns for the list: `auto` (default: one for short lists, two for long ones), 1, 2 or 3. */
    columns: z.union([z.literal('auto'), z.number().int().min(1).max(3)]).optional(),
    /** Print a grid of the signers' logos (registry `logo`, files inside the workspace). */
    logos: z.boolean().optional(),
    /** Registry fields printed after each name: "Organization — Country". */
    details: z.array(DetailFieldSchema).optional(),
    /** Print "86 organizations and 12 individuals from 32 countries" under the heading. */
    count: z.boolean().optional(),
    /** Sort organizations without a leading article ("The", "El", "La", "Les"…: `articles:` of the language's strings). */
    ignore_articles: z.boolean().optional(),
    /** With `group_by: country`, the heading of the signers without a country (default: none; they come last, set apart). */
    no_country_heading: LocalizedSchema.optional(),
    /** Prints "Signatory list updated <date>" under the list (a version sent again with new signers). */
    updated: CalendarDateSchema.optional(),
    /** Named representatives (name, title, organization), side by side in a grid above the list. */
    representatives: z.array(RepresentativeSchema).optional(),
    /** Columns of the representatives' grid: 2 or 3 (default: 2 for two or four people, else 3). */
    representatives_columns: z.union([z.literal(2), z.literal(3)], { error: '2 or 3' }).optional(),
    /** `false`: print no list of signatories (the representatives' grid stands instead of it). */
    list: z.boolean().optional(),
    /** `false`: no "and N organizations that asked not to be named" line for signers with `publish: false` (they stay unnamed). */
    count_unnamed: z.boolean().optional(),
  })
  .strict();
export type Signing = z.infer<typeof SigningSchema>;

export const LetterheadSchema = z
  .object({
    name: LocalizedSchema,
    /** An image file inside the workspace, relative to the letter. */
    logo: z.string().optional(),
    /** Lines under the name: address, website… */
    lines: z.array(LocalizedSchema).optional(),
  })
  .strict();

/** One entry of a letter's `releases:`, written by `coalition release` (never by hand). */
export const ReleaseRecordSchema = z
  .object({
    version: z.number().int().min(1),
    /** The day it was released (local calendar date). */
    date: CalendarDateSchema,
    /** Signatories printed in that version. */
    signers: z.number().int().min(0),
    /** `sha256:<hex>` of the version's manifest.json. */
    manifest: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'sha256: followed by 64 hexadecimal digits'),
  })
  .strict();
export type ReleaseRecord = z.infer<typeof ReleaseRecordSchema>;

/** The formats `coalition send` may attach: the released documents. */
export const SEND_FORMATS = ['pdf', 'docx', 'html'] as const;

/** `send:`: how `coalition send` mails the released letter (docs/formats.md). */
export const SendSchema = z
  .object({
    /** The sender: `letters@example.org` or `Coalition Name <letters@example.org>`. */
    from: z.string().min(1, 'an address such as letters@example.org, or "Name <letters@example.org>"').optional(),
    /** The message's body (Markdown), per language; default: a cover note from the language's strings. */
    message: LocalizedSchema.optional(),
    /** The released languages attached, in this order (default: every language of the letter). */
    languages: z.array(LangSchema).min(1).optional(),
    /** The released formats attached (default: pdf). */
    formats: z.array(z.enum(SEND_FORMATS, { error: `one of ${SEND_FORMATS.join(', ')}` })).min(1).optional(),
  })
  .strict();
export type SendSettings = z.infer<typeof SendSchema>;

export const FrontMatterSchema = z
  .object({
    title: LocalizedSchema,
    date: CalendarDateSchema,
    languages: z.array(LangSchema).min(1).default(['en']),
    place: LocalizedSchema.optional(),
    paper: z.enum(['letter', 'a4']).default('letter'),
    subject: LocalizedSchema.optional(),
    /** Addressees written out, officials' ids and groups of officials.yaml (expanded by resolve/addressees.ts). */
    to: z.array(ToItemSchema).default([]),
    /** `false`: no addressee block; the letter opens with the greeting. */
    address_block: z.boolean().optional(),
    cc: z.array(z.union([z.string(), AddresseeSchema])).default([]),
    /** Where the cc block prints: right under the addressees, or after the signatures (`end`, the default). */
    cc_position: z.enum(['after-addressees', 'end'], { error: 'after-addressees or end' }).optional(),
    /** `false`: no title heading (HTML, PDF, Word); the title stays the document's metadata and file name. */
    title_block: z.boolean().optional(),
    /** A reference line printed above the addressees, as written ("Carta Idec nº 100/2015/Coex", "Our ref. …"). */
    reference: LocalizedSchema.optional(),
    /**
     * Where the body's Markdown footnotes print in HTML and PDF: `end` (the default), under
     * the body before the closing. `page` is accepted but prints as `end` (Chromium cannot
     * place notes at the foot of each page), and `check` says so. Word always has real footnotes.
     */
    footnotes: z.enum(['end', 'page'], { error: 'end or page' }).optional(),
    greeting: LocalizedSchema.optional(),
    closing: LocalizedSchema.optional(),
    /** PDF Author metadata; default: the confirmed signers' names. */
    author: LocalizedSchema.optional(),
    signatories: z.array(SignatoriesItemSchema).nullable().default([]).transform((v) => v ?? []),
    signing: SigningSchema.default({ order: 'alphabetical', group_by: 'none', numbered: false }),
    /** First-page letterhead: a registry id (its name and logo), or its own name, logo and lines. */
    letterhead: z.union([SignatoryIdSchema, LetterheadSchema]).optional(),
    /** Break long words with soft hyphens (language patterns); default: only in parallel editions. */
    hyphenate: z.boolean().optional(),
    /** Number the body's paragraphs 1, 2, 3… in every format (UK committees, UN statements). */
    numbered_paragraphs: z.boolean().optional(),
    /** `each`: one copy per addressee, addressed to them alone; `joint` (default): one letter to all. */
    delivery: z.enum(['joint', 'each']).optional(),
    /**
     * A note printed in translations ("Traducción no oficial; prevalece el texto en inglés"):
     * a map prints in the languages it names; one text prints in every language but the first.
     */
    translation_note: LocalizedSchema.optional(),
    /** Where the note is printed: `top` (under the date, the default) or `end` (after the signatures). */
    translation_note_at: z.enum(['top', 'end']).optional(),
    /** The versions `coalition release` made (releases/<date>-<slug>/v<N>/). */
    releases: z.array(ReleaseRecordSchema).optional(),
    /** How `coalition send` mails it: sender, message, languages and formats attached. */
    send: SendSchema.optional(),
  })
  .strict();
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/** The front matter as printed: `to:` expanded to the addressees it names. */
export type ResolvedFrontMatter = Omit<FrontMatter, 'to'> & { to: Addressee[] };
