/**
 * Images a letter may show: files inside the workspace, embedded as `data:` URLs so
 * the HTML is self-contained and the browser never fetches anything. Absolute paths,
 * `../` escapes, `file://` and remote URLs are refused, and so are symlinks that
 * lead out of the workspace.
 */
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { isInside } from '../paths.js';
import { placeInWorkspace } from '../workspace/inside-workspace.js';
import { readRegularFileSync } from '../workspace/regular-file.js';
import type { ImageResolution, RenderProblem } from './markdown.js';

const MIME: Record<string, string> = {
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.svg': 'image/svg+xml',
};
/** Keeps one letter's HTML and PDF at a sane size. */
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** All images of one letter together, counting each use: one image used 10,000 times must not fill memory. */
const MAX_LETTER_IMAGE_BYTES = 32 * 1024 * 1024;

/** Resolves image sources of the letter at `letterPath` inside workspace `root`. */
export function imageResolver(root: string, letterPath: string): (src: string) => ImageResolution {
  const cache = new Map<string, string>();
  let total = 0;
  const budget = (dataUrl: string, src: string): ImageResolution => {
    total += dataUrl.length;
    if (total > MAX_LETTER_IMAGE_BYTES) return refused(src, `refused: the letter's images add up to more than ${MAX_LETTER_IMAGE_BYTES / 1048576} MB`);
    return { dataUrl };
  };
  return (src) => {
    if (/^data:image\/(png|jpeg|gif|webp);base64,/i.test(src)) return budget(src, src);
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
      return refused(src, 'refused: only image files inside the workspace can be used');
    }
    let path: string;
    try {
      path = decodeURIComponent(src.split(/[?#]/)[0]!);
    } catch {
      return refused(src, 'has an invalid file name');
    }
    if (isAbsolute(path)) return refused(src, 'refused: absolute paths are not allowed; use a path relative to the letter');
    const absolute = resolve(dirname(letterPath), path);
    if (!isInside(root, absolute)) return refused(src, 'refused: it is outside the workspace');
    const mime = MIME[extname(absolute).toLowerCase()];
    if (!mime) return refused(src, 'refused: use PNG, JPEG, GIF, WebP or SVG');
    const placement = placeInWorkspace(root, absolute, 'image');
    if (!placement.inside) return placement.missing ? refused(src, 'not found', 'image-missing') : refused(src, 'refused: it links to a file outside the workspace');
    const real = placement.path;
    let dataUrl = cache.get(real);
    if (dataUrl === undefined) {
      // Only regular files: a folder or a named pipe called logo.png must not fail or block the build.
      let bytes: Buffer;
      try {
        bytes = readRegularFileSync(real, src, MAX_IMAGE_BYTES);
      } catch (error) {
        const code = (error as { code?: string }).code;
        return refused(src, code === 'file-too-large' ? `is larger than ${MAX_IMAGE_BYTES / 1048576} MB` : code === 'not-a-file' ? 'is not a regular file' : 'cannot be read');
      }
      dataUrl = `data:${mime};base64,${bytes.toString('base64')}`;
      cache.set(real, dataUrl);
    }
    return budget(dataUrl, src);
  };
}

const HINTS = {
  'image-refused': 'Use an image file inside the workspace, with a path relative to the letter.',
  'image-missing': 'Fix the path (it is relative to the file that names the image), or add the file.',
};

function refused(src: string, why: string, code: keyof typeof HINTS = 'image-refused'): { problem: RenderProblem } {
  return { problem: { code, needle: src, message: `image "${truncate(src)}" ${why}`, hint: HINTS[code] } };
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
