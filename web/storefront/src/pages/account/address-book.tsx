import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { addAddress, addressesKey, listAddresses, removeAddress, type AddressFields } from '../../api/addresses.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { Loading } from '../../components/loading.tsx'
import { AddressForm, addressToSend, checkAddress, emptyAddress, type AddressErrors } from '../../components/address-form.tsx'
import { countryName } from '../../format/countries.ts'

export function AddressBook() {
  const queryClient = useQueryClient()
  const addresses = useQuery({ queryKey: addressesKey, queryFn: listAddresses })
  const [draft, setDraft] = useState<AddressFields>(emptyAddress)
  const [errors, setErrors] = useState<AddressErrors>({})
  const [adding, setAdding] = useState(false)
  const refresh = () => queryClient.invalidateQueries({ queryKey: addressesKey })
  const add = useMutation({
    mutationFn: () => addAddress(addressToSend(draft)),
    onSuccess: async () => {
      setDraft(emptyAddress)
      setAdding(false)
      await refresh()
    },
  })
  const remove = useMutation({ mutationFn: removeAddress, onSuccess: refresh })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = checkAddress(draft)
    setErrors(found)
    if (Object.keys(found).length === 0) add.mutate()
  }
  return (
    <section className="panel" aria-labelledby="addresses-title">
      <h2 id="addresses-title">Addresses</h2>
      {addresses.isPending && <Loading label="Loading addresses…" />}
      {addresses.isError && <ErrorNotice error={addresses.error} />}
      {addresses.data?.length === 0 && <p className="muted">No saved addresses yet. Addresses you add here are offered at checkout.</p>}
      <ul className="address-list">
        {(addresses.data ?? []).map((address) => (
          <li key={address.address_id}>
            <address>
              <strong>{address.name}</strong><br />
              {[address.line1, address.line2].filter(Boolean).join(', ')}<br />
              {address.postal_code} {address.city}, {countryName(address.country)}
            </address>
            <button type="button" className="button button--ghost button--small" disabled={remove.isPending} onClick={() => remove.mutate(address.address_id)}>
              Remove<span className="visually-hidden"> the address of {address.name}, {address.line1}</span>
            </button>
          </li>
        ))}
      </ul>
      {remove.isError && <ErrorNotice error={remove.error} />}
      {adding ? (
        <form className="stack" onSubmit={submit} noValidate>
          <AddressForm address={draft} errors={errors} onChange={setDraft} />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={add.isPending}>Save address</button>
            <button type="button" className="button" onClick={() => setAdding(false)}>Cancel</button>
          </div>
          {add.isError && <ErrorNotice error={add.error} />}
        </form>
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>Add an address</button>
      )}
    </section>
  )
}
