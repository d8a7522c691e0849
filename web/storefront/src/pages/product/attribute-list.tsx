import type { Product } from '../../api/catalog.ts'

/** "screen_inches" reads as "Screen inches". */
function labelOf(key: string): string {
  const words = key.replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The catalog keeps strings, numbers and booleans (its schema cannot say so: see its Attributes). */
function valueOf(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  return String(value)
}

function weightOf(grams: number): string {
  return grams >= 1000 ? `${(grams / 1000).toFixed(2).replace(/\.?0+$/, '')} kg` : `${grams} g`
}

export function AttributeList({ attributes, weightGrams }: { attributes: Product['attributes']; weightGrams: number }) {
  const entries = Object.entries(attributes)
  return (
    <section className="attributes" aria-labelledby="attributes-title">
      <h2 id="attributes-title">Details</h2>
      <dl>
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt>{labelOf(key)}</dt>
            <dd>{valueOf(value)}</dd>
          </div>
        ))}
        {weightGrams > 0 && (
          <div>
            <dt>Shipping weight</dt>
            <dd>{weightOf(weightGrams)}</dd>
          </div>
        )}
      </dl>
    </section>
  )
}
