import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import { addressesKey } from '../api/addresses.ts'
import { logIn as requestTokens, logOut as revokeTokens } from '../api/auth.ts'
import { cartKey } from '../api/cart.ts'
import { notificationsKey } from '../api/notifications.ts'
import { ordersKey } from '../api/orders.ts'
import { getMe, meKey, register as createAccount, type NewAccount } from '../api/users.ts'
import { mergeLocalCart } from '../cart/merge-local-cart.ts'
import { AuthContext, type Auth } from './auth-context.ts'
import { session } from './session.ts'

/** Queries whose answers belong to the signed-in user: dropped when the session ends. */
const personalQueries = new Set<string>([meKey, cartKey, ordersKey, addressesKey, notificationsKey].map((key) => key[0]))

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const signedIn = useSyncExternalStore(session.subscribe, session.isSignedIn)
  const me = useQuery({ queryKey: meKey, queryFn: getMe, enabled: signedIn, staleTime: 5 * 60_000 })

  useEffect(() => {
    if (!signedIn) queryClient.removeQueries({ predicate: (query) => personalQueries.has(String(query.queryKey[0])) })
  }, [signedIn, queryClient])

  const logIn = useCallback(async (email: string, password: string) => {
    session.save(await requestTokens(email, password))
    await mergeLocalCart()
    await queryClient.invalidateQueries()
  }, [queryClient])

  const register = useCallback(async (account: NewAccount) => {
    await createAccount(account)
    await logIn(account.email, account.password)
  }, [logIn])

  const logOut = useCallback(async () => {
    const token = session.refreshToken()
    session.clear()
    // The tokens are gone from this browser either way; revoking is a courtesy that may fail.
    if (token !== null) await revokeTokens(token).catch(() => undefined)
  }, [])

  const auth = useMemo<Auth>(() => ({
    signedIn,
    user: signedIn ? me.data : undefined,
    loading: signedIn && me.isPending,
    isAdmin: signedIn && (me.data?.roles.includes('admin') ?? false),
    logIn,
    register,
    logOut,
  }), [signedIn, me.data, me.isPending, logIn, register, logOut])

  return <AuthContext value={auth}>{children}</AuthContext>
}
