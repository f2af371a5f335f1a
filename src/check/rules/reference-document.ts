/**
 * The workspace's reference document (`templates/reference.docx`), read exactly as
 * `build --format docx` and `release` read it (pipeline/write-word.ts): what stops them
 * (not a Word file, a link out of the workspace, a zip bomb, over 20 MB) is an error
 * here, and what they would leave out of it (fields, remote pictures, VML, OLE…) the
 * same warning.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { CoalitionError, diagnosticsOf } from '../../errors.js';
import type { Rule } from '../types.js';

const FILE = 'templates/reference.docx';

export const referenceDocument: Rule = {
  name: 'reference-document',
  async workspace({ ws }) {
    // Most workspaces have none: then the Word writer (and the docx library) is not even loaded.
    if (!lstatSync(join(ws.root, FILE), { throwIfNoEntry: false })) return [];
    const { loadReference } = await import('../../pipeline/write-word.js');
    try {
      return (await loadReference(ws.root)).diagnostics;
    } catch (error) {
      if (error instanceof CoalitionError) return diagnosticsOf(error, FILE);
      throw error;
    }
  },
};
