import { Compile } from 'typebox/compile'
import type { TLocalizedValidationError } from 'typebox/error'
import { fromPointer, showPath, valueAt, type FieldPath, type Finding } from './field-path.ts'
import { keyPatterns, TopologySchema, type TopologyInput } from './schema.ts'

/** The parts of JSON Schema this file reads to say what was expected. */
interface JsonSchema {
  type?: string
  description?: string
  const?: unknown
  enum?: readonly unknown[]
  minimum?: number
  maximum?: number
  pattern?: string
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  patternProperties?: Record<string, JsonSchema>
}

const checker = Compile(TopologySchema)
// A TypeBox schema is plain JSON Schema; this view reads only the keywords above.
const root = TopologySchema as unknown as JsonSchema

export type SchemaResult = { ok: true; value: TopologyInput } | { ok: false; findings: Finding[] }

/** Validates parsed YAML against the schema; each error says what was expected and what was found. */
export function checkSchema(data: unknown): SchemaResult {
  if (checker.Check(data)) return { ok: true, value: data }
  // The validator can reach one failure along several schema paths; each is reported once.
  const unique = new Map<string, Finding>()
  for (const finding of checker.Errors(data).flatMap((error) => describeError(error, data))) {
    unique.set(`${showPath(finding.path)} ${finding.message}`, finding)
  }
  return { ok: false, findings: [...unique.values()] }
}

function describeError(error: TLocalizedValidationError, data: unknown): Finding[] {
  const path = fromPointer(error.instancePath, data)
  const value = valueAt(data, path)
  switch (error.keyword) {
    case 'boolean':
      // `additionalProperties: false` reports each extra key twice; the parent's error is kept.
      return error.schemaPath.endsWith('/additionalProperties') ? [] : [expected(path, value)]
    case 'additionalProperties':
      return error.params.additionalProperties.map((key) => unknownKey(path, key))
    case 'required':
      return error.params.requiredProperties.map((key) => ({
        path, at: 'key' as const,
        message: `missing required key "${key}" (${describe(schemaAt([...path, key]))})`,
      }))
    case 'minItems':
      return [{ path, at: 'value', message: `expected at least ${error.params.limit} item${error.params.limit === 1 ? '' : 's'}, got ${show(value)}` }]
    case 'minProperties':
      return [{ path, at: 'value', message: `expected at least ${error.params.limit} entr${error.params.limit === 1 ? 'y' : 'ies'}, got none` }]
    case 'uniqueItems':
      return [{ path, at: 'value', message: `expected no duplicates, got ${duplicateOf(value)} twice` }]
    default:
      return [expected(path, value)]
  }
}

function expected(path: FieldPath, value: unknown): Finding {
  return { path, at: 'value', message: `expected ${describe(schemaAt(path))}, got ${show(value)}` }
}

function unknownKey(parent: FieldPath, key: string): Finding {
  const schema = schemaAt(parent)
  const path = [...parent, key]
  if (schema?.properties !== undefined) {
    return { path, at: 'key', message: `unknown key "${key}"; expected one of: ${Object.keys(schema.properties).join(', ')}` }
  }
  const pattern = Object.keys(schema?.patternProperties ?? {})[0]
  const name = Object.values(keyPatterns).find((k) => k.pattern === pattern)?.description ?? `a key matching ${pattern}`
  return { path, at: 'key', message: `invalid key "${key}"; expected ${name}` }
}

/** The sub-schema that applies at a path, following properties, patternProperties and items. */
function schemaAt(path: FieldPath): JsonSchema | undefined {
  let schema: JsonSchema | undefined = root
  for (const segment of path) {
    if (schema === undefined) return undefined
    if (typeof segment === 'number') {
      schema = schema.items
    } else if (schema.properties !== undefined) {
      schema = schema.properties[segment]
    } else {
      const entry = Object.entries(schema.patternProperties ?? {}).find(([p]) => new RegExp(p, 'u').test(segment))
      schema = entry?.[1]
    }
  }
  return schema
}

function describe(schema: JsonSchema | undefined): string {
  if (schema === undefined) return 'nothing here'
  if (schema.const !== undefined) return JSON.stringify(schema.const)
  if (schema.enum !== undefined) return `one of ${schema.enum.join(', ')}`
  const leaf = schema.type === 'string' || schema.type === 'integer' || schema.type === 'number'
  if (leaf && schema.description !== undefined) return schema.description
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const noun = schema.type === 'integer' ? 'an integer' : 'a number'
      if (schema.minimum !== undefined && schema.maximum !== undefined) return `${noun} from ${schema.minimum} to ${schema.maximum}`
      return schema.minimum === undefined ? noun : `${noun} of at least ${schema.minimum}`
    }
    case 'string': return schema.pattern === undefined ? 'a string' : `a string matching ${schema.pattern}`
    case 'boolean': return 'true or false'
    case 'array': return 'a list'
    default: return 'a mapping'
  }
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list'
  if (typeof value === 'object') return 'a mapping'
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}

function duplicateOf(value: unknown): string {
  const items = Array.isArray(value) ? value.map((v) => JSON.stringify(v)) : []
  return items.find((item, index) => items.indexOf(item) !== index) ?? 'an item'
}
