import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { sorts, type ProductQuery, type Sort } from '../../api/catalog.ts'

const pageSize = 20

function price(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const amount = Number(value)
  return Number.isFinite(amount) && amount >= 0 ? amount : undefined
}

function sortOf(value: string | null): Sort | undefined {
  return sorts.find((sort) => sort === value)
}

/** The catalog's search, filters and page, kept in the URL so they can be shared and go back. */
export function useCatalogParams() {
  const [params, setParams] = useSearchParams()
  const query: ProductQuery = {
    q: params.get('q')?.trim() || undefined,
    category: params.get('category') ?? undefined,
    min_price: price(params.get('min_price')),
    max_price: price(params.get('max_price')),
    sort: sortOf(params.get('sort')),
    cursor: params.get('cursor') ?? undefined,
    limit: pageSize,
  }

  /** Changes some filters and goes back to the first page. */
  const update = useCallback((changes: Partial<Record<'q' | 'category' | 'min_price' | 'max_price' | 'sort', string | undefined>>) => {
    setParams((current) => {
      const next = new URLSearchParams(current)
      for (const [name, value] of Object.entries(changes)) {
        if (value === undefined || value === '') next.delete(name)
        else next.set(name, value)
      }
      next.delete('cursor')
      return next
    })
  }, [setParams])

  return { query, update }
}
