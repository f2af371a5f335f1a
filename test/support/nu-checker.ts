/**
 * The Nu HTML Checker (vnu-jar, on Java) over HTML files: its errors, each as
 * "<folder>/<file>: <message>", none when every file is valid.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO } from '../helpers.js';
import { SHORT_JAVA } from './java.js';

const run = promisify(execFile);
const JAR = join(REPO, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

export async function nuErrors(paths: readonly string[]): Promise<string[]> {
  let stderr = '';
  try {
    await run('java', [...SHORT_JAVA, '-jar', JAR, '--errors-only', '--format', 'json', ...paths], { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    stderr = (error as { stderr?: string }).stderr ?? String(error);
  }
  const messages = stderr ? (JSON.parse(stderr) as { messages: { type: string; message: string; url: string }[] }).messages : [];
  return messages.filter((m) => m.type === 'error').map((m) => `${m.url.split('/').slice(-2).join('/')}: ${m.message}`);
}
