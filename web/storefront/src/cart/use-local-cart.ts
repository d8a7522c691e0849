import { useSyncExternalStore } from 'react'
import type { Cart } from '../api/cart.ts'
import { useProductsByIds } from '../components/use-products-by-ids.ts'
import { useStocks } from '../components/use-stocks.ts'
import type { CartState } from './cart-state.ts'
import { localCart } from './local-cart.ts'

const roundCents = (amount: number) => Math.round(amount * 100) / 100

/** The visitor's local cart, priced from the catalog and inventory as the server prices a cart. */
export function useLocalCart(enabled: boolean): CartState {
  const lines = useSyncExternalStore(localCart.subscribe, localCart.lines)
  const ids = lines.map((line) => line.product_id)
  const products = useProductsByIds(ids, { enabled, keepPrevious: true })
  const stocks = useStocks(ids, enabled)
  if (lines.length === 0) return { cart: { items: [], subtotal: 0, currency: 'USD', item_count: 0 }, isPending: false, error: null }
  if (products.data === undefined) return { cart: undefined, isPending: products.isPending, error: products.error }

  const byId = new Map(products.data.map((product) => [product.product_id, product]))
  const items = lines.map((line) => {
    const product = byId.get(line.product_id)
    return {
      product_id: line.product_id,
      name: product?.name ?? null,
      price: product?.price ?? null,
      quantity: line.quantity,
      line_total: product === undefined ? null : roundCents(product.price * line.quantity),
      available: stocks.data?.get(line.product_id)?.quantity ?? null,
      image_url: product?.image_url ?? null,
    }
  })
  const cart: Cart = {
    items,
    subtotal: roundCents(items.reduce((sum, item) => sum + (item.line_total ?? 0), 0)),
    currency: products.data[0]?.currency ?? 'USD',
    item_count: items.reduce((sum, item) => sum + item.quantity, 0),
  }
  return { cart, isPending: false, error: null }
}
