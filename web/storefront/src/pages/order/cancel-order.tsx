import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { cancelOrder, orderKey, ordersKey, type Order } from '../../api/orders.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'

/** Cancelling asks once more: it releases the items, and refunds a paid order. */
export function CancelOrder({ order }: { order: Order }) {
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState(false)
  const cancel = useMutation({
    mutationFn: () => cancelOrder(order.order_id),
    onSuccess: async (cancelled) => {
      queryClient.setQueryData(orderKey(order.order_id), cancelled)
      await queryClient.invalidateQueries({ queryKey: ordersKey })
    },
  })
  if (!confirming) {
    return <button type="button" className="button button--ghost" onClick={() => setConfirming(true)}>Cancel order</button>
  }
  return (
    <div className="confirm" role="group" aria-label="Confirm cancellation">
      <p>{order.status === 'paid' ? 'Cancel this order? Your payment will be refunded.' : 'Cancel this order?'}</p>
      <button type="button" className="button button--danger" disabled={cancel.isPending} onClick={() => cancel.mutate()}>Yes, cancel it</button>
      <button type="button" className="button" onClick={() => setConfirming(false)}>Keep the order</button>
      {cancel.isError && <ErrorNotice error={cancel.error} />}
    </div>
  )
}
