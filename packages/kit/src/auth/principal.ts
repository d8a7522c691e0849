/** Who is calling, as proven by a verified access token. */
export interface Principal {
  /** The user id, or the service client's id for service tokens. */
  subject: string
  kind: 'user' | 'service'
  /** `customer`, `admin`; service tokens carry `service`. */
  roles: string[]
  clientId?: string
  /** The verified token itself, to forward when calling on the caller's behalf. */
  token: string
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authenticate hook; undefined for anonymous callers. */
    principal?: Principal
  }
}
