import { useQuery } from '@tanstack/react-query'
import { listCategories } from '../api/catalog.ts'

/** The catalog's categories; they change seldom, so a read stays fresh for five minutes. */
export function useCategories() {
  return useQuery({ queryKey: ['categories'], queryFn: ({ signal }) => listCategories(signal), staleTime: 5 * 60_000 })
}
