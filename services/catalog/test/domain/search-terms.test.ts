import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { prefixQuery } from '../../src/domain/search-terms.ts'

describe('prefixQuery', () => {
  it('when a user is typing, then every word must match and the last one is a prefix', () => {
    assert.equal(prefixQuery('lapt'), 'lapt:*')
    assert.equal(prefixQuery('Wireless  Headph'), 'wireless & headph:*')
  })

  it('when a word follows "-", then it is excluded, as websearch_to_tsquery does', () => {
    assert.equal(prefixQuery('laptop -aurora'), 'laptop & !aurora:*')
    assert.equal(prefixQuery('-used bike'), '!used & bike:*')
    assert.equal(prefixQuery('usb-c cable'), 'usb & c & cable:*')
  })

  it('when the query holds tsquery operators or punctuation, then only letters and digits reach to_tsquery', () => {
    assert.equal(prefixQuery(`a & b | !c :* (d) 'e' <-> g\\`), 'a & b & c & d & e & g:*')
    assert.equal(prefixQuery('café über 4k'), 'café & über & 4k:*')
  })

  it('when there is no word at all, or a quoted phrase, then there is no prefix query', () => {
    assert.equal(prefixQuery(''), undefined)
    assert.equal(prefixQuery(' &|!:*() '), undefined)
    assert.equal(prefixQuery('"cast iron"'), undefined)
  })

  it('when the query is long, then at most 16 words take part', () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')
    assert.equal(prefixQuery(words)?.split(' & ').length, 16)
  })
})
