import type { StockLevel } from '../api/inventory.ts'
import './stock-state.css'

/** Few enough units that the shopper should hear how many are left. */
const lowStock = 5

function stockText(quantity: number): string {
  if (quantity <= 0) return 'Out of stock'
  if (quantity <= lowStock) return `Only ${quantity} left`
  return 'In stock'
}

/** Whether a product can be bought now, from its stock as read from inventory (undefined until then). */
export function StockState({ stock, failed }: { stock: StockLevel | undefined; failed: boolean }) {
  if (stock === undefined) return <span className="stock stock--unknown">{failed ? 'Stock unknown' : 'Checking stock…'}</span>
  const { quantity } = stock
  const tone = quantity <= 0 ? 'out' : quantity <= lowStock ? 'low' : 'in'
  return <span className={`stock stock--${tone}`}>{stockText(quantity)}</span>
}
