import { isApiError } from '../api/api-error.ts'

/** A 400's field problems by body field ("body.email" → email), to show beside each input. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {}
  const errors: Record<string, string> = {}
  for (const { field, message } of error.fields) {
    const name = field.replace(/^body\./, '')
    errors[name] ??= `This ${name.replaceAll('_', ' ')} ${message}.`
  }
  return errors
}
