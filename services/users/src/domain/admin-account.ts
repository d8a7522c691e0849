import { randomUUID } from 'node:crypto'
import type { Db, Logger } from '@bazaar/kit'
import { findUserByLogin, insertUser, updateRoles } from '../data/users.ts'
import { hashPassword } from './passwords.ts'

export interface AdminSettings {
  email: string
  /** Empty: no admin is ensured. */
  password: string
}

/**
 * Makes sure the configured admin exists and holds the admin role. An existing account keeps
 * its password (an admin may have changed it); registration refuses this email, so nobody
 * else can have claimed it first.
 */
export async function ensureAdmin(db: Db, settings: AdminSettings, log: Logger): Promise<void> {
  if (settings.password === '') {
    log.warn('ADMIN_PASSWORD is empty: no admin account is ensured')
    return
  }
  const email = settings.email.trim().toLowerCase()
  let admin = await findUserByLogin(db, { email })
  if (!admin) {
    const passwordHash = await hashPassword(settings.password)
    // A replica starting at the same moment may insert it first; then its row is read back.
    await insertUser(db, { userId: randomUUID(), email, username: null, name: 'Administrator', passwordHash, roles: ['customer', 'admin'] })
    admin = await findUserByLogin(db, { email })
    if (!admin) throw new Error(`the admin account ${email} could not be created`)
    log.info({ user_id: admin.userId }, 'admin account created')
  }
  if (!admin.roles.includes('admin')) await updateRoles(db, admin.userId, [...admin.roles, 'admin'])
}
