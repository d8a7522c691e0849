import type { FastifyReply } from 'fastify'
import type { StoredResponse } from './keys.ts'

/** Sends a stored answer's exact text, whatever its status: the first answer and every replay are identical. */
export function sendStored(reply: FastifyReply, response: StoredResponse): FastifyReply {
  const type = response.contentType ?? (response.status >= 400 ? 'application/problem+json' : 'application/json; charset=utf-8')
  return reply.code(response.status).type(type).send(response.body)
}
