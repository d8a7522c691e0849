import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { AppError } from '@bazaar/kit'
import { categoryOf, slugOf } from '../../src/domain/category.ts'

describe('category', () => {
  it('when a category is named in any spelling, then it has one slug', () => {
    for (const text of ['Home & Kitchen', 'home & kitchen', 'home-kitchen', '  Home / Kitchen  ']) assert.equal(slugOf(text), 'home-kitchen')
    assert.equal(slugOf('Crème Brûlée'), 'creme-brulee')
  })

  it('when a category is new, then a written name is kept and a slug is titled', () => {
    assert.deepEqual(categoryOf('Garden Tools'), { slug: 'garden-tools', name: 'Garden Tools' })
    assert.deepEqual(categoryOf('toys-games'), { slug: 'toys-games', name: 'Toys Games' })
  })

  it('when a category has no letter or digit, then VALIDATION_FAILED on body.category', () => {
    assert.throws(() => categoryOf('!!!'), (error: unknown) => error instanceof AppError && error.fields?.[0]?.field === 'body.category')
  })
})
