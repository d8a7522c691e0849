import { randomUUID } from 'node:crypto'
import type { Db, Logger } from '@bazaar/kit'
import type { UsersSettings } from '../config.ts'
import { findUserByLogin, insertUser, updateRoles } from '../data/users.ts'
import { hashPassword } from './passwords.ts'
import type { UserRole } from './user.ts'

export interface SeedDeps {
  db: Db
  settings: Pick<UsersSettings, 'ADMIN_EMAIL' | 'ADMIN_PASSWORD' | 'SEED_DEMO' | 'DEMO_EMAIL' | 'DEMO_PASSWORD'>
  log: Logger
}

/** At start: the admin account unless ADMIN_PASSWORD is empty, and the demo shopper when SEED_DEMO is on. */
export async function ensureSeededAccounts(deps: SeedDeps): Promise<void> {
  const { db, settings, log } = deps
  if (settings.ADMIN_PASSWORD === '') log.warn('ADMIN_PASSWORD is empty: no admin account is ensured')
  else await ensureAccount(db, { email: settings.ADMIN_EMAIL, password: settings.ADMIN_PASSWORD, name: 'Administrator', roles: ['customer', 'admin'] }, log)
  if (settings.SEED_DEMO) await ensureAccount(db, { email: settings.DEMO_EMAIL, password: settings.DEMO_PASSWORD, name: 'Demo Shopper', roles: ['customer'] }, log)
}

export interface SeededAccount {
  email: string
  password: string
  name: string
  roles: readonly UserRole[]
}

/**
 * Makes sure an account made from settings exists and holds its roles (the admin; the demo
 * shopper). An existing account keeps its password, which its owner may have changed.
 */
async function ensureAccount(db: Db, account: SeededAccount, log: Logger): Promise<void> {
  const email = account.email.trim().toLowerCase()
  let user = await findUserByLogin(db, { email })
  if (!user) {
    const passwordHash = await hashPassword(account.password)
    // A replica starting at the same moment may insert it first; then its row is read back.
    await insertUser(db, { userId: randomUUID(), email, username: null, name: account.name, passwordHash, roles: [...account.roles] })
    user = await findUserByLogin(db, { email })
    if (!user) throw new Error(`the account ${email} could not be created`)
    log.info({ user_id: user.userId, roles: account.roles }, 'account created from settings')
  }
  const missing = account.roles.filter((role) => !user.roles.includes(role))
  if (missing.length > 0) await updateRoles(db, user.userId, [...user.roles, ...missing])
}
