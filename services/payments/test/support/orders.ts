import { waitFor } from '@bazaar/kit/testing'
import { jsonClient } from '@bazaar/kit/testing'
import type { Customer, PaymentsPlatform } from './payments-platform.ts'

export interface OrderReply {
  order_id: string
  user_id: string
  status: string
  total: number
  currency: string
  payment_id: string | null
}

/** Places orders through the real catalog, inventory and orders services. */
export function orderDesk(payments: PaymentsPlatform) {
  const catalog = jsonClient(payments.platform.url('catalog'))
  const inventory = jsonClient(payments.platform.url('inventory'))
  const orders = jsonClient(payments.platform.url('orders'))
  let product: Promise<string> | undefined

  /** One product, plenty in stock, for every order of the run. */
  async function stockedProduct(): Promise<string> {
    const created = await catalog.post<{ product_id: string }>('/products', { name: 'Payment test mug', price: 12.5, stock: 10_000 }, payments.adminToken)
    if (created.status !== 201) throw new Error(`POST /products answered ${created.status}: ${created.text}`)
    const productId = created.body.product_id
    await waitFor(async () => (await inventory.get<{ quantity: number }>(`/inventory/${productId}`)).body?.quantity === 10_000, { what: 'the product\'s stock' })
    return productId
  }

  return {
    /** An order of `customer`, awaiting payment. */
    async place(customer: Customer, quantity = 2): Promise<OrderReply> {
      product ??= stockedProduct()
      const productId = await product
      const placed = await orders.post<OrderReply>('/orders', { user_id: customer.userId, items: [{ product_id: productId, quantity }] }, customer.token)
      if (placed.status !== 201) throw new Error(`POST /orders answered ${placed.status}: ${placed.text}`)
      return placed.body
    },
    async read(orderId: string): Promise<OrderReply> {
      return (await orders.get<OrderReply>(`/orders/${orderId}`, payments.adminToken)).body
    },
    async cancel(customer: Customer, orderId: string) {
      return orders.post<OrderReply>(`/orders/${orderId}/cancel`, {}, customer.token)
    },
  }
}
