import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { useDebouncedValue } from '../components/use-debounced-value.ts'

const typingPauseMs = 250

/** The catalog's search as the shopper types it; on any other page, typing opens the catalog. */
export function SearchBox() {
  const location = useLocation()
  const navigate = useNavigate()
  const onCatalog = location.pathname === '/'
  const urlQuery = onCatalog ? new URLSearchParams(location.search).get('q') ?? '' : ''
  const [text, setText] = useState(urlQuery)
  const debounced = useDebouncedValue(text, typingPauseMs)
  // The query this box last put in the URL: a different one came from elsewhere (back, a link).
  const sent = useRef(urlQuery)
  const current = useRef({ onCatalog, search: location.search })
  current.current = { onCatalog, search: location.search }

  useEffect(() => {
    if (urlQuery === sent.current) return
    sent.current = urlQuery
    setText(urlQuery)
  }, [urlQuery])

  const search = (query: string) => {
    sent.current = query
    const { onCatalog: replace, search: currentSearch } = current.current
    const params = new URLSearchParams(replace ? currentSearch : '')
    if (query.trim() === '') params.delete('q')
    else params.set('q', query)
    params.delete('cursor')
    void navigate({ pathname: '/', search: params.toString() }, { replace })
  }

  // Only a settled change of the text searches; the URL following along must not.
  useEffect(() => {
    if (debounced !== sent.current) search(debounced)
  }, [debounced])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (text !== sent.current || !current.current.onCatalog) search(text)
  }

  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="site-search" className="visually-hidden">Search products</label>
      <svg className="search-box__icon" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m20 20-4-4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        id="site-search"
        type="search"
        placeholder="Search products"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </form>
  )
}
