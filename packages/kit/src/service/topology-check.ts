import type { EventContract } from '@bazaar/contracts'
import type { Topology } from '@bazaar/topology'
import { topicMatches } from '../bus/topic.ts'

/** What a service's code says it calls, publishes and consumes. */
export interface DeclaredEdges {
  readonly name: string
  readonly calls?: readonly string[] | undefined
  readonly publishes?: readonly EventContract[] | undefined
  readonly consumers?: readonly { readonly events: readonly EventContract[] }[] | undefined
}

/**
 * Where the code and topology.yaml disagree about a service: a call the mesh would refuse, or an
 * event the code publishes or takes that the topology (and so the broker's bindings and the
 * rendered configuration) does not list, or the other way round. Empty when they agree.
 */
export function topologyMismatches(declared: DeclaredEdges, topology: Topology): string[] {
  const entry = topology.services[declared.name]
  if (!entry) return [`${declared.name} is not a service of topology ${topology.name}`]
  const problems: string[] = []
  const edges = new Set(entry.dependencies.map((edge) => edge.service))
  for (const callee of declared.calls ?? []) {
    if (!edges.has(callee)) problems.push(`${declared.name} calls ${callee}, but the topology declares no dependency on it`)
  }
  const published = new Set((declared.publishes ?? []).map((contract) => contract.type))
  for (const type of published) {
    if (!entry.publishes.includes(type)) problems.push(`${declared.name} publishes ${type}, but the topology's publishes does not list it`)
  }
  for (const type of entry.publishes) {
    if (!published.has(type)) problems.push(`the topology says ${declared.name} publishes ${type}, but its definition does not`)
  }
  const consumed = new Set((declared.consumers ?? []).flatMap((consumer) => consumer.events.map((contract) => contract.type)))
  for (const type of consumed) {
    if (!entry.consumes.some((pattern) => topicMatches(pattern, type))) problems.push(`${declared.name} consumes ${type}, but the topology's consumes does not match it`)
  }
  for (const pattern of entry.consumes) {
    if (![...consumed].some((type) => topicMatches(pattern, type))) problems.push(`the topology says ${declared.name} consumes ${pattern}, but none of its consumers takes such an event`)
  }
  return problems
}
