/**
 * Watches what a previewed letter reads, and nothing else: the letter, the registry,
 * officials.yaml, the template overrides and strings (templates/), the workspace's
 * profiles, and the images the letter and the registry name. Not the whole workspace:
 * a workspace holding `rootlink -> /` (or a large `out/`) would make a watcher walk
 * the machine. Symbolic links are never followed (a link out is not watched through),
 * no path outside the workspace is watched, hidden files (editor swap files, atomic
 * writes' temporary files) are ignored, and bursts are merged into one call. The
 * watcher gets ready in the background: the preview serves before it is.
 */
import { watch, type FSWatcher } from 'chokidar';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isInside } from '../paths.js';

export interface WorkspaceWatcher {
  /** Settles once the watcher sees changes (the preview does not wait for it to serve). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Image paths a text names: Markdown images, HTML `src=`, the registry's `logo:`. */
const IMAGE_REFERENCES = [/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g, /\bsrc\s*=\s*["']([^"']+)["']/gi, /^\s*logo:\s*["']?([^"'#\n]+?)["']?\s*$/gm];
/** A letter or registry larger than this is not scanned for images (it is refused when read anyway). */
const MAX_SCANNED_BYTES = 10 * 1024 * 1024;

/** The image files `file` names, inside `root`, resolved against `base`. */
export function namedImages(root: string, file: string, base: string): string[] {
  let text: string;
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_SCANNED_BYTES) return [];
    text = bytes.toString('utf8');
  } catch {
    return [];
  }
  const found = new Set<string>();
  for (const pattern of IMAGE_REFERENCES) {
    for (const match of text.matchAll(pattern)) {
      const src = match[1]!.trim();
      if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//') || isAbsolute(src)) continue;
      let path: string;
      try {
        path = resolve(base, decodeURIComponent(src.split(/[?#]/)[0]!));
      } catch {
        continue;
      }
      if (isInside(root, path)) found.add(path);
    }
  }
  return [...found];
}

/** What the letter at `letterPath` reads, as paths to watch. */
export function letterFiles(root: string, letterPath: string): string[] {
  const registry = join(root, 'signatories.yaml');
  return [...new Set([
    letterPath, registry, join(root, 'officials.yaml'), join(root, 'templates'), join(root, 'profiles'),
    ...namedImages(root, letterPath, dirname(letterPath)), ...namedImages(root, registry, root),
  ])];
}

export function watchLetter(root: string, letterPath: string, onChange: (files: string[]) => void, delayMs = 60): WorkspaceWatcher {
  return watchFiles(root, () => letterFiles(root, letterPath), onChange, delayMs);
}

/**
 * What `build --watch` reads: the letters folder (a letter added, edited or removed)
 * and what each of its letters reads, as for the preview, with the same limits.
 */
export function watchLetters(root: string, letterPaths: () => string[], onChange: (files: string[]) => void, delayMs = 60): WorkspaceWatcher {
  return watchFiles(root, () => [...new Set([join(root, 'letters'), ...letterPaths().flatMap((path) => letterFiles(root, path))])], onChange, delayMs);
}

/** Watches the paths `paths()` gives, again after each change (a letter may name a new image). */
function watchFiles(root: string, paths: () => string[], onChange: (files: string[]) => void, delayMs: number): WorkspaceWatcher {
  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  let watched = new Set(paths());
  const watcher: FSWatcher = watch([...watched], {
    ignoreInitial: true,
    followSymlinks: false,
    depth: 3,
    ignored: (path) => {
      const rel = relative(root, path);
      if (rel === '') return false;
      const parts = rel.split(sep);
      return parts[0] === '..' || isAbsolute(rel) || parts.some((p) => p.startsWith('.'));
    },
  });
  watcher.on('all', (_event, path) => {
    changed.add(relative(root, path));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed].sort();
      changed.clear();
      // The letter or the registry may name another image now: watch it too.
      const now = new Set(paths());
      const added = [...now].filter((p) => !watched.has(p));
      if (added.length) watcher.add(added);
      watched = new Set([...watched, ...now]);
      onChange(files);
    }, delayMs);
  });
  // A watcher that cannot watch (too many files, permissions) must not stop the preview.
  watcher.on('error', () => undefined);
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
