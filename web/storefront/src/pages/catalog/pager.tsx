import { useLocation, useNavigate } from 'react-router'

interface PagerState {
  /** The cursors of the pages before this one, the first page's as "". */
  previous: string[]
}

function pagerState(state: unknown): PagerState {
  const previous = (state as Partial<PagerState> | null)?.previous
  return { previous: Array.isArray(previous) ? previous.filter((cursor) => typeof cursor === 'string') : [] }
}

/**
 * Previous and next pages over the API's cursors. The cursors already seen ride in the history
 * entry, so "Previous" and the browser's back button agree.
 */
export function Pager({ cursor, nextCursor }: { cursor: string | undefined; nextCursor: string | null }) {
  const location = useLocation()
  const navigate = useNavigate()
  const { previous } = pagerState(location.state)
  const hasPrevious = cursor !== undefined

  const go = (target: string, stack: string[]) => {
    const params = new URLSearchParams(location.search)
    if (target === '') params.delete('cursor')
    else params.set('cursor', target)
    void navigate({ search: params.toString() }, { state: { previous: stack } })
  }

  if (!hasPrevious && nextCursor === null) return null
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" className="button" disabled={!hasPrevious} onClick={() => go(previous.at(-1) ?? '', previous.slice(0, -1))}>
        ← Previous
      </button>
      <span className="pager__page">Page {previous.length + 1}</span>
      <button type="button" className="button" disabled={nextCursor === null} onClick={() => nextCursor !== null && go(nextCursor, [...previous, cursor ?? ''])}>
        Next →
      </button>
    </nav>
  )
}
