import { Link } from 'react-router'

/** What shows when a page failed to render (or its code failed to load after a new release). */
export function RouteError() {
  return (
    <main className="page page--narrow" id="main">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Reloading usually helps.</p>
      <p className="actions">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>Reload</button>
        <Link className="button" to="/">Back to the shop</Link>
      </p>
    </main>
  )
}
