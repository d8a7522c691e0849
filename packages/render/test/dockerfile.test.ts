import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, it } from 'node:test'
import { repoRoot } from './support/topologies.ts'

const dockerfile = await readFile(new URL('Dockerfile', repoRoot), 'utf8')
const instructions = dockerfile.split('\n').filter((line) => /^[A-Z]+ /.test(line))

describe('Dockerfile', () => {
  it('when built, then the storefront is built in one stage, production dependencies installed in another, and only their results are run', () => {
    const stages = instructions.filter((line) => line.startsWith('FROM '))
    assert.equal(stages.length, 3)
    assert.match(stages[0]!, /^FROM node:24-\S+ AS storefront$/)
    assert.match(stages[1]!, /^FROM node:24-\S+ AS dependencies$/)
    assert.match(dockerfile, /npm ci --omit=dev/)
    assert.match(dockerfile, /COPY --from=dependencies/)
    // Where the gateway looks for the build, relative to the image's /app.
    assert.match(dockerfile, /COPY --from=storefront \S+ \/app\/web\/storefront\/dist \.\/web\/storefront\/dist/)
  })

  it('when run, then it is a non-root user running `bazaar serve $SERVICE`', () => {
    const last = instructions.slice(instructions.findLastIndex((line) => line.startsWith('FROM ')))
    const user = last.find((line) => line.startsWith('USER '))
    assert.ok(user && !/USER (root|0)\b/.test(user))
    assert.equal(last.at(-1), 'CMD ["/bin/sh", "-c", "exec bazaar serve \\"$SERVICE\\""]')
    assert.ok(last.some((line) => line.startsWith('HEALTHCHECK ')))
  })

  it('when the context is sent, then dependencies, tests and secrets stay out', async () => {
    const ignored = (await readFile(new URL('.dockerignore', repoRoot), 'utf8')).split('\n')
    for (const pattern of ['**/node_modules', '**/test', '.env', '.git', 'deploy']) assert.ok(ignored.includes(pattern), pattern)
  })
})
