import { AppError } from '@bazaar/kit'

export interface Category {
  slug: string
  name: string
}

/** "Home & Kitchen", "home & kitchen" and "home-kitchen" are one category: home-kitchen. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
}

/**
 * The category an admin named. A slug given as such ("toys-games") is titled ("Toys Games");
 * a name with capitals or spaces is kept as written. An existing category keeps its name.
 */
export function categoryOf(text: string): Category {
  const slug = slugOf(text)
  if (slug === '') {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid', {
      fields: [{ field: 'body.category', message: 'must contain a letter or a digit' }],
    })
  }
  const trimmed = text.trim().replace(/\s+/g, ' ')
  const written = trimmed !== slug && /[A-Z\s&]/.test(trimmed)
  const name = written ? trimmed : slug.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')
  return { slug, name }
}
