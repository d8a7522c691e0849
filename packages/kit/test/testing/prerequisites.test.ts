import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { missingPrerequisite } from '../../src/testing/index.ts'

describe('missingPrerequisite', () => {
  const ci = process.env.CI
  afterEach(() => {
    if (ci === undefined) delete process.env.CI
    else process.env.CI = ci
  })

  it('when CI is not set, then it answers the reason to skip with', () => {
    delete process.env.CI
    assert.equal(missingPrerequisite('Chromium is not installed'), 'Chromium is not installed')
  })

  it('when CI=true, then it fails, saying CI requires the prerequisite', () => {
    process.env.CI = 'true'
    assert.throws(() => missingPrerequisite('Chromium is not installed'), { message: 'Chromium is not installed; CI requires it' })
  })
})
