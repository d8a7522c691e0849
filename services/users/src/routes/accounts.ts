import { Type } from 'typebox'
import { authenticate, callerOf, requireRole, type ServiceApp, type TokenVerifier } from '@bazaar/kit'
import type { UsersDeps } from '../deps.ts'
import { listAccounts, readUser, setPassword, setRoles, updateProfile } from '../domain/accounts.ts'
import { signedInUser } from './caller.ts'
import { bearer, closed, Id, Name, Password, Role, UserView, userView } from './schemas.ts'

const UserParams = Type.Object({ user_id: Id }, closed)

const ListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description: 'next_cursor of the previous page' })),
}, closed)

const UserPage = Type.Object({ items: Type.Array(UserView), next_cursor: Type.Union([Type.String(), Type.Null()]) }, closed)

const ProfileBody = Type.Object({
  name: Type.Optional(Type.Union([Name, Type.Null()])),
  password: Type.Optional(Password),
  current_password: Type.Optional(Type.String({ maxLength: 256, description: 'required to change the password' })),
}, { ...closed, minProperties: 1 })

const RolesBody = Type.Object({ roles: Type.Array(Role, { minItems: 1, uniqueItems: true }) }, closed)
const PasswordBody = Type.Object({ password: Password }, closed)

export function accountRoutes(app: ServiceApp, deps: Pick<UsersDeps, 'db'>, verifier: TokenVerifier): void {
  const signedIn = authenticate(verifier)
  const me = signedInUser(verifier)
  const admin = [signedIn, requireRole('admin')]

  app.get('/users/me', {
    onRequest: me,
    schema: { summary: 'The caller', tags: ['users'], security: bearer, response: { 200: UserView } },
  }, async (request) => {
    const caller = callerOf(request)
    return userView(await readUser(deps.db, caller, caller.subject))
  })

  app.patch('/users/me', {
    onRequest: me,
    schema: { summary: 'Change the caller\'s name or password', tags: ['users'], security: bearer, body: ProfileBody, response: { 200: UserView } },
  }, async (request) => {
    const { name, password, current_password: currentPassword } = request.body
    return userView(await updateProfile(deps.db, callerOf(request).subject, { name, password, currentPassword }))
  })

  app.get('/users/:user_id', {
    onRequest: signedIn,
    schema: { summary: 'A user (the caller; any for an admin)', tags: ['users'], security: bearer, params: UserParams, response: { 200: UserView } },
  }, async (request) => userView(await readUser(deps.db, callerOf(request), request.params.user_id)))

  app.get('/users', {
    onRequest: admin,
    schema: { summary: 'List users (admin)', tags: ['users'], security: bearer, querystring: ListQuery, response: { 200: UserPage } },
  }, async (request) => {
    const page = await listAccounts(deps.db, request.query.limit, request.query.cursor === undefined ? undefined : Number(request.query.cursor))
    return { items: page.users.map(userView), next_cursor: page.next === undefined ? null : String(page.next) }
  })

  app.post('/users/:user_id/roles', {
    onRequest: admin,
    schema: { summary: 'Set a user\'s roles (admin)', tags: ['users'], security: bearer, params: UserParams, body: RolesBody, response: { 200: UserView } },
  }, async (request) => userView(await setRoles(deps.db, callerOf(request), request.params.user_id, request.body.roles)))

  app.post('/users/:user_id/password', {
    onRequest: admin,
    schema: {
      summary: 'Set a user\'s password (admin)',
      description: 'How a password-less account (registered without one) gets its first password; also a reset. Ends the user\'s sessions.',
      tags: ['users'],
      security: bearer,
      params: UserParams,
      body: PasswordBody,
      response: { 204: Type.Null() },
    },
  }, async (request, reply) => {
    await setPassword(deps.db, request.params.user_id, request.body.password)
    return reply.code(204).send(null)
  })
}
