/** The next page of a list, on request. */
export function LoadMore({ hasMore, loading, onLoad, label }: { hasMore: boolean; loading: boolean; onLoad(): void; label: string }) {
  if (!hasMore) return null
  return (
    <p className="load-more">
      <button type="button" className="button" disabled={loading} onClick={onLoad}>{loading ? 'Loading…' : label}</button>
    </p>
  )
}
