import type { Queryable } from '@bazaar/kit'
import type { User, UserRole, UserWithCredentials } from '../domain/user.ts'

type UserRow = {
  user_id: string
  email: string
  username: string | null
  name: string | null
  roles: UserRole[]
  created_at: Date
  password_hash: string | null
}

const columns = 'user_id, email, username, name, roles, created_at, password_hash'

function toUser(row: UserRow): UserWithCredentials {
  return { userId: row.user_id, email: row.email, username: row.username, name: row.name, roles: row.roles, createdAt: row.created_at, passwordHash: row.password_hash }
}

/** Drops the credential, so it cannot travel further by accident. */
export function withoutCredentials({ passwordHash: _, ...user }: UserWithCredentials): User {
  return user
}

export interface NewUser {
  userId: string
  email: string
  username: string | null
  name: string | null
  passwordHash: string | null
  roles: readonly UserRole[]
}

/** Inserts the user unless its email or username is taken; answers undefined when taken. */
export async function insertUser(db: Queryable, user: NewUser): Promise<UserWithCredentials | undefined> {
  const rows = await db.query<UserRow>(
    `insert into users (user_id, email, username, name, password_hash, roles) values ($1, $2, $3, $4, $5, $6)
     on conflict do nothing returning ${columns}`,
    [user.userId, user.email, user.username, user.name, user.passwordHash, user.roles],
  )
  return rows[0] && toUser(rows[0])
}

/** Which of `email` and `username` another account already holds. */
export async function takenFields(db: Queryable, email: string, username: string | null): Promise<('email' | 'username')[]> {
  const rows = await db.query<{ email: boolean; username: boolean }>(
    `select bool_or(email = $1) as email, coalesce(bool_or(lower(username) = lower($2)), false) as username
     from users where email = $1 or lower(username) = lower($2)`,
    [email, username],
  )
  const row = rows[0]
  return row ? (['email', 'username'] as const).filter((field) => row[field]) : []
}

export async function findUserById(db: Queryable, userId: string): Promise<UserWithCredentials | undefined> {
  const rows = await db.query<UserRow>(`select ${columns} from users where user_id = $1`, [userId])
  return rows[0] && toUser(rows[0])
}

/** By email (stored lower-cased) or by username, whatever its case. */
export async function findUserByLogin(db: Queryable, login: { email: string } | { username: string }): Promise<UserWithCredentials | undefined> {
  const rows = 'email' in login
    ? await db.query<UserRow>(`select ${columns} from users where email = $1`, [login.email])
    : await db.query<UserRow>(`select ${columns} from users where lower(username) = lower($1)`, [login.username])
  return rows[0] && toUser(rows[0])
}

export interface UserPage {
  users: UserWithCredentials[]
  /** Where the next page starts; undefined on the last page. */
  next: number | undefined
}

/** In registration order, `limit` at a time, from position `after` (exclusive). */
export async function listUsers(db: Queryable, limit: number, after = 0): Promise<UserPage> {
  const rows = await db.query<UserRow & { seq: number }>(
    `select ${columns}, seq from users where seq > $1 order by seq limit $2`,
    [after, limit + 1],
  )
  const page = rows.slice(0, limit)
  return { users: page.map(toUser), next: rows.length > limit ? page.at(-1)?.seq : undefined }
}

export async function updateName(db: Queryable, userId: string, name: string | null): Promise<void> {
  await db.query('update users set name = $2, updated_at = now() where user_id = $1', [userId, name])
}

export async function updatePasswordHash(db: Queryable, userId: string, passwordHash: string): Promise<void> {
  await db.query('update users set password_hash = $2, updated_at = now() where user_id = $1', [userId, passwordHash])
}

export async function updateRoles(db: Queryable, userId: string, roles: readonly UserRole[]): Promise<UserWithCredentials | undefined> {
  const rows = await db.query<UserRow>(`update users set roles = $2, updated_at = now() where user_id = $1 returning ${columns}`, [userId, roles])
  return rows[0] && toUser(rows[0])
}
