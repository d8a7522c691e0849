import { Link } from 'react-router'
import { isShort, type Cart } from '../../api/cart.ts'
import { money } from '../../format/money.ts'

export function CartSummary({ cart }: { cart: Cart }) {
  const unavailable = cart.items.some(isShort)
  return (
    <aside className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Summary</h2>
      <dl className="summary__rows">
        <div>
          <dt>Items</dt>
          <dd>{cart.item_count}</dd>
        </div>
        <div className="summary__total">
          <dt>Subtotal</dt>
          <dd>{cart.subtotal === null ? '—' : money(cart.subtotal, cart.currency)}</dd>
        </div>
      </dl>
      <p className="muted">Shipping and tax are added at checkout.</p>
      {unavailable && <p className="notice notice--warning">Some items are short of stock: lower their quantity to check out.</p>}
      {unavailable
        ? <button type="button" className="button button--primary button--large button--block" disabled>Checkout</button>
        : <Link to="/checkout" className="button button--primary button--large button--block">Checkout</Link>}
    </aside>
  )
}
