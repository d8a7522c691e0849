import type { CartLine, PricedCart, PricedLine, Product } from './cart.ts'

const defaultCurrency = 'USD'

/**
 * Prices the lines in integer cents. `products` is undefined when the catalog did not answer;
 * a product missing from it no longer exists, and its line is shown without a price and left
 * out of the subtotal (ordering it would be refused anyway).
 */
export function priceCart(
  lines: readonly CartLine[],
  products: ReadonlyMap<string, Product> | undefined,
  stock: ReadonlyMap<string, number>,
): PricedCart {
  const priced = lines.map((line): PricedLine => {
    const product = products?.get(line.productId)
    return {
      productId: line.productId,
      quantity: line.quantity,
      name: product?.name ?? null,
      priceMinor: product?.priceMinor ?? null,
      lineTotalMinor: product ? product.priceMinor * line.quantity : null,
      available: stock.get(line.productId) ?? null,
      imageUrl: product?.imageUrl ?? null,
    }
  })
  const currency = lines.map((line) => products?.get(line.productId)?.currency).find((known) => known !== undefined) ?? defaultCurrency
  return {
    lines: priced,
    subtotalMinor: products === undefined ? null : priced.reduce((sum, line) => sum + (line.lineTotalMinor ?? 0), 0),
    currency,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
  }
}
