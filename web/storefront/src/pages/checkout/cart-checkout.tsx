import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { addAddress, addressesKey, listAddresses } from '../../api/addresses.ts'
import { cartKey, type Cart } from '../../api/cart.ts'
import { ordersKey, placeOrderFromCart, type Order, type ShippingMethod } from '../../api/orders.ts'
import { payOrder, type CardDetails } from '../../api/payments.ts'
import { useCart } from '../../cart/use-cart.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { Loading } from '../../components/loading.tsx'
import { useSingleFlight } from '../../components/use-single-flight.ts'
import { AddressSection, chosenAddress, type AddressChoice } from './address-section.tsx'
import { addressToSend, checkAddress, emptyAddress, type AddressErrors } from '../../components/address-form.tsx'
import { CardFields } from './card-fields.tsx'
import { cardToSend, checkCard, emptyCard, type CardErrors } from './card-check.ts'
import { isDecided, useIdempotencyKey } from './idempotency-key.ts'
import { OrderLines } from './order-lines.tsx'
import { paymentProblem } from './payment-problem.ts'
import { ShippingOptions } from './shipping-options.tsx'
import { useShippingQuote } from './use-shipping-quote.ts'

const hasErrors = (errors: object) => Object.keys(errors).length > 0

/** The cart becomes an order: where to ship, how fast, and the card that pays for it. */
export function CartCheckout() {
  const { cart, isPending, error: cartError } = useCart()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const saved = useQuery({ queryKey: addressesKey, queryFn: listAddresses })
  const [choice, setChoice] = useState<AddressChoice>({ selected: 'new', draft: emptyAddress, saveDraft: true })
  const [method, setMethod] = useState<ShippingMethod>('standard')
  const [card, setCard] = useState<CardDetails>(emptyCard)
  const [errors, setErrors] = useState<{ address: AddressErrors; card: CardErrors }>({ address: {}, card: {} })
  const [failure, setFailure] = useState<unknown>()
  const [submitting, runOnce] = useSingleFlight()
  const orderKey = useIdempotencyKey()
  const paymentKey = useIdempotencyKey()

  // Offer the first saved address once they arrive, unless the shopper already chose.
  const firstSaved = saved.data?.[0]?.address_id
  useEffect(() => {
    if (firstSaved !== undefined) setChoice((current) => (current.selected === 'new' && current.draft === emptyAddress ? { ...current, selected: firstSaved } : current))
  }, [firstSaved])

  const address = chosenAddress(choice, saved.data ?? [])
  const quote = useShippingQuote(cart, address.country)

  if (cart === undefined) return isPending ? <Loading label="Loading your cart…" /> : <ErrorNotice error={cartError} />
  if (cart.items.length === 0) {
    return (
      <div className="empty-state">
        <p>Your cart is empty, so there is nothing to check out.</p>
        <p><Link className="button button--primary" to="/">Browse the shop</Link></p>
      </div>
    )
  }

  const pay = async (order: Order) => {
    const payment = { order: order.order_id, amount: order.total, card: cardToSend(card) }
    try {
      await payOrder(payment.order, payment.amount, payment.card, paymentKey.keyFor(payment))
      await navigate(`/orders/${order.order_id}`, { replace: true })
    } catch (error) {
      // The order exists and holds its stock: the shopper retries the payment alone.
      await navigate(`/checkout?order=${order.order_id}`, { replace: true, state: { problem: paymentProblem(error) } })
    }
    // The cart service empties the cart once it hears of the order; show it empty already.
    queryClient.setQueryData<Cart>(cartKey, (current) => current && { ...current, items: [], subtotal: 0, item_count: 0 })
  }

  const placeOrder = async () => {
    const found = { address: choice.selected === 'new' ? checkAddress(address) : {}, card: checkCard(card) }
    setErrors(found)
    setFailure(undefined)
    if (hasErrors(found.address) || hasErrors(found.card)) return
    const request = { shipping_address: addressToSend(address), shipping_method: method }
    let order: Order
    try {
      order = await placeOrderFromCart(request, orderKey.keyFor(request))
      orderKey.settle()
    } catch (error) {
      if (isDecided(error)) orderKey.settle()
      setFailure(error)
      return
    }
    if (choice.selected === 'new' && choice.saveDraft) {
      await addAddress(request.shipping_address).then(() => queryClient.invalidateQueries({ queryKey: addressesKey }), () => undefined)
    }
    await queryClient.invalidateQueries({ queryKey: ordersKey })
    await pay(order)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void runOnce(placeOrder)
  }

  const shipping = quote.data?.options.find((option) => option.method === method)?.price ?? null
  return (
    <form className="checkout" onSubmit={submit} noValidate>
      <div className="checkout__form">
        <AddressSection saved={saved.data ?? []} choice={choice} errors={errors.address} onChange={setChoice} />
        <ShippingOptions quote={quote.data} error={quote.error} method={method} onChange={setMethod} />
        <CardFields card={card} errors={errors.card} onChange={setCard} />
        {failure !== undefined && <ErrorNotice error={failure} title="The order was not placed." />}
        <button type="submit" className="button button--primary button--large button--block" disabled={submitting}>
          {submitting ? 'Placing order…' : 'Place order'}
        </button>
      </div>
      <OrderLines
        lines={cart.items.map((item) => ({ ...item, name: item.name ?? 'Unavailable product' }))}
        currency={cart.currency}
        rows={[
          { label: 'Subtotal', amount: cart.subtotal },
          { label: 'Shipping', amount: shipping },
          { label: 'Tax', amount: null, note: 'Added with the order' },
        ]}
        total={{ label: 'Estimated total', amount: cart.subtotal === null || shipping === null ? null : cart.subtotal + shipping }}
      />
    </form>
  )
}
