const formats = new Map<string, Intl.NumberFormat>()

/** An amount as the shopper reads it: "$1,099.00". */
export function money(amount: number, currency = 'USD'): string {
  let format = formats.get(currency)
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency })
    formats.set(currency, format)
  }
  return format.format(amount)
}
