import { useEffect, useState, type FormEvent } from 'react'

interface PriceRange {
  min: number | undefined
  max: number | undefined
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value))

/** A price range, applied when the shopper asks (not on every key). */
export function PriceFilter({ range, onChange }: { range: PriceRange; onChange(min: string, max: string): void }) {
  const [min, setMin] = useState(text(range.min))
  const [max, setMax] = useState(text(range.max))
  useEffect(() => {
    setMin(text(range.min))
    setMax(text(range.max))
  }, [range.min, range.max])

  const apply = (event: FormEvent) => {
    event.preventDefault()
    onChange(min, max)
  }
  return (
    <form className="filter" onSubmit={apply}>
      <fieldset className="filter__fieldset">
        <legend className="filter__title">Price</legend>
        <div className="price-filter">
          <label>
            <span>Min price</span>
            <input type="number" inputMode="decimal" min="0" step="any" value={min} onChange={(event) => setMin(event.target.value)} />
          </label>
          <span aria-hidden="true">–</span>
          <label>
            <span>Max price</span>
            <input type="number" inputMode="decimal" min="0" step="any" value={max} onChange={(event) => setMax(event.target.value)} />
          </label>
        </div>
        <button type="submit" className="button button--small">Apply price</button>
      </fieldset>
    </form>
  )
}
