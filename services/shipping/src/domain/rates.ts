import type { Zone } from './zones.ts'

export const shippingMethods = ['standard', 'express'] as const
export type ShippingMethod = (typeof shippingMethods)[number]

/** A weight band: parcels up to `upToGrams` cost these prices (minor units). */
interface Band {
  upToGrams: number
  standard: number
  express: number
}

interface ZoneRates {
  bands: readonly Band[]
  /** Per started kilogram above the heaviest band. */
  perExtraKg: Record<ShippingMethod, number>
  days: Record<ShippingMethod, number>
}

/** The carrier's price list, in US cents. */
export const rateTable: Record<Zone, ZoneRates> = {
  domestic: {
    bands: [
      { upToGrams: 500, standard: 499, express: 1499 },
      { upToGrams: 1000, standard: 699, express: 1899 },
      { upToGrams: 2000, standard: 899, express: 2499 },
      { upToGrams: 5000, standard: 1299, express: 3499 },
    ],
    perExtraKg: { standard: 200, express: 500 },
    days: { standard: 5, express: 2 },
  },
  north_america: {
    bands: [
      { upToGrams: 500, standard: 999, express: 2499 },
      { upToGrams: 1000, standard: 1299, express: 2999 },
      { upToGrams: 2000, standard: 1799, express: 3999 },
      { upToGrams: 5000, standard: 2999, express: 5999 },
    ],
    perExtraKg: { standard: 400, express: 900 },
    days: { standard: 8, express: 3 },
  },
  eu: {
    bands: [
      { upToGrams: 500, standard: 1299, express: 2999 },
      { upToGrams: 1000, standard: 1599, express: 3499 },
      { upToGrams: 2000, standard: 2199, express: 4499 },
      { upToGrams: 5000, standard: 3499, express: 6999 },
    ],
    perExtraKg: { standard: 500, express: 1000 },
    days: { standard: 10, express: 4 },
  },
  world: {
    bands: [
      { upToGrams: 500, standard: 1599, express: 3999 },
      { upToGrams: 1000, standard: 1999, express: 4999 },
      { upToGrams: 2000, standard: 2799, express: 6499 },
      { upToGrams: 5000, standard: 4499, express: 9999 },
    ],
    perExtraKg: { standard: 700, express: 1500 },
    days: { standard: 14, express: 5 },
  },
}

/** The table price of a parcel of `weightGrams` to `zone` by `method`, in minor units. */
export function tablePrice(zone: Zone, method: ShippingMethod, weightGrams: number): number {
  const rates = rateTable[zone]
  const band = rates.bands.find((candidate) => weightGrams <= candidate.upToGrams)
  if (band) return band[method]
  const heaviest = rates.bands.at(-1)
  if (!heaviest) throw new Error(`no weight bands for zone ${zone}`)
  const extraKg = Math.ceil((weightGrams - heaviest.upToGrams) / 1000)
  return heaviest[method] + extraKg * rates.perExtraKg[method]
}

export function transitDays(zone: Zone, method: ShippingMethod): number {
  return rateTable[zone].days[method]
}
