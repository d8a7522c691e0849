import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { maxLineQuantity } from '../../api/cart.ts'
import type { Product } from '../../api/catalog.ts'
import { useCartActions } from '../../cart/use-cart-actions.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'

/** A quantity and the button; says what it added, with the way to the cart. */
export function AddToCartForm({ product, available }: { product: Product; available: number | undefined }) {
  const cart = useCartActions()
  const [quantity, setQuantity] = useState(1)
  const [state, setState] = useState<{ phase: 'idle' | 'adding' } | { phase: 'added'; quantity: number } | { phase: 'failed'; error: unknown }>({ phase: 'idle' })
  const soldOut = available !== undefined && available <= 0
  const most = Math.max(1, Math.min(maxLineQuantity, available ?? maxLineQuantity))

  const add = async (event: FormEvent) => {
    event.preventDefault()
    setState({ phase: 'adding' })
    try {
      await cart.add(product.product_id, quantity)
      setState({ phase: 'added', quantity })
    } catch (error) {
      setState({ phase: 'failed', error })
    }
  }

  return (
    <form className="add-to-cart" onSubmit={add}>
      <label className="add-to-cart__quantity">
        <span>Quantity</span>
        <input
          type="number"
          min={1}
          max={most}
          value={quantity}
          disabled={soldOut}
          onChange={(event) => setQuantity(Math.max(1, Math.min(most, Number(event.target.value) || 1)))}
        />
      </label>
      <button type="submit" className="button button--primary button--large" disabled={soldOut || state.phase === 'adding'}>
        {soldOut ? 'Out of stock' : state.phase === 'adding' ? 'Adding…' : 'Add to cart'}
      </button>
      <div className="add-to-cart__feedback" role="status">
        {state.phase === 'added' && (
          <p className="notice notice--success">
            Added {state.quantity} × {product.name} to your cart. <Link to="/cart">View cart</Link>
          </p>
        )}
      </div>
      {state.phase === 'failed' && <ErrorNotice error={state.error} title="Not added." />}
    </form>
  )
}
