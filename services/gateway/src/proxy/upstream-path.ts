const dotSegment = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i

/**
 * The upstream's path and query for a request under a route: `/api/products/1?x=1` under
 * `/api/products` is `/products/1?x=1`. Undefined when the path holds `.` or `..` segments,
 * which an upstream that normalises paths could resolve outside the exposed prefix.
 */
export function upstreamPath(url: string, prefix: string, upstreamPrefix: string): string | undefined {
  const rest = url.slice(prefix.length)
  const query = rest.indexOf('?')
  const path = query === -1 ? rest : rest.slice(0, query)
  if ((path.includes('.') || path.includes('%')) && dotSegment.test(path)) return undefined
  return upstreamPrefix + rest
}
