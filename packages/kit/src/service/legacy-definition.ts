import type { ConfigSpec } from '../config.ts'
import type { ServiceApp, ServiceContext } from './definition.ts'

/** The definition shape before `deps`: routes and start see the whole context. Being replaced service by service. */
export interface LegacyServiceDefinition<S extends ConfigSpec = ConfigSpec> {
  readonly name: string
  readonly config: S
  readonly uses: { readonly db?: boolean; readonly bus?: boolean; readonly cache?: boolean }
  readonly migrations?: URL
  readonly description?: string
  routes(app: ServiceApp, context: ServiceContext<S>): Promise<void> | void
  start?(context: ServiceContext<S>): Promise<void> | void
}

export function defineLegacyService<S extends ConfigSpec>(definition: LegacyServiceDefinition<S>): LegacyServiceDefinition<S> {
  return definition
}
