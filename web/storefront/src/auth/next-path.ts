/** The login page's link back: where to go once signed in. */
export function loginPath(next: string): string {
  return `/login?next=${encodeURIComponent(next)}`
}

/** Where to go after signing in: a path of this shop only, never another site. */
export function nextPath(params: URLSearchParams): string {
  const next = params.get('next') ?? '/'
  return next.startsWith('/') && !next.startsWith('//') ? next : '/'
}
