import { Type } from 'typebox'
import { RatingCreated } from '@bazaar/contracts'
import { AppError, authenticate, callerOf, requireRole, type ServiceApp, type TokenVerifier } from '@bazaar/kit'
import { rate, reviewsOf, summariesOf, type RatingDeps } from '../domain/ratings.ts'
import { bearer, closed, ProductId, ProductIdList, RatingItem, ratingItem, RatingView, ratingView, SummaryView, summaryView } from './schemas.ts'

const maxBatch = 100

const ProductParams = Type.Object({ product_id: ProductId }, closed)
const RateBody = Type.Object({
  stars: Type.Integer({ minimum: 1, maximum: 5 }),
  review: Type.Optional(Type.String({ maxLength: 2000 })),
}, closed)
const PageQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description: 'next_cursor of the previous page' })),
}, closed)
const BatchQuery = Type.Object({ product_ids: ProductIdList }, closed)

const ReviewsView = Type.Object({
  ...SummaryView.properties,
  items: Type.Array(RatingItem),
  next_cursor: Type.Union([Type.String(), Type.Null()]),
}, closed)
const SummariesView = Type.Object({ items: Type.Array(SummaryView) }, closed)

function batchIds(list: string): string[] {
  const ids = [...new Set(list.split(','))]
  if (ids.length > maxBatch) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid', { fields: [{ field: 'querystring.product_ids', message: `must name at most ${maxBatch} products` }] })
  }
  return ids
}

export function ratingRoutes(app: ServiceApp, deps: RatingDeps, verifier: TokenVerifier): void {
  const tags = ['ratings']

  app.post('/ratings/:product_id', {
    onRequest: [authenticate(verifier), requireRole('customer')],
    schema: {
      summary: 'Rate a product (customers)',
      description: `One rating per user and product: posting again replaces stars and review (200; 201 the first time). Publishes ${RatingCreated.type} both times.`,
      tags,
      security: bearer,
      params: ProductParams,
      body: RateBody,
      response: { 200: RatingView, 201: RatingView },
    },
  }, async (request, reply) => {
    const userId = callerOf(request).subject
    const { rating, created } = await rate(deps, { productId: request.params.product_id, userId, ...request.body })
    return reply.code(created ? 201 : 200).send(ratingView(rating))
  })

  app.get('/ratings/:product_id', {
    schema: { summary: 'A product\'s average and reviews, newest first', tags, params: ProductParams, querystring: PageQuery, response: { 200: ReviewsView } },
  }, async (request) => {
    const { cursor, limit } = request.query
    const reviews = await reviewsOf(deps.db, request.params.product_id, limit, cursor === undefined ? undefined : Number(cursor))
    return {
      ...summaryView(reviews.summary),
      items: reviews.ratings.map(ratingItem),
      next_cursor: reviews.next === undefined ? null : String(reviews.next),
    }
  })

  app.get('/ratings', {
    schema: { summary: 'Average and count of several products', tags, querystring: BatchQuery, response: { 200: SummariesView } },
  }, async (request) => ({ items: (await summariesOf(deps.db, batchIds(request.query.product_ids))).map(summaryView) }))
}
