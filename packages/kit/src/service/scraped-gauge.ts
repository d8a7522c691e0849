import { Gauge, type Registry } from 'prom-client'

export interface ScrapedGaugeOptions<L extends string> {
  name: string
  help: string
  labelNames?: readonly L[]
}

/**
 * A gauge read from its source (a database, a broker) when /metrics is scraped. While the
 * source cannot answer the gauge is left out of the scrape, as Prometheus expects of a value
 * nobody knows, instead of failing the whole scrape.
 */
export function scrapedGauge<L extends string = never>(registry: Registry, options: ScrapedGaugeOptions<L>, read: (gauge: Gauge<L>) => Promise<void>): Gauge<L> {
  return new Gauge<L>({
    ...options,
    labelNames: options.labelNames ?? [],
    registers: [registry],
    async collect() {
      this.reset()
      await read(this).catch(() => undefined)
    },
  })
}

/** `read`, with calls made while one runs answered by that one: several gauges of one scrape share a query. */
export function sharedWhileRunning<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined
  return () => (running ??= read().finally(() => { running = undefined }))
}
