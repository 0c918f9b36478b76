export interface Tally {
  killed: number
  timedOut: number
  survived: number
  noCoverage: number
  valid: number
  score: number
}
export interface MutationReport {
  files: Record<string, { mutants: { status: string }[] }>
}
export interface Summary {
  files: (Tally & { path: string })[]
  total: Tally
  below: (Tally & { path: string })[]
  passes: boolean
}
export declare const THRESHOLDS: { file: number; total: number }
export declare const REPORT: string
export declare function summarise(report: MutationReport, thresholds?: { file: number; total: number }): Summary
export declare function formatSummary(summary: Summary, thresholds?: { file: number; total: number }): string
export declare function readmeText(summary: Summary, date: Date): string
export declare function withMutationBlock(readme: string, text: string): string
