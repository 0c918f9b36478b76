import type { Preparation } from '../src/model'

export declare const YEARS_COUNT: number
export declare function yearsOfPreparations(options: { today: string; count?: number; seed?: number }): Preparation[]
export declare function savedText(preparations: Preparation[]): string
