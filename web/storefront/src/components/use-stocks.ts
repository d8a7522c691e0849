import { useQuery, useQueryClient } from '@tanstack/react-query'
import { getStock, getStocks, stockKey, stocksKey } from '../api/inventory.ts'

/**
 * The stock of a page of products (up to 100: a catalog page, a cart, a table page) in one call
 * to inventory. Each level also fills the product's own entry, so its page opens with the stock
 * shown here instead of asking again.
 */
export function useStocks(productIds: readonly string[], enabled = true) {
  const queryClient = useQueryClient()
  return useQuery({
    queryKey: stocksKey(productIds),
    queryFn: async ({ signal }) => {
      const levels = await getStocks(productIds, signal)
      for (const [productId, level] of levels) queryClient.setQueryData(stockKey(productId), level)
      return levels
    },
    enabled: enabled && productIds.length > 0,
    staleTime: 15_000,
  })
}

/** One product's stock; staleTime, when given, replaces the app's default for this read. */
export function useStock(productId: string, staleTime?: number) {
  return useQuery({
    queryKey: stockKey(productId),
    queryFn: ({ signal }) => getStock(productId, signal),
    ...(staleTime === undefined ? {} : { staleTime }),
  })
}
