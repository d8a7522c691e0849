import { Link } from 'react-router'
import { useAuth } from '../../auth/auth-context.ts'
import { usePageTitle } from '../../components/use-page-title.ts'

export function NotAllowedPage() {
  const { user } = useAuth()
  usePageTitle('Not allowed')
  return (
    <div className="page page--narrow empty-state">
      <h1>Not allowed</h1>
      <p>
        This part of the shop is for administrators only
        {user === undefined ? '.' : <>, and you are signed in as <strong>{user.email}</strong>.</>}
      </p>
      <p><Link className="button button--primary" to="/">Back to the shop</Link></p>
    </div>
  )
}
