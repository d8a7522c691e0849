/**
 * A small valid topology for error tests. Line numbers matter: tests edit one line and
 * expect the error there, so the line of each key is noted.
 */
export const minimal = [
  'apiVersion: bazaar.dev/v1', //        1
  'name: shop', //                       2
  'gateway: { service: gateway }', //    3
  'services:', //                        4
  '  gateway:', //                       5
  '    port: 8080', //                   6
  '    package: "@bazaar/gateway"', //   7
  '  users:', //                         8
  '    port: 7001', //                   9
  '    package: "@bazaar/users"', //     10
  '    expose: [{ path: /users }]', //   11
  '    publishes: [user.registered]', // 12
  '  catalog:', //                       13
  '    port: 7002', //                   14
  '    package: "@bazaar/catalog"', //   15
  '    expose: [{ path: /products }]', // 16
  '    dependencies:', //                17
  '      - service: users', //           18
  '        calls: [{ method: GET, path: /.well-known/jwks.json }]', // 19
  '', //                                 (final newline)
].join('\n')

/** The minimal topology with line `line` (1-based) replaced by `text` (which may hold several lines). */
export function withLine(line: number, text: string): string {
  const lines = minimal.split('\n')
  lines[line - 1] = text
  return lines.join('\n')
}

/** The minimal topology with `text` appended. */
export function withExtra(text: string): string {
  return minimal + text
}
