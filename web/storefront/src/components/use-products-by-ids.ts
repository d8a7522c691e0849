import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { productsByIds, productsKey } from '../api/catalog.ts'

/**
 * Several products by id in one call to the catalog (a cart's lines, say). With keepPrevious the
 * last answer stays shown while the ids change, instead of the list emptying in between.
 */
export function useProductsByIds(ids: readonly string[], { enabled = true, keepPrevious = false } = {}) {
  return useQuery({
    queryKey: [...productsKey, 'ids', ids],
    queryFn: ({ signal }) => productsByIds(ids, signal),
    enabled: enabled && ids.length > 0,
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
  })
}
