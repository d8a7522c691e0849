import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

/** sbin is often missing from a non-root PATH, and Debian puts nginx there. */
const extraDirectories = ['/usr/sbin', '/sbin', '/usr/local/sbin']

/** The executable `name` on `path` (a PATH value) or in an sbin directory; undefined when absent. */
export function findTool(name: string, path: string): string | undefined {
  for (const directory of [...path.split(delimiter).filter(Boolean), ...extraDirectories]) {
    const candidate = join(directory, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // Not here; the next directory.
    }
  }
  return undefined
}
