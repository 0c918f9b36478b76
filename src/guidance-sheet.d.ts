/** The sheet's own texts from guidance-data/guidance.json, made a module by vite.config.ts. */
declare module 'virtual:guidance-sheet' {
  type Text = { nl: string; en: string }
  export const title: Text
  export const introduction: Text
  export const acknowledgement: Text
}
