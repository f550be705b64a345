// Ingest: expands the paths users give into the files to read: files as named, folders walked
// recursively (hidden entries skipped, only supported extensions), "-" kept for stdin.

import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { UnreadableFileError } from '../model/index.ts';
import { SUPPORTED_EXTENSIONS } from './read-document.ts';

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && SUPPORTED_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
}

export interface FileListing {
  files: string[];
  /** Paths that do not exist or cannot be listed, with the reason. */
  missing: UnreadableFileError[];
}

/** Files under the given paths, in a stable order, each once. */
export async function listFiles(paths: readonly string[]): Promise<FileListing> {
  const files: string[] = [];
  const missing: UnreadableFileError[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, files);
      else files.push(path);
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      missing.push(new UnreadableFileError(path, code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? 'error'})`, { cause }));
    }
  }
  return { files: [...new Set(files)], missing };
}
