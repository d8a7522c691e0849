import type { Rating } from './rating.ts'

/**
 * Reviewers of the demo data. They are not accounts of the users service: ratings keeps user
 * ids as opaque strings, and these are recognisable as demo data wherever they show.
 */
export const demoReviewers = ['demo-reviewer-ada', 'demo-reviewer-ben', 'demo-reviewer-chloe', 'demo-reviewer-dev', 'demo-reviewer-emma', 'demo-reviewer-farid'] as const

const reviews: Record<number, readonly (string | null)[]> = {
  5: [
    'Exactly as described, and it arrived two days early.',
    'Great quality for the price. Would buy again.',
    'I use it every day and it is holding up really well.',
    'Bought a second one as a gift.',
    null,
  ],
  4: [
    'Very good overall; the colour is a little darker than in the photos.',
    'Solid and well made. The instructions could be clearer.',
    'Does the job nicely. Packaging was a bit excessive.',
    null,
  ],
  3: [
    'It is fine. Nothing special, but it works.',
    'Decent, though smaller than I expected.',
    'Average quality, and it took a week longer to arrive than promised.',
  ],
  2: ['Stopped working properly after a few weeks.', 'Feels cheaper than the price suggests.'],
  1: ['Arrived damaged, and the replacement took ages.'],
}

// Mostly good marks, as real shops see them; a few poor ones so averages differ.
const starCycle = [5, 4, 5, 3, 4, 5, 2, 4, 5, 4, 3, 5, 1, 4, 5]

const hour = 3_600_000

/**
 * A few dozen ratings of products "1" to "40" by the demo reviewers, the same on every first
 * start: products get 0, 1 or 2 ratings, so some show no rating at all. Dated over the weeks
 * before `now`, oldest first, so insertion order is age order.
 */
export function demoRatings(now: Date): Rating[] {
  const ratings: Rating[] = []
  for (let product = 1; product <= 40; product++) {
    for (let nth = 0; nth < product % 3; nth++) {
      const index = ratings.length
      const stars = starCycle[index % starCycle.length] as number
      const texts = reviews[stars] as readonly (string | null)[]
      ratings.push({
        productId: String(product),
        userId: demoReviewers[(product + nth * 3) % demoReviewers.length] as string,
        stars,
        review: texts[index % texts.length] as string | null,
        createdAt: new Date(now.getTime() - (index + 1) * 29 * hour),
        updatedAt: new Date(now.getTime() - (index + 1) * 29 * hour),
      })
    }
  }
  return ratings.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
}
