import { Value } from 'typebox/value'
import { UserRegistered, UserRegisteredV1 } from '@bazaar/contracts'
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { waitFor } from '@bazaar/kit/testing'
import { baseConfig, loadConfig, type EventEnvelope } from '@bazaar/kit'
import { jsonClient, type JsonClient } from '@bazaar/kit/testing'
import { signUp, uniqueUser, type Grant } from '../support/sign-up.ts'
import { adminEmail, adminPassword, startUsers, type UsersUnderTest } from '../support/users-service.ts'

// One service for the file: starting PGlite is most of a test's cost.
let users: UsersUnderTest
let api: JsonClient
let admin: Grant
const events: EventEnvelope[] = []

before(async () => {
  users = await startUsers()
  api = jsonClient(users.url)
  const bus = await users.runtime.openBus('test', loadConfig(baseConfig, { env: {} }))
  await bus.subscribe(`test-registered-${randomUUID()}`, [UserRegistered.type], async (event) => { events.push(event) })
  admin = (await api.post<Grant>('/auth/login', { email: adminEmail, password: adminPassword })).body
})
after(() => users.stop())

describe('POST /users', () => {
  it('when seed 001 posts a username and an email, then the account is created without a password', async () => {
    const { email, username } = uniqueUser('john')
    const reply = await api.post('/users', { username, email })
    assert.equal(reply.status, 201)
    assert.deepEqual(Object.keys(reply.body).sort(), ['created_at', 'email', 'name', 'roles', 'user_id', 'username'])
    assert.equal(typeof reply.body.user_id, 'string')
    assert.equal(reply.body.username, username)
    assert.equal(reply.body.email, email)
    assert.deepEqual(reply.body.roles, ['customer'])
    assert.equal(reply.headers.get('location'), `/users/${String(reply.body.user_id)}`)
    const login = await api.post('/auth/login', { username, password: 'anything-at-all' })
    assert.equal(login.status, 401)
  })

  it('when the email or the username is taken (in any case), then 409 CONFLICT', async () => {
    const first = uniqueUser()
    assert.equal((await api.post('/users', { ...first, name: 'First' })).status, 201)
    const sameEmail = await api.post('/users', { email: first.email.toUpperCase(), password: 'another-password' })
    assert.equal(sameEmail.status, 409)
    assert.equal(sameEmail.body.code, 'CONFLICT')
    assert.deepEqual(sameEmail.body.fields, [{ field: 'body.email', message: 'is already registered' }])
    const sameUsername = await api.post('/users', { email: uniqueUser().email, username: first.username.toUpperCase() })
    assert.equal(sameUsername.status, 409)
    assert.deepEqual(sameUsername.body.fields, [{ field: 'body.username', message: 'is already registered' }])
  })

  it('when the admin email is registered by anyone, then 409, so nobody can claim the admin account', async () => {
    const reply = await api.post('/users', { email: adminEmail, password: 'i-want-to-be-admin' })
    assert.equal(reply.status, 409)
  })

  it('when the password is too short or a field is unknown, then 400 problem+json naming the fields', async () => {
    const short = await api.post('/users', { email: uniqueUser().email, password: 'short' })
    assert.equal(short.status, 400)
    assert.match(short.headers.get('content-type') ?? '', /^application\/problem\+json/)
    assert.equal(short.body.code, 'VALIDATION_FAILED')
    assert.deepEqual((short.body.fields as { field: string }[]).map((f) => f.field), ['body.password'])
    const extra = await api.post('/users', { email: uniqueUser().email, role: 'admin' })
    assert.equal(extra.status, 400)
    const noEmail = await api.post('/users', { username: 'nobody' })
    assert.deepEqual((noEmail.body.fields as { field: string }[]).map((f) => f.field), ['body.email'])
  })

  it('when a user registers, then UserRegistered is published through the outbox without the password', async () => {
    const credentials = uniqueUser()
    const reply = await api.post('/users', { ...credentials, name: 'Ada' })
    const event = await waitFor(() => events.find((e) => e.subject === reply.body.user_id), { what: UserRegistered.type })
    assert.equal(event.type, UserRegistered.type)
    assert.equal(event.source, 'users')
    assert.deepEqual(event.data, { user_id: reply.body.user_id, email: credentials.email, username: credentials.username, name: 'Ada', created_at: reply.body.created_at })
    assert.ok(!JSON.stringify(event).includes(credentials.password))
    assert.ok(!JSON.stringify(event).includes('scrypt'))
    assert.ok(Value.Check(UserRegisteredV1, event.data), 'the payload keeps the contract')
  })
})

describe('tracing', () => {
  it('when a registration carries a traceparent, then the UserRegistered envelope continues that trace', async () => {
    const traceId = randomUUID().replaceAll('-', '')
    const reply = await api.post('/users', uniqueUser('traced'), { headers: { traceparent: `00-${traceId}-${'2'.repeat(16)}-01` } })
    const event = await waitFor(() => events.find((e) => e.subject === reply.body.user_id), { what: UserRegistered.type })
    assert.equal(event.traceparent?.split('-')[1], traceId)
  })
})

describe('/users/me', () => {
  it('when a user asks for /users/me, then it is them; without a token, 401', async () => {
    const { user, grant } = await signUp(api)
    const me = await api.get('/users/me', grant.access_token)
    assert.equal(me.status, 200)
    assert.deepEqual(me.body, user)
    assert.equal((await api.get('/users/me')).status, 401)
    assert.equal((await api.get('/users/me', 'not.a.token')).status, 401)
  })

  it('when a user changes their password, then the current one is required and old sessions end', async () => {
    const { grant, credentials } = await signUp(api)
    const without = await api.patch('/users/me', { password: 'a-new-password' }, grant.access_token)
    assert.equal(without.status, 400)
    assert.deepEqual(without.body.fields, [{ field: 'body.current_password', message: 'must be the current password' }])
    const changed = await api.patch('/users/me', { name: 'Grace', password: 'a-new-password', current_password: credentials.password }, grant.access_token)
    assert.equal(changed.status, 200)
    assert.equal(changed.body.name, 'Grace')
    assert.equal((await api.post('/auth/refresh', { refresh_token: grant.refresh_token })).status, 401)
    assert.equal((await api.post('/auth/login', { email: credentials.email, password: 'a-new-password' })).status, 200)
  })
})

describe('/users/:user_id and admin routes', () => {
  it('when the admin is ensured at start, then it logs in with the admin role', async () => {
    assert.ok(admin.access_token)
    const me = await api.get('/users/me', admin.access_token)
    assert.equal(me.body.email, adminEmail)
    assert.deepEqual(me.body.roles, ['customer', 'admin'])
  })

  it('when a user asks for someone else, then 404; an admin sees them', async () => {
    const alice = await signUp(api)
    const bob = await signUp(api)
    assert.equal((await api.get(`/users/${String(alice.user.user_id)}`, alice.grant.access_token)).status, 200)
    assert.equal((await api.get(`/users/${String(alice.user.user_id)}`, bob.grant.access_token)).status, 404)
    assert.equal((await api.get(`/users/${String(alice.user.user_id)}`, admin.access_token)).body.email, alice.credentials.email)
  })

  it('when the admin lists users, then pages follow next_cursor; a customer is refused', async () => {
    const { grant } = await signUp(api)
    assert.equal((await api.get('/users', grant.access_token)).status, 403)
    const first = await api.get<{ items: { user_id: string }[]; next_cursor: string | null }>('/users?limit=2', admin.access_token)
    assert.equal(first.status, 200)
    assert.equal(first.body.items.length, 2)
    assert.ok(first.body.next_cursor)
    const second = await api.get<{ items: { user_id: string }[] }>(`/users?limit=2&cursor=${first.body.next_cursor}`, admin.access_token)
    assert.ok(second.body.items.length > 0)
    assert.ok(!second.body.items.some((item) => first.body.items.some((seen) => seen.user_id === item.user_id)))
    assert.equal((await api.get('/users?limit=500', admin.access_token)).status, 400)
  })

  it('when the admin sets a first password on a seed account and its roles, then it logs in with them', async () => {
    const seed = uniqueUser()
    const created = await api.post('/users', { username: seed.username, email: seed.email })
    const id = String(created.body.user_id)
    assert.equal((await api.post(`/users/${id}/password`, { password: seed.password }, admin.access_token)).status, 204)
    const roles = await api.post(`/users/${id}/roles`, { roles: ['customer', 'admin'] }, admin.access_token)
    assert.deepEqual(roles.body.roles, ['customer', 'admin'])
    const login = await api.post<Grant>('/auth/login', { username: seed.username, password: seed.password })
    assert.equal(login.status, 200)
    assert.equal((await api.get('/users?limit=1', login.body.access_token)).status, 200)
    const customer = await signUp(api)
    assert.equal((await api.post(`/users/${id}/roles`, { roles: ['customer'] }, customer.grant.access_token)).status, 403)
  })

  it('when an admin drops their own admin role, then 409', async () => {
    const me = await api.get('/users/me', admin.access_token)
    const reply = await api.post(`/users/${String(me.body.user_id)}/roles`, { roles: ['customer'] }, admin.access_token)
    assert.equal(reply.status, 409)
  })
})

describe('/users/me/addresses', () => {
  const address = { name: 'Ada Lovelace', line1: '12 St James Square', city: 'London', postal_code: 'SW1Y 4JH', country: 'gb', phone: '+44 20 7946 0000' }

  it('when a user adds, lists and deletes addresses, then only their own are reachable', async () => {
    const ada = await signUp(api)
    const eve = await signUp(api)
    const added = await api.post('/users/me/addresses', address, ada.grant.access_token)
    assert.equal(added.status, 201)
    assert.equal(added.body.country, 'GB')
    assert.equal(added.body.line2, null)
    const listed = await api.get<{ items: { address_id: string }[] }>('/users/me/addresses', ada.grant.access_token)
    assert.deepEqual(listed.body.items.map((item) => item.address_id), [added.body.address_id])
    assert.deepEqual((await api.get<{ items: unknown[] }>('/users/me/addresses', eve.grant.access_token)).body.items, [])
    const path = `/users/me/addresses/${String(added.body.address_id)}`
    assert.equal((await api.delete(path, eve.grant.access_token)).status, 404)
    assert.equal((await api.delete(path, ada.grant.access_token)).status, 204)
    assert.equal((await api.delete(path, ada.grant.access_token)).status, 404)
  })

  it('when the country is not a two-letter code, then 400 naming the field', async () => {
    const { grant } = await signUp(api)
    const reply = await api.post('/users/me/addresses', { ...address, country: 'France' }, grant.access_token)
    assert.equal(reply.status, 400)
    assert.deepEqual((reply.body.fields as { field: string }[]).map((f) => f.field), ['body.country'])
  })
})

describe('GET /docs/json', () => {
  it('when the OpenAPI document is read, then every route is documented with its schemas', async () => {
    const docs = await api.get<{ paths: Record<string, Record<string, { requestBody?: unknown }>> }>('/docs/json')
    const paths = docs.body.paths
    for (const path of ['/users', '/users/me', '/users/{user_id}', '/users/{user_id}/roles', '/users/{user_id}/password', '/users/me/addresses',
      '/users/me/addresses/{address_id}', '/auth/login', '/auth/refresh', '/auth/logout', '/auth/token', '/.well-known/jwks.json']) {
      assert.ok(paths[path], `${path} is documented`)
    }
    assert.ok(paths['/users']?.post?.requestBody, 'the registration body is documented')
  })
})
