import { maxLineQuantity } from '../api/cart.ts'

/** A line of the cart a visitor keeps before signing in. */
export interface LocalLine {
  product_id: string
  quantity: number
}

const storageKey = 'bazaar.cart'
const listeners = new Set<() => void>()
let cached: { raw: string | null; lines: readonly LocalLine[] } = { raw: null, lines: [] }

function notify(): void {
  for (const listener of listeners) listener()
}

function isLine(value: unknown): value is LocalLine {
  const line = value as Partial<LocalLine> | null
  return typeof line?.product_id === 'string' && Number.isInteger(line.quantity) && (line.quantity ?? 0) > 0
}

function read(): readonly LocalLine[] {
  const raw = localStorage.getItem(storageKey)
  if (raw === cached.raw) return cached.lines
  let lines: readonly LocalLine[] = []
  try {
    const parsed: unknown = raw === null ? [] : JSON.parse(raw)
    lines = Array.isArray(parsed) ? parsed.filter(isLine) : []
  } catch {
    lines = []
  }
  cached = { raw, lines }
  return lines
}

function write(lines: readonly LocalLine[]): void {
  if (lines.length === 0) localStorage.removeItem(storageKey)
  else localStorage.setItem(storageKey, JSON.stringify(lines))
  notify()
}

const clamp = (quantity: number) => Math.max(0, Math.min(maxLineQuantity, Math.trunc(quantity)))

/** The anonymous visitor's cart, in localStorage so it survives a reload. */
export const localCart = {
  lines: read,
  add(productId: string, quantity: number): void {
    const current = read().find((line) => line.product_id === productId)?.quantity ?? 0
    localCart.set(productId, current + quantity)
  },
  /** Sets a line's quantity, keeping its place in the cart; 0 removes it. */
  set(productId: string, quantity: number): void {
    const wanted = clamp(quantity)
    const lines = read()
    if (wanted === 0) return write(lines.filter((line) => line.product_id !== productId))
    const known = lines.some((line) => line.product_id === productId)
    write(known
      ? lines.map((line) => (line.product_id === productId ? { ...line, quantity: wanted } : line))
      : [...lines, { product_id: productId, quantity: wanted }])
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

// A cart changed in another tab shows here too.
window.addEventListener('storage', (event) => {
  if (event.key !== storageKey) return
  notify()
})
