/**
 * `coalition send` against a real SMTP server on loopback (smtp-server), every message
 * read back with a real parser (mailparser): who gets what, in which language, the
 * attachments byte for byte the released files, the delivery log, never twice, and
 * the faults of real servers (a refused recipient, a dropped connection, a refused
 * login, a certificate that does not verify, a size limit); messages to signers (the
 * pending text's PDF read back with pdftotext), `status` after a send, and Ctrl-C in the
 * middle of a run (the real binary). One released workspace for the file, copied per test.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { BIN, cliInProcess, pdfText } from '../helpers.js';
import { edit, EACH, JOINT, logRows, releasedFile, releasedWorkspace } from './fixtures.js';
import { startMailServer, type MailServer } from './mail-server.js';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const ENV = { NO_COLOR: '1' };

let base: Awaited<ReturnType<typeof releasedWorkspace>>;
const open: { close(): Promise<void> | void }[] = [];
const workspace = () => {
  const ws = base.copy();
  open.push({ close: ws.cleanup });
  return ws.dir;
};
const server = async (faults: Parameters<typeof startMailServer>[0] = {}) => {
  const s = await startMailServer(faults);
  open.push(s);
  return s;
};
const send = (dir: string, s: MailServer | undefined, ...args: string[]) =>
  cliInProcess(['send', ...args, ...(s ? ['--smtp', s.url, '--throttle', '0'] : [])], dir, ENV);

beforeAll(async () => {
  base = await releasedWorkspace();
}, 300_000);
afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
});
afterAll(() => base?.cleanup());

describe('a joint letter', () => {
  it('is one message: To the addressees with an email, Cc the cc, both languages, the released PDFs byte for byte; logged', async () => {
    const dir = workspace();
    const s = await server();
    const result = await send(dir, s, JOINT);
    expect(result.code, result.stderr).toBe(0);
    expect(s.received).toHaveLength(1);
    const { parsed, to } = s.received[0]!;
    expect(to.sort()).toEqual(['abarcena@sre.example.gob.mx', 'durbin@senate.example.gov', 'ksalazar@state.example.gov']);
    expect(parsed.from?.value).toEqual([{ name: 'Security Coalition', address: 'letters@coalition.example.org' }]);
    expect(parsed.cc && !Array.isArray(parsed.cc) ? parsed.cc.value.map((a) => a.address) : []).toEqual(['ksalazar@state.example.gov']);
    // No subject: the title, in the first language of its readers (English; Bárcena reads Spanish: both are there).
    expect(parsed.subject).toBe('Letter on the Security Dialogue');
    expect(parsed.text).toContain('Dear Senator Durbin, Secretary Bárcena, and Senator Smith,');
    expect(parsed.text).toContain('Please find attached the letter “Letter on the Security Dialogue”, signed by 2 organizations and 1 individual.');
    expect(parsed.text).toContain('Adjuntamos la carta “Carta sobre el Diálogo de Seguridad”, firmada por 2 organizaciones y 1 persona.');
    expect(parsed.text).toMatch(/Sincerely,\nSecurity Coalition/);
    expect(parsed.html).toContain('<div lang="es">');
    expect(parsed.attachments.map((a) => a.filename)).toEqual(['2026-03-01-dialogue.en.pdf', '2026-03-01-dialogue.es.pdf']);
    for (const a of parsed.attachments) expect(sha(a.content)).toBe(sha(releasedFile(dir, JOINT, a.filename!)));

    const rows = logRows(dir, JOINT);
    expect(rows.map((r) => [r.recipient, r.field, r.status])).toEqual([
      ['sen-durbin', 'to', 'delivered'], ['sec-barcena', 'to', 'delivered'], ['ken-salazar', 'cc', 'delivered'],
    ]);
    for (const row of rows) {
      expect(row.version).toBe('v1');
      expect(row.message_id).toBe(parsed.messageId);
      expect(row.reply).toBe('250 2.0.0 OK queued as Q0001');
      expect(row.languages).toBe('en es');
      expect(row.attachments).toBe(parsed.attachments.map((a) => `2026-03-01-dialogue.${a.filename!.split('.')[1]}.pdf sha256:${sha(a.content)}`).join('; '));
      expect(Number.isNaN(Date.parse(row.time!))).toBe(false);
    }
    // The ones to finish by hand, with what the directory has.
    expect(result.stdout).toMatch(/sen-smith\s+Pat Smith\s+contact form: https:\/\/smith\.senate\.example\.gov\/contact, phone: \+1 202 555 0100/);
    expect(result.stdout).toMatch(/office-of-the-clerk\s+Office of the Clerk/);

    // Never twice: a second send sends nothing.
    const again = await send(dir, s, JOINT);
    expect(again.code, again.stderr).toBe(0);
    expect(s.received).toHaveLength(1);
    expect(again.stderr).toMatch(/nothing to send/);
    expect(logRows(dir, JOINT)).toHaveLength(3);
  });

  it('a refused recipient is logged as refused, the others go on (exit 1); not retried at the same address; a corrected one is', async () => {
    const dir = workspace();
    const s = await server({ refuse: ['durbin@senate.example.gov'] });
    const result = await send(dir, s, JOINT);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/refused sen-durbin <durbin@senate\.example\.gov>: 550 5\.1\.1 <durbin@senate\.example\.gov>: Recipient address rejected/);
    expect(s.received.map((m) => m.to.sort())).toEqual([['abarcena@sre.example.gob.mx', 'ksalazar@state.example.gov']]);
    expect(logRows(dir, JOINT).map((r) => [r.recipient, r.status])).toEqual([['sen-durbin', 'refused'], ['sec-barcena', 'delivered'], ['ken-salazar', 'delivered']]);

    const again = await send(dir, s, JOINT);
    expect(again.code).toBe(0);
    expect(s.received).toHaveLength(1);

    edit(dir, 'officials.yaml', 'durbin@senate.example.gov', 'senator_durbin@senate.example.gov');
    const fixed = await send(dir, s, JOINT);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(s.received).toHaveLength(2);
    expect(s.received[1]!.to).toEqual(['senator_durbin@senate.example.gov']);
    expect(logRows(dir, JOINT).at(-1)).toMatchObject({ recipient: 'sen-durbin', address: 'senator_durbin@senate.example.gov', status: 'delivered' });
  });
});

describe('delivery: each', () => {
  it('one message per official with their own copy, in their language; send.message as text and HTML', async () => {
    const dir = workspace();
    const s = await server();
    const result = await send(dir, s, EACH);
    expect(result.code, result.stderr).toBe(0);
    expect(s.received.map((m) => m.to)).toEqual([['durbin@senate.example.gov'], ['abarcena@sre.example.gob.mx']]);
    const [durbin, barcena] = s.received.map((m) => m.parsed);
    expect(durbin!.subject).toBe('The Security Dialogue');
    expect(durbin!.text).toContain('Dear Senator Durbin,');
    expect(durbin!.text).toContain('Our letter is attached, signed by **1 organization and 1 individual**.');
    expect(durbin!.html).toContain('<strong>1 organization and 1 individual</strong>');
    expect(durbin!.text).not.toContain('Adjuntamos');
    // Bárcena reads es-MX: the letter's Spanish, first and alone in the words, first among the files.
    expect(barcena!.subject).toBe('El Diálogo de Seguridad');
    expect(barcena!.text).toContain('Estimada Secretaria Bárcena:');
    expect(barcena!.text).not.toContain('Our letter');
    expect(barcena!.attachments.map((a) => a.filename)).toEqual(['2026-03-01-dialogue-copies.es.pdf', '2026-03-01-dialogue-copies.en.pdf']);
    expect(sha(barcena!.attachments[0]!.content)).toBe(sha(releasedFile(dir, EACH, '2026-03-01-dialogue-copies/sec-barcena.es.pdf')));
    expect(sha(durbin!.attachments[0]!.content)).toBe(sha(releasedFile(dir, EACH, '2026-03-01-dialogue-copies/sen-durbin.en.pdf')));
    expect(logRows(dir, EACH).map((r) => [r.recipient, r.status, r.languages])).toEqual([['sen-durbin', 'delivered', 'en'], ['sec-barcena', 'delivered', 'es']]);
  });

  it('a connection that drops mid-run stops with exit 4 after logging what was delivered; the next send sends the rest, never the first again', async () => {
    const dir = workspace();
    edit(dir, 'officials.yaml', '    email: null\n', '    email: smith@senate.example.gov\n');
    const dropping = await server({ dropAfter: 1 });
    const first = await send(dir, dropping, EACH);
    expect(first.code).toBe(4);
    expect(first.stderr).toMatch(/stopped: the connection to 127\.0\.0\.1:\d+ failed/);
    expect(dropping.count).toBe(1);
    expect(logRows(dir, EACH).map((r) => [r.recipient, r.status])).toEqual([['sen-durbin', 'delivered'], ['sec-barcena', 'failed']]);
    expect(logRows(dir, EACH)[1]!.reply).toMatch(/^not delivered: /);

    const healthy = await server();
    const second = await send(dir, healthy, EACH);
    expect(second.code, second.stderr).toBe(0);
    expect(healthy.received.map((m) => m.to)).toEqual([['abarcena@sre.example.gob.mx'], ['smith@senate.example.gov']]);
    const delivered = logRows(dir, EACH).filter((r) => r.status === 'delivered').map((r) => r.recipient);
    expect(delivered).toEqual(['sen-durbin', 'sec-barcena', 'sen-smith']);

    // --resend sends to one on purpose.
    const resent = await send(dir, healthy, EACH, '--resend', 'sen-durbin');
    expect(resent.code, resent.stderr).toBe(0);
    expect(healthy.received.map((m) => m.to).at(-1)).toEqual(['durbin@senate.example.gov']);
    expect(healthy.received).toHaveLength(3);
  });

  it('--format docx attaches the released Word files as well', async () => {
    const dir = workspace();
    const s = await server();
    const result = await send(dir, s, EACH, '--format', 'pdf,docx');
    expect(result.code, result.stderr).toBe(0);
    const names = s.received[0]!.parsed.attachments.map((a) => a.filename);
    expect(names).toEqual(['2026-03-01-dialogue-copies.en.pdf', '2026-03-01-dialogue-copies.en.docx', '2026-03-01-dialogue-copies.es.pdf', '2026-03-01-dialogue-copies.es.docx']);
    const word = s.received[0]!.parsed.attachments[1]!;
    expect(word.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(sha(word.content)).toBe(sha(releasedFile(dir, EACH, '2026-03-01-dialogue-copies/sen-durbin.en.docx')));
  });
});

describe('the server says no', () => {
  it('a refused login: exit 5 with the server\'s words, nothing sent, nothing logged; the password only from the environment', async () => {
    const dir = workspace();
    const s = await server({ auth: { user: 'letters@coalition.example.org', pass: 'right horse battery' } });
    const wrong = await cliInProcess(['send', JOINT, '--smtp', s.url], dir, { ...ENV, COALITION_SMTP_PASSWORD: 'wrong' });
    expect(wrong.code).toBe(5);
    expect(wrong.stderr).toMatch(/refused the login as letters@coalition\.example\.org: 535 5\.7\.8 Username and Password not accepted/);
    expect(wrong.stderr).toMatch(/app password/);
    expect(s.count).toBe(0);
    expect(existsSync(join(dir, 'releases', `2026-03-01-${JOINT}`, 'deliveries.csv'))).toBe(false);

    const inUrl = await cliInProcess(['send', JOINT, '--smtp', s.url.replace('@127', ':right%20horse%20battery@127')], dir, ENV);
    expect(inUrl.code).toBe(2);
    expect(inUrl.stderr).toMatch(/holds a password, which coalition takes only from COALITION_SMTP_PASSWORD/);
    expect(inUrl.stderr).not.toMatch(/horse/);

    const missing = await cliInProcess(['send', JOINT, '--smtp', s.url], dir, ENV);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/COALITION_SMTP_PASSWORD is not set/);

    const right = await cliInProcess(['send', JOINT, '--smtp', s.url, '--throttle', '0'], dir, { ...ENV, COALITION_SMTP_PASSWORD: 'right horse battery' });
    expect(right.code, right.stderr).toBe(0);
    expect(s.count).toBe(1);
    expect(s.logins.at(-1)).toEqual({ user: 'letters@coalition.example.org', ok: true });
    const log = readFileSync(join(dir, 'releases', `2026-03-01-${JOINT}`, 'deliveries.csv'), 'utf8');
    expect(log).not.toMatch(/horse/);
  });

  it('a certificate that does not verify is refused unless --insecure-tls, saying so', async () => {
    const dir = workspace();
    const s = await server({ secure: true });
    const refused = await send(dir, s, JOINT);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/certificate of 127\.0\.0\.1:\d+ does not verify/);
    expect(refused.stderr).toMatch(/--insecure-tls/);
    expect(s.count).toBe(0);
    const accepted = await send(dir, s, JOINT, '--insecure-tls');
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(s.count).toBe(1);
  });

  it('a message over the server\'s SIZE is refused before sending (exit 1)', async () => {
    const dir = workspace();
    const s = await server({ size: 20_000 });
    const result = await send(dir, s, EACH);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2 messages would be, the largest \(to [a-z-]+\) about 0\.\d MB, over the 0\.0 MB 127\.0\.0\.1 takes \(its SIZE\): nothing was sent/);
    expect(result.stderr).not.toMatch(/^sent /m);
    expect(s.count).toBe(0);
    expect(existsSync(join(dir, 'releases', `2026-03-01-${EACH}`, 'deliveries.csv'))).toBe(false);
  });

  it('no server at the address: exit 4, nothing logged', async () => {
    const dir = workspace();
    const s = await server();
    const port = s.port;
    await s.close();
    open.pop();
    const result = await cliInProcess(['send', JOINT, '--smtp', `smtp://127.0.0.1:${port}`], dir, ENV);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/the connection to 127\.0\.0\.1:\d+ failed/);
  });
});

describe('the dry run', () => {
  it('writes each message as an .eml file under out/ (parsed as the sent ones are), sends and logs nothing', async () => {
    const dir = workspace();
    const result = await cliInProcess(['send', EACH, '--dry-run'], dir, ENV);
    expect(result.code, result.stderr).toBe(0);
    const folder = join(dir, 'out', `2026-03-01-${EACH}`, 'mail', 'v1');
    expect(readdirSync(folder).sort()).toEqual(['sec-barcena.eml', 'sen-durbin.eml']);
    const mail = await simpleParser(readFileSync(join(folder, 'sec-barcena.eml')));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual(['abarcena@sre.example.gob.mx']);
    expect(mail.subject).toBe('El Diálogo de Seguridad');
    expect(mail.messageId).toMatch(/^<\d{8}T\d{6}Z\.[0-9a-f]{16}\.v1\.dialogue-copies@coalition\.example\.org>$/);
    expect(sha(mail.attachments[0]!.content)).toBe(sha(releasedFile(dir, EACH, '2026-03-01-dialogue-copies/sec-barcena.es.pdf')));
    expect(result.stdout).toMatch(/sen-smith\s+Pat Smith\s+contact form/);
    expect(existsSync(join(dir, 'releases', `2026-03-01-${EACH}`, 'deliveries.csv'))).toBe(false);
  });
});

describe('bad input', () => {
  it('no sender: a usage error naming send.from; no release: the command that makes one; a --resend nobody has', async () => {
    const dir = workspace();
    edit(dir, `letters/2026-03-01-${EACH}.md`, '  from: letters@coalition.example.org\n', '');
    const noFrom = await cliInProcess(['send', EACH, '--dry-run'], dir, ENV);
    expect(noFrom.code).toBe(2);
    expect(noFrom.stderr).toMatch(/no sender: give --from <address>, or set send\.from/);

    const badFrom = await cliInProcess(['send', EACH, '--dry-run', '--from', 'letters at example.org'], dir, ENV);
    expect(badFrom.code).toBe(2);
    expect(badFrom.stderr).toMatch(/--from: "letters at example.org" is not a sender/);

    edit(dir, 'letters/2026-03-01-dialogue.md', 'date: 2026-03-01', 'date: 2026-03-02');
    const unreleased = await cliInProcess(['send', JOINT, '--dry-run'], dir, ENV);
    expect(unreleased.code).toBe(2);
    expect(unreleased.stderr).toMatch(/has no release: send mails a released version/);
    expect(unreleased.stderr).toMatch(/coalition release letters\/2026-03-01-dialogue\.md/);

    const resend = await cliInProcess(['send', EACH, '--dry-run', '--from', 'a@example.org', '--resend', 'sen-smith'], dir, ENV);
    expect(resend.code).toBe(2);
    expect(resend.stderr).toMatch(/--resend sen-smith: no recipient of .* with an address has that id/);
  });

  it('a second send while one runs is refused at once, naming the first (the send lock)', async () => {
    const dir = workspace();
    const s = await server();
    // The lock as a running send holds it: a live process (this one) on this host.
    mkdirSync(join(dir, '.coalition-send.lock'));
    writeFileSync(join(dir, '.coalition-send.lock', 'owner.json'), JSON.stringify({ pid: process.pid, host: hostname(), since: Date.now(), token: 'held-by-the-test' }));
    const result = await send(dir, s, JOINT);
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(new RegExp(`another coalition command \\(pid ${process.pid}\\) holds \\.coalition-send\\.lock`));
    expect(s.count).toBe(0);
  });

  it('check: an address that is not one is an error at its line', async () => {
    const dir = workspace();
    edit(dir, 'officials.yaml', 'email: durbin@senate.example.gov', 'email: durbin at senate.example.gov');
    edit(dir, 'signatories.yaml', 'email: info@cels.example.org', 'email: TBD');
    const result = await cliInProcess(['check'], dir, ENV);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^officials\.yaml:7:\d+ error invalid-email sen-durbin: email "durbin at senate\.example\.gov" is not an email address: no "@"$/m);
    expect(result.stdout).toMatch(/^signatories\.yaml:11:\d+ error invalid-email cels: contact\.email "TBD" is not an email address: no "@"$/m);
  });
});

describe('messages to signers', () => {
  it('pending: the current text as PDF (as a draft), asking to confirm, with the text\'s fingerprint; a changed text asks again', async () => {
    const dir = workspace();
    const s = await server();
    const result = await send(dir, s, JOINT, '--to-signers', 'pending');
    expect(result.code, result.stderr).toBe(0);
    // cels is pending with a contact email; dplf is pending without one.
    expect(s.received.map((m) => m.to)).toEqual([['info@cels.example.org']]);
    expect(result.stdout).toMatch(/dplf\s+Due Process of Law Foundation \(DPLF\)\s+no contact\.email/);
    const status = await cliInProcess(['status', JOINT, '--json'], dir, ENV);
    const fingerprint = (JSON.parse(status.stdout) as { text: string }).text;
    const mail = s.received[0]!.parsed;
    expect(mail.subject).toBe('Please confirm: Letter on the Security Dialogue');
    expect(mail.text).toContain('Dear colleagues,');
    expect(mail.text).toContain('Centro de Estudios Legales y Sociales (CELS) is listed as a signatory of the letter “Letter on the Security Dialogue”, pending confirmation.');
    expect(mail.text).toContain(`Text fingerprint: ${fingerprint}`);
    expect(mail.text).toContain(`Huella del texto: ${fingerprint}`);
    expect(mail.attachments.map((a) => a.filename)).toEqual(['2026-03-01-dialogue.en.pdf', '2026-03-01-dialogue.es.pdf']);
    const pdf = join(tmpdir(), `pending-${process.pid}.pdf`);
    writeFileSync(pdf, mail.attachments[0]!.content);
    const text = pdfText(pdf);
    expect(text).toContain('We write about the dialogue.');
    expect(text).toContain('DRAFT');
    const rows = logRows(dir, JOINT, 'signer-messages.csv');
    expect(rows.map((r) => [r.kind, r.round, r.signer, r.status])).toEqual([['pending', fingerprint, 'cels', 'delivered']]);

    const again = await send(dir, s, JOINT, '--to-signers', 'pending');
    expect(again.code, again.stderr).toBe(0);
    expect(s.received).toHaveLength(1);

    edit(dir, `letters/2026-03-01-${JOINT}.md`, 'We write about the dialogue.', 'We write about the High-Level Dialogue.');
    const changed = await send(dir, s, JOINT, '--to-signers', 'pending');
    expect(changed.code, changed.stderr).toBe(0);
    expect(s.received).toHaveLength(2);
    expect(s.received[1]!.parsed.text).not.toContain(fingerprint);
  }, 120_000);

  it('confirmed: the signers of the version are told it went out, with the released PDF, those it did not name too', async () => {
    const dir = workspace();
    const s = await server();
    await send(dir, s, JOINT);
    const result = await send(dir, s, JOINT, '--to-signers', 'confirmed');
    expect(result.code, result.stderr).toBe(0);
    const told = s.received.slice(1);
    // In the order the version printed them (Roe before Washington), then LAWG, which signed but asked not to be named.
    expect(told.map((m) => m.to[0])).toEqual(['jane.roe@example.org', 'jane@wola.example.org', 'info@lawg.example.org']);
    expect(told[2]!.parsed.text).toContain('which Latin America Working Group (LAWG) signed');
    const wola = told[1]!.parsed;
    expect(wola.subject).toBe('Sent: Letter on the Security Dialogue');
    expect(wola.text).toContain('Dear Jane Doe,');
    expect(wola.text).toMatch(/The letter “Letter on the Security Dialogue”, which Washington Office on Latin America \(WOLA\) signed, was sent on \w+ \d+, \d{4}, signed by 2 organizations and 1 individual\./);
    expect(sha(wola.attachments[0]!.content)).toBe(sha(releasedFile(dir, JOINT, '2026-03-01-dialogue.en.pdf')));
    expect(logRows(dir, JOINT, 'signer-messages.csv').map((r) => [r.kind, r.round, r.signer])).toEqual([['confirmed', 'v1', 'jane-roe'], ['confirmed', 'v1', 'wola'], ['confirmed', 'v1', 'lawg']]);
  });
});

describe('status', () => {
  it('shows the latest release\'s delivery: delivered, refused, not sent', async () => {
    const dir = workspace();
    const before = await cliInProcess(['status', JOINT], dir, ENV);
    expect(before.stdout).toContain('delivery of v1: 0 delivered, 3 to send, 2 not sent: no address (sen-smith, office-of-the-clerk)');
    const s = await server({ refuse: ['ksalazar@state.example.gov'] });
    await send(dir, s, JOINT);
    const after = await cliInProcess(['status', JOINT], dir, ENV);
    expect(after.stdout).toContain('delivery of v1: 2 delivered, 1 refused (ken-salazar), 2 not sent: no address (sen-smith, office-of-the-clerk)');
    const json = JSON.parse((await cliInProcess(['status', JOINT, '--json'], dir, ENV)).stdout) as { delivery: { delivered: string[] } };
    expect(json.delivery.delivered).toEqual(['sen-durbin', 'sec-barcena']);
  });
});

describe('Ctrl-C', () => {
  it('finishes the message the server is receiving, logs it, sends no other: the log says exactly what went out (real binary)', async () => {
    const dir = workspace();
    edit(dir, 'officials.yaml', '    email: null\n', '    email: smith@senate.example.gov\n');
    // The server takes 1.5 s to answer each message: Ctrl-C lands while the first is in flight.
    const s = await server({ delay: 1500 });
    const child = spawn(process.execPath, [BIN, 'send', EACH, '--smtp', s.url, '--throttle', '0'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const started = Date.now();
    while (s.dataStarted === 0 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 20));
    expect(s.count).toBe(0);
    child.kill('SIGINT');
    const code = await exited;
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/finishing the message being sent/);
    expect(s.count).toBe(1);
    expect(logRows(dir, EACH).map((r) => [r.recipient, r.status])).toEqual([['sen-durbin', 'delivered']]);

    const rest = await send(dir, await server(), EACH);
    expect(rest.code, rest.stderr).toBe(0);
    expect(logRows(dir, EACH).map((r) => [r.recipient, r.status])).toEqual([['sen-durbin', 'delivered'], ['sec-barcena', 'delivered'], ['sen-smith', 'delivered']]);
  }, 60_000);
});

