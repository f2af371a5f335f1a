/**
 * Where mail goes, the way mail clients and `git send-email` say it: a URL
 * (`smtp://user@host:587`, STARTTLS when the server offers it; `smtps://user@host:465`,
 * TLS from the start), from `--smtp` or COALITION_SMTP_URL, and the password from
 * COALITION_SMTP_PASSWORD only: never on the command line (where `ps` and the shell's
 * history show it), never in a file coalition writes or a log.
 */
import { CoalitionError, ExitCode } from '../errors.js';

export const SMTP_URL_VARIABLE = 'COALITION_SMTP_URL';
export const SMTP_PASSWORD_VARIABLE = 'COALITION_SMTP_PASSWORD';

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the start (smtps://); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  /** Held here only on its way to the server; never printed or written. */
  password?: string;
  /** Accept a certificate that does not verify (`--insecure-tls`). */
  insecureTls: boolean;
  /** The URL without credentials, for messages and the log. */
  shown: string;
}

/** The settings from `--smtp` (else COALITION_SMTP_URL) and COALITION_SMTP_PASSWORD. */
export function smtpSettings(flag: string | undefined, env: NodeJS.ProcessEnv, insecureTls = false): SmtpSettings {
  const text = flag ?? env[SMTP_URL_VARIABLE];
  const from = flag !== undefined ? '--smtp' : SMTP_URL_VARIABLE;
  if (!text) {
    throw usage('no mail server named: give --smtp <url> or set COALITION_SMTP_URL', 'smtp-missing',
      'For example --smtp smtps://you%40example.org@smtp.example.org:465 (the README lists the settings of common providers); --dry-run writes the messages as .eml files without a server.');
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw usage(`${from}: "${text}" is not a URL`, 'smtp-invalid', 'Write smtp://host:587 or smtps://host:465, with the user name before an @: smtps://you%40example.org@smtp.example.org:465.');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw usage(`${from}: "${url.protocol}//" is not a mail server URL`, 'smtp-invalid', 'Use smtp://host:587 (STARTTLS) or smtps://host:465 (TLS).');
  }
  if (url.password) {
    // Do not echo it: the message is printed, and may be pasted into an issue.
    throw usage(`${from}: the URL holds a password, which coalition takes only from ${SMTP_PASSWORD_VARIABLE}`, 'smtp-password-in-url',
      `Remove ":<password>" from the URL and set ${SMTP_PASSWORD_VARIABLE} in the environment (read -s, a password manager's CLI, or your CI's secrets), so it is never on a command line or in the shell's history.`);
  }
  if (url.pathname && url.pathname !== '/' || url.search || url.hash) {
    throw usage(`${from}: a mail server URL has no path or query ("${url.pathname}${url.search}")`, 'smtp-invalid', 'Write smtp://user@host:port, nothing after the port.');
  }
  const secure = url.protocol === 'smtps:';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const user = url.username ? decodeURIComponent(url.username) : undefined;
  const password = env[SMTP_PASSWORD_VARIABLE] || undefined;
  if (user && !password) {
    throw usage(`${SMTP_PASSWORD_VARIABLE} is not set: the server's user is ${user}`, 'smtp-password-missing',
      `Set it in the environment first: \`read -rs ${SMTP_PASSWORD_VARIABLE} && export ${SMTP_PASSWORD_VARIABLE}\` (with Gmail, Outlook.com or iCloud, an app password: see the README).`);
  }
  if (password && !user) {
    throw usage(`${SMTP_PASSWORD_VARIABLE} is set, and the URL names no user to log in as`, 'smtp-user-missing',
      'Put the user before the host: smtps://you%40example.org@smtp.example.org:465.');
  }
  const shown = `${url.protocol}//${user ? `${encodeURIComponent(user)}@` : ''}${url.host}`;
  return { host, port, secure, ...(user ? { user } : {}), ...(password ? { password } : {}), insecureTls, shown };
}

/** True for a server on this machine (a local relay or a mail bridge), where a password may travel without TLS. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function usage(message: string, code: string, hint: string): CoalitionError {
  return new CoalitionError(message, { code, exitCode: ExitCode.usage, hint });
}
