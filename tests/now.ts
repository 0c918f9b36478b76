/**
 * "Now" in every test, unit, component and browser: Monday 30 November 2026, 10:00 in Amsterdam.
 * The clock runs on from there, so timers work as usual, but no result depends on the day the
 * suite runs (CI runs it once more with the machine's date years ahead: .ci/run).
 */
export const TEST_NOW = new Date('2026-11-30T10:00:00+01:00')
