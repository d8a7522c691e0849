import type { AddressFields, SavedAddress } from '../../api/addresses.ts'
import { AddressForm, type AddressErrors } from '../../components/address-form.tsx'
import { countryName } from '../../format/countries.ts'

export interface AddressChoice {
  /** A saved address's id, or "new". */
  selected: string
  draft: AddressFields
  saveDraft: boolean
}

export function chosenAddress(choice: AddressChoice, saved: readonly SavedAddress[]): AddressFields {
  const address = saved.find((candidate) => candidate.address_id === choice.selected)
  if (address === undefined) return choice.draft
  const { name, line1, line2, city, postal_code, country } = address
  return { name, line1, ...(line2 === null ? {} : { line2 }), city, postal_code, country }
}

/** Saved addresses to pick from, or a new one (which may be saved for next time). */
export function AddressSection({ saved, choice, errors, onChange }: {
  saved: readonly SavedAddress[]
  choice: AddressChoice
  errors: AddressErrors
  onChange(choice: AddressChoice): void
}) {
  const isNew = choice.selected === 'new'
  return (
    <fieldset className="checkout-section">
      <legend>Shipping address</legend>
      {saved.length > 0 && (
        <div className="choice-list">
          {saved.map((address) => (
            <label key={address.address_id} className="choice">
              <input type="radio" name="address" checked={choice.selected === address.address_id} onChange={() => onChange({ ...choice, selected: address.address_id })} />
              <span>
                <strong>{address.name}</strong>
                <span className="muted">{[address.line1, address.line2, `${address.postal_code} ${address.city}`, countryName(address.country)].filter(Boolean).join(', ')}</span>
              </span>
            </label>
          ))}
          <label className="choice">
            <input type="radio" name="address" checked={isNew} onChange={() => onChange({ ...choice, selected: 'new' })} />
            <span><strong>A new address</strong></span>
          </label>
        </div>
      )}
      {isNew && (
        <>
          <AddressForm address={choice.draft} errors={errors} onChange={(draft) => onChange({ ...choice, draft })} />
          <label className="checkbox">
            <input type="checkbox" checked={choice.saveDraft} onChange={(event) => onChange({ ...choice, saveDraft: event.target.checked })} />
            Save this address to my account
          </label>
        </>
      )}
    </fieldset>
  )
}
