let counter = 0
/** A fresh id per call, so tests sharing one platform never collide. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}`
}
