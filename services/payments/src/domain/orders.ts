/** What a payment needs to know about its order. */
export interface OrderFacts {
  orderId: string
  userId: string
  status: string
  /** Minor units. */
  total: number
  currency: string
}

/** The order as the orders service has it; throws AppError when it cannot answer. */
export type OrderLookup = (orderId: string) => Promise<OrderFacts>
