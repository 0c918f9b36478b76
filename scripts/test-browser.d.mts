export declare function chromiumCandidates(platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv): string[]
export declare function testBrowser(
  env?: NodeJS.ProcessEnv,
  platform?: NodeJS.Platform,
  exists?: (path: string) => boolean,
): { path: string; from: 'CHROME_PATH' | 'system' } | { path: undefined; from: 'playwright' }
