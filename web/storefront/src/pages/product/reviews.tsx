import { useInfiniteQuery } from '@tanstack/react-query'
import { getReviews, reviewsKey } from '../../api/ratings.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { Stars } from '../../components/stars.tsx'
import { formatDate } from '../../format/dates.ts'
import { RateForm } from './rate-form.tsx'

export function Reviews({ productId }: { productId: string }) {
  const reviews = useInfiniteQuery({
    queryKey: reviewsKey(productId),
    queryFn: ({ pageParam, signal }) => getReviews(productId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  })
  const first = reviews.data?.pages[0]
  const items = reviews.data?.pages.flatMap((page) => page.items) ?? []

  return (
    <section className="reviews" id="reviews" aria-labelledby="reviews-title">
      <h2 id="reviews-title">Ratings and reviews</h2>
      {/* Ratings live in their own service: the page stands without them. */}
      {reviews.isError && <ErrorNotice error={reviews.error} title="Reviews are unavailable right now." />}
      {first !== undefined && (
        <p className="reviews__summary">
          <Stars average={first.average} count={first.count} />
        </p>
      )}
      <div className="reviews__layout">
        <RateForm productId={productId} />
        <div>
          {first !== undefined && items.length === 0 && <p className="muted">No reviews yet. Be the first to share what you think.</p>}
          <ul className="reviews__list">
            {items.map((review) => (
              <li key={`${review.user_id}-${review.created_at}`} className="review">
                <Stars average={review.stars} />
                {review.review !== null && review.review !== '' && <p>{review.review}</p>}
                <p className="review__meta">A verified shopper · {formatDate(review.created_at)}</p>
              </li>
            ))}
          </ul>
          {reviews.hasNextPage && (
            <button type="button" className="button" disabled={reviews.isFetchingNextPage} onClick={() => void reviews.fetchNextPage()}>
              {reviews.isFetchingNextPage ? 'Loading…' : 'More reviews'}
            </button>
          )}
        </div>
      </div>
    </section>
  )
}
