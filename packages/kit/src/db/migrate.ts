import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Db, Queryable } from './db.ts'

export interface MigrationSource {
  /** Recorded with each file, so two sources may both have a `001_init.sql`. */
  name: string
  folder: URL
}

// Keyed by schema: replicas of one service wait for each other; other schemas of the same
// database (tests, the embedded mode) do not.
const lock = `select pg_advisory_xact_lock(hashtext('bazaar.migrate:' || coalesce(current_schema(), '')))`

const createTable = `create table if not exists schema_migrations (
  source text not null,
  name text not null,
  applied_at timestamptz not null default now(),
  primary key (source, name)
)`

async function sqlFiles(folder: URL): Promise<string[]> {
  try {
    const names = await readdir(folder)
    return names.filter((name) => name.endsWith('.sql')).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

async function isApplied(tx: Queryable, source: string, name: string): Promise<boolean> {
  const rows = await tx.query('select 1 from schema_migrations where source = $1 and name = $2', [source, name])
  return rows.length > 0
}

/**
 * Applies each source's `.sql` files in file-name order, each exactly once, and answers the
 * ones applied now as `source/file`. Each file runs in its own transaction holding an advisory
 * transaction lock and checks again under it, so replicas starting together apply every file
 * once, and no lock outlives a failure. A file must not contain BEGIN/COMMIT.
 */
export async function migrate(db: Db, sources: readonly MigrationSource[]): Promise<string[]> {
  await db.transaction(async (tx) => {
    await tx.query(lock)
    await tx.query(createTable)
  })
  const applied: string[] = []
  for (const source of sources) {
    const folder = fileURLToPath(source.folder)
    for (const name of await sqlFiles(source.folder)) {
      const text = await readFile(join(folder, name), 'utf8')
      const appliedNow = await db.transaction(async (tx) => {
        await tx.query(lock)
        if (await isApplied(tx, source.name, name)) return false
        try {
          if (text.trim() !== '') await tx.query(text)
        } catch (error) {
          throw new Error(`migration ${source.name}/${name} failed: ${(error as Error).message}`, { cause: error })
        }
        await tx.query('insert into schema_migrations (source, name) values ($1, $2)', [source.name, name])
        return true
      })
      if (appliedNow) applied.push(`${source.name}/${name}`)
    }
  }
  return applied
}
