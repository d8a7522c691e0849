import { Transform, type Readable } from 'node:stream'
import { AppError } from '@bazaar/kit'

export function payloadTooLarge(limit: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', 'Payload too large', { detail: `A request body may hold at most ${limit} bytes.` })
}

/**
 * The body as it streams, failing with 413 once more than `limit` bytes went through. Only for
 * bodies of unknown length (chunked): a declared Content-Length is checked before sending, and
 * Node's parser never delivers more than it declares.
 */
export function limitBody(body: Readable, limit: number): Readable {
  let seen = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length
      if (seen <= limit) return callback(null, chunk)
      // The client's stream is left alone, not destroyed: Node discards the rest of it after the
      // 413 is sent, and the connection stays usable.
      body.unpipe(counter)
      body.resume()
      callback(payloadTooLarge(limit))
    },
  })
  // A client that goes away mid-body fails the counter, and the upstream call with it.
  body.once('error', (error) => counter.destroy(error))
  return body.pipe(counter)
}
