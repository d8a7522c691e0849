import { after } from 'node:test'
import { closePglite, factories } from '../../support/database.ts'
import { checkoutSuite } from './checkout-suite.ts'

after(closePglite)
for (const [name, factory] of factories) checkoutSuite(name, factory)
