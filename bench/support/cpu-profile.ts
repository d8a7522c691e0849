import { readFile } from 'node:fs/promises'

/** The parts of a V8 .cpuprofile (what `node --cpu-prof` writes) that self time needs. */
interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

interface Profile {
  nodes: ProfileNode[]
}

export interface Cost {
  name: string
  /** Share of all samples, 0..1. */
  share: number
}

/**
 * `node_modules/fastify/lib/x.js` -> fastify; Bazaar's own files by package folder; V8's own
 * entries ((idle), (garbage collector), (program)) as they are.
 */
function owner(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)'
  if (url.startsWith('node:')) return 'node core'
  const packaged = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1]
  if (packaged !== undefined) return packaged
  const own = /\/(services\/[^/]+|packages\/[^/]+|bench)\//.exec(url)?.[1]
  return own ?? url
}

function top(totals: Map<string, number>, all: number, count: number): Cost[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, hits]) => ({ name, share: hits / all }))
}

/** Self time by function and by package (or Bazaar folder), biggest first. */
export async function profileCosts(file: string, count = 15): Promise<{ functions: Cost[]; owners: Cost[] }> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as Profile
  const functions = new Map<string, number>()
  const owners = new Map<string, number>()
  let all = 0
  for (const { callFrame, hitCount = 0 } of profile.nodes) {
    if (hitCount === 0) continue
    all += hitCount
    const where = callFrame.url === '' ? '' : ` ${callFrame.url.replace(/^file:\/\/.*?\/(node_modules|services|packages)\//, '$1/')}:${callFrame.lineNumber + 1}`
    const name = `${callFrame.functionName || '(anonymous)'}${where}`
    functions.set(name, (functions.get(name) ?? 0) + hitCount)
    const by = owner(callFrame.url, callFrame.functionName)
    owners.set(by, (owners.get(by) ?? 0) + hitCount)
  }
  return { functions: top(functions, all, count), owners: top(owners, all, count) }
}

export function formatCosts(title: string, costs: readonly Cost[]): string {
  return [title, ...costs.map(({ name, share }) => `  ${(share * 100).toFixed(1).padStart(5)}%  ${name}`)].join('\n')
}
