import { createLogger, type Logger } from '../src/logger.ts'

export interface LogLine {
  level: string
  message: string
  [field: string]: unknown
}

/** A logger whose lines a test can read back. */
export function logLines(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = []
  const logger = createLogger('test', 'info', { write: (line: string) => { lines.push(JSON.parse(line) as LogLine) } })
  return { logger, lines }
}
