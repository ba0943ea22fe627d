// Helpers shared by the command-line checkers.

import fs from 'node:fs';
import path from 'node:path';

/** Sorted paths of the *.tf files directly inside `dir`; throws if `dir` is not a directory. */
export function listTfFiles(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    throw new Error(`not a directory: ${dir}`);
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.tf'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/** Every regular file below `dir` (recursively), as paths relative to `dir`, sorted. */
export function listFilesRecursive(dir) {
  const out = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) out.push(r);
    }
  };
  if (fs.existsSync(dir)) walk('');
  return out.sort();
}

export function usageError(message) {
  console.error(message);
  process.exit(2);
}
