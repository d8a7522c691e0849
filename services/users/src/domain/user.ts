/** The roles a user can hold; service tokens carry `service`, which no user has. */
export const userRoles = ['customer', 'admin'] as const
export type UserRole = (typeof userRoles)[number]

export interface User {
  userId: string
  email: string
  username: string | null
  name: string | null
  roles: UserRole[]
  createdAt: Date
}

/** A user with the credential only login and password changes look at. */
export interface UserWithCredentials extends User {
  passwordHash: string | null
}

/** Who is acting, as far as the rules below care. */
export interface Actor {
  subject: string
  roles: readonly string[]
}

/** Admins, and services acting for the platform (notifications looking up an email), see every user. */
export function seesEveryone(actor: Actor): boolean {
  return actor.roles.includes('admin') || actor.roles.includes('service')
}
