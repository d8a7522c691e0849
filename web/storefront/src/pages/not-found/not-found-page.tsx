import { Link } from 'react-router'
import { usePageTitle } from '../../components/use-page-title.ts'

export function NotFoundPage() {
  usePageTitle('Page not found')
  return (
    <div className="page page--narrow empty-state">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <p><Link className="button button--primary" to="/">Browse the shop</Link></p>
    </div>
  )
}
