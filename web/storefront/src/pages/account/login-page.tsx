import { useState, type FormEvent } from 'react'
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router'
import { isApiError } from '../../api/api-error.ts'
import { useAuth } from '../../auth/auth-context.ts'
import { nextPath } from '../../auth/next-path.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { Field } from '../../components/field.tsx'
import { useSingleFlight } from '../../components/use-single-flight.ts'
import { usePageTitle } from '../../components/use-page-title.ts'
import './account.css'

export function LoginPage() {
  const auth = useAuth()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [failure, setFailure] = useState<unknown>()
  const [busy, runOnce] = useSingleFlight()
  usePageTitle('Log in')

  if (auth.signedIn && !busy) return <Navigate to={nextPath(params)} replace />

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void runOnce(async () => {
      setFailure(undefined)
      try {
        await auth.logIn(email.trim(), password)
        await navigate(nextPath(params), { replace: true })
      } catch (error) {
        setFailure(error)
      }
    })
  }
  const wrongPassword = isApiError(failure, 401)
  return (
    <div className="page auth-page">
      <form className="auth-card" onSubmit={submit}>
        <h1>Log in</h1>
        <p className="muted">Welcome back. Your cart comes with you.</p>
        {failure !== undefined && (wrongPassword
          ? <div className="notice notice--error" role="alert">That email and password do not match an account.</div>
          : <ErrorNotice error={failure} />)}
        <Field label="Email" type="email" value={email} onChange={setEmail} autoComplete="email" required />
        <Field label="Password" type="password" value={password} onChange={setPassword} autoComplete="current-password" required />
        <button type="submit" className="button button--primary button--large button--block" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
        <p className="auth-card__switch">New here? <Link to={`/register?${params.toString()}`}>Create an account</Link></p>
      </form>
    </div>
  )
}
