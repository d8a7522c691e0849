import postgres from 'postgres'
import { quoteIdentifier } from './pg-types.ts'

/** Drops database `name` if it exists, ending the sessions still connected to it. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, connect_timeout: 10, onnotice: () => {} })
  try {
    await sql.unsafe(`drop database if exists ${quoteIdentifier(name)} with (force)`)
  } finally {
    await sql.end({ timeout: 5 })
  }
}
