import { AppError, type Db } from '@bazaar/kit'
import { revokeAllOfUser } from '../data/refresh-tokens.ts'
import { findUserById, listUsers, updateName, updatePasswordHash, updateRoles, withoutCredentials, type UserPage } from '../data/users.ts'
import { hashPassword, verifyPassword } from './passwords.ts'
import { seesEveryone, type Actor, type User, type UserRole, type UserWithCredentials } from './user.ts'

const notFound = () => new AppError('NOT_FOUND', 'User not found')

async function existingUser(db: Db, userId: string): Promise<UserWithCredentials> {
  const user = await findUserById(db, userId)
  if (!user) throw notFound()
  return user
}

/** A user as seen by `actor`: themselves, or anyone for an admin or a service; others do not exist (404). */
export async function readUser(db: Db, actor: Actor, userId: string): Promise<User> {
  if (actor.subject !== userId && !seesEveryone(actor)) throw notFound()
  return withoutCredentials(await existingUser(db, userId))
}

export async function listAccounts(db: Db, limit: number, after?: number): Promise<{ users: User[]; next: UserPage['next'] }> {
  const page = await listUsers(db, limit, after)
  return { users: page.users.map(withoutCredentials), next: page.next }
}

export interface ProfileChange {
  name?: string | null | undefined
  password?: string | undefined
  currentPassword?: string | undefined
}

/**
 * Changes the caller's own name or password. A password change needs the current password,
 * so a stolen access token cannot take the account over, and it revokes every refresh token
 * of the account: sessions end when their access tokens expire.
 * An account without a password gets its first one from an admin (setPassword).
 */
export async function updateProfile(db: Db, userId: string, change: ProfileChange): Promise<User> {
  const user = await existingUser(db, userId)
  const newHash = change.password === undefined ? undefined : await checkedNewHash(user.passwordHash, change.currentPassword, change.password)
  await db.transaction(async (tx) => {
    if (change.name !== undefined) await updateName(tx, userId, change.name)
    if (newHash !== undefined) {
      await updatePasswordHash(tx, userId, newHash)
      await revokeAllOfUser(tx, userId)
    }
  })
  return withoutCredentials(await existingUser(db, userId))
}

async function checkedNewHash(currentHash: string | null, currentPassword: string | undefined, password: string): Promise<string> {
  if (currentPassword === undefined || !(await verifyPassword(currentPassword, currentHash))) {
    throw new AppError('VALIDATION_FAILED', 'Current password required', {
      fields: [{ field: 'body.current_password', message: 'must be the current password' }],
    })
  }
  return hashPassword(password)
}

/** An admin sets a user's password (the first one of a password-less account, or a reset); sessions end. */
export async function setPassword(db: Db, userId: string, password: string): Promise<void> {
  await existingUser(db, userId)
  const hash = await hashPassword(password)
  await db.transaction(async (tx) => {
    await updatePasswordHash(tx, userId, hash)
    await revokeAllOfUser(tx, userId)
  })
}

/** An admin sets a user's roles; an admin cannot drop their own admin role, so one always remains. */
export async function setRoles(db: Db, actor: Actor, userId: string, roles: readonly UserRole[]): Promise<User> {
  if (actor.subject === userId && !roles.includes('admin')) {
    throw new AppError('CONFLICT', 'Cannot remove your own admin role', { detail: 'Another admin must do it.' })
  }
  const user = await updateRoles(db, userId, [...new Set(roles)])
  if (!user) throw notFound()
  return withoutCredentials(user)
}
