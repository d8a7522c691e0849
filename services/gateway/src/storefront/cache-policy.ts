/** Vite names what it builds under /assets by content hash: a changed file gets a new name. */
const hashedAssets = '/assets/'

/**
 * How long browsers may keep a file of the build: hashed assets for a year without asking again;
 * index.html never without revalidating, so a new release (new asset names) is seen at once.
 */
export function cacheControlOf(file: string): string {
  if (file.startsWith(hashedAssets)) return 'public, max-age=31536000, immutable'
  if (file === '/index.html') return 'no-cache'
  return 'public, max-age=3600'
}

export function isHashedAsset(urlPath: string): boolean {
  return urlPath.startsWith(hashedAssets)
}
