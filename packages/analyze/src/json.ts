/**
 * Defensive reads of parsed YAML. A document may be anything its author wrote, and the checks
 * run on documents that failed their schema too, so every read tolerates the wrong shape.
 */
export type Path = readonly (string | number)[]

export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** The strings of a list; anything else in it is left out. */
export function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string')
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export function integer(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined
}

/** The value at `path`, or undefined as soon as a step is missing. */
export function at(value: unknown, ...path: Path): unknown {
  let current = value
  for (const step of path) {
    if (typeof step === 'number') current = Array.isArray(current) ? current[step] : undefined
    else current = record(current)?.[step]
  }
  return current
}

/** A map of strings (labels, selectors, annotations); entries of other types are left out. */
export function stringMap(value: unknown): Record<string, string> | undefined {
  const r = record(value)
  if (r === undefined) return undefined
  const out: Record<string, string> = {}
  for (const [key, v] of Object.entries(r)) if (typeof v === 'string') out[key] = v
  return out
}

/** `spec.servers[0].port` for messages. */
export function pathText(path: Path): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('')
}
