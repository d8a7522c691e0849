import './stars.css'

/** An average rating as five stars, read out as "4.5 out of 5 stars (12 ratings)". */
export function Stars({ average, count }: { average: number | null; count?: number }) {
  if (average === null) return <span className="stars stars--none">No ratings yet</span>
  const rounded = Math.round(average * 10) / 10
  const label = `${rounded} out of 5 stars${count === undefined ? '' : ` (${count} ${count === 1 ? 'rating' : 'ratings'})`}`
  return (
    <span className="stars" role="img" aria-label={label}>
      <span className="stars__track" aria-hidden="true">
        ★★★★★
        <span className="stars__fill" style={{ width: `${(average / 5) * 100}%` }}>★★★★★</span>
      </span>
      <span className="stars__text" aria-hidden="true">
        {rounded.toFixed(1)}{count === undefined ? '' : ` (${count})`}
      </span>
    </span>
  )
}
