/**
 * Watches a workspace for the changes a preview must show: the letter, the registry,
 * templates and images. Output, version control and hidden files (editor swap files,
 * the temporary files of atomic writes) are ignored; bursts are merged into one call.
 */
import { watch, type FSWatcher } from 'chokidar';
import { relative, sep } from 'node:path';

const IGNORED_DIRS = new Set(['out', 'node_modules']);

export interface WorkspaceWatcher {
  close(): Promise<void>;
}

export async function watchWorkspace(root: string, onChange: (files: string[]) => void, delayMs = 60): Promise<WorkspaceWatcher> {
  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    depth: 6,
    ignored: (path) => {
      const parts = relative(root, path).split(sep);
      if (parts[0] === '' || parts[0] === '..') return false;
      return IGNORED_DIRS.has(parts[0]!) || parts.some((p) => p.startsWith('.'));
    },
  });
  watcher.on('all', (_event, path) => {
    changed.add(relative(root, path));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed].sort();
      changed.clear();
      onChange(files);
    }, delayMs);
  });
  // A watcher that cannot watch (too many files, permissions) must not stop the preview.
  watcher.on('error', () => undefined);
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
