/**
 * Typed configuration (docs/architecture.md#10-conventions): every key has a type, a default and a one-line doc, is
 * validated once at start, and a bad value stops start-up with a message naming the key.
 * This is the only module that reads the environment.
 */
export interface Setting<T> {
  readonly type: string
  readonly default: T
  readonly doc: string
  readonly secret: boolean
  parse(raw: string): T
}

export type ConfigSpec = Record<string, Setting<unknown>>
export type ConfigOf<S extends ConfigSpec> = { readonly [K in keyof S]: S[K] extends Setting<infer T> ? T : never }
export type Environment = Readonly<Record<string, string | undefined>>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

function make<T>(type: string, fallback: T, doc: string, parse: (raw: string) => T, secret = false): Setting<T> {
  return { type, default: fallback, doc, secret, parse }
}

function integer(fallback: number, doc: string, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): Setting<number> {
  return make(`integer ${min}..${max}`, fallback, doc, (raw) => {
    const value = Number(raw)
    if (!/^-?\d+$/.test(raw.trim()) || value < min || value > max) throw new Error(`an integer from ${min} to ${max}`)
    return value
  })
}

export const setting = {
  string: (fallback: string, doc: string) => make('string', fallback, doc, (raw) => raw),
  /** Never printed with its value (README, logs). */
  secret: (fallback: string, doc: string) => make('secret', fallback, doc, (raw) => raw, true),
  integer,
  port: (fallback: number, doc: string) => integer(fallback, doc, { min: 0, max: 65535 }),
  boolean: (fallback: boolean, doc: string) =>
    make('boolean', fallback, doc, (raw) => {
      if (/^(true|1|yes|on)$/i.test(raw)) return true
      if (/^(false|0|no|off)$/i.test(raw)) return false
      throw new Error('true or false')
    }),
  url: (fallback: string, doc: string) => make('url', fallback, doc, parseUrl),
  optionalUrl: (doc: string) => make<string | undefined>('url', undefined, doc, parseUrl),
  oneOf: <const V extends string>(values: readonly V[], fallback: V, doc: string) =>
    make(values.join(' | '), fallback, doc, (raw) => {
      if (!(values as readonly string[]).includes(raw)) throw new Error(`one of ${values.join(', ')}`)
      return raw as V
    }),
  list: (fallback: readonly string[], doc: string) =>
    make<readonly string[]>('comma-separated list', fallback, doc, (raw) => raw.split(',').map((s) => s.trim()).filter(Boolean)),
}

function parseUrl(raw: string): string {
  try {
    new URL(raw)
    return raw
  } catch {
    throw new Error('a URL')
  }
}

/** The prefix of a service's own keys: `product-catalog` reads `PRODUCT_CATALOG_DATABASE_URL`. */
export function envPrefix(service: string): string {
  return service.toUpperCase().replaceAll('-', '_')
}

/**
 * Reads each key from `overrides` (what the launcher decides), then `env` under the service's
 * prefix (`ORDERS_DATABASE_URL`), then `env` plain (`DATABASE_URL`), then the default.
 */
export function loadConfig<S extends ConfigSpec>(
  spec: S,
  { env = process.env, prefix, overrides = {} }: { env?: Environment; prefix?: string; overrides?: Record<string, unknown> } = {},
): ConfigOf<S> {
  const values: Record<string, unknown> = {}
  const problems: string[] = []
  for (const [key, item] of Object.entries(spec)) {
    if (key in overrides) {
      values[key] = overrides[key]
      continue
    }
    const name = prefix !== undefined && env[`${prefix}_${key}`] !== undefined ? `${prefix}_${key}` : key
    const raw = env[name]
    if (raw === undefined || raw === '') {
      values[key] = item.default
      continue
    }
    try {
      values[key] = item.parse(raw)
    } catch (error) {
      const shown = item.secret ? '(hidden)' : JSON.stringify(raw)
      problems.push(`${name} must be ${(error as Error).message}, got ${shown}`)
    }
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`)
  return values as ConfigOf<S>
}
