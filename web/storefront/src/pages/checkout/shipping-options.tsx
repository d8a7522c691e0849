import type { ShippingMethod } from '../../api/orders.ts'
import type { ShippingQuote } from '../../api/shipping.ts'
import { Loading } from '../../components/loading.tsx'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { money } from '../../format/money.ts'

const names: Record<ShippingMethod, string> = { standard: 'Standard', express: 'Express' }

export function ShippingOptions({ quote, error, method, onChange }: {
  quote: ShippingQuote | undefined
  error: unknown
  method: ShippingMethod
  onChange(method: ShippingMethod): void
}) {
  return (
    <fieldset className="checkout-section">
      <legend>Delivery</legend>
      {error !== null && error !== undefined && <ErrorNotice error={error} title="Shipping prices are unavailable." />}
      {quote === undefined && (error === null || error === undefined) && <Loading label="Quoting shipping…" />}
      {quote !== undefined && (
        <div className="choice-list">
          {quote.options.map((option) => (
            <label key={option.method} className="choice">
              <input type="radio" name="shipping" checked={method === option.method} onChange={() => onChange(option.method)} />
              <span>
                <strong>{names[option.method]}</strong>
                <span className="muted">{option.days} business days</span>
              </span>
              <span className="choice__price">{option.price === 0 ? 'Free' : money(option.price, quote.currency)}</span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  )
}
