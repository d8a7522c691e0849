import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link, useLocation } from 'react-router'
import { productsKey } from '../../api/catalog.ts'
import { rateProduct, reviewsKey } from '../../api/ratings.ts'
import { useAuth } from '../../auth/auth-context.ts'
import { loginPath } from '../../auth/next-path.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'

const starChoices = [5, 4, 3, 2, 1]

/** A customer's stars and words; rating again replaces their earlier rating. */
export function RateForm({ productId }: { productId: string }) {
  const auth = useAuth()
  const location = useLocation()
  const queryClient = useQueryClient()
  const [stars, setStars] = useState<number | undefined>()
  const [review, setReview] = useState('')
  const rate = useMutation({
    mutationFn: () => rateProduct(productId, { stars: stars ?? 0, ...(review.trim() === '' ? {} : { review: review.trim() }) }),
    onSuccess: async () => {
      setReview('')
      await queryClient.invalidateQueries({ queryKey: reviewsKey(productId) })
      await queryClient.invalidateQueries({ queryKey: productsKey })
    },
  })

  if (!auth.signedIn) {
    return (
      <div className="rate-form rate-form--prompt">
        <p><Link to={loginPath(location.pathname)}>Log in</Link> to rate this product.</p>
      </div>
    )
  }
  if (auth.user !== undefined && !auth.user.roles.includes('customer')) {
    return <div className="rate-form rate-form--prompt"><p>Only customers rate products.</p></div>
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (stars !== undefined) rate.mutate()
  }
  return (
    <form className="rate-form" onSubmit={submit}>
      <fieldset className="star-picker">
        <legend>Your rating</legend>
        {starChoices.map((choice) => (
          <label key={choice}>
            <input type="radio" name="stars" value={choice} checked={stars === choice} onChange={() => setStars(choice)} required />
            {choice} {choice === 1 ? 'star' : 'stars'}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field__label">Review (optional)</span>
        <textarea rows={3} maxLength={2000} value={review} onChange={(event) => setReview(event.target.value)} />
      </label>
      <button type="submit" className="button button--primary" disabled={rate.isPending}>
        {rate.isPending ? 'Sending…' : 'Submit rating'}
      </button>
      <div role="status">{rate.isSuccess && <p className="notice notice--success">Thank you, your rating is in.</p>}</div>
      {rate.isError && <ErrorNotice error={rate.error} />}
    </form>
  )
}
