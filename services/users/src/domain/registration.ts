import { randomUUID } from 'node:crypto'
import { AppError, type Db, type Outbox } from '@bazaar/kit'
import type { UsersSettings } from '../config.ts'
import { insertUser, takenFields, withoutCredentials } from '../data/users.ts'
import { userRegistered } from './events/user-registered.ts'
import { hashPassword } from './passwords.ts'
import type { User } from './user.ts'

export interface Registration {
  email: string
  /** Optional: an account without one exists but cannot log in until an admin sets one. */
  password?: string | undefined
  username?: string | undefined
  name?: string | undefined
}

export interface RegistrationDeps {
  db: Db
  outbox: Outbox
  /** ADMIN_EMAIL is reserved for the admin account ensured at start, so nobody can register it first. */
  settings: Pick<UsersSettings, 'ADMIN_EMAIL'>
}

function conflict(fields: string[]): AppError {
  return new AppError('CONFLICT', 'Already registered', {
    detail: `Another account has this ${fields.length > 0 ? fields.join(' and ') : 'email or username'}.`,
    fields: fields.map((field) => ({ field: `body.${field}`, message: 'is already registered' })),
  })
}

/** Creates a customer account and announces it (UserRegistered), in one transaction. */
export async function register(deps: RegistrationDeps, input: Registration): Promise<User> {
  const email = input.email.trim().toLowerCase()
  const username = input.username ?? null
  if (email === deps.settings.ADMIN_EMAIL.trim().toLowerCase()) throw conflict(['email'])
  // Hashed before the transaction: scrypt takes tens of milliseconds and holds no lock.
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password)
  const user = await deps.db.transaction(async (tx) => {
    const created = await insertUser(tx, { userId: randomUUID(), email, username, name: input.name ?? null, passwordHash, roles: ['customer'] })
    if (!created) throw conflict(await takenFields(tx, email, username))
    const user = withoutCredentials(created)
    await deps.outbox.add(tx, userRegistered(user))
    return user
  })
  deps.outbox.kick()
  return user
}
