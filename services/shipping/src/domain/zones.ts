/** Where a parcel goes, as far as the rate table cares. */
export type Zone = 'domestic' | 'north_america' | 'eu' | 'world'

// The 27 member states, ISO 3166-1 alpha-2 (Greece is GR).
const euMembers = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
])

/** Bazaar ships from the US; any country not listed is the rest of the world. */
export function zoneOf(country: string): Zone {
  const code = country.toUpperCase()
  if (code === 'US') return 'domestic'
  if (code === 'CA' || code === 'MX') return 'north_america'
  if (euMembers.has(code)) return 'eu'
  return 'world'
}
