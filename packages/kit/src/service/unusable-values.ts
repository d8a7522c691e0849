import { AppError, type FieldError } from '../errors.ts'
import type { ServiceApp } from './definition.ts'

/** Arrays and plain objects: what JSON and a query string make (not a stream a proxy passes on). */
function isJsonContainer(value: unknown): value is object {
  if (Array.isArray(value)) return true
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  // Fastify makes params and query from a class whose prototype has no prototype of its own.
  return prototype === Object.prototype || prototype === null || Object.getPrototypeOf(prototype) === null
}

interface Unusable {
  field: string
  message: string
}

/**
 * The first value no handler can use: a number that is not finite, or a string holding NUL,
 * which PostgreSQL text cannot store.
 */
function unusable(value: unknown, path: string): Unusable | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { field: path, message: 'must be a finite number' }
  if (typeof value === 'string') return value.includes('\u0000') ? { field: path, message: 'must not contain NUL characters' } : undefined
  if (!isJsonContainer(value)) return undefined
  for (const [key, item] of Object.entries(value)) {
    const found = unusable(key, `${path}.${key}`) ?? unusable(item, `${path}.${key}`)
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * `1e309` is Infinity to JSON.parse and to AJV's coercion of a query string, and AJV then
 * passes it through `integer` and `maximum`; a NUL in an id reaches SQL as an encoding error.
 * Every request carrying such a value is refused here, after validation, with the field named.
 */
export function refuseUnusableValues(app: ServiceApp): void {
  app.addHook('preHandler', async (request) => {
    for (const [part, value] of [['params', request.params], ['querystring', request.query], ['body', request.body]] as const) {
      const found = unusable(value, part)
      if (found !== undefined) {
        const fields: FieldError[] = [found]
        throw new AppError('VALIDATION_FAILED', 'The request is not valid', { fields })
      }
    }
  })
}
