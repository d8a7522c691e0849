import type { Platform } from './platform.ts'

/** What a person needs after `npm start`: where to go, how to log in, what did not start. */
export function banner(platform: Platform, { gateway, seconds }: { gateway: string; seconds: number }): string {
  const url = platform.url(gateway).replace('127.0.0.1', 'localhost')
  const admin = platform.adminPassword
  const users = platform.services.get('users')?.settings ?? {}
  const lines = [
    '',
    `Bazaar is running (${platform.services.size} services, ready in ${seconds.toFixed(1)} s)`,
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
  for (const { service, reason } of platform.skipped) lines.push(`  Skipped      ${service}: ${reason}`)
  lines.push('', 'Press Ctrl-C to stop.')
  return lines.join('\n')
}
