import type { Finding } from './field-path.ts'
import type { Topology } from './model.ts'

/** Rules across fields that a schema cannot say: references resolve, nothing is claimed twice. */
export function semanticFindings(t: Topology): Finding[] {
  return [...checkGateway(t), ...checkServices(t), ...checkEvents(t)]
}

function unknownService(t: Topology, name: string): string {
  return `unknown service "${name}"; defined: ${Object.keys(t.services).join(', ')}`
}

function checkGateway(t: Topology): Finding[] {
  const gateway = t.services[t.gateway.service]
  if (gateway === undefined) return [{ path: ['gateway', 'service'], at: 'value', message: unknownService(t, t.gateway.service) }]
  if (gateway.expose.length === 0) return []
  return [{ path: ['services', t.gateway.service, 'expose'], at: 'key', message: 'the gateway cannot route to itself; remove expose' }]
}

function checkServices(t: Topology): Finding[] {
  const findings: Finding[] = []
  const portOwners = new Map<number, string>()
  const pathOwners = new Map<string, string>()
  for (const [name, service] of Object.entries(t.services)) {
    const at = ['services', name] as const
    const portOwner = portOwners.get(service.port)
    if (portOwner === undefined) portOwners.set(service.port, name)
    else findings.push({ path: [...at, 'port'], at: 'value', message: `port ${service.port} is already used by ${portOwner}` })

    for (const [i, exposed] of service.expose.entries()) {
      const owner = pathOwners.get(exposed.path)
      if (owner === undefined) pathOwners.set(exposed.path, name)
      else findings.push({ path: [...at, 'expose', i, 'path'], at: 'value', message: `${exposed.path} is already exposed by ${owner}` })
    }

    for (const [i, rule] of service.access.entries()) {
      if (!service.expose.some((exposed) => rule.path === exposed.path || rule.path.startsWith(`${exposed.path}/`))) {
        findings.push({ path: [...at, 'access', i, 'path'], at: 'value', message: `${rule.path} is not under a path this service exposes` })
      }
    }

    const targets = new Map<string, number>()
    for (const [i, dependency] of service.dependencies.entries()) {
      const path = [...at, 'dependencies', i, 'service']
      const earlier = targets.get(dependency.service)
      if (!(dependency.service in t.services)) findings.push({ path, at: 'value', message: unknownService(t, dependency.service) })
      else if (dependency.service === name) findings.push({ path, at: 'value', message: 'a service cannot depend on itself' })
      else if (earlier !== undefined) findings.push({ path, at: 'value', message: `${dependency.service} is already a dependency at dependencies[${earlier}]; merge the calls` })
      targets.set(dependency.service, earlier ?? i)
    }

    if (service.autoscaling !== undefined && service.autoscaling.max < service.autoscaling.min) {
      findings.push({ path: [...at, 'autoscaling', 'max'], at: 'value', message: `expected at least min (${service.autoscaling.min}), got ${service.autoscaling.max}` })
    }
    if (service.versions !== undefined) {
      const total = service.versions.reduce((sum, v) => sum + v.weight, 0)
      if (total !== 100) findings.push({ path: [...at, 'versions'], at: 'key', message: `expected weights adding up to 100, got ${total}` })
      const names = service.versions.map((v) => v.name)
      for (const [i, versionName] of names.entries()) {
        if (names.indexOf(versionName) !== i) findings.push({ path: [...at, 'versions', i, 'name'], at: 'value', message: `version ${versionName} is listed twice` })
      }
    }
    for (const [i, secret] of service.secrets.entries()) {
      if (secret in service.env) findings.push({ path: [...at, 'secrets', i], at: 'value', message: `${secret} is also set in env; keep one` })
    }
  }
  return findings
}

function checkEvents(t: Topology): Finding[] {
  const findings: Finding[] = []
  const publishers = new Map<string, string>()
  for (const [name, service] of Object.entries(t.services)) {
    for (const [i, type] of service.publishes.entries()) {
      const owner = publishers.get(type)
      if (owner === undefined) publishers.set(type, name)
      else findings.push({ path: ['services', name, 'publishes', i], at: 'value', message: `${type} is already published by ${owner}; an event type has one source` })
    }
  }
  for (const [name, service] of Object.entries(t.services)) {
    for (const [i, pattern] of service.consumes.entries()) {
      if (![...publishers.keys()].some((type) => eventMatches(pattern, type))) {
        findings.push({ path: ['services', name, 'consumes', i], at: 'value', message: `no service publishes an event matching ${pattern}` })
      }
    }
  }
  return findings
}

/** `order.*` matches `order.paid`: as in the bus (and AMQP topics), `*` is exactly one segment. */
function eventMatches(pattern: string, type: string): boolean {
  const want = pattern.split('.')
  const have = type.split('.')
  return want.length === have.length && want.every((segment, i) => segment === '*' || segment === have[i])
}
