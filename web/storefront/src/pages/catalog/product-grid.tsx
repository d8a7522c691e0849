import type { Product } from '../../api/catalog.ts'
import { ProductCard, ProductCardPlaceholder } from '../../components/product-card.tsx'
import { useStocks } from '../../components/use-stocks.ts'

/** Images of the first row load at once; the rest as they scroll into view. */
const eagerImages = 4
const placeholders = 8

export function ProductGrid({ items, busy }: { items: Product[] | undefined; busy: boolean }) {
  const stock = useStocks(items?.map((product) => product.product_id) ?? [])
  if (items === undefined) {
    return (
      <div className="product-grid" aria-busy="true">
        {Array.from({ length: placeholders }, (_, index) => <ProductCardPlaceholder key={index} />)}
      </div>
    )
  }
  return (
    <ul className="product-grid" aria-busy={busy} aria-label="Products">
      {items.map((product, index) => (
        <li key={product.product_id}>
          <ProductCard product={product} eager={index < eagerImages} stock={stock.data?.get(product.product_id)} stockFailed={stock.isError} />
        </li>
      ))}
    </ul>
  )
}
