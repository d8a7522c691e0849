import { inSpan, isAppError, type ErrorCode } from '@bazaar/kit'
import type { OrdersDeps } from '../ports.ts'

/**
 * One step of the checkout saga (one file each, docs/architecture.md#31-placing-an-order): what it does, and how to undo it
 * when a later step fails for good.
 */
export interface Step<I, O> {
  readonly name: string
  invoke(deps: OrdersDeps, input: I): Promise<O>
  /**
   * Undoes the step from what it answered (as Medusa's compensations do, so a step done by a
   * process that died can be undone from the record); safe to run twice, and when there is
   * nothing left to undo.
   */
  compensate?(deps: OrdersDeps, output: O, cause: unknown): Promise<void>
}

export interface Saga {
  run<I, O>(step: Step<I, O>, input: I): Promise<O>
  /** Counts a step done earlier (perhaps by a process that died) as done here, so its compensation applies. */
  done<I, O>(step: Step<I, O>, output: O): Saga
  /** Runs the compensations of the steps done so far, newest first; then throws the first that failed, if any. */
  unwind(cause: unknown): Promise<void>
}

export function createSaga(deps: OrdersDeps): Saga {
  const undo: { name: string; run: (cause: unknown) => Promise<void> }[] = []
  const saga: Saga = {
    done(step, output) {
      const compensate = step.compensate
      if (compensate) undo.push({ name: step.name, run: (cause) => inSpan('orders', `saga ${step.name} compensate`, () => compensate(deps, output, cause)) })
      return saga
    },
    async run(step, input) {
      // One span per step: the trace of a checkout reads as its saga.
      const output = await inSpan('orders', `saga ${step.name}`, () => step.invoke(deps, input))
      saga.done(step, output)
      return output
    },
    async unwind(cause) {
      let failure: unknown
      for (const { name, run } of undo.splice(0).reverse()) {
        try {
          await run(cause)
        } catch (error) {
          deps.log.error({ err: error, step: name }, 'compensation failed; recovery or the reservation TTL will finish it')
          failure ??= error
        }
      }
      if (failure !== undefined) throw failure
    },
  }
  return saga
}

/** Failures a later attempt may not meet: the saga goes forward later instead of unwinding now. */
const definitive = new Set<ErrorCode>(['OUT_OF_STOCK', 'NOT_FOUND', 'CONFLICT', 'UNPROCESSABLE', 'VALIDATION_FAILED', 'MALFORMED_REQUEST', 'IDEMPOTENCY_CONFLICT', 'INVALID_TRANSITION'])

export function isDefinitive(error: unknown): boolean {
  return isAppError(error) && definitive.has(error.code)
}
