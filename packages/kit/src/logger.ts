import { pino, type Logger, type DestinationStream } from 'pino'
import { activeSpanIds } from './tracing.ts'

export type { Logger }

/**
 * One buffered destination for the whole process: every service of the embedded mode writes
 * whole lines into the same buffer, and a request does not wait for a write to stdout.
 */
let stdout: ReturnType<typeof pino.destination> | undefined

function processStdout(): DestinationStream {
  if (!stdout) {
    stdout = pino.destination({ dest: 1, sync: false, minLength: 4096 })
    // A quiet service's lines still appear within a second.
    setInterval(() => stdout?.flush(), 1000).unref()
  }
  return stdout
}

/** Writes out what the buffered destination holds; called on shutdown. */
export function flushLogs(): void {
  stdout?.flushSync()
}

/** JSON logs with the service name and, inside a span, its trace and span ids (docs/architecture.md#7-observability). */
export function createLogger(service: string, level: string, destination: DestinationStream = processStdout()): Logger {
  return pino(
    {
      level,
      base: { service },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => activeSpanIds() ?? {},
      // Credentials never reach a log line, whatever a caller passes in.
      redact: {
        paths: ['password', '*.password', 'credit_card_number', '*.credit_card_number', 'cvv', '*.cvv', 'authorization', '*.authorization', 'headers.authorization', 'client_secret', '*.client_secret'],
        censor: '[redacted]',
      },
    },
    destination,
  )
}
