import { mergeConfig, type Plugin, type UserConfig } from 'vite'
import app from '../../vite.config'

/**
 * The app's build as its next version would be: one more step in the saved data's migrations
 * (a step that changes nothing), so the data it writes is newer than the current build can read.
 * Built by `version-change.spec.ts` next to `dist/`, to serve the two one after the other.
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

export default mergeConfig(app as UserConfig, { plugins: [nextStorageVersion], build: { outDir: 'dist-next' } })
