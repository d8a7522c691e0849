/** What every generator is given besides the topology. */
export interface RenderOptions {
  /** The topology file as named on the command line: quoted in headers, never read. */
  source: string
  /** The one image every service runs (`bazaar serve $SERVICE`), e.g. `bazaar:0.1.0`. */
  image: string
}
