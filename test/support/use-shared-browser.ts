/**
 * In each worker, before its test files: commands print in the run's shared Chromium
 * (shared-browser.ts), whether they run in this process or as the CLI binary it starts.
 */
import { inject } from 'vitest';

const endpoint = inject('browserEndpoint');
if (endpoint) process.env.COALITION_BROWSER_WS_ENDPOINT = endpoint;
