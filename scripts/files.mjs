// Shared by the build steps and the benchmark: every file below a folder.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The paths of all files below `folder`, depth first. */
export function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
