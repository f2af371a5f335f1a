/** Which letters list which registry ids: for `org show` and for `org remove`. */
import type { SignerStatus } from '../model/schema.js';
import { loadLetter } from '../workspace/read-letter.js';
import { displayPath, leadsIntoLetters, listLetters } from '../workspace/workspace.js';
import { recordedSigners } from './fingerprint.js';

export interface LetterUse {
  file: string;
  absolutePath: string;
  status: SignerStatus;
  signedOn?: string;
  title?: string;
}

/**
 * Every letter that lists `id`, with the status it has there. Unreadable letters are
 * passed over, and so are links leading out of letters/ (not part of the workspace: never read).
 */
export async function lettersUsing(root: string, id: string): Promise<LetterUse[]> {
  const uses: LetterUse[] = [];
  for (const path of await listLetters(root)) {
    if (!leadsIntoLetters(root, path)) continue;
    const file = displayPath(root, path);
    const letter = await loadLetter(path, file).catch(() => undefined);
    if (!letter) continue;
    const signer = recordedSigners(letter).find((s) => s.id === id);
    if (!signer) continue;
    const title = letter.frontMatter?.title;
    uses.push({
      file, absolutePath: path, status: signer.status,
      ...(signer.signedOn ? { signedOn: signer.signedOn } : {}),
      ...(title ? { title: typeof title === 'string' ? title : Object.values(title)[0]! } : {}),
    });
  }
  return uses;
}
