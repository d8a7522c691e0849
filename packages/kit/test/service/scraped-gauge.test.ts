import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Registry } from 'prom-client'
import { scrapedGauge } from '../../src/service/scraped-gauge.ts'

const samples = (text: string, name: string) => text.split('\n').filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))

test('when a gauge\'s source fails or never answers, then the scrape still answers, without a sample for it, and with the others', { timeout: 10_000 }, async () => {
  const registry = new Registry()
  let sourceUp = false
  scrapedGauge(registry, { name: 'answering', help: 'answers' }, async (gauge) => gauge.set(5))
  scrapedGauge(registry, { name: 'flaky', help: 'fails until its source is up' }, async (gauge) => {
    if (!sourceUp) throw new Error('source down')
    gauge.set(7)
  })
  scrapedGauge(registry, { name: 'hanging', help: 'never answers' }, () => new Promise<void>(() => {}))

  const down = await registry.metrics()
  assert.deepEqual(samples(down, 'answering'), ['answering 5'])
  assert.deepEqual(samples(down, 'flaky'), [], 'no 0 that would read as all clear')
  assert.deepEqual(samples(down, 'hanging'), [])

  sourceUp = true
  assert.deepEqual(samples(await registry.metrics(), 'flaky'), ['flaky 7'])
})
