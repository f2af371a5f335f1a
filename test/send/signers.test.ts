/**
 * Messages to signers (`send --to-signers pending|confirmed`), `status` after a send,
 * and Ctrl-C in the middle of a run (the real binary): a real SMTP server on loopback,
 * messages read back with mailparser, the pending text's PDF read back with pdftotext.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cliInProcess, pdfText } from '../helpers.js';
import { EACH, edit, JOINT, logRows, releasedFile, releasedWorkspace } from './fixtures.js';
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
const send = (dir: string, s: MailServer, ...args: string[]) => cliInProcess(['send', ...args, '--smtp', s.url, '--throttle', '0'], dir, ENV);

beforeAll(async () => {
  base = await releasedWorkspace();
}, 300_000);
afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
});
afterAll(() => base?.cleanup());

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

  it('confirmed: the signers printed in the version are told it went out, with the released PDF', async () => {
    const dir = workspace();
    const s = await server();
    await send(dir, s, JOINT);
    const result = await send(dir, s, JOINT, '--to-signers', 'confirmed');
    expect(result.code, result.stderr).toBe(0);
    const told = s.received.slice(1);
    // In the order the version printed them (Roe before Washington).
    expect(told.map((m) => m.to[0])).toEqual(['jane.roe@example.org', 'jane@wola.example.org']);
    const wola = told[1]!.parsed;
    expect(wola.subject).toBe('Sent: Letter on the Security Dialogue');
    expect(wola.text).toContain('Dear Jane Doe,');
    expect(wola.text).toMatch(/The letter “Letter on the Security Dialogue”, which Washington Office on Latin America \(WOLA\) signed, was sent on \w+ \d+, \d{4}, signed by 1 organization and 1 individual\./);
    expect(sha(wola.attachments[0]!.content)).toBe(sha(releasedFile(dir, JOINT, '2026-03-01-dialogue.en.pdf')));
    expect(logRows(dir, JOINT, 'signer-messages.csv').map((r) => [r.kind, r.round, r.signer])).toEqual([['confirmed', 'v1', 'jane-roe'], ['confirmed', 'v1', 'wola']]);
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

