/**
 * A submission profile (`profiles/<id>.yaml`): what one channel takes (formats,
 * languages, the Word letter's font and order) and the rules its published guidance
 * sets, each with the source it comes from. `build --for <id>` builds what the
 * channel takes; `check --for <id>` measures the built documents against the rules.
 * Built-in profiles ship in the package's profiles/ folder; a workspace may add its
 * own (or replace one) in its own profiles/ folder.
 */
import { z } from 'zod';
import { LangSchema } from './schema.js';

export const ProfileFormatSchema = z.enum(['docx', 'pdf', 'html']);

const common = {
  /** The guidance in a few words, as the report prints it. */
  says: z.string().min(1),
  /** A key of the profile's `sources`. */
  source: z.string().min(1),
};
const limit = z.number().positive();

export const ProfileRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('formats'), accepts: z.array(ProfileFormatSchema).min(1), ...common }).strict(),
  z.object({ kind: z.literal('max-megabytes'), limit, ...common }).strict(),
  z.object({ kind: z.literal('max-files'), limit: z.number().int().positive(), ...common }).strict(),
  z.object({ kind: z.literal('max-words'), limit, advisory: z.boolean().default(false), ...common }).strict(),
  z.object({ kind: z.literal('max-characters'), limit, ...common }).strict(),
  z.object({ kind: z.literal('max-pages'), limit, advisory: z.boolean().default(false), ...common }).strict(),
  z.object({ kind: z.literal('summary-over-pages'), pages: limit, ...common }).strict(),
  z.object({ kind: z.literal('numbered-paragraphs'), ...common }).strict(),
  z.object({ kind: z.literal('languages'), all: z.array(LangSchema).min(1), ...common }).strict(),
  z.object({ kind: z.literal('signers-first'), ...common }).strict(),
  z.object({ kind: z.literal('dated'), ...common }).strict(),
  z.object({ kind: z.literal('font'), family: z.string().min(1), size: limit, ...common }).strict(),
  z.object({ kind: z.literal('no-macros'), ...common }).strict(),
  z.object({ kind: z.literal('images'), limit: z.number().int().min(0).optional(), ...common }).strict(),
  z.object({ kind: z.literal('pdfa'), ...common }).strict(),
  z.object({ kind: z.literal('by-hand'), ...common }).strict(),
], { error: 'a rule with a known `kind` (formats, max-megabytes, max-files, max-words, max-characters, max-pages, summary-over-pages, numbered-paragraphs, languages, signers-first, dated, font, no-macros, images, pdfa, by-hand)' });
export type ProfileRule = z.infer<typeof ProfileRuleSchema>;

export const ProfileSchema = z
  .object({
    name: z.string().min(1),
    /** What `build --for` writes. */
    formats: z.array(ProfileFormatSchema).min(1),
    /** The languages `build --for` builds, of those the letter has; default: all of them. */
    languages: z.array(LangSchema).min(1).optional(),
    /** How `build --for` sets the Word letter. */
    word: z
      .object({
        font: z.object({ family: z.string().min(1), size: limit, justify: z.boolean() }).partial().strict().optional(),
        signers_first: z.boolean().optional(),
      })
      .strict()
      .optional(),
    sources: z.record(z.string(), z.object({ title: z.string().min(1), url: z.url() }).strict()),
    rules: z.array(ProfileRuleSchema).min(1),
  })
  .strict()
  .superRefine((profile, ctx) => {
    profile.rules.forEach((rule, i) => {
      if (!(rule.source in profile.sources)) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'source'], message: `"${rule.source}" is not one of the profile's sources (${Object.keys(profile.sources).join(', ') || 'none'})` });
      }
    });
  });
export type Profile = z.infer<typeof ProfileSchema>;

