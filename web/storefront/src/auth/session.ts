import type { TokenGrant } from '../api/auth.ts'

const refreshKey = 'bazaar.refresh-token'
/**
 * An access token this close to expiry is refreshed before use rather than sent to be refused:
 * 30 s, or a tenth of the token's life when that is shorter.
 */
const expiryMarginMs = 30_000

let access: { token: string; refreshAt: number } | undefined
const listeners = new Set<() => void>()

function notify(): void {
  for (const listener of listeners) listener()
}

function storedRefreshToken(): string | null {
  try {
    return localStorage.getItem(refreshKey)
  } catch {
    return null
  }
}

/**
 * The signed-in session. The access token lives in memory only; the refresh token is kept in
 * localStorage so a reload, or another tab, stays signed in.
 */
export const session = {
  accessToken(): string | undefined {
    return access !== undefined && access.refreshAt > Date.now() ? access.token : undefined
  },
  refreshToken: storedRefreshToken,
  isSignedIn(): boolean {
    return storedRefreshToken() !== null
  },
  save(grant: TokenGrant): void {
    const lifetimeMs = grant.expires_in * 1000
    access = { token: grant.access_token, refreshAt: Date.now() + lifetimeMs - Math.min(expiryMarginMs, lifetimeMs / 10) }
    if (grant.refresh_token !== undefined) localStorage.setItem(refreshKey, grant.refresh_token)
    notify()
  },
  clear(): void {
    access = undefined
    localStorage.removeItem(refreshKey)
    notify()
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

// Signing in or out in another tab changes this one too. A token that tab merely rotated
// belongs to the same user: this tab's access token stays good.
window.addEventListener('storage', (event) => {
  if (event.key !== refreshKey) return
  if (event.newValue === null) access = undefined
  notify()
})
