import type { CardDetails } from '../../api/payments.ts'
import { Field } from '../../components/field.tsx'
import type { CardErrors } from './card-check.ts'
import { TestCards } from './test-cards.tsx'

/** MM/YY as it is typed: the slash comes by itself after the month. */
function expiryAsTyped(text: string): string {
  const digits = text.replace(/\D/g, '').slice(0, 4)
  return digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits
}

export function CardFields({ card, errors, onChange }: { card: CardDetails; errors: CardErrors; onChange(card: CardDetails): void }) {
  return (
    <fieldset className="checkout-section">
      <legend>Payment</legend>
      <div className="card-fields">
        <Field
          className="card-fields__number"
          label="Card number"
          value={card.number}
          onChange={(number) => onChange({ ...card, number })}
          error={errors.number}
          inputMode="numeric"
          autoComplete="cc-number"
          maxLength={23}
        />
        <Field
          label="Expiry (MM/YY)"
          value={card.expiry}
          onChange={(expiry) => onChange({ ...card, expiry: expiryAsTyped(expiry) })}
          error={errors.expiry}
          inputMode="numeric"
          autoComplete="cc-exp"
          placeholder="MM/YY"
          maxLength={5}
        />
        <Field
          label="CVC"
          value={card.cvv}
          onChange={(cvv) => onChange({ ...card, cvv: cvv.replace(/\D/g, '').slice(0, 4) })}
          error={errors.cvv}
          inputMode="numeric"
          autoComplete="cc-csc"
          maxLength={4}
        />
      </div>
      <TestCards onUse={(number) => onChange({ ...card, number })} />
    </fieldset>
  )
}
