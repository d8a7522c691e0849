import type { ServiceApp, TokenVerifier } from '@bazaar/kit'
import type { NotificationsDeps } from '../deps.ts'
import { notificationRoutes } from './notifications.ts'

/** Every route of the service. */
export function routes(app: ServiceApp, deps: NotificationsDeps, ctx: { verifier: TokenVerifier }): void {
  notificationRoutes(app, deps, ctx.verifier)
}
