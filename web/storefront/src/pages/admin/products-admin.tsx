import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { listProducts, type Product } from '../../api/catalog.ts'
import type { StockLevel } from '../../api/inventory.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { LoadMore } from '../../components/load-more.tsx'
import { Loading } from '../../components/loading.tsx'
import { useDebouncedValue } from '../../components/use-debounced-value.ts'
import { usePageTitle } from '../../components/use-page-title.ts'
import { useStocks } from '../../components/use-stocks.ts'
import { money } from '../../format/money.ts'

function StockCount({ level }: { level: StockLevel | undefined }) {
  if (level === undefined) return <span className="muted">…</span>
  return <>{level.quantity}{level.reserved > 0 && <span className="muted"> (+{level.reserved} held)</span>}</>
}

/** One page of the table's rows, with the page's stock read in one call. */
function ProductRows({ products }: { products: Product[] }) {
  const stock = useStocks(products.map((product) => product.product_id))
  return products.map((product) => (
    <tr key={product.product_id}>
      <td><Link to={`/admin/products/${product.product_id}`}>{product.name}</Link></td>
      <td>{product.category}</td>
      <td>{money(product.price, product.currency)}</td>
      <td><StockCount level={stock.data?.get(product.product_id)} /></td>
    </tr>
  ))
}

export function ProductsAdmin() {
  usePageTitle('Admin: products')
  const [search, setSearch] = useState('')
  const q = useDebouncedValue(search.trim(), 250)
  const products = useInfiniteQuery({
    queryKey: ['products', 'admin', q],
    queryFn: ({ pageParam, signal }) => listProducts({ q: q || undefined, sort: q ? 'relevance' : 'newest', cursor: pageParam, limit: 25 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    placeholderData: keepPreviousData,
  })
  const items = products.data?.pages.flatMap((page) => page.items)
  return (
    <section aria-labelledby="products-title">
      <div className="admin__toolbar">
        <h2 id="products-title">Products</h2>
        <label className="admin__search">
          <span className="visually-hidden">Find products</span>
          <input type="search" placeholder="Find products" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
        <Link className="button button--primary" to="/admin/products/new">New product</Link>
      </div>
      {products.isError && <ErrorNotice error={products.error} />}
      {items === undefined && <Loading label="Loading products…" />}
      {items !== undefined && (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr><th scope="col">Product</th><th scope="col">Category</th><th scope="col">Price</th><th scope="col">Stock</th></tr>
            </thead>
            <tbody>
              {products.data?.pages.map((page, index) => <ProductRows key={index} products={page.items} />)}
            </tbody>
          </table>
        </div>
      )}
      {items?.length === 0 && <p className="empty-state">No products match.</p>}
      <LoadMore hasMore={products.hasNextPage} loading={products.isFetchingNextPage} onLoad={() => void products.fetchNextPage()} label="More products" />
    </section>
  )
}
