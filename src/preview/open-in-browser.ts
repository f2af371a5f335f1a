/** `preview --open`: the page in the user's default browser, without waiting for it. */
import { spawn } from 'node:child_process';

export function openInBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]]
    : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  // No browser to open is not an error: the URL is printed anyway.
  child.on('error', () => undefined);
  child.unref();
}
