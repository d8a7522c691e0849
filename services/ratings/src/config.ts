import { setting } from '@bazaar/kit'

/** The ratings service's own settings, on top of the base ones every service has. */
export const config = {
  SEED_DEMO: setting.boolean(true, 'Create demo ratings of products "1" to "40" at start when there are no ratings yet.'),
}
