/** The hue and the icon of each demo category; any other category gets a hue from its slug and a circle. */
const looks: Record<string, { hue: number; icon: string }> = {
  electronics: { hue: 212, icon: '<rect x="58" y="38" width="84" height="58" rx="6"/><rect x="92" y="96" width="16" height="12"/><rect x="74" y="108" width="52" height="6" rx="3"/>' },
  'home-kitchen': { hue: 24, icon: '<path d="M100 34 150 76h-12v40H62V76H50z"/>' },
  books: { hue: 280, icon: '<path d="M56 42h40v74H56zm48 0h40v74h-40z"/>' },
  outdoors: { hue: 140, icon: '<path d="M40 116 80 50l24 36 16-20 40 50z"/>' },
  apparel: { hue: 340, icon: '<path d="M76 38 54 48l-10 26 18 6 4-10v46h68V70l4 10 18-6-10-26-22-10q-24 16-48 0z"/>' },
  'toys-games': { hue: 48, icon: '<path d="m100 34 12 26 28 3-21 19 6 28-25-14-25 14 6-28-21-19 28-3z"/>' },
}

function hueOf(slug: string): number {
  let hash = 0
  for (const char of slug) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 360
  return hash
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.codePointAt(0)};`)
}

/** The first letters of the name's first two words: "Pulse Wireless Headphones" → "PW". */
export function initialsOf(name: string): string {
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? []
  const initials = words.slice(0, 2).map((word) => [...word][0] ?? '').join('').toUpperCase()
  return initials === '' ? '?' : initials
}

/**
 * A small picture of a product: its category's colour and icon, and the name's initials.
 * Well under 2 KB, so a list of products costs no image hosting at all.
 */
export function productImage(product: { name: string; category: string }): string {
  const look = looks[product.category] ?? { hue: hueOf(product.category), icon: '<circle cx="100" cy="76" r="38"/>' }
  const { hue } = look
  const label = escapeXml([...product.name].slice(0, 80).join(''))
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200" role="img" aria-label="${label}">`,
    `<rect width="200" height="200" rx="16" fill="hsl(${hue},70%,92%)"/>`,
    `<g fill="hsl(${hue},55%,55%)">${look.icon}</g>`,
    `<text x="100" y="170" text-anchor="middle" font-family="system-ui,sans-serif" font-size="40" font-weight="700" fill="hsl(${hue},60%,28%)">${escapeXml(initialsOf(product.name))}</text>`,
    '</svg>',
  ].join('')
}
