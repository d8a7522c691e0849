import { randomUUID } from 'node:crypto'
import { SignJWT, type JWTPayload } from 'jose'
import { tokenIssuer, userAudience } from '@bazaar/kit'
import { signingAlgorithm, type SigningKey } from './signing-key.ts'
import type { User } from './user.ts'

export interface AccessToken {
  token: string
  /** Seconds, as OAuth2's `expires_in`. */
  expiresIn: number
}

export interface AccessTokens {
  /** For the platform at large (`aud: bazaar`), as the user. */
  forUser(user: Pick<User, 'userId' | 'roles'>): Promise<AccessToken>
  /** For calling one service (`aud: <audience>`), as a service client. */
  forService(clientId: string, audience: string): Promise<AccessToken>
}

/** Short-lived JWTs (RFC 9068 profile) signed with the service's key; verified by every service. */
export function createAccessTokens(signingKey: () => Promise<SigningKey>, ttlSeconds: number): AccessTokens {
  async function sign(subject: string, audience: string, claims: JWTPayload): Promise<AccessToken> {
    const key = await signingKey()
    const token = await new SignJWT({ ...claims, typ: 'access' })
      .setProtectedHeader({ alg: signingAlgorithm, kid: key.kid, typ: 'at+jwt' })
      .setIssuer(tokenIssuer)
      .setAudience(audience)
      .setSubject(subject)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(key.privateKey)
    return { token, expiresIn: ttlSeconds }
  }
  return {
    forUser: (user) => sign(user.userId, userAudience, { roles: user.roles }),
    forService: (clientId, audience) => sign(`service:${clientId}`, audience, { client_id: clientId, roles: ['service'] }),
  }
}
