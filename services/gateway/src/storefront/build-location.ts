import { fileURLToPath } from 'node:url'

/** Where `npm run build` writes the storefront, found from this file's place in the repository. */
export const storefrontBuild = fileURLToPath(new URL('../../../../web/storefront/dist/', import.meta.url))
