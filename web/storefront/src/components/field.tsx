import { useId, type InputHTMLAttributes } from 'react'

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string
  value: string
  onChange(value: string): void
  error?: string | undefined
  hint?: string
}

/** A labelled input whose error and hint are tied to it, so screen readers read them with it. */
export function Field({ label, value, onChange, error, hint, className, ...input }: FieldProps) {
  const id = useId()
  const described = [hint === undefined ? '' : `${id}-hint`, error === undefined ? '' : `${id}-error`].filter(Boolean).join(' ')
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field__label" htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={described === '' ? undefined : described}
      />
      {hint !== undefined && <span className="field__hint" id={`${id}-hint`}>{hint}</span>}
      {error !== undefined && <span className="field__error" id={`${id}-error`}>{error}</span>}
    </div>
  )
}
