import { useQuery } from '@tanstack/react-query'
import { getStock, stockKey } from '../api/inventory.ts'
import './stock-state.css'

/** Few enough units that the shopper should hear how many are left. */
const lowStock = 5

function stockText(quantity: number): string {
  if (quantity <= 0) return 'Out of stock'
  if (quantity <= lowStock) return `Only ${quantity} left`
  return 'In stock'
}

/** Whether a product can be bought now, from inventory. */
export function StockState({ productId }: { productId: string }) {
  const stock = useQuery({ queryKey: stockKey(productId), queryFn: ({ signal }) => getStock(productId, signal), staleTime: 15_000 })
  if (stock.data === undefined) return <span className="stock stock--unknown">{stock.isError ? 'Stock unknown' : 'Checking stock…'}</span>
  const { quantity } = stock.data
  const tone = quantity <= 0 ? 'out' : quantity <= lowStock ? 'low' : 'in'
  return <span className={`stock stock--${tone}`}>{stockText(quantity)}</span>
}
