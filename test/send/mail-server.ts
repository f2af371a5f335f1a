/**
 * A real SMTP server on loopback (the `smtp-server` package) for the send tests, with
 * the faults a real one has: a login it refuses, recipients it refuses, a connection
 * it drops after some messages, a SIZE limit, TLS with a certificate no one trusts.
 * Every message it accepts is kept as received and read back with `mailparser`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { REPO } from '../helpers.js';

export interface Received {
  from: string;
  to: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

export interface ServerFaults {
  /** Require this user and password (AUTH PLAIN/LOGIN); anything else gets 535. */
  auth?: { user: string; pass: string };
  /** Refuse these recipients at RCPT TO with 550. */
  refuse?: string[];
  /** Drop the connection (no reply) once this many messages were accepted. */
  dropAfter?: number;
  /** Announce SIZE with this limit. */
  size?: number;
  /** TLS from the start, with the self-signed certificate of test/fixtures/mail/. */
  secure?: boolean;
  /** Milliseconds to wait before answering each message's data. */
  delay?: number;
  /** Keep only a count and the envelope (bench: memory stays flat). */
  countOnly?: boolean;
}

export interface MailServer {
  port: number;
  url: string;
  received: Received[];
  count: number;
  /** Messages whose data the server began to receive (answered or not). */
  dataStarted: number;
  /** Logins tried, with their outcome. */
  logins: { user: string; ok: boolean }[];
  close(): Promise<void>;
}

export async function startMailServer(faults: ServerFaults = {}): Promise<MailServer> {
  const received: Received[] = [];
  const logins: MailServer['logins'] = [];
  let accepted = 0;
  const state = { count: 0, dataStarted: 0 };
  const fixture = (name: string) => readFileSync(join(REPO, 'test', 'fixtures', 'mail', name));
  const options: SMTPServerOptions = {
    secure: faults.secure ?? false,
    ...(faults.secure ? { key: fixture('self-signed.key'), cert: fixture('self-signed.crt') } : {}),
    disabledCommands: faults.secure ? [] : ['STARTTLS'],
    authOptional: !faults.auth,
    allowInsecureAuth: true,
    ...(faults.size ? { size: faults.size } : {}),
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = Boolean(faults.auth && auth.username === faults.auth.user && auth.password === faults.auth.pass);
      logins.push({ user: auth.username ?? '', ok });
      if (!ok) return callback(Object.assign(new Error('5.7.8 Username and Password not accepted'), { responseCode: 535 }));
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      if (faults.refuse?.includes(address.address)) return callback(Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      state.dataStarted++;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const answer = async () => {
          if (faults.dropAfter !== undefined && accepted >= faults.dropAfter) {
            // The connection drops with the message unanswered: the client must not count it as delivered.
            for (const connection of (server as unknown as { connections: Set<{ _socket: { destroy(): void } }> }).connections) connection._socket.destroy();
            return;
          }
          accepted++;
          state.count++;
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          const to = session.envelope.rcptTo.map((r) => r.address);
          if (!faults.countOnly) received.push({ from, to, raw, parsed: await simpleParser(raw) });
          callback(null, `2.0.0 OK queued as Q${String(accepted).padStart(4, '0')}`);
        };
        if (faults.delay) setTimeout(() => void answer(), faults.delay);
        else void answer();
      });
    },
  };
  const server = new SMTPServer(options);
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `${faults.secure ? 'smtps' : 'smtp'}://${faults.auth ? `${encodeURIComponent(faults.auth.user)}@` : ''}127.0.0.1:${port}`,
    received,
    get count() {
      return state.count;
    },
    get dataStarted() {
      return state.dataStarted;
    },
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
