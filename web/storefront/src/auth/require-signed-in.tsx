import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { Loading } from '../components/loading.tsx'
import { useAuth } from './auth-context.ts'
import { loginPath } from './next-path.ts'

/** Pages of an account: a visitor is sent to log in first, and comes back after. */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const auth = useAuth()
  const location = useLocation()
  if (!auth.signedIn) return <Navigate to={loginPath(location.pathname + location.search)} replace />
  if (auth.loading) return <Loading label="Loading your account…" />
  return children
}
