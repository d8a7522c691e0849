import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { quote } from '../../src/domain/quote.ts'
import { zoneOf } from '../../src/domain/zones.ts'

const freeOver = 5000
const prices = (q: ReturnType<typeof quote>) => Object.fromEntries(q.options.map((option) => [option.method, option.price]))

describe('zones', () => {
  it('when a country is the US, Canada or Mexico, an EU member or anything else, then it is domestic, north_america, eu or world', () => {
    assert.equal(zoneOf('US'), 'domestic')
    assert.equal(zoneOf('us'), 'domestic')
    assert.equal(zoneOf('CA'), 'north_america')
    assert.equal(zoneOf('MX'), 'north_america')
    for (const country of ['DE', 'FR', 'GR', 'IE', 'SE']) assert.equal(zoneOf(country), 'eu', country)
    for (const country of ['GB', 'CH', 'JP', 'BR', 'ZZ']) assert.equal(zoneOf(country), 'world', country)
  })
})

describe('quote', () => {
  it('when a parcel goes further, then each method costs more and takes longer', () => {
    const zones = ['US', 'CA', 'DE', 'JP'].map((country) => quote({ country, weightGrams: 500 }, freeOver))
    assert.deepEqual(zones.map(prices), [
      { standard: 499, express: 1499 },
      { standard: 999, express: 2499 },
      { standard: 1299, express: 2999 },
      { standard: 1599, express: 3999 },
    ])
    const days = zones.map((q) => q.options.map((option) => option.days))
    assert.deepEqual(days, [[5, 2], [8, 3], [10, 4], [14, 5]])
    assert.ok(zones.every((q) => q.currency === 'USD'))
  })

  it('when the weight crosses a band, then the next band applies; above the heaviest, each started kilogram adds', () => {
    const priceAt = (weightGrams: number) => prices(quote({ country: 'US', weightGrams }, freeOver))
    assert.deepEqual(priceAt(0), { standard: 499, express: 1499 })
    assert.deepEqual(priceAt(500), { standard: 499, express: 1499 })
    assert.deepEqual(priceAt(501), { standard: 699, express: 1899 })
    assert.deepEqual(priceAt(1200), { standard: 899, express: 2499 })
    assert.deepEqual(priceAt(5000), { standard: 1299, express: 3499 })
    assert.deepEqual(priceAt(5001), { standard: 1499, express: 3999 })
    assert.deepEqual(priceAt(7500), { standard: 1299 + 3 * 200, express: 3499 + 3 * 500 })
  })

  it('when the subtotal reaches the free threshold, then standard is free and express still costs', () => {
    assert.deepEqual(prices(quote({ country: 'US', weightGrams: 1200, subtotal: 5998 }, freeOver)), { standard: 0, express: 2499 })
    assert.deepEqual(prices(quote({ country: 'US', weightGrams: 1200, subtotal: 5000 }, freeOver)), { standard: 0, express: 2499 })
    assert.deepEqual(prices(quote({ country: 'US', weightGrams: 1200, subtotal: 4999 }, freeOver)), { standard: 899, express: 2499 })
    assert.deepEqual(prices(quote({ country: 'US', weightGrams: 1200 }, freeOver)), { standard: 899, express: 2499 })
  })
})
