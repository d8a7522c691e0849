import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { initialsOf, productImage } from '../../src/domain/product-image.ts'

describe('productImage', () => {
  it('when a product is drawn, then the SVG holds its initials and its category\'s colour, under 2 KB', () => {
    const svg = productImage({ name: 'Pulse Wireless Headphones', category: 'electronics' })
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg".*<\/svg>$/)
    assert.match(svg, />PW<\/text>/)
    assert.ok(svg.includes('hsl(212,'))
    assert.notEqual(productImage({ name: 'Pulse', category: 'books' }).match(/hsl\(\d+/)?.[0], svg.match(/hsl\(\d+/)?.[0])
    assert.ok(Buffer.byteLength(svg) < 2048)
  })

  it('when the name holds markup or is very long, then it is escaped and the SVG stays under 2 KB', () => {
    const svg = productImage({ name: `<script>alert("x")</script> & ${'"'.repeat(300)}`, category: 'a new category' })
    assert.ok(!svg.includes('<script'))
    assert.ok(Buffer.byteLength(svg) < 2048, `${Buffer.byteLength(svg)} bytes`)
  })

  it('when the name has no letter or digit, then the initials are a question mark', () => {
    assert.equal(initialsOf('!!! ???'), '?')
    assert.equal(initialsOf('éclair box'), 'ÉB')
    assert.equal(initialsOf('Cast Iron Skillet'), 'CI')
  })
})
