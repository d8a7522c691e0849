import { defineConsumer } from '@bazaar/kit'
import type { NotificationsDeps } from '../deps.ts'
import { notify } from '../domain/notify.ts'
import { templates } from '../domain/templates/templates.ts'

const name = 'notifications.messages'

/**
 * Every event a customer hears about, on one queue: those it has a template for. The handler
 * looks the user up and sends before it writes, so it runs outside the inbox transaction and
 * records the event in the inbox itself.
 */
export const customerMessages = defineConsumer<NotificationsDeps>({
  name,
  events: templates.map((template) => template.contract),
  maxAttempts: (deps) => deps.maxDeliveryAttempts,
  handlerOutsideTransaction: (deps) => (event) => notify({ ...deps, consumer: name }, event),
})
