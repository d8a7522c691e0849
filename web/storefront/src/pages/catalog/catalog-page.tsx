import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { listProducts } from '../../api/catalog.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { useCategories } from '../../components/use-categories.ts'
import { usePageTitle } from '../../components/use-page-title.ts'
import { useCatalogParams } from './catalog-params.ts'
import { CategoryFilter } from './category-filter.tsx'
import { Pager } from './pager.tsx'
import { PriceFilter } from './price-filter.tsx'
import { ProductGrid } from './product-grid.tsx'
import { SortSelect } from './sort-select.tsx'
import './catalog.css'

export function CatalogPage() {
  const { query, update } = useCatalogParams()
  // Filters start folded away on a phone, where they would push the products below the fold.
  const [filtersOpen, setFiltersOpen] = useState(() => window.matchMedia('(min-width: 48rem)').matches)
  const categories = useCategories()
  const products = useQuery({
    queryKey: ['products', 'list', query],
    queryFn: ({ signal }) => listProducts(query, signal),
    placeholderData: keepPreviousData,
  })
  const categoryName = categories.data?.find((category) => category.slug === query.category)?.name
  const heading = query.q !== undefined ? `Results for “${query.q}”` : categoryName ?? 'All products'
  const filtered = query.q !== undefined || query.category !== undefined || query.min_price !== undefined || query.max_price !== undefined
  usePageTitle(query.q !== undefined ? `Search: ${query.q}` : categoryName)

  const items = products.data?.items
  return (
    <div className="page catalog">
      {!filtered && query.cursor === undefined && (
        <section className="hero" aria-labelledby="hero-title">
          <h1 id="hero-title" className="hero__title">Good things, delivered.</h1>
          <p className="hero__text">Electronics, kitchen favourites, books, outdoor gear and more, shipped in days.</p>
        </section>
      )}
      <div className="catalog__layout">
        <aside className="catalog__filters" aria-label="Filters">
          <details className="filters-panel" open={filtersOpen} onToggle={(event) => setFiltersOpen(event.currentTarget.open)}>
            <summary>Filters</summary>
            <CategoryFilter selected={query.category} onChange={(category) => update({ category })} />
            <PriceFilter
              range={{ min: query.min_price, max: query.max_price }}
              onChange={(min, max) => update({ min_price: min, max_price: max })}
            />
            {filtered && (
              <button type="button" className="button button--ghost button--small" onClick={() => update({ q: undefined, category: undefined, min_price: undefined, max_price: undefined })}>
                Clear all filters
              </button>
            )}
          </details>
        </aside>
        <section className="catalog__results" aria-labelledby="results-title">
          <div className="catalog__toolbar">
            {filtered || query.cursor !== undefined ? <h1 id="results-title">{heading}</h1> : <h2 id="results-title">{heading}</h2>}
            <SortSelect value={query.sort} searching={query.q !== undefined} onChange={(sort) => update({ sort })} />
          </div>
          <p className="visually-hidden" role="status">
            {items === undefined ? '' : items.length === 0 ? 'No products found' : `${items.length} products shown`}
          </p>
          {products.isError && <ErrorNotice error={products.error} title="The products could not be loaded." />}
          <ProductGrid items={items} busy={products.isFetching} />
          {items !== undefined && items.length === 0 && (
            <div className="empty-state">
              <h2>Nothing matches</h2>
              <p>Try other words, or fewer filters.</p>
            </div>
          )}
          {products.data !== undefined && <Pager cursor={query.cursor} nextCursor={products.data.next_cursor} />}
        </section>
      </div>
    </div>
  )
}
