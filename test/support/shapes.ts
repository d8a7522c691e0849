/**
 * The response shapes the acceptance tests rely on: the API contract as a client reads it,
 * from the types generated from the services' OpenAPI documents (`npm run api-types`).
 */
import type { paths as catalog } from '../../web/storefront/src/api/generated/catalog.ts'
import type { paths as inventory } from '../../web/storefront/src/api/generated/inventory.ts'
import type { paths as notifications } from '../../web/storefront/src/api/generated/notifications.ts'
import type { paths as orders } from '../../web/storefront/src/api/generated/orders.ts'
import type { paths as payments } from '../../web/storefront/src/api/generated/payments.ts'
import type { JsonBody } from '../../web/storefront/src/api/json-body.ts'

/** A product as read; one just created also tells the stock it started with. */
export type Product = JsonBody<catalog['/products/{product_id}']['get']> & { stock?: number }
export type Inventory = JsonBody<inventory['/inventory/{product_id}']['get']>
export type Order = JsonBody<orders['/orders/{order_id}']['get']>
export type Payment = JsonBody<payments['/payment']['post'], 201>
export type Notification = JsonBody<notifications['/notifications']['get']>['items'][number]

/** An answer that is not a success: its problem document (RFC 9457), which the OpenAPI documents leave out. */
export interface Problem {
  type: string
  title: string
  status: number
  code: string
  lines?: { product_id: string; requested: number; available: number }[]
  fields?: { field: string; message: string }[]
}

export interface Page<T> {
  items: T[]
  next_cursor: string | null
}

/** A body read by the reply's status: the resource on success, else a problem (whose status is the reply's own). */
export type OrProblem<T> = T & Omit<Problem, 'status'>
