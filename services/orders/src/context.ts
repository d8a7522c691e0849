import type { ConfigOf, ServiceContext } from '@bazaar/kit'
import type { config } from './config.ts'

/** The kit's service context, typed with this service's own settings. */
export type OrdersContext = ServiceContext<typeof config>
export type OrdersSettings = ConfigOf<typeof config>
