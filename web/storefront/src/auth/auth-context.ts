import { createContext, useContext } from 'react'
import type { NewAccount, User } from '../api/users.ts'

export interface Auth {
  /** A session exists (its account may still be loading). */
  signedIn: boolean
  user: User | undefined
  /** Signed in, and the account is still being read. */
  loading: boolean
  isAdmin: boolean
  logIn(email: string, password: string): Promise<void>
  /** Creates the account and signs it in. */
  register(account: NewAccount): Promise<void>
  logOut(): Promise<void>
}

export const AuthContext = createContext<Auth | undefined>(undefined)

export function useAuth(): Auth {
  const auth = useContext(AuthContext)
  if (auth === undefined) throw new Error('useAuth needs an AuthProvider above it')
  return auth
}
