import { AppError } from '@bazaar/kit'

/**
 * Where a page ends: the sort it belongs to, the last item's sort key and its id (ties on the
 * key are broken by the id, so a walk through the pages never repeats or skips an item).
 * Clients get it as opaque base64url text.
 */
export interface Cursor<Key> {
  sort: string
  key: Key
  id: string
}

export function encodeCursor<Key>(cursor: Cursor<Key>): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString('base64url')
}

const invalid = () =>
  new AppError('VALIDATION_FAILED', 'The request is not valid', {
    fields: [{ field: 'query.cursor', message: 'must be the next_cursor of a previous page with the same sort' }],
  })

/** Reads a cursor of `sort`; `isKey` checks the key's shape, since the text came from a client. */
export function decodeCursor<Key>(text: string, sort: string, isKey: (key: unknown) => key is Key): Cursor<Key> {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    throw invalid()
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid()
  const [cursorSort, key, id] = parsed as unknown[]
  if (cursorSort !== sort || typeof id !== 'string' || !/^[0-9]{1,15}$/.test(id) || !isKey(key)) throw invalid()
  return { sort, key, id }
}
