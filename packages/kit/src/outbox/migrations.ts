import type { MigrationSource } from '../db/migrate.ts'

/** The kit's own tables (outbox, inbox); every service applies them to its schema. */
export const kitMigrations: MigrationSource = { name: 'kit', folder: new URL('../../migrations/', import.meta.url) }
