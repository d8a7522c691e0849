import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '@bazaar/kit'

/**
 * The file of the build a URL path names, as a path under the build's root ("/assets/app.js"),
 * or undefined when it names none. Dot segments and dotfiles never name a file, so nothing
 * outside the root, or hidden in it, is ever served.
 */
export async function staticFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    throw new AppError('MALFORMED_REQUEST', 'Malformed path', { detail: 'The path is not valid percent-encoding.' })
  }
  const segments = decoded.split('/').filter((segment) => segment !== '')
  if (segments.length === 0 || segments.some((segment) => segment.startsWith('.') || /[\\\0]/.test(segment))) return undefined
  const relative = segments.join('/')
  const found = await stat(join(root, relative)).catch(() => undefined)
  return found?.isFile() ? `/${relative}` : undefined
}
