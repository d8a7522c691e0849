import type { KeptSecret } from './secrets.ts'

export interface BannerFacts {
  /** The gateway's base URL. */
  gatewayUrl: string
  /** What runs, e.g. `11 services` or `13 processes on PostgreSQL, RabbitMQ and Redis`. */
  running: string
  seconds: number
  adminPassword: KeptSecret | undefined
  /** The users service's settings: admin e-mail and demo shopper. */
  users: Readonly<Record<string, unknown>>
  skipped?: readonly { service: string; reason: string }[]
}

/** What a person needs after `npm start`: where to go, how to log in, what did not start. */
export function banner(facts: BannerFacts): string {
  const url = facts.gatewayUrl.replace('127.0.0.1', 'localhost')
  const { adminPassword: admin, users } = facts
  const lines = [
    '',
    `Bazaar is running (${facts.running}, ready in ${facts.seconds.toFixed(1)} s)`,
    '',
    `  Storefront   ${url}/`,
    `  API          ${url}/api`,
    `  Health       ${url}/api/health`,
    '',
  ]
  if (admin && users.ADMIN_EMAIL) {
    lines.push(admin.generated
      ? `  Admin        ${String(users.ADMIN_EMAIL)} / ${admin.value}   (generated now, shown once; kept in the data folder)`
      : `  Admin        ${String(users.ADMIN_EMAIL)} (password in the data folder, file admin-password)`)
  }
  if (users.SEED_DEMO === true) lines.push(`  Demo shopper ${String(users.DEMO_EMAIL)} / ${String(users.DEMO_PASSWORD)}`)
  for (const { service, reason } of facts.skipped ?? []) lines.push(`  Skipped      ${service}: ${reason}`)
  lines.push('', 'Press Ctrl-C to stop.')
  return lines.join('\n')
}
