import { startShop } from '../support/shop.ts'
import { checkoutSuite } from './checkout-suite.ts'

checkoutSuite(() => startShop())
