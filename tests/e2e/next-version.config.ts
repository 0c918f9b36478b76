import type { Plugin, PluginOption, UserConfig } from 'vite'
import app from '../../vite.config'

/**
 * The app's build as its next version would be: one more step in the saved data's migrations
 * (a step that changes nothing), so the data it writes is newer than the current build can read.
 * Built next to `dist/` by `npm run test:e2e`, to serve the two one after the other
 * (`version-change.spec.ts`). The first load's budget is kept by the build of `dist/`; this copy
 * is a test fixture and is not weighed again.
 */
const nextStorageVersion: Plugin = {
  name: 'next-storage-version',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/src/store/migrations.ts')) return null
    const marker = '\n/** The version this code writes'
    if (!code.includes(marker)) throw new Error('src/store/migrations.ts changed: update next-version.config.ts')
    return code.replace(marker, `\nMIGRATIONS[Object.keys(MIGRATIONS).length + 1] = (state) => state\n${marker}`)
  },
}

const config = app as UserConfig
const plugins = (config.plugins ?? []).flat(Infinity as 1) as PluginOption[]
const weighed = (plugin: PluginOption) =>
  typeof plugin === 'object' && plugin !== null && 'name' in plugin && plugin.name === 'oudergesprek:entry-budget'

export default {
  ...config,
  plugins: [...plugins.filter((plugin) => !weighed(plugin)), nextStorageVersion],
  build: { ...config.build, outDir: 'dist-next' },
} satisfies UserConfig
