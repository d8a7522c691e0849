import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { addCartItem, cartKey, removeCartItem, setCartQuantity } from '../api/cart.ts'
import { useAuth } from '../auth/auth-context.ts'
import { localCart } from './local-cart.ts'

export interface CartActions {
  add(productId: string, quantity: number): Promise<void>
  /** 0 removes the line. */
  setQuantity(productId: string, quantity: number): Promise<void>
  remove(productId: string): Promise<void>
}

/** Changes to the cart, made where it lives: the account's cart or this browser's. */
export function useCartActions(): CartActions {
  const { signedIn } = useAuth()
  const queryClient = useQueryClient()
  return useMemo<CartActions>(() => {
    if (!signedIn) {
      return {
        add: async (productId, quantity) => localCart.add(productId, quantity),
        setQuantity: async (productId, quantity) => localCart.set(productId, quantity),
        remove: async (productId) => localCart.set(productId, 0),
      }
    }
    return {
      add: async (productId, quantity) => { queryClient.setQueryData(cartKey, await addCartItem(productId, quantity)) },
      setQuantity: async (productId, quantity) => { queryClient.setQueryData(cartKey, await setCartQuantity(productId, quantity)) },
      remove: async (productId) => {
        await removeCartItem(productId)
        await queryClient.invalidateQueries({ queryKey: cartKey })
      },
    }
  }, [signedIn, queryClient])
}
