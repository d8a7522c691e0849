import { setting } from '@bazaar/kit'

/** The cart service's own settings, on top of the base ones every service has. */
export const config = {
  CART_STORE: setting.oneOf(['', 'sql', 'redis'], '', 'Where carts are kept: sql (the service\'s database) or redis (REDIS_URL, shared by replicas); empty: redis in distributed mode, sql in embedded mode.'),
  MAX_CART_LINES: setting.integer(50, 'Most distinct products one cart holds; a read asks inventory for all of them in one call.', { min: 1, max: 100 }),
}
