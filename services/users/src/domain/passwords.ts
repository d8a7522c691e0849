import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * Password hashing with scrypt (docs/architecture.md#5-security-model), stored as `scrypt$N$r$p$salt$hash` (base64url) so
 * the cost can be raised later without invalidating existing hashes: each is verified with
 * the parameters it was made with.
 */
const cost = { N: 2 ** 15, r: 8, p: 1 }
const saltBytes = 16
const keyBytes = 32

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  // 128 * N * r bytes of memory; Node's 32 MiB default is just short of N = 2^15, r = 8.
  const maxmem = 256 * (options.N ?? cost.N) * (options.r ?? cost.r)
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyBytes, { ...options, maxmem }, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(saltBytes)
  const hash = await derive(password, salt, cost)
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), hash.toString('base64url')].join('$')
}

interface Parsed {
  options: ScryptOptions
  salt: Buffer
  hash: Buffer
}

function parse(stored: string): Parsed | undefined {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return undefined
  return { options: { N: Number(n), r: Number(r), p: Number(p) }, salt: Buffer.from(salt, 'base64url'), hash: Buffer.from(hash, 'base64url') }
}

// Verified against when there is no stored hash, so an unknown login costs what a wrong
// password costs and timing does not tell which accounts exist.
let decoy: Promise<string> | undefined

/** True when `password` matches `stored`; an absent or unreadable hash never matches. */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const parsed = stored ? parse(stored) : undefined
  if (!parsed) {
    decoy ??= hashPassword(randomBytes(saltBytes).toString('base64url'))
    const fallback = parse(await decoy) as Parsed
    await derive(password, fallback.salt, fallback.options)
    return false
  }
  const candidate = await derive(password, parsed.salt, parsed.options)
  return candidate.length === parsed.hash.length && timingSafeEqual(candidate, parsed.hash)
}
