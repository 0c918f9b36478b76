export declare const ENTRY_BUDGET_KB: number
export declare function gzippedKb(path: string): number
export declare function entryFiles(dist?: string): string[]
export declare function entrySize(dist?: string): {
  files: { file: string; kb: number }[]
  js: number
  css: number
  total: number
}
