/**
 * The running Chromium that COALITION_BROWSER_WS_ENDPOINT names, checked before any
 * connection is made:
 *
 * - it must be on this machine (loopback): the letter's HTML, its fonts and its PDF
 *   travel over that connection, and nothing of a letter leaves the machine;
 * - it must be a browser's address (`/devtools/browser/…`), not a tab's, which
 *   DevTools lists beside it and which would accept the connection and then never
 *   answer as a browser does;
 * - it must answer DevTools' `/json/version` within a few seconds. puppeteer's
 *   `connect` has no time limit on the WebSocket's opening and does not close a socket
 *   it opened when what follows fails, and an open socket keeps the command running
 *   after it has said what went wrong.
 */
import { get } from 'node:http';

/** The variable that names a running Chromium's DevTools WebSocket to print in. */
export const BROWSER_ENDPOINT_VARIABLE = 'COALITION_BROWSER_WS_ENDPOINT';

/** What to do about an endpoint that cannot be used: for the build's error and doctor's finding alike. */
export const ENDPOINT_HINT = `Name a browser running on this machine by its /devtools/browser/ address (its /json/version says it), or unset ${BROWSER_ENDPOINT_VARIABLE} to let coalition start its own.`;

/** How long the browser has to answer `/json/version`. */
const ANSWER_MS = 5_000;

/** The reason the endpoint cannot be used, or undefined when it can. */
export async function endpointProblem(endpoint: string): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return `${BROWSER_ENDPOINT_VARIABLE} is not an address`;
  }
  if (url.protocol !== 'ws:') return 'it is not a ws:// address';
  if (!isLoopback(url.hostname)) return `${url.hostname} is not this machine (only a browser on 127.0.0.1, ::1 or localhost is used)`;
  if (!url.pathname.startsWith('/devtools/browser/')) return 'it is not a browser\'s address (/devtools/browser/…), perhaps a tab\'s';
  return versionProblem(new URL('/json/version', `http://${url.host}`));
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

function versionProblem(url: URL): Promise<string | undefined> {
  return new Promise((resolve) => {
    const request = get(url, { timeout: ANSWER_MS }, (response) => {
      response.resume();
      resolve(response.statusCode === 200 ? undefined : `${url.href} answered ${response.statusCode}`);
    });
    request.on('timeout', () => {
      request.destroy();
      resolve(`nothing answered at ${url.host} within ${ANSWER_MS / 1000} s`);
    });
    request.on('error', (error) => resolve(error.message));
  });
}
