import type { Sort } from '../../api/catalog.ts'

const labels: Record<Sort, string> = {
  relevance: 'Best match',
  name: 'Name',
  price_asc: 'Price: low to high',
  price_desc: 'Price: high to low',
  newest: 'Newest',
  rating: 'Top rated',
}

export function SortSelect({ value, searching, onChange }: { value: Sort | undefined; searching: boolean; onChange(sort: string): void }) {
  const options = (Object.keys(labels) as Sort[]).filter((sort) => searching || sort !== 'relevance')
  return (
    <label className="sort-select">
      <span>Sort by</span>
      <select value={value ?? (searching ? 'relevance' : 'name')} onChange={(event) => onChange(event.target.value)}>
        {options.map((sort) => <option key={sort} value={sort}>{labels[sort]}</option>)}
      </select>
    </label>
  )
}
