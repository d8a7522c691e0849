import { serve } from '@bazaar/kit'
import { service } from './app.ts'

await serve(service)
