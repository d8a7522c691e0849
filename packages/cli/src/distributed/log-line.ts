// Fields every line has, or that only machines read: left out of the human form.
const quiet = new Set(['time', 'level', 'message', 'service', 'pid', 'hostname', 'trace_id', 'span_id', 'trace_flags'])

function shown(value: unknown): string {
  if (typeof value === 'string') return /\s/.test(value) ? JSON.stringify(value) : value
  if (value && typeof value === 'object' && 'message' in value) return JSON.stringify((value as { message: unknown }).message)
  return JSON.stringify(value)
}

/**
 * A service's JSON log line as a person reads it in a terminal: `orders-2  10:04:01 warn  message
 * key=value`. A line that is not a JSON object (a crash's stack trace) is shown as it is.
 */
export function humanLine(name: string, width: number, line: string): string {
  const label = name.padEnd(width)
  let entry: Record<string, unknown>
  try {
    entry = JSON.parse(line) as Record<string, unknown>
  } catch {
    return `${label}  ${line}`
  }
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return `${label}  ${line}`
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : ''
  const level = String(entry.level ?? '').padEnd(5)
  const fields = Object.entries(entry).filter(([key]) => !quiet.has(key)).map(([key, value]) => `${key}=${shown(value)}`)
  return [`${label}  ${time} ${level} ${String(entry.message ?? '')}`, ...fields].join('  ')
}
