/**
 * The sender of a message: `--from`, else the letter's `send.from`, as an address
 * alone or `Name <address>`. The name signs the cover note; the address is the
 * envelope's sender and the Message-ID's domain.
 */
import addressparser from 'nodemailer/lib/addressparser';
import { CoalitionError, ExitCode } from '../errors.js';
import { isEmailAddress, whyNotAnAddress } from '../model/email-address.js';

export interface Sender {
  name?: string;
  address: string;
}

/** `where` names the source in messages: "--from" or "letters/x.md: send.from". */
export function parseSender(text: string | undefined, where: string, file: string): Sender {
  if (!text) {
    throw new CoalitionError('no sender: give --from <address>, or set send.from in the letter', {
      code: 'send-from-missing', exitCode: ExitCode.usage,
      hint: `Add to ${file}'s front matter:\n    send:\n      from: "Coalition Name <letters@example.org>"\n  (the address your mail server lets you send from), or pass --from.`,
    });
  }
  const parsed = addressparser(text, { flatten: true });
  const mailbox = parsed.length === 1 ? parsed[0] : undefined;
  if (!mailbox || !isEmailAddress(mailbox.address)) {
    throw new CoalitionError(`${where}: "${text}" is not a sender (${mailbox ? whyNotAnAddress(mailbox.address) : 'one address expected'})`, {
      code: 'send-from-invalid', exitCode: ExitCode.usage,
      hint: 'Write an address, letters@example.org, or a name and an address: "Coalition Name <letters@example.org>".',
    });
  }
  return { address: mailbox.address, ...(mailbox.name ? { name: mailbox.name } : {}) };
}
