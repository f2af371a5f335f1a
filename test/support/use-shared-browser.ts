/**
 * In each worker, before its test files: commands print in the run's shared Chromium
 * (shared-browser.ts), whether they run in this process or as the CLI binary it starts.
 */
import { inject } from 'vitest';

const endpoint = inject('browserEndpoint');
if (endpoint) process.env.COALITION_BROWSER_WS_ENDPOINT = endpoint;
// COALITION_TEST_OWN_BROWSER=1: every command starts its own, even where the caller's
// environment names a running browser.
else delete process.env.COALITION_BROWSER_WS_ENDPOINT;
