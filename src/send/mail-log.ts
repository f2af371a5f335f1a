/**
 * The record of what went out: `releases/<date>-<slug>/deliveries.csv` (the letter to
 * officials) and `signer-messages.csv` (messages to signers), beside the versions so
 * that a release's manifest stays frozen. One row per recipient of each message tried,
 * appended as soon as the server answers, each time by writing the whole file anew
 * (atomically, under the workspace lock): the file on disk is always complete, and a
 * row is there before the next message is sent. It is what "never twice" reads.
 */
import { existsSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { CoalitionError, ExitCode } from '../errors.js';
import { writeFileAtomic } from '../workspace/atomic-write.js';
import { csvLine } from '../workspace/csv-line.js';
import { withWorkspaceLock } from '../workspace/lock.js';
import { readRegularFile } from '../workspace/regular-file.js';
import { MAX_INPUT_BYTES } from '../workspace/read-text.js';

export const DELIVERIES_FILE = 'deliveries.csv';
export const SIGNER_MESSAGES_FILE = 'signer-messages.csv';

/**
 * delivered: the server answered 250 after the message (it took responsibility for it).
 * refused: the server refused this recipient or message for good (5xx); not sent again
 * to the same address. failed: no answer or a temporary one (a lost connection, 4xx);
 * the next `send` sends it again.
 */
export type Outcome = 'delivered' | 'refused' | 'failed';

export const DELIVERY_COLUMNS = ['time', 'version', 'recipient', 'name', 'address', 'field', 'status', 'languages', 'message_id', 'reply', 'attachments'] as const;
export const SIGNER_COLUMNS = ['time', 'kind', 'round', 'signer', 'name', 'address', 'status', 'languages', 'message_id', 'reply', 'attachments'] as const;

export type LogRow = Record<string, string>;

/** How long a row waits for the workspace lock (another command's edit) before the run fails. */
const LOG_LOCK_WAIT_S = 600;

export class MailLog {
  private text: string;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    readonly root: string,
    readonly path: string,
    readonly shown: string,
    readonly columns: readonly string[],
    readonly rows: LogRow[],
    text: string,
  ) {
    this.text = text;
  }

  /** Reads the log at `path` (none yet: empty); a file that is not such a log is refused, never overwritten. */
  static async open(root: string, path: string, shown: string, columns: readonly string[]): Promise<MailLog> {
    if (!existsSync(path)) return new MailLog(root, path, shown, columns, [], '');
    // Read as every workspace file is: a regular file, and bounded (regular-file.ts).
    const text = (await readRegularFile(path, shown, MAX_INPUT_BYTES)).toString('utf8');
    let records: string[][];
    try {
      records = parse(text, { relax_column_count: false, skip_empty_lines: true, bom: true }) as string[][];
    } catch (error) {
      throw damaged(shown, (error as Error).message);
    }
    const [header, ...body] = records;
    if (header && header.join(',') !== columns.join(',')) throw damaged(shown, `its columns are ${header.join(', ')}; expected ${columns.join(', ')}`);
    const rows = body.map((cells) => Object.fromEntries(columns.map((c, i) => [c, unguard(cells[i] ?? '')])));
    return new MailLog(root, path, shown, columns, rows, text.endsWith('\n') || text === '' ? text : `${text}\n`);
  }

  /** Appends rows and writes the file (whole, atomically, under the workspace lock); resolves once they are on disk. */
  append(rows: readonly LogRow[]): Promise<void> {
    const lines = rows.map((row) => csvLine(this.columns.map((c) => row[c] ?? '')));
    this.rows.push(...rows);
    const write = this.writing.then(() => {
      const header = this.text === '' ? `${csvLine([...this.columns])}\n` : '';
      const next = `${this.text}${header}${lines.map((l) => `${l}\n`).join('')}`;
      // A message already went out: its row waits for a long edit (a release printing) rather than be lost.
      return withWorkspaceLock(this.root, () => writeFileAtomic(this.path, next, this.shown), { waitSeconds: LOG_LOCK_WAIT_S }).then(() => {
        this.text = next;
      });
    });
    // A failed write fails its caller; the next one starts from what is on disk.
    this.writing = write.catch(() => undefined);
    return write;
  }

  /** Waits for the writes under way. */
  async settled(): Promise<void> {
    await this.writing;
  }
}

/** csvLine() guards a cell that a spreadsheet would run as a formula with a `'`: read it back as written. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function damaged(shown: string, why: string): CoalitionError {
  return new CoalitionError(`${shown} cannot be read as a delivery log: ${why}`, {
    code: 'mail-log-damaged', exitCode: ExitCode.input,
    hint: 'It is written by `coalition send` only; restore it from version control (commit releases/ after each send). Nothing was sent: without the log, coalition cannot tell who already has the letter.',
  });
}
