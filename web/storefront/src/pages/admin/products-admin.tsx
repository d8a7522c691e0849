import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { listProducts } from '../../api/catalog.ts'
import { getStock, stockKey } from '../../api/inventory.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { LoadMore } from '../../components/load-more.tsx'
import { Loading } from '../../components/loading.tsx'
import { useDebouncedValue } from '../../components/use-debounced-value.ts'
import { usePageTitle } from '../../components/use-page-title.ts'
import { money } from '../../format/money.ts'

function StockCount({ productId }: { productId: string }) {
  const stock = useQuery({ queryKey: stockKey(productId), queryFn: ({ signal }) => getStock(productId, signal) })
  if (stock.data === undefined) return <span className="muted">…</span>
  return <>{stock.data.quantity}{stock.data.reserved > 0 && <span className="muted"> (+{stock.data.reserved} held)</span>}</>
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
              {items.map((product) => (
                <tr key={product.product_id}>
                  <td><Link to={`/admin/products/${product.product_id}`}>{product.name}</Link></td>
                  <td>{product.category}</td>
                  <td>{money(product.price, product.currency)}</td>
                  <td><StockCount productId={product.product_id} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items?.length === 0 && <p className="empty-state">No products match.</p>}
      <LoadMore hasMore={products.hasNextPage} loading={products.isFetchingNextPage} onLoad={() => void products.fetchNextPage()} label="More products" />
    </section>
  )
}
