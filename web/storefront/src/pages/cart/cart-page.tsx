import { Link } from 'react-router'
import { useCart } from '../../cart/use-cart.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { Loading } from '../../components/loading.tsx'
import { usePageTitle } from '../../components/use-page-title.ts'
import { CartLine } from './cart-line.tsx'
import { CartSummary } from './cart-summary.tsx'
import './cart.css'

export function CartPage() {
  const { cart, isPending, error } = useCart()
  usePageTitle('Your cart')
  return (
    <div className="page cart-page">
      <h1>Your cart</h1>
      {error !== null && <ErrorNotice error={error} title="The cart could not be loaded." />}
      {cart === undefined && isPending && <Loading label="Loading your cart…" />}
      {cart !== undefined && cart.items.length === 0 && (
        <div className="empty-state">
          <p>Your cart is empty.</p>
          <p><Link className="button button--primary" to="/">Start shopping</Link></p>
        </div>
      )}
      {cart !== undefined && cart.items.length > 0 && (
        <div className="cart-page__layout">
          <ul className="cart-lines" aria-label="Items in your cart">
            {cart.items.map((item) => <CartLine key={item.product_id} item={item} currency={cart.currency} />)}
          </ul>
          <CartSummary cart={cart} />
        </div>
      )}
    </div>
  )
}
