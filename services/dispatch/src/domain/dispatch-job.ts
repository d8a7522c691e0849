export interface DispatchJob {
  dispatchId: string
  orderId: string
  userId: string
}
