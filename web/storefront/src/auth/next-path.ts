/** The login page's link back: where to go once signed in. */
export function loginPath(next: string): string {
  return `/login?next=${encodeURIComponent(next)}`
}

/**
 * Where to go after signing in: a path of this shop only, never another site. Resolved the way
 * the browser would resolve it (so `/\evil.example` counts as the other site it is).
 */
export function nextPath(params: URLSearchParams): string {
  const next = params.get('next') ?? '/'
  if (!next.startsWith('/')) return '/'
  const resolved = new URL(next, window.location.origin)
  return resolved.origin === window.location.origin ? `${resolved.pathname}${resolved.search}${resolved.hash}` : '/'
}
