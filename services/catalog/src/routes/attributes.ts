import { AppError } from '@bazaar/kit'
import type { AttributeValue } from '../domain/product.ts'

const maxText = 500

function isAttributeValue(value: unknown): value is AttributeValue {
  return (typeof value === 'string' && value.length <= maxText) || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean'
}

/** The attributes of a body, each value a string, a number or a boolean (see the Attributes schema). */
export function attributesOf(attributes: Record<string, unknown>): Record<string, AttributeValue> {
  const wrong = Object.entries(attributes).filter(([, value]) => !isAttributeValue(value))
  if (wrong.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid', {
      fields: wrong.map(([key]) => ({ field: `body.attributes.${key}`, message: `must be a string of at most ${maxText} characters, a number or a boolean` })),
    })
  }
  return attributes as Record<string, AttributeValue>
}
