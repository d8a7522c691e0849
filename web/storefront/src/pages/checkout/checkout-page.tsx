import { useSearchParams } from 'react-router'
import { usePageTitle } from '../../components/use-page-title.ts'
import { CartCheckout } from './cart-checkout.tsx'
import { PayOrder } from './pay-order.tsx'
import './checkout.css'

/** Checkout: the cart into an order and its payment, or (with ?order=) the payment of an order placed already. */
export default function CheckoutPage() {
  const [params] = useSearchParams()
  const orderId = params.get('order')
  usePageTitle('Checkout')
  return (
    <div className="page checkout-page">
      <h1>Checkout</h1>
      {orderId === null ? <CartCheckout /> : <PayOrder key={orderId} orderId={orderId} />}
    </div>
  )
}
