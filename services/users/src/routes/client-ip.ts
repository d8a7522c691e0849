import type { IncomingHttpHeaders } from 'node:http'

/**
 * The address a login comes from. Behind the gateway every request arrives from the gateway,
 * so the address it appended to X-Forwarded-For (the last one) is taken; earlier entries are
 * whatever the client sent and prove nothing.
 */
export function clientIp(request: { headers: IncomingHttpHeaders; ip: string }): string {
  const forwarded = request.headers['x-forwarded-for']
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').at(-1)?.trim()
  return last || request.ip
}
