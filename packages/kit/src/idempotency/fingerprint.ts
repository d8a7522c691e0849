import { createHash } from 'node:crypto'
import { canonicalJson } from '../canonical-json.ts'

/**
 * What makes two requests under one Idempotency-Key the same request: sha256 of the method, the
 * path and the canonical body, so the same body in any key order matches.
 */
export function fingerprintOf(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method.toUpperCase()} ${path}\n${canonicalJson(body)}`).digest('hex')
}
