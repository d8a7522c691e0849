import { useId } from 'react'
import type { AddressFields } from '../api/addresses.ts'
import { Field } from './field.tsx'
import { countries } from '../format/countries.ts'
import './address-form.css'

export type AddressErrors = Partial<Record<keyof AddressFields, string>>

export const emptyAddress: AddressFields = { name: '', line1: '', line2: '', city: '', postal_code: '', country: 'US' }

/** What a shipping address misses before it is sent. */
export function checkAddress(address: AddressFields): AddressErrors {
  const errors: AddressErrors = {}
  if (address.name.trim() === '') errors.name = 'Enter the name of who receives the parcel.'
  if (address.line1.trim() === '') errors.line1 = 'Enter the street address.'
  if (address.city.trim() === '') errors.city = 'Enter the city.'
  if (address.postal_code.trim() === '') errors.postal_code = 'Enter the postal code.'
  return errors
}

/** The address as the API takes it: trimmed, an empty second line left out. */
export function addressToSend(address: AddressFields): AddressFields {
  const line2 = address.line2?.trim() ?? ''
  return {
    name: address.name.trim(),
    line1: address.line1.trim(),
    ...(line2 === '' ? {} : { line2 }),
    city: address.city.trim(),
    postal_code: address.postal_code.trim(),
    country: address.country,
  }
}

export function AddressForm({ address, errors, onChange }: { address: AddressFields; errors: AddressErrors; onChange(address: AddressFields): void }) {
  const countryId = useId()
  const set = (field: keyof AddressFields) => (value: string) => onChange({ ...address, [field]: value })
  return (
    <div className="address-form">
      <Field className="address-form__wide" label="Full name" value={address.name} onChange={set('name')} error={errors.name} autoComplete="name" maxLength={100} />
      <Field className="address-form__wide" label="Street address" value={address.line1} onChange={set('line1')} error={errors.line1} autoComplete="address-line1" maxLength={200} />
      <Field className="address-form__wide" label="Apartment, suite (optional)" value={address.line2 ?? ''} onChange={set('line2')} autoComplete="address-line2" maxLength={200} />
      <Field label="City" value={address.city} onChange={set('city')} error={errors.city} autoComplete="address-level2" maxLength={100} />
      <Field label="Postal code" value={address.postal_code} onChange={set('postal_code')} error={errors.postal_code} autoComplete="postal-code" maxLength={20} />
      <div className="field">
        <label className="field__label" htmlFor={countryId}>Country</label>
        <select id={countryId} value={address.country} onChange={(event) => set('country')(event.target.value)} autoComplete="country">
          {countries.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
        </select>
      </div>
    </div>
  )
}
