import { useState } from 'react'
import { Link } from 'react-router'
import { isShort, maxLineQuantity, type CartItem } from '../../api/cart.ts'
import { useCartActions } from '../../cart/use-cart-actions.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { ProductImage } from '../../components/product-image.tsx'
import { money } from '../../format/money.ts'

export function CartLine({ item, currency }: { item: CartItem; currency: string }) {
  const cart = useCartActions()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const name = item.name ?? 'A product no longer sold'
  const change = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(undefined)
    try {
      await work()
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }
  const short = isShort(item)

  return (
    <li className="cart-line">
      {item.image_url !== null ? <ProductImage src={item.image_url} alt="" size={96} /> : <span className="product-image cart-line__no-image" />}
      <div className="cart-line__info">
        <Link to={`/products/${item.product_id}`} className="cart-line__name">{name}</Link>
        {item.price !== null && <span className="muted">{money(item.price, currency)} each</span>}
        {short && (
          <span className="cart-line__warning">
            {item.available === 0 ? 'Out of stock now' : `Only ${item.available} available`}
          </span>
        )}
      </div>
      <div className="stepper" role="group" aria-label={`Quantity of ${name}`}>
        <button type="button" aria-label={`One less ${name}`} disabled={busy || item.quantity <= 1} onClick={() => void change(() => cart.setQuantity(item.product_id, item.quantity - 1))}>−</button>
        <output aria-live="polite">{item.quantity}</output>
        <button type="button" aria-label={`One more ${name}`} disabled={busy || item.quantity >= maxLineQuantity} onClick={() => void change(() => cart.setQuantity(item.product_id, item.quantity + 1))}>+</button>
      </div>
      <span className="cart-line__total">{item.line_total === null ? '—' : money(item.line_total, currency)}</span>
      <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => void change(() => cart.remove(item.product_id))}>
        Remove<span className="visually-hidden"> {name}</span>
      </button>
      {error !== undefined && <div className="cart-line__error"><ErrorNotice error={error} /></div>}
    </li>
  )
}
