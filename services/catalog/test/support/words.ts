const consonants = 'bcdfghjkmnpqrtvwxz'

/**
 * A made-up word no product contains and the English stemmer leaves alone (it ends in a
 * consonant no suffix rule strips), so a search for it finds only this test's products.
 */
export function uniqueWord(): string {
  let word = 'zqv'
  for (let i = 0; i < 6; i++) word += consonants[Math.floor(Math.random() * consonants.length)]
  return `${word}ok`
}
