/** Where the shop ships most; any other ISO code works with the API too. */
export const countries = [
  ['US', 'United States'],
  ['CA', 'Canada'],
  ['MX', 'Mexico'],
  ['GB', 'United Kingdom'],
  ['IE', 'Ireland'],
  ['FR', 'France'],
  ['DE', 'Germany'],
  ['ES', 'Spain'],
  ['IT', 'Italy'],
  ['NL', 'Netherlands'],
  ['BE', 'Belgium'],
  ['SE', 'Sweden'],
  ['PL', 'Poland'],
  ['AU', 'Australia'],
  ['JP', 'Japan'],
] as const

export function countryName(code: string): string {
  return countries.find(([candidate]) => candidate === code.toUpperCase())?.[1] ?? code
}
