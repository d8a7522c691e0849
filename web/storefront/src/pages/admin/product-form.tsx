import { useId, useState, type FormEvent } from 'react'
import type { ProductFields } from '../../api/catalog-admin.ts'
import { Field } from '../../components/field.tsx'
import { useCategories } from '../../components/use-categories.ts'

interface ProductDraft {
  name: string
  description: string
  price: string
  category: string
  weight: string
  stock: string
}

type DraftErrors = Partial<Record<keyof ProductDraft, string>>

export function draftOf(product?: ProductFields): ProductDraft {
  if (product === undefined) return { name: '', description: '', price: '', category: '', weight: '500', stock: '0' }
  return { name: product.name, description: product.description, price: String(product.price), category: product.category, weight: String(product.weight_grams), stock: '' }
}

const wholeNumber = /^\d+$/

/** The draft as the API takes it, or what is wrong with it. */
function readDraft(draft: ProductDraft): { fields: ProductFields; stock: number } | { errors: DraftErrors } {
  const errors: DraftErrors = {}
  const price = Number(draft.price)
  if (draft.name.trim() === '') errors.name = 'Enter the product name.'
  if (!/^\d+(\.\d{1,2})?$/.test(draft.price.trim()) || price <= 0) errors.price = 'Enter a price above 0, such as 29.99.'
  if (draft.category.trim() === '') errors.category = 'Choose or type a category.'
  if (!wholeNumber.test(draft.weight.trim())) errors.weight = 'Enter the weight in whole grams.'
  if (draft.stock !== '' && !wholeNumber.test(draft.stock.trim())) errors.stock = 'Enter a whole number of units.'
  if (Object.keys(errors).length > 0) return { errors }
  return {
    fields: { name: draft.name.trim(), description: draft.description.trim(), price, category: draft.category.trim(), weight_grams: Number(draft.weight) },
    stock: Number(draft.stock || 0),
  }
}

export function ProductForm({ initial, withStock, submitLabel, busy, onSubmit }: {
  initial: ProductDraft
  withStock: boolean
  submitLabel: string
  busy: boolean
  onSubmit(fields: ProductFields, stock: number): void
}) {
  const [draft, setDraft] = useState(initial)
  const [errors, setErrors] = useState<DraftErrors>({})
  const categories = useCategories()
  const descriptionId = useId()
  const categoryList = useId()
  const set = (field: keyof ProductDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const read = readDraft(draft)
    if ('errors' in read) return setErrors(read.errors)
    setErrors({})
    onSubmit(read.fields, read.stock)
  }
  return (
    <form className="product-form" onSubmit={submit} noValidate>
      <Field className="product-form__wide" label="Name" value={draft.name} onChange={set('name')} error={errors.name} maxLength={200} required />
      <div className="field product-form__wide">
        <label className="field__label" htmlFor={descriptionId}>Description</label>
        <textarea id={descriptionId} rows={4} maxLength={2000} value={draft.description} onChange={(event) => set('description')(event.target.value)} />
      </div>
      <Field label="Price (USD)" value={draft.price} onChange={set('price')} error={errors.price} inputMode="decimal" required />
      <Field label="Category" value={draft.category} onChange={set('category')} error={errors.category} list={categoryList} hint="Pick one, or type a new category." required />
      <datalist id={categoryList}>
        {(categories.data ?? []).map((category) => <option key={category.slug} value={category.slug}>{category.name}</option>)}
      </datalist>
      <Field label="Weight (grams)" value={draft.weight} onChange={set('weight')} error={errors.weight} inputMode="numeric" />
      {withStock && <Field label="Units in stock" value={draft.stock} onChange={set('stock')} error={errors.stock} inputMode="numeric" />}
      <div className="product-form__wide actions">
        <button type="submit" className="button button--primary" disabled={busy}>{busy ? 'Saving…' : submitLabel}</button>
      </div>
    </form>
  )
}
