import { config } from 'zod/v4/core'

/**
 * zod (`z.config`) compiles object parsers with `new Function` unless told not to, and even its
 * probe for that breaks the page's Content-Security-Policy (no eval), which the browser reports.
 * A schema built before this line runs has probed already, so this module is imported before
 * anything else: first in src/main.tsx, and first in the unit tests' setup.
 */
config({ jitless: true })
