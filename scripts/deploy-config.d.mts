export declare const SERVER_ROOT: string
export declare function pagePolicy(): Promise<string>
export declare function serverPolicy(pagePolicy: string): string
export declare function securityHeaders(policy: string): [name: string, value: string][]
export declare function deployFiles(policy: string): Record<string, string>
