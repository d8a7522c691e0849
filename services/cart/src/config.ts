import { setting } from '@bazaar/kit'

/** The cart service's own settings, on top of the base ones every service has. */
export const config = {
  MAX_CART_LINES: setting.integer(50, 'Most distinct products one cart holds; each read asks inventory once per line.', { min: 1, max: 100 }),
}
