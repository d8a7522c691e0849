import type { ServiceApp } from '@bazaar/kit'
import { readCategories } from '../domain/product-reads.ts'
import type { ReadDeps } from '../domain/read-deps.ts'
import { CategoryList, categoryView } from './schemas.ts'

export function categoryRoutes(app: ServiceApp, deps: ReadDeps): void {
  app.get('/categories', {
    schema: { summary: 'Every category with its number of products', tags: ['categories'], response: { 200: CategoryList } },
  }, async () => ({ items: (await readCategories(deps)).map(categoryView) }))
}
