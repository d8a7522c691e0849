import type { ReactNode } from 'react'
import { NotAllowedPage } from '../pages/not-allowed/not-allowed-page.tsx'
import { useAuth } from './auth-context.ts'
import { RequireSignedIn } from './require-signed-in.tsx'

/** Admin pages: anyone else sees why they may not enter, and never loads the admin code. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { isAdmin } = useAuth()
  return <RequireSignedIn>{isAdmin ? children : <NotAllowedPage />}</RequireSignedIn>
}
