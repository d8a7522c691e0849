import { useState, type FormEvent } from 'react'
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router'
import { useAuth } from '../../auth/auth-context.ts'
import { nextPath } from '../../auth/next-path.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { Field } from '../../components/field.tsx'
import { fieldErrorsOf } from '../../components/field-errors.ts'
import { useSingleFlight } from '../../components/use-single-flight.ts'
import { usePageTitle } from '../../components/use-page-title.ts'
import './account.css'

const minPassword = 8

export function RegisterPage() {
  const auth = useAuth()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<unknown>()
  const [busy, runOnce] = useSingleFlight()
  usePageTitle('Create an account')

  if (auth.signedIn && !busy) return <Navigate to={nextPath(params)} replace />

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) found.email = 'Enter an email address such as name@example.com.'
    if (password.length < minPassword) found.password = `Use at least ${minPassword} characters.`
    setErrors(found)
    setFailure(undefined)
    if (Object.keys(found).length > 0) return
    void runOnce(async () => {
      try {
        await auth.register({ email: email.trim(), password, ...(name.trim() === '' ? {} : { name: name.trim() }) })
        await navigate(nextPath(params), { replace: true })
      } catch (error) {
        setErrors(fieldErrorsOf(error))
        setFailure(error)
      }
    })
  }
  return (
    <div className="page auth-page">
      <form className="auth-card" onSubmit={submit} noValidate>
        <h1>Create an account</h1>
        <p className="muted">Track orders, save addresses and rate what you bought.</p>
        {failure !== undefined && <ErrorNotice error={failure} title="The account was not created." />}
        <Field label="Name" value={name} onChange={setName} autoComplete="name" maxLength={100} error={errors.name} />
        <Field label="Email" type="email" value={email} onChange={setEmail} autoComplete="email" required error={errors.email} />
        <Field
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          required
          hint={`At least ${minPassword} characters.`}
          error={errors.password}
        />
        <button type="submit" className="button button--primary button--large button--block" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
        <p className="auth-card__switch">Already have an account? <Link to={`/login?${params.toString()}`}>Log in</Link></p>
      </form>
    </div>
  )
}
