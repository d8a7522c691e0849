import { randomBytes } from 'node:crypto'
import { after, type TestContext } from 'node:test'
import type { PGlite } from '@electric-sql/pglite'
import type { Bus } from '../../src/bus/bus.ts'
import { createEmbeddedBus, type EmbeddedBusOptions } from '../../src/bus/embedded.ts'
import { openPglite } from '../../src/db/pglite.ts'

let shared: PGlite | undefined
after(() => shared?.close())

/** One in-memory PGlite per test file (it is slow to start), shared as in embedded mode. */
export async function sharedPglite(): Promise<PGlite> {
  shared ??= await openPglite()
  return shared
}

/**
 * Embedded bus clients on a broker schema of the test's own (several act as services or
 * replicas of one process). They are closed and the schema dropped after the test.
 */
export async function embeddedNamespace(t: TestContext, pg?: PGlite) {
  const db = pg ?? await sharedPglite()
  const schema = `test_bus_${randomBytes(6).toString('hex')}`
  const buses: Bus[] = []
  t.after(async () => {
    await Promise.allSettled(buses.map((bus) => bus.close()))
    await db.exec(`drop schema if exists ${schema} cascade`)
  })
  return {
    schema,
    pg: db,
    async open(options: EmbeddedBusOptions = {}): Promise<Bus> {
      const bus = await createEmbeddedBus(db, { schema, redeliveryDelayMs: 10, ...options })
      buses.push(bus)
      return bus
    },
  }
}
