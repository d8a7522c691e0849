import { Type } from 'typebox'

/**
 * Ids are strings on output; on input a number is accepted too (seed 001 sends `"productId": 1`),
 * so clients written against either seed work.
 */
export const IdInput = Type.Union([Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }), Type.Integer({ minimum: 0 })], { description: 'an id; a number is read as its decimal string' })

export function idOf(input: string | number): string {
  return String(input)
}
