import type { MouseEvent } from 'react'

/**
 * The second click of a double click. Buttons that add or download something ignore it, so a
 * teacher used to double-clicking gets one question or one file, not two (or an error).
 */
export const isRepeatClick = (event: MouseEvent) => event.detail > 1
