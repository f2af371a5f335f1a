/**
 * A message as RFC 5322 bytes, through nodemailer's MailComposer (no MIME is written
 * here): text and HTML alternatives, the attachments from their bytes (the composer
 * may read no file and fetch no URL), a Message-ID of ours. The same bytes are sent to
 * the server and written as the dry run's `.eml` file.
 */
import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Sender } from './sender.js';

export interface Party {
  name: string;
  address: string;
}

export interface ComposeInput {
  from: Sender;
  to: readonly Party[];
  cc?: readonly Party[];
  subject: string;
  text: string;
  html: string;
  /** The message's languages (Content-Language). */
  langs: readonly string[];
  attachments: readonly { filename: string; contentType: string; content: Buffer }[];
  messageId: string;
  date: Date;
}

/**
 * `<20221012T143001Z.3f9a0c1b2d4e5f60.v1.us-mexico@example.org>`: the time, 64 random
 * bits (unique without a counter to keep), the version and the letter's slug (so a
 * reply or a bounce says which letter it is about), at the sender's domain, as RFC 5322
 * §3.6.4 advises. It names no recipient: a joint message's Cc can see it.
 */
export function newMessageId(date: Date, round: string, slug: string, senderAddress: string): string {
  const stamp = date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const domain = senderAddress.slice(senderAddress.lastIndexOf('@') + 1);
  const tag = `${round}.${slug}`.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').slice(0, 80);
  return `<${stamp}.${randomBytes(8).toString('hex')}.${tag}@${domain}>`;
}

export async function composeMessage(input: ComposeInput): Promise<Buffer> {
  const composer = new MailComposer({
    from: input.from.name ? { name: input.from.name, address: input.from.address } : input.from.address,
    to: input.to.map((p) => ({ name: p.name, address: p.address })),
    ...(input.cc?.length ? { cc: input.cc.map((p) => ({ name: p.name, address: p.address })) } : {}),
    subject: input.subject,
    text: input.text,
    html: input.html,
    messageId: input.messageId,
    date: input.date,
    headers: { 'Content-Language': input.langs.join(', ') },
    attachments: input.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}
