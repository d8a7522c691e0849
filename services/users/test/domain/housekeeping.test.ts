import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { testDatabases, type DbFactory } from '@bazaar/kit/testing'
import type { Queryable } from '@bazaar/kit'
import { sweepSpentCredentials } from '../../src/domain/housekeeping.ts'

const databases = testDatabases([{ name: 'users', folder: new URL('../../migrations/', import.meta.url) }], { prefix: 'users' })
after(databases.closePglite)

const settings = { CREDENTIAL_SWEEP_INTERVAL_MS: 1000, REFRESH_TOKEN_TTL_SECONDS: 3600, LOGIN_LOCK_MS: 60_000 }

async function token(db: Queryable, hash: string, expiresInSeconds: number, revoked = false): Promise<void> {
  await db.query(
    `insert into refresh_tokens (token_hash, family_id, user_id, expires_at, revoked_at)
     values ($1, 'family', 'u1', now() + $2 * interval '1 second', case when $3 then now() end)`,
    [hash, expiresInSeconds, revoked],
  )
}

async function failure(db: Queryable, key: string, windowAgoMs: number, lockedForMs: number | null): Promise<void> {
  await db.query(
    `insert into login_failures (key, failures, window_started_at, locked_until)
     values ($1, 3, now() - $2 * interval '1 millisecond', now() + $3 * interval '1 millisecond')`,
    [key, windowAgoMs, lockedForMs],
  )
}

const keys = async (db: Queryable, sql: string) => (await db.query<{ key: string }>(sql)).map((row) => row.key).sort()

for (const [name, factory] of [['PGlite', databases.pglite], ['PostgreSQL', databases.postgres]] as [string, DbFactory][]) {
  test(`${name}: when the sweep runs, then only credentials no login or refresh can use are deleted`, async (t) => {
    const open = await factory(t)
    if (!open) return
    const db = await open()
    await db.query(`insert into users (user_id, email) values ('u1', 'u1@example.com')`)
    await token(db, 'live', 600)
    await token(db, 'revoked-not-expired', 600, true)
    await token(db, 'expired-recently', -600)
    await token(db, 'expired-long-ago', -2 * 3600)
    await failure(db, 'window-open', 1000, null)
    await failure(db, 'still-locked', 2 * 60_000, 30_000)
    await failure(db, 'window-over', 2 * 60_000, null)
    await failure(db, 'lock-over', 2 * 60_000, -1000)

    assert.deepEqual(await sweepSpentCredentials(db, settings), { refreshTokens: 1, loginFailures: 2 })
    assert.deepEqual(await keys(db, 'select token_hash as key from refresh_tokens'), ['expired-recently', 'live', 'revoked-not-expired'])
    assert.deepEqual(await keys(db, 'select key from login_failures'), ['still-locked', 'window-open'])
    assert.deepEqual(await sweepSpentCredentials(db, settings), { refreshTokens: 0, loginFailures: 0 }, 'a second sweep finds nothing')
  })
}
