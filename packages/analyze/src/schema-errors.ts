import { record, text, type Path } from './json.ts'

export interface SchemaError {
  path: Path
  message: string
}

/** Validates a document's body; returns what is wrong with it, nothing when it is valid. */
export type Validator = (body: unknown) => SchemaError[]

/** ajv's errors, as kubernetes-models' ValidationError carries them. */
export function schemaErrors(error: unknown): SchemaError[] {
  const errors = record(error)?.errors
  if (!Array.isArray(errors)) return [{ path: [], message: error instanceof Error ? error.message : String(error) }]
  return errors.map((e) => {
    const instancePath = text(record(e)?.instancePath) ?? ''
    const params = record(record(e)?.params)
    const extra = text(params?.additionalProperty) ?? text(params?.missingProperty)
    const message = text(record(e)?.message) ?? 'is invalid'
    return { path: pointer(instancePath), message: extra && !message.includes(extra) ? `${message} (${extra})` : message }
  })
}

/** `/spec/servers/0` -> ['spec', 'servers', 0]. */
export function pointer(instancePath: string): Path {
  if (instancePath === '') return []
  return instancePath.slice(1).split('/').map((step) => {
    const decoded = step.replaceAll('~1', '/').replaceAll('~0', '~')
    return /^\d+$/.test(decoded) ? Number(decoded) : decoded
  })
}
