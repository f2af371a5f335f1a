/**
 * The send cases: a letter with `delivery: each` to members of Congress, released (one
 * PDF per member), every member given an address, and `coalition send` to a real SMTP
 * server on loopback (smtp-server) that counts what it accepts and keeps nothing, so
 * the bench process's own memory stays out of the way; the CLI's is what is measured.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { eachWorkspace } from './officials.mjs';

/** eachWorkspace() with an address for every official, a sender, and v1 released as PDF. */
export function sendWorkspace(bin, to) {
  const dir = eachWorkspace(bin, to);
  const officials = join(dir, 'officials.yaml');
  writeFileSync(officials, readFileSync(officials, 'utf8')
    .replace(/^ {4}email: .*\n/gm, '')
    .replace(/^ {2}([a-z0-9-]+):\n/gm, (line, id) => `${line}    email: ${id}@mail.example.gov\n`));
  const letter = join(dir, 'letters', 'congress.md');
  writeFileSync(letter, readFileSync(letter, 'utf8').replace(/^delivery: each$/m, 'delivery: each\nsend: { from: "Bench Coalition <letters@bench.example.org>" }'));
  execFileSync(process.execPath, [bin, 'release', 'congress', '--format', 'pdf'], { cwd: dir, stdio: 'ignore' });
  return dir;
}

/** Each run sends the whole round again: the log of the last run goes. */
export function resetDeliveries(dir) {
  for (const series of readdirSync(join(dir, 'releases'))) rmSync(join(dir, 'releases', series, 'deliveries.csv'), { force: true });
}

/** A loopback SMTP server that accepts everything and counts it. */
export async function startCountingServer() {
  let count = 0;
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        count++;
        callback(null, `2.0.0 OK queued as B${count}`);
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    get count() {
      return count;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
