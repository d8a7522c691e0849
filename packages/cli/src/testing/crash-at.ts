import { subscribe } from 'node:diagnostics_channel'

/**
 * Preloaded (`node --import`) into a process a crash test starts: the process kills itself
 * (SIGKILL, no clean-up, as on a power cut) when the code reaches the checkpoint named in
 * BAZAAR_TEST_CRASH_AT, such as `orders.after_pending`, so the test proves that a restart
 * finishes whatever was cut short there.
 */
const point = process.env.BAZAAR_TEST_CRASH_AT
if (point) subscribe(point, () => process.kill(process.pid, 'SIGKILL'))
