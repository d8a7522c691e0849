import { after, before } from 'node:test'
import { consumersSuite } from './consumers/consumers.suite.ts'
import { sweeperSuite } from './jobs/reservation-sweeper.suite.ts'
import { reservationsSuite } from './routes/reservations.suite.ts'
import { stockBatchSuite } from './routes/stock-batch.suite.ts'
import { stockSuite } from './routes/stock.suite.ts'
import { startInventoryPlatform, type InventoryPlatform } from './support/inventory-platform.ts'

// One platform (users and inventory) for every suite: starting PGlite is most of a test's cost,
// several seconds on a loaded machine, and every test works on products and orders of its own.
// The sweeper's settings suit all of them: a minute of grace leaves alone every reservation
// that is not more than a minute overdue, and the others expire in the future.
let inventory: InventoryPlatform | undefined
before(async () => {
  inventory = await startInventoryPlatform({ LOW_STOCK_THRESHOLD: 5, RESERVATION_GRACE_MS: 60_000, RESERVATION_SWEEP_INTERVAL_MS: 100 })
})
after(() => inventory?.stop())

function use(): InventoryPlatform {
  if (!inventory) throw new Error('the platform did not start')
  return inventory
}

stockSuite(use)
stockBatchSuite(use)
reservationsSuite(use)
consumersSuite(use)
sweeperSuite(use)
