/**
 * One Chromium for the whole run (vitest's globalSetup): the CLI processes and in-process
 * runs of the suite print in it through COALITION_BROWSER_WS_ENDPOINT, each in a browser
 * context of its own, instead of each starting a browser (the suite printed with 86
 * Chromium starts, about 1.5 s of CPU each on this 2-core machine). It is started the
 * way the CLI starts its own (src/pdf/chromium.ts's flags), so the PDFs are the same,
 * byte for byte.
 *
 * The tests about starting and stopping a browser (Ctrl-C, a browser killed, its profile
 * folder, a global install) run without it: helpers.ts's OWN_BROWSER. A run with
 * COALITION_TEST_OWN_BROWSER=1 starts none, and every command starts its own, as a user's.
 * A COALITION_BROWSER_WS_ENDPOINT in the caller's environment is not used: the reference
 * pages need a browser started with the CLI's flags, which this one is.
 */
import type { TestProject } from 'vitest/node';
import { listeningChromium } from './listening-chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's DevTools WebSocket, or '' when each command starts its own. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.COALITION_TEST_OWN_BROWSER) {
    project.provide('browserEndpoint', '');
    return undefined;
  }
  const chromium = await listeningChromium();
  project.provide('browserEndpoint', chromium.browser.wsEndpoint());
  return chromium.close;
}
