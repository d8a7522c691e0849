import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/api-error.ts'
import { getProduct, productKey } from '../../api/catalog.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { Loading } from '../../components/loading.tsx'
import { Stars } from '../../components/stars.tsx'
import { StockState } from '../../components/stock-state.tsx'
import { useCategories } from '../../components/use-categories.ts'
import { usePageTitle } from '../../components/use-page-title.ts'
import { useStock } from '../../components/use-stocks.ts'
import { money } from '../../format/money.ts'
import { NotFoundPage } from '../not-found/not-found-page.tsx'
import { AddToCartForm } from './add-to-cart-form.tsx'
import { AttributeList } from './attribute-list.tsx'
import { Gallery } from './gallery.tsx'
import { Reviews } from './reviews.tsx'
import './product.css'

export function ProductPage() {
  const { productId = '' } = useParams()
  const product = useQuery({ queryKey: productKey(productId), queryFn: ({ signal }) => getProduct(productId, signal) })
  const stock = useStock(productId, 15_000)
  const categories = useCategories()
  usePageTitle(product.data?.name)

  if (isApiError(product.error, 404)) return <NotFoundPage />
  if (product.isError) return <div className="page"><ErrorNotice error={product.error} title="This product could not be loaded." /></div>
  if (product.data === undefined) return <div className="page"><Loading label="Loading the product…" /></div>

  const item = product.data
  const category = categories.data?.find((candidate) => candidate.slug === item.category)
  return (
    <div className="page product-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li><Link to="/">Shop</Link></li>
          <li><Link to={`/?category=${encodeURIComponent(item.category)}`}>{category?.name ?? item.category}</Link></li>
          <li aria-current="page">{item.name}</li>
        </ol>
      </nav>
      <div className="product-page__main">
        <Gallery images={item.images} name={item.name} />
        <div className="product-page__details">
          <h1 className="product-page__name">{item.name}</h1>
          {item.rating !== null && (
            <a href="#reviews" className="product-page__rating">
              <Stars average={item.rating.average} count={item.rating.count} />
            </a>
          )}
          <p className="product-page__price">{money(item.price, item.currency)}</p>
          <p><StockState stock={stock.data} failed={stock.isError} /></p>
          <p className="product-page__description">{item.description}</p>
          <AddToCartForm product={item} available={stock.data?.quantity} />
          <AttributeList attributes={item.attributes} weightGrams={item.weight_grams} />
        </div>
      </div>
      <Reviews productId={item.product_id} />
    </div>
  )
}
