/**
 * The folder of the run's LibreOffice instances (vitest's globalSetup): each worker that
 * converts Word files starts one there, with its profile and the id of its process group
 * (test/docx/libreoffice.ts). A worker ends without running exit handlers, so the
 * instances are ended here, after the last test, and the folder and their pipes removed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where workers start their LibreOffice and leave `<name>.pgid`. */
    officeFolder: string;
  }
}

export default function setup(project: TestProject): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'coalition-test-office-'));
  project.provide('officeFolder', folder);
  return () => {
    const names = readdirSync(folder).filter((f) => f.endsWith('.pgid')).map((f) => f.slice(0, -'.pgid'.length));
    for (const name of names) {
      try {
        process.kill(-Number(readFileSync(join(folder, `${name}.pgid`), 'utf8')), 'SIGKILL');
      } catch {
        // already ended
      }
    }
    rmSync(folder, { recursive: true, force: true });
    // The socket of its UNO pipe, which LibreOffice leaves behind however it ends.
    for (const dir of new Set([tmpdir(), '/tmp'])) {
      for (const socket of readdirSync(dir).filter((f) => names.some((name) => f.startsWith('OSL_PIPE_') && f.endsWith(`_coalition-test-${name}`)))) {
        rmSync(join(dir, socket), { force: true });
      }
    }
  };
}
