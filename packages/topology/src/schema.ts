import { Type, type Static, type TSchema } from 'typebox'
import { builtInDefaults, builtInResources } from './built-in-defaults.ts'

/**
 * The topology file as written (`topology.yaml`, docs/architecture.md#2-services-and-their-data). Every object is closed
 * (additionalProperties false) so a misspelt key is an error, not a silently ignored setting.
 * Leaf descriptions are noun phrases: error messages quote them as "expected <description>".
 */

/** Map keys are validated by pattern; errors quote the description (JSON Schema has no slot for it). */
export const keyPatterns = {
  service: { pattern: '^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$', description: 'a service name (lowercase letters, digits and dashes, starting with a letter, at most 63 characters)' },
  env: { pattern: '^[A-Z_][A-Z0-9_]*$', description: 'an environment variable name (upper-case letters, digits and underscores)' },
} as const

const closed = { additionalProperties: false } as const

export const httpMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
const Method = Type.Enum(httpMethods)

const ServiceRef = Type.String({ pattern: keyPatterns.service.pattern, description: keyPatterns.service.description })
// Names that become Kubernetes object names follow the same DNS-label rule as service names.
const DnsLabel = Type.String({ pattern: keyPatterns.service.pattern, description: 'a DNS label (lowercase letters, digits and dashes, starting with a letter, at most 63 characters)' })

const PositiveInt = (description: string, maximum?: number) =>
  Type.Integer({ minimum: 1, ...(maximum === undefined ? {} : { maximum }), description })

const Quantity = (description: string) =>
  Type.String({ pattern: '^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$', description })

const ResourceAmounts = Type.Object({
  cpu: Quantity('a CPU quantity such as 100m or 1'),
  memory: Quantity('a memory quantity such as 128Mi or 1Gi'),
}, closed)

const Backoff = Type.Object({
  initialMs: PositiveInt('a positive integer: milliseconds before the first retry'),
  maxMs: PositiveInt('a positive integer: the longest delay between retries, in milliseconds'),
}, closed)

const CircuitBreaker = Type.Object({
  consecutiveFailures: PositiveInt('a positive integer: the consecutive failures that open the breaker'),
  halfOpenAfterMs: PositiveInt('a positive integer: the longest wait, in milliseconds, of an open breaker before it lets a trial call through (the first comes sooner)'),
}, closed)

const timeoutMs = PositiveInt('a positive integer: a timeout in milliseconds')
const retries = Type.Integer({ minimum: 0, maximum: 10, description: 'a number of retries from 0 to 10 (only idempotent calls are retried)' })

const Defaults = Type.Object({
  timeoutMs: Type.Optional(timeoutMs),
  retries: Type.Optional(retries),
  backoff: Type.Optional(Type.Partial(Backoff, closed)),
  circuitBreaker: Type.Optional(Type.Partial(CircuitBreaker, closed)),
}, { ...closed, default: builtInDefaults, description: 'resilience defaults for every dependency edge' })

const urlPath = {
  pattern: '^(/[A-Za-z0-9._~-]+)+$',
  description: 'a path such as /users: it starts with /, has no trailing / and no wildcards',
}
const UrlPath = Type.String(urlPath)

const CallPath = Type.String({
  pattern: '^(?=/)(/([A-Za-z0-9._~-]+|\\*))*(/\\*\\*)?$',
  description: 'a path starting with /, whose segments are names, * (one segment) or a final ** (the rest), e.g. /products/*',
})

const Expose = Type.Object({
  path: UrlPath,
  methods: Type.Optional(Type.Array(Method, { minItems: 1, uniqueItems: true, description: 'the methods routed; all when omitted' })),
}, closed)

const Access = Type.Object({
  path: CallPath,
  methods: Type.Optional(Type.Array(Method, { minItems: 1, uniqueItems: true, description: 'the methods it applies to; all when omitted' })),
  require: Type.Enum(['user', 'admin'], { description: 'user: any valid access token; admin: a token with the admin role' }),
}, { ...closed, description: 'what the gateway requires of a caller on an exposed path; the first matching entry wins' })

const Call = Type.Object({
  method: Type.Optional(Method),
  path: CallPath,
}, closed)

const Dependency = Type.Object({
  service: ServiceRef,
  calls: Type.Array(Call, { minItems: 1 }),
  timeoutMs: Type.Optional(timeoutMs),
  retries: Type.Optional(retries),
  backoff: Type.Optional(Type.Partial(Backoff, closed)),
  circuitBreaker: Type.Optional(Type.Partial(CircuitBreaker, closed)),
}, closed)

const EventName = Type.String({
  pattern: '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$',
  description: 'an event type such as order.paid',
})
const EventPattern = Type.String({
  pattern: '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*\\.([a-z][a-z0-9_]*|\\*)$',
  description: 'an event type such as order.paid, or a pattern ending in .* (one more segment) such as order.*',
})

const Version = Type.Object({
  name: Type.String({ pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$', description: 'a version name such as v1 or canary' }),
  weight: Type.Integer({ minimum: 0, maximum: 100, description: 'a traffic weight from 0 to 100' }),
  image: Type.Optional(Type.String({ pattern: '^[^\\s]+$', description: 'a container image such as bazaar:0.2.0; default: the image the deployment files are rendered with' })),
}, closed)

const Service = Type.Object({
  port: PositiveInt('an integer from 1 to 65535', 65535),
  package: Type.String({ pattern: '^(@[a-z0-9-~][a-z0-9-._~]*/)?[a-z0-9-~][a-z0-9-._~]*$', description: 'an npm package name such as @bazaar/users' }),
  description: Type.Optional(Type.String({ description: 'a sentence saying what the service does' })),
  replicas: Type.Optional(PositiveInt('a number of replicas of at least 1')),
  autoscaling: Type.Optional(Type.Object({
    min: PositiveInt('a minimum replica count of at least 1'),
    max: PositiveInt('a maximum replica count of at least 1'),
    cpuPercent: PositiveInt('a target CPU utilisation from 1 to 100 percent', 100),
  }, closed)),
  resources: Type.Optional(Type.Object({
    requests: Type.Optional(ResourceAmounts),
    limits: Type.Optional(ResourceAmounts),
  }, { ...closed, default: builtInResources })),
  protocol: Type.Optional(Type.Enum(['http', 'http2', 'grpc'], { default: 'http' })),
  mtls: Type.Optional(Type.Enum(['STRICT', 'PERMISSIVE', 'DISABLE'], { default: 'STRICT' })),
  versions: Type.Optional(Type.Array(Version, { minItems: 1, description: 'the versions traffic is split between; weights add up to 100' })),
  expose: Type.Optional(Type.Array(Expose, { description: 'the path prefixes the gateway routes to this service' })),
  access: Type.Optional(Type.Array(Access, { description: 'exposed paths that need a token or a role at the gateway; the rest are public there (the service still decides)' })),
  dependencies: Type.Optional(Type.Array(Dependency, { description: 'the services this one calls synchronously' })),
  publishes: Type.Optional(Type.Array(EventName, { uniqueItems: true })),
  consumes: Type.Optional(Type.Array(EventPattern, { uniqueItems: true })),
  env: Type.Optional(Type.Record(Type.String({ pattern: keyPatterns.env.pattern }), Type.String({ description: 'a string (quote numbers and booleans)' }), closed)),
  secrets: Type.Optional(Type.Array(Type.String({ pattern: keyPatterns.env.pattern, description: keyPatterns.env.description }), { uniqueItems: true, description: 'environment variables filled from the secret store' })),
}, closed)

export const TopologySchema = Type.Object({
  apiVersion: Type.Literal('bazaar.dev/v1'),
  name: DnsLabel,
  namespace: Type.Optional(DnsLabel),
  defaults: Type.Optional(Defaults),
  gateway: Type.Object({
    service: ServiceRef,
    prefix: Type.Optional(Type.String({ ...urlPath, default: '/api' })),
  }, closed),
  services: Type.Record(Type.String({ pattern: keyPatterns.service.pattern }), Service, { ...closed, minProperties: 1 }),
}, { ...closed, title: 'Bazaar topology' })

/** The JSON Schema of a topology file, for editors and for tools written in other languages. */
export const topologyJsonSchema: TSchema = TopologySchema

export type TopologyInput = Static<typeof TopologySchema>
export type ServiceInput = Static<typeof Service>
export type DependencyInput = Static<typeof Dependency>
export type Call = Static<typeof Call>
export type Expose = Static<typeof Expose>
export type Access = Static<typeof Access>
export type Version = Static<typeof Version>
export type HttpMethod = Static<typeof Method>
export type ResourceAmounts = Static<typeof ResourceAmounts>
export type Backoff = Static<typeof Backoff>
export type CircuitBreaker = Static<typeof CircuitBreaker>
