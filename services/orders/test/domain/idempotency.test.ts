import { after } from 'node:test'
import { closePglite, factories } from '../support/database.ts'
import { idempotencySuite } from './idempotency-suite.ts'

after(closePglite)

for (const [name, factory] of factories) idempotencySuite(name, factory)
