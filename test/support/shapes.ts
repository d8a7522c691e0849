/** The response shapes the acceptance tests rely on: the API contract as a client reads it. */
export interface Product {
  product_id: string
  name: string
  description: string
  price: number
  currency: string
  category: string
  stock?: number
}

export interface Inventory {
  product_id: string
  quantity: number
  reserved?: number
}

export interface OrderLine {
  product_id: string
  quantity: number
  unit_price: number
}

export interface Order {
  order_id: string
  user_id: string
  status: string
  items: OrderLine[]
  subtotal: number
  shipping: number
  tax: number
  total: number
  currency: string
  payment_id: string | null
}

export interface Payment {
  payment_id: string
  order_id: string
  status: string
  amount: number
  brand: string
  last4: string
}

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

export interface Notification {
  notification_id: string
  event_type: string
  channel: string
  subject: string | null
  text: string
}
