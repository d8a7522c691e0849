import { useQuery } from '@tanstack/react-query'
import { cartKey, getCart } from '../api/cart.ts'
import { useAuth } from '../auth/auth-context.ts'
import type { CartState } from './cart-state.ts'
import { useLocalCart } from './use-local-cart.ts'

/** The cart: the account's when signed in, else the one kept in this browser. */
export function useCart(): CartState {
  const { signedIn } = useAuth()
  const server = useQuery({ queryKey: cartKey, queryFn: ({ signal }) => getCart(signal), enabled: signedIn })
  const local = useLocalCart(!signedIn)
  return signedIn ? { cart: server.data, isPending: server.isPending, error: server.error } : local
}
