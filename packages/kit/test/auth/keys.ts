import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK, type JWTPayload } from 'jose'

export const issuer = 'https://users.bazaar.test'
export const audience = 'bazaar'

export interface SigningKey {
  kid: string
  privateKey: CryptoKey
  publicKey: CryptoKey
  publicJwk: JWK
}

export async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('Ed25519', { extractable: true })
  return { kid, privateKey, publicKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'Ed25519', use: 'sig' } }
}

/** Signs an access token by the users service's convention; `claims` override the defaults. */
export async function accessToken(key: SigningKey, claims: JWTPayload = {}, expiresIn: string | number = '5m'): Promise<string> {
  return new SignJWT({ roles: ['customer'], typ: 'access', sub: 'user-1', iss: issuer, aud: audience, ...claims })
    .setProtectedHeader({ alg: 'Ed25519', kid: key.kid })
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key.privateKey)
}
