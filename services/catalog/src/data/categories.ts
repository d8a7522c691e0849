import type { Queryable } from '@bazaar/kit'
import type { Category } from '../domain/category.ts'

export interface CategoryCount extends Category {
  productCount: number
}

/** Creates the category unless its slug exists; an existing one keeps its name. */
export async function ensureCategory(db: Queryable, category: Category): Promise<void> {
  await db.query('insert into categories (slug, name) values ($1, $2) on conflict (slug) do nothing', [category.slug, category.name])
}

/** Every category by name, with how many products (not deleted) it holds. */
export async function listCategories(db: Queryable): Promise<CategoryCount[]> {
  const rows = await db.query<{ slug: string; name: string; product_count: number }>(
    `select c.slug, c.name, count(p.product_id) as product_count
     from categories c left join products p on p.category = c.slug and p.deleted_at is null
     group by c.slug, c.name order by lower(c.name), c.slug`,
  )
  return rows.map((row) => ({ slug: row.slug, name: row.name, productCount: Number(row.product_count) }))
}
