import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ConfigError, loadConfig, setting } from '../src/config.ts'

const spec = {
  PORT: setting.port(7001, 'port'),
  LOG_LEVEL: setting.oneOf(['info', 'debug'], 'info', 'level'),
  ENABLED: setting.boolean(false, 'flag'),
  TOKEN: setting.secret('', 'secret'),
  ORIGINS: setting.list(['http://localhost:8080'], 'origins'),
}

test('when a key is absent, then its default is used', () => {
  assert.deepEqual(loadConfig(spec, { env: {} }), { PORT: 7001, LOG_LEVEL: 'info', ENABLED: false, TOKEN: '', ORIGINS: ['http://localhost:8080'] })
})

test('when values are given, then they are parsed to their types', () => {
  const config = loadConfig(spec, { env: { PORT: '9000', LOG_LEVEL: 'debug', ENABLED: 'yes', ORIGINS: 'a, b' } })
  assert.equal(config.PORT, 9000)
  assert.equal(config.LOG_LEVEL, 'debug')
  assert.equal(config.ENABLED, true)
  assert.deepEqual(config.ORIGINS, ['a', 'b'])
})

test('when the service-prefixed key is set, then it wins over the plain one, and overrides win over both', () => {
  const env = { PORT: '1', ORDERS_PORT: '2' }
  assert.equal(loadConfig(spec, { env, prefix: 'ORDERS' }).PORT, 2)
  assert.equal(loadConfig(spec, { env, prefix: 'USERS' }).PORT, 1)
  assert.equal(loadConfig(spec, { env, prefix: 'ORDERS', overrides: { PORT: 3 } }).PORT, 3)
})

test('when values are bad, then start-up stops with a message naming every bad key', () => {
  assert.throws(() => loadConfig(spec, { env: { PORT: 'abc', LOG_LEVEL: 'loud', ENABLED: 'maybe' } }), (error: unknown) => {
    assert.ok(error instanceof ConfigError)
    assert.match(error.message, /PORT must be an integer from 0 to 65535, got "abc"/)
    assert.match(error.message, /LOG_LEVEL must be one of info, debug, got "loud"/)
    assert.match(error.message, /ENABLED must be true or false/)
    return true
  })
})

test('when a secret is bad, then its value is not shown', () => {
  const secretSpec = { KEY: { ...setting.secret('', 'k'), parse: () => { throw new Error('32 characters') } } }
  assert.throws(() => loadConfig(secretSpec, { env: { KEY: 'hunter2' } }), (error: Error) => !error.message.includes('hunter2') && /KEY must be 32 characters, got \(hidden\)/.test(error.message))
})
