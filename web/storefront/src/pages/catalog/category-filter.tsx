import { useCategories } from '../../components/use-categories.ts'

/** One category at a time, or all; a radio group so arrow keys move between them. */
export function CategoryFilter({ selected, onChange }: { selected: string | undefined; onChange(category: string | undefined): void }) {
  const categories = useCategories()
  return (
    <fieldset className="filter">
      <legend className="filter__title">Category</legend>
      <label className="filter__option">
        <input type="radio" name="category" checked={selected === undefined} onChange={() => onChange(undefined)} />
        All products
      </label>
      {(categories.data ?? []).map((category) => (
        <label className="filter__option" key={category.slug}>
          <input type="radio" name="category" checked={selected === category.slug} onChange={() => onChange(category.slug)} />
          {category.name}
          <span className="filter__count">{category.product_count}</span>
        </label>
      ))}
    </fieldset>
  )
}
