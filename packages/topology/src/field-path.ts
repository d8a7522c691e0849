/** A position in the document's data: map keys and list indexes, outermost first. */
export type FieldPath = readonly (string | number)[]

/** Where a finding points: the value at a path, or the key that names it. */
export interface Finding {
  path: FieldPath
  at: 'value' | 'key'
  message: string
}

/** `services.users.expose[0].path`. */
export function showPath(path: FieldPath): string {
  let text = ''
  for (const segment of path) {
    text += typeof segment === 'number' ? `[${segment}]` : text === '' ? segment : `.${segment}`
  }
  return text
}

/** Decodes a JSON Pointer such as the validator's instancePath (`/services/users/port`). */
export function fromPointer(pointer: string, data: unknown): FieldPath {
  if (pointer === '') return []
  const path: (string | number)[] = []
  let node = data
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    const segment = Array.isArray(node) ? Number(key) : key
    path.push(segment)
    node = valueAt(node, [segment])
  }
  return path
}

export function valueAt(data: unknown, path: FieldPath): unknown {
  let node = data
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string | number, unknown>)[segment]
  }
  return node
}
