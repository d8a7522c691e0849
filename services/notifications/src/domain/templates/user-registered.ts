import { UserRegistered } from '@bazaar/contracts'
import { readEvent } from '@bazaar/kit'
import { emailText, sms, type Template } from './template.ts'

export const userRegistered: Template = {
  contract: UserRegistered,
  // The account may not be readable yet where the users service runs replicas; the event has all we need.
  recipient(event) {
    const user = readEvent(UserRegistered, event)
    return { userId: user.user_id, email: user.email, name: user.name }
  },
  render(_event, to) {
    return {
      email: {
        subject: 'Welcome to Bazaar',
        text: emailText(to, 'Your Bazaar account is ready. We will write to you here about your orders, payments and deliveries.'),
      },
      sms: sms('welcome! Your account is ready.'),
    }
  },
}
