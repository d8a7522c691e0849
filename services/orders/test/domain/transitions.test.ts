import { after } from 'node:test'
import { closePglite, factories } from '../support/database.ts'
import { transitionsSuite } from './transitions-suite.ts'

after(closePglite)
for (const [name, factory] of factories) transitionsSuite(name, factory)
