// The part of jsdom that a11y-wizard.ts uses; the package ships no types of its own.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string })
    readonly window: Window & typeof globalThis
  }
}
