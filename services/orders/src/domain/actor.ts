import { AppError } from '@bazaar/kit'

/** Who is acting, as far as the rules care: a customer, an admin or a service. */
export interface Actor {
  subject: string
  kind: 'user' | 'service'
  roles: readonly string[]
}

/** Admins and services act for any user; a customer only for themself. */
export function actsForAnyone(actor: Actor): boolean {
  return actor.kind === 'service' || actor.roles.includes('admin') || actor.roles.includes('service')
}

/** Others' orders do not exist for a customer (404), so ids cannot be probed. */
export function ensureVisible(actor: Actor, ownerId: string): void {
  if (actor.subject !== ownerId && !actsForAnyone(actor)) throw new AppError('NOT_FOUND', 'Order not found')
}

/** Whose order a caller may place: their own, or anyone's for an admin or a service (which must say whose). */
export function orderingUser(actor: Actor, requested: string | undefined): string {
  if (actsForAnyone(actor)) {
    if (requested !== undefined) return requested
    if (actor.kind === 'service') throw new AppError('VALIDATION_FAILED', 'user_id is required', { fields: [{ field: 'body.user_id', message: 'a service orders for a user it names' }] })
    return actor.subject
  }
  if (requested !== undefined && requested !== actor.subject) {
    throw new AppError('FORBIDDEN', 'Forbidden', { detail: 'A customer places orders for themself only.' })
  }
  return actor.subject
}
