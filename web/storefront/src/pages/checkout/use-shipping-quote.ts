import { useQuery } from '@tanstack/react-query'
import type { Cart } from '../../api/cart.ts'
import { quoteShipping } from '../../api/shipping.ts'
import { useProductsByIds } from '../../components/use-products-by-ids.ts'

/** Standard and express prices for the cart's parcel (its products' weights) to a country. */
export function useShippingQuote(cart: Cart | undefined, country: string) {
  const ids = cart?.items.map((item) => item.product_id) ?? []
  const products = useProductsByIds(ids)
  const weight = (cart?.items ?? []).reduce((sum, item) => {
    const product = products.data?.find((candidate) => candidate.product_id === item.product_id)
    return sum + (product?.weight_grams ?? 0) * item.quantity
  }, 0)
  const parcel = { country, weight_grams: weight, subtotal: cart?.subtotal ?? 0 }
  return useQuery({
    queryKey: ['shipping-quote', parcel],
    queryFn: ({ signal }) => quoteShipping(parcel, signal),
    enabled: products.data !== undefined && /^[A-Z]{2}$/.test(country),
    placeholderData: (previous) => previous,
  })
}
