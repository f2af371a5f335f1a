/**
 * The workspace's reference document (`templates/reference.docx`), read exactly as
 * `build --format docx` and `release` read it (pipeline/write-word.ts): what stops them
 * (not a Word file, a link out of the workspace, a zip bomb, over 20 MB) is an error
 * here, and what they would leave out of it (fields, remote pictures, VML, OLE…) the
 * same warning.
 */
import { CoalitionError, diagnosticsOf } from '../../errors.js';
import type { Rule } from '../types.js';

const FILE = 'templates/reference.docx';

export const referenceDocument: Rule = {
  name: 'reference-document',
  async workspace({ ws }) {
    const { loadReference } = await import('../../pipeline/write-word.js');
    try {
      return (await loadReference(ws.root)).diagnostics;
    } catch (error) {
      if (error instanceof CoalitionError) return diagnosticsOf(error, FILE);
      throw error;
    }
  },
};
