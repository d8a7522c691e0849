import { missingServers } from '@bazaar/kit/testing'
import { startDistributedShop } from '../support/distributed-shop.ts'
import { checkoutSuite } from '../e2e/checkout-suite.ts'

checkoutSuite(() => startDistributedShop(), { skip: await missingServers(['postgres', 'amqp', 'redis']) })
