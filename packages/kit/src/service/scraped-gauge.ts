import { Gauge, type Registry } from 'prom-client'
import { withTimeout } from '../timeout.ts'

export interface ScrapedGaugeOptions<L extends string> {
  name: string
  help: string
  labelNames?: readonly L[]
}

/** Longer than a healthy source takes, well inside Prometheus' default 10 s scrape timeout. */
const readTimeoutMs = 1000

/**
 * A gauge read from its source (a database, a broker) when /metrics is scraped. While the
 * source cannot answer, or does not answer within a second, the gauge has no sample in the
 * scrape, as Prometheus expects of a value nobody knows: not a 0 that reads as "all clear",
 * and not a scrape that fails or hangs with the rest of the service's metrics in it.
 */
class ScrapedGauge<L extends string> extends Gauge<L> {
  readonly #read: (gauge: Gauge<L>) => Promise<void>

  constructor(registry: Registry, options: ScrapedGaugeOptions<L>, read: (gauge: Gauge<L>) => Promise<void>) {
    super({ ...options, labelNames: options.labelNames ?? [], registers: [registry] })
    this.#read = read
  }

  override async get() {
    this.reset()
    const known = await withTimeout(this.#read(this), readTimeoutMs, () => `no answer within ${readTimeoutMs} ms`).then(() => true, () => false)
    const metric = await super.get()
    return known ? metric : { ...metric, values: [] }
  }
}

export function scrapedGauge<L extends string = never>(registry: Registry, options: ScrapedGaugeOptions<L>, read: (gauge: Gauge<L>) => Promise<void>): Gauge<L> {
  return new ScrapedGauge(registry, options, read)
}

/** `read`, with calls made while one runs answered by that one: several gauges of one scrape share a query. */
export function sharedWhileRunning<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined
  return () => (running ??= read().finally(() => { running = undefined }))
}
