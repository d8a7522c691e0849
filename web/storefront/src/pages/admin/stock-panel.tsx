import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { allStocksKey, stockKey, updateStock } from '../../api/inventory.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { Field } from '../../components/field.tsx'
import { useStock } from '../../components/use-stocks.ts'

type Mode = 'delta' | 'quantity'

/** Stock is inventory's: set the sellable quantity, or add (or take away) units. */
export function StockPanel({ productId }: { productId: string }) {
  const queryClient = useQueryClient()
  const stock = useStock(productId)
  const [mode, setMode] = useState<Mode>('delta')
  const [amount, setAmount] = useState('')
  const [error, setError] = useState<string>()
  const update = useMutation({
    mutationFn: (change: { quantity: number } | { delta: number }) => updateStock(productId, change),
    onSuccess: async (level) => {
      queryClient.setQueryData(stockKey(productId), level)
      setAmount('')
      await queryClient.invalidateQueries({ queryKey: allStocksKey })
    },
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const valid = mode === 'delta' ? /^-?\d+$/.test(amount.trim()) && Number(amount) !== 0 : /^\d+$/.test(amount.trim())
    setError(valid ? undefined : mode === 'delta' ? 'Enter a whole number of units to add, or a negative one to remove.' : 'Enter a whole number of units.')
    if (valid) update.mutate(mode === 'delta' ? { delta: Number(amount) } : { quantity: Number(amount) })
  }
  return (
    <section className="panel" aria-labelledby="stock-title">
      <h2 id="stock-title">Stock</h2>
      <p className="stock-figures" role="status">
        {stock.data === undefined ? 'Loading…' : <><strong>{stock.data.quantity}</strong> to sell, {stock.data.reserved} held for unpaid orders</>}
      </p>
      <form className="stack" onSubmit={submit} noValidate>
        <fieldset className="segmented">
          <legend className="visually-hidden">How to change the stock</legend>
          <label><input type="radio" name="stock-mode" checked={mode === 'delta'} onChange={() => setMode('delta')} /> Adjust by</label>
          <label><input type="radio" name="stock-mode" checked={mode === 'quantity'} onChange={() => setMode('quantity')} /> Set to</label>
        </fieldset>
        <Field label={mode === 'delta' ? 'Units to add (negative to remove)' : 'Units to sell'} value={amount} onChange={setAmount} inputMode="numeric" error={error} />
        <button type="submit" className="button button--primary" disabled={update.isPending}>Update stock</button>
      </form>
      {update.isError && <ErrorNotice error={update.error} />}
    </section>
  )
}
