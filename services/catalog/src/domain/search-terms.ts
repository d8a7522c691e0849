/** At most this many words of a query take part in the prefix match. */
const maxWords = 16

/**
 * The to_tsquery text that finds products as a user types, ORed with websearch_to_tsquery of
 * the same text: every word of `q`, the last one as a prefix ("wireless headph" →
 * "wireless & headph:*"); a word after "-" is excluded, as websearch_to_tsquery does. Only
 * letters and digits survive, so no tsquery operator of the user's reaches the parser.
 * Undefined when `q` has no word, or quotes a phrase: a phrase search is typed on purpose and
 * "cast & iron" would match far more than "cast iron".
 */
export function prefixQuery(q: string): string | undefined {
  if (q.includes('"')) return undefined
  const terms = q.toLowerCase().split(/\s+/).flatMap((chunk) => {
    const negated = chunk.startsWith('-')
    return (chunk.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => (negated ? `!${word}` : word))
  }).slice(0, maxWords)
  if (terms.length === 0) return undefined
  return terms.map((term, i) => (i === terms.length - 1 ? `${term}:*` : term)).join(' & ')
}
