/**
 * AMQP topic matching, so the embedded bus routes exactly as a RabbitMQ topic exchange does:
 * words are dot-separated, `*` matches exactly one word, `#` matches zero or more.
 */
export function topicMatches(pattern: string, type: string): boolean {
  return matchWords(pattern.split('.'), 0, type.split('.'), 0)
}

function matchWords(pattern: string[], p: number, words: string[], w: number): boolean {
  if (p === pattern.length) return w === words.length
  const head = pattern[p]
  if (head === '#') {
    for (let skip = w; skip <= words.length; skip++) {
      if (matchWords(pattern, p + 1, words, skip)) return true
    }
    return false
  }
  if (w === words.length) return false
  return (head === '*' || head === words[w]) && matchWords(pattern, p + 1, words, w + 1)
}
