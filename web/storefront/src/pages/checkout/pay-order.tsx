import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, type FormEvent } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { getOrder, orderKey, type Order } from '../../api/orders.ts'
import { payOrder, type CardDetails } from '../../api/payments.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { Loading } from '../../components/loading.tsx'
import { useSingleFlight } from '../../components/use-single-flight.ts'
import { formatDateTime } from '../../format/dates.ts'
import { money } from '../../format/money.ts'
import { statusLabels } from '../../format/order-status.ts'
import { CardFields } from './card-fields.tsx'
import { cardToSend, checkCard, emptyCard, type CardErrors } from './card-check.ts'
import { isDecided, useIdempotencyKey } from './idempotency-key.ts'
import { OrderLines } from './order-lines.tsx'
import { paymentProblem, type PaymentProblem } from './payment-problem.ts'

function problemIn(state: unknown): PaymentProblem | undefined {
  return (state as { problem?: PaymentProblem } | null)?.problem
}

function PaymentForm({ order }: { order: Order }) {
  const location = useLocation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [card, setCard] = useState<CardDetails>(emptyCard)
  const [problem, setProblem] = useState<PaymentProblem | undefined>(() => problemIn(location.state))
  const [errors, setErrors] = useState<CardErrors>(() => problemIn(location.state)?.fields ?? {})
  const [submitting, runOnce] = useSingleFlight()
  const paymentKey = useIdempotencyKey()

  // The message was for this visit: a reload should not show it again.
  useEffect(() => {
    if (problemIn(location.state) !== undefined) void navigate({ search: location.search }, { replace: true, state: null })
  }, [location.state, location.search, navigate])

  const pay = async () => {
    const found = checkCard(card)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const payment = { order: order.order_id, amount: order.total, card: cardToSend(card) }
    try {
      await payOrder(payment.order, payment.amount, payment.card, paymentKey.keyFor(payment))
      paymentKey.settle()
      await queryClient.invalidateQueries({ queryKey: orderKey(order.order_id) })
      await navigate(`/orders/${order.order_id}`, { replace: true })
    } catch (error) {
      if (isDecided(error)) paymentKey.settle()
      const found = paymentProblem(error)
      setProblem(found)
      setErrors(found.fields)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void runOnce(pay)
  }
  return (
    <form className="checkout" onSubmit={submit} noValidate>
      <div className="checkout__form">
        <div className="notice notice--info">
          <p>
            Order <strong>#{order.order_id.slice(0, 8)}</strong> is placed and its items are held for you
            until <strong>{formatDateTime(order.expires_at)}</strong>. Pay {money(order.total, order.currency)} to complete it.
          </p>
        </div>
        {problem !== undefined && <div className="notice notice--error" role="alert">{problem.message}</div>}
        <CardFields card={card} errors={errors} onChange={setCard} />
        <button type="submit" className="button button--primary button--large button--block" disabled={submitting}>
          {submitting ? 'Paying…' : `Pay now ${money(order.total, order.currency)}`}
        </button>
      </div>
      <OrderLines
        lines={order.items}
        currency={order.currency}
        rows={[
          { label: 'Subtotal', amount: order.subtotal },
          { label: 'Shipping', amount: order.shipping },
          { label: 'Tax', amount: order.tax },
        ]}
        total={{ label: 'Total', amount: order.total }}
      />
    </form>
  )
}

/** Paying an order that is already placed: after a declined card, or from the order page. */
export function PayOrder({ orderId }: { orderId: string }) {
  const order = useQuery({ queryKey: orderKey(orderId), queryFn: ({ signal }) => getOrder(orderId, signal) })
  if (order.isError) return <ErrorNotice error={order.error} title="This order could not be loaded." />
  if (order.data === undefined) return <Loading label="Loading your order…" />
  if (order.data.status !== 'awaiting_payment') {
    return (
      <div className="empty-state">
        <p>This order is {statusLabels[order.data.status].toLowerCase()}: there is nothing to pay.</p>
        <p><Link className="button button--primary" to={`/orders/${orderId}`}>See the order</Link></p>
      </div>
    )
  }
  return <PaymentForm order={order.data} />
}
