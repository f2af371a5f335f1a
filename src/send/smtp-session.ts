/**
 * One connection to the mail server, through nodemailer's SMTP client (no SMTP is
 * written here): connect (TLS, or STARTTLS when offered), log in, send messages one
 * after another on the same connection, and say in plain words why one was not taken.
 */
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { isLoopback, type SmtpSettings } from './smtp-settings.js';

/** What went wrong, sorted by what the run does about it (docs/workflow.md, "Sending a letter"). */
export type FailureKind =
  /** The login was refused: nothing is sent (exit 5). */
  | 'auth'
  /** The certificate did not verify (exit 4, `--insecure-tls`). */
  | 'tls'
  /** No connection, a lost one, a timeout: the run stops (exit 4); the next run goes on. */
  | 'connection'
  /** The server refused the sender or the whole message for now (4xx), or the sender for good (5xx at MAIL FROM): the run stops (exit 4). */
  | 'sender'
  /** Larger than the server takes (its SIZE): refused before sending. */
  | 'size'
  /** The server refused this message (5xx after the data, or every recipient): logged as refused; the others go on. */
  | 'refused';

export class SmtpFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    /** The server's own words, when it said something ("535 5.7.8 Username and Password not accepted"). */
    readonly reply?: string,
    /** For a message no recipient of which was taken: each recipient and the server's reply to it. */
    readonly rejected: Rejection[] = [],
  ) {
    super(message);
  }
}

export interface Rejection {
  address: string;
  reply: string;
  /** A 4xx reply: the server may take it later. */
  temporary: boolean;
}

export interface Delivered {
  accepted: string[];
  /** Recipients refused one by one (5xx or 4xx to RCPT TO), with the server's reply to each. */
  rejected: Rejection[];
  /** The server's reply to the message ("250 2.0.0 OK queued as …"). */
  reply: string;
  /** The Message-ID the server gave the message when it replaces the header (Microsoft 365, Amazon SES). */
  serverMessageId?: string;
}

interface NodemailerError extends Error {
  code?: string;
  response?: string;
  responseCode?: number;
  command?: string;
  rejected?: string[];
  rejectedErrors?: NodemailerError[];
  recipient?: string;
}

export class SmtpSession {
  private closed = false;
  private lastError: Error | undefined;

  private constructor(private readonly connection: SMTPConnection, readonly settings: SmtpSettings) {
    // The client closes itself on an error; the error is said by the call that meets it.
    connection.on('error', (error: Error) => {
      this.lastError = error;
      this.closed = true;
    });
    connection.on('end', () => {
      this.closed = true;
    });
  }

  /** Connects and logs in (when the settings name a user). */
  static async open(settings: SmtpSettings): Promise<SmtpSession> {
    const connection = new SMTPConnection({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      // A password crosses the network only encrypted; a relay on this machine may do without.
      requireTLS: !settings.secure && Boolean(settings.password) && !isLoopback(settings.host),
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 120_000,
      tls: { rejectUnauthorized: !settings.insecureTls, servername: isIp(settings.host) ? undefined : settings.host },
      logger: false,
    });
    const session = new SmtpSession(connection, settings);
    try {
      await new Promise<void>((resolve, reject) => {
        const fail = (error: NodemailerError) => reject(describe(error, settings));
        connection.once('error', fail);
        connection.connect(() => {
          connection.off('error', fail);
          resolve();
        });
      });
      if (settings.user) {
        await new Promise<void>((resolve, reject) => {
          connection.login({ user: settings.user!, pass: settings.password! }, (error) => (error ? reject(describe(error, settings)) : resolve()));
        });
      }
    } catch (error) {
      // A refused login leaves the connection open: end it, or it would hold the process (and the server) for minutes.
      session.close();
      throw error;
    }
    return session;
  }

  /**
   * The largest message the server takes, from its SIZE announcement (0: none announced).
   * nodemailer keeps it on the connection (and refuses a larger message itself, before
   * sending it); reading it lets a run refuse before the first message goes.
   */
  maxMessageSize(): number {
    const size = (this.connection as unknown as { _maxAllowedSize?: unknown })._maxAllowedSize;
    return typeof size === 'number' && size > 0 ? size : 0;
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  async send(from: string, to: readonly string[], raw: Buffer): Promise<Delivered> {
    if (this.closed) throw connectionLost(this.lastError, this.settings);
    return new Promise<Delivered>((resolve, reject) => {
      this.connection.send({ from, to: [...to], size: raw.length }, raw, (error, info) => {
        if (error) return reject(describe(error as NodemailerError, this.settings, this.closed));
        const rejected = (info!.rejectedErrors ?? []).map(rejection);
        resolve({ accepted: info!.accepted, rejected, reply: info!.response, ...(info!.serverMessageId ? { serverMessageId: info!.serverMessageId } : {}) });
      });
    });
  }

  /** QUIT, politely; the socket is closed either way. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.connection.quit();
    } catch {
      this.connection.close();
    }
  }
}

function isIp(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH/;
/** Node's words for a certificate that does not verify ("self-signed certificate", "unable to verify the first certificate", "certificate has expired", "Hostname/IP does not match certificate's altnames"). */
const TLS_WORDS = /self[- ]signed certificate|unable to verify|unable to get (local )?issuer|certificate has expired|does not match certificate|certificate is not yet valid/i;

/** A nodemailer error as a SmtpFailure saying what happened in words. */
function describe(error: NodemailerError, settings: SmtpSettings, closed = false): SmtpFailure {
  const reply = error.response?.trim();
  const code = error.responseCode ?? 0;
  const where = `${settings.host}:${settings.port}`;
  const causeCode = String((error as { cause?: { code?: string } }).cause?.code ?? '');
  if (TLS_CODES.test(causeCode) || TLS_CODES.test(String((error as { reason?: unknown }).reason ?? '')) || TLS_WORDS.test(error.message)) {
    return new SmtpFailure('tls', `the certificate of ${where} does not verify (${error.message}): nothing was sent`);
  }
  if (error.code === 'EAUTH' || error.code === 'ENOAUTH') {
    return new SmtpFailure('auth', `${where} refused the login as ${settings.user ?? '(no user)'}${reply ? `: ${reply}` : ''}`, reply);
  }
  if (error.code === 'EMESSAGE' && /larger than allowed/i.test(error.message)) {
    return new SmtpFailure('size', error.message);
  }
  if (closed || ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROTOCOL', 'EREQUIRETLS', 'EPROXY'].includes(error.code ?? '') || code === 421) {
    return connectionLost(error, settings, reply);
  }
  if (error.command === 'RCPT TO' && error.rejectedErrors?.length) {
    // Every recipient refused, one by one: each is logged with its own reply, and the run goes on.
    return new SmtpFailure('refused', reply ?? error.message, reply ?? error.message, error.rejectedErrors.map(rejection));
  }
  if (error.command === 'MAIL FROM' || code >= 400 && code < 500) {
    return new SmtpFailure('sender', `${where} did not take the message${error.command ? ` (at ${error.command})` : ''}${reply ? `: ${reply}` : `: ${error.message}`}`, reply ?? error.message);
  }
  return new SmtpFailure('refused', reply ?? error.message, reply ?? error.message);
}

function rejection(e: NodemailerError): Rejection {
  return { address: e.recipient ?? '', reply: e.response?.trim() ?? e.message, temporary: Math.floor((e.responseCode ?? 500) / 100) === 4 };
}

function connectionLost(error: Error | undefined, settings: SmtpSettings, reply?: string): SmtpFailure {
  const why = reply ?? (error ? error.message : 'the connection was closed');
  return new SmtpFailure('connection', `the connection to ${settings.host}:${settings.port} failed: ${why}`, reply);
}
