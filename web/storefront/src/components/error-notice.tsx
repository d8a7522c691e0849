import { isApiError } from '../api/api-error.ts'

/** A failure said plainly, announced to screen readers as it appears. */
export function ErrorNotice({ error, title }: { error: unknown; title?: string }) {
  const message = isApiError(error) ? error.explanation : 'Something went wrong. Please try again.'
  return (
    <div className="notice notice--error" role="alert">
      {title !== undefined && <strong>{title} </strong>}
      {message}
    </div>
  )
}
