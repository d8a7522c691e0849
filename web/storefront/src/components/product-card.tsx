import { Link } from 'react-router'
import type { Product } from '../api/catalog.ts'
import type { StockLevel } from '../api/inventory.ts'
import { money } from '../format/money.ts'
import { ProductImage } from './product-image.tsx'
import { Stars } from './stars.tsx'
import { StockState } from './stock-state.tsx'
import './product-card.css'

interface ProductCardProps {
  product: Product
  eager: boolean
  /** The list reads the stock of all its cards in one call; undefined until it answers. */
  stock: StockLevel | undefined
  stockFailed: boolean
}

export function ProductCard({ product, eager, stock, stockFailed }: ProductCardProps) {
  return (
    <article className="product-card">
      <ProductImage src={product.image_url} alt="" eager={eager} />
      <div className="product-card__body">
        <h3 className="product-card__name">
          <Link to={`/products/${product.product_id}`}>{product.name}</Link>
        </h3>
        {product.rating !== null && <Stars average={product.rating.average} count={product.rating.count} />}
        <div className="product-card__footer">
          <span className="product-card__price">{money(product.price, product.currency)}</span>
          <StockState stock={stock} failed={stockFailed} />
        </div>
      </div>
    </article>
  )
}

/** Holds a card's place while the page loads, at the card's size. */
export function ProductCardPlaceholder() {
  return (
    <div className="product-card product-card--placeholder" aria-hidden="true">
      <div className="product-image" />
      <div className="product-card__body">
        <span className="placeholder-line" />
        <span className="placeholder-line placeholder-line--short" />
      </div>
    </div>
  )
}
