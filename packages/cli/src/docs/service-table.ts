import type { Topology } from '@bazaar/topology'

/** Which service listens where and answers what, as the topology says. */
export function serviceTable(topology: Topology): string {
  const prefix = topology.gateway.prefix
  const rows = Object.entries(topology.services).map(([name, service]) => {
    const paths = service.expose.map((route) => `\`${prefix}${route.path}\``).join(', ') || (name === topology.gateway.service ? `routes \`${prefix}/*\`` : 'none (a worker)')
    return `| ${name} | ${service.port} | ${paths} | ${service.description ?? ''} |`
  })
  return ['| service | port | API at the gateway | what it does |', '| --- | --- | --- | --- |', ...rows].join('\n')
}
