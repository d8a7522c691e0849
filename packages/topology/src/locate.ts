import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml'
import type { Finding } from './field-path.ts'

export interface Position {
  line: number
  column: number
}

/**
 * Maps a field path back to the YAML source. When the path goes deeper than the document
 * (a missing key), the deepest node that exists is the best place to point at.
 */
export function locate(doc: Document, lineCounter: LineCounter, finding: Pick<Finding, 'path' | 'at'>): Position {
  let node: unknown = doc.contents
  let offset = rangeStart(node) ?? 0
  for (const [index, segment] of finding.path.entries()) {
    if (isAlias(node)) node = node.resolve(doc)
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment))
      if (pair === undefined) break
      const keyStart = rangeStart(pair.key)
      if (index === finding.path.length - 1 && finding.at === 'key' && keyStart !== undefined) {
        return position(lineCounter, keyStart)
      }
      node = pair.value
      offset = rangeStart(node) ?? keyStart ?? offset
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment]
      offset = rangeStart(node) ?? offset
    } else {
      break
    }
  }
  return position(lineCounter, offset)
}

export function position(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset)
  return { line, column: col }
}

function rangeStart(node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined
  const range: unknown = node.range
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined
}
