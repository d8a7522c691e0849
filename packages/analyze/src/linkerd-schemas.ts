import { readFile } from 'node:fs/promises'
import { Ajv } from 'ajv'
import { parseAllDocuments } from 'yaml'
import { at, list, record, text, type Path } from './json.ts'
import { schemaErrors, type SchemaError, type Validator } from './schema-errors.ts'

/**
 * Linkerd's CRD schemas, as @bazaar/render ships them (packages/render/schemas/linkerd, with
 * their provenance in its README): read from that package, not copied.
 */
const files = ['server', 'authorization-policy', 'meshtls-authentication', 'network-authentication']

let loaded: Promise<Map<string, Validator>> | undefined

export function linkerdValidators(): Promise<Map<string, Validator>> {
  loaded ??= load()
  return loaded
}

async function load(): Promise<Map<string, Validator>> {
  const dir = new URL('../schemas/linkerd/', import.meta.resolve('@bazaar/render'))
  const ajv = new Ajv({ allErrors: true, strict: false })
  const validators = new Map<string, Validator>()
  for (const file of files) {
    const crd = parseAllDocuments(await readFile(new URL(`${file}.yaml`, dir), 'utf8'))
    const spec = Array.isArray(crd) ? at(crd[0]?.toJS(), 'spec') : undefined
    const group = text(at(spec, 'group'))
    const kind = text(at(spec, 'names', 'kind'))
    for (const version of list(at(spec, 'versions'))) {
      const schema = record(at(version, 'schema', 'openAPIV3Schema'))
      if (schema === undefined || group === undefined || kind === undefined) continue
      const validate = ajv.compile(schema)
      validators.set(`${group}/${text(at(version, 'name'))}:${kind}`, (body) => {
        const errors: SchemaError[] = validate(body) ? [] : schemaErrors({ errors: validate.errors })
        return [...errors, ...unknownFields(schema, body, []).map((path) => ({ path, message: 'is not a field of this kind (the API server would drop it)' }))]
      })
    }
  }
  return validators
}

/** Fields a structural schema does not declare, which the API server prunes. */
function unknownFields(schema: Record<string, unknown>, value: unknown, path: Path): Path[] {
  if (schema['x-kubernetes-preserve-unknown-fields'] === true) return []
  if (Array.isArray(value)) {
    const items = record(schema.items)
    return items ? value.flatMap((item, i) => unknownFields(items, item, [...path, i])) : []
  }
  const properties = record(schema.properties)
  const object = record(value)
  if (object === undefined || properties === undefined) return []
  return Object.entries(object).flatMap(([field, child]) => {
    if (path.length === 0 && (field === 'apiVersion' || field === 'kind' || field === 'metadata')) return []
    const sub = record(properties[field])
    return sub === undefined ? [[...path, field]] : unknownFields(sub, child, [...path, field])
  })
}
