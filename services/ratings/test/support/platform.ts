import { RatingCreated } from '@bazaar/contracts'
import { startTestPlatform } from '@bazaar/cli/testing'
import type { Platform } from '@bazaar/cli'
import type { EventEnvelope } from '@bazaar/kit'
import type { JsonClient } from '@bazaar/kit/testing'

export interface RatingsPlatform {
  platform: Platform
  users: JsonClient
  ratings: JsonClient
  /** Every RatingCreated event published since the platform started listening. */
  events: EventEnvelope[]
  /** Registers and logs in a new customer; answers the user id and an access token. */
  customer(): Promise<{ userId: string; token: string }>
  /** A client-credentials token of `clientId` for calling ratings. */
  serviceToken(clientId: string): Promise<string>
  stop(): Promise<void>
}

/** The users and ratings services for real: embedded runtime, in-memory PGlite, real HTTP on free ports. */
export async function startRatingsPlatform(): Promise<RatingsPlatform> {
  const tp = await startTestPlatform({ only: ['users', 'ratings'], logLevel: 'warn', listen: [RatingCreated.type] })
  return {
    platform: tp.platform,
    users: tp.client('users'),
    ratings: tp.client('ratings'),
    events: tp.received,
    customer: () => tp.signUp(),
    serviceToken: (clientId) => tp.serviceToken(clientId, 'ratings'),
    stop: tp.stop,
  }
}
