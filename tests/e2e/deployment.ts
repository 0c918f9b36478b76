import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { startNginx } from './nginx'

/**
 * What serves the app in a browser test: Node (vite preview, or a server of the test's own), or
 * nginx with deploy/nginx.conf, as a school would (the project `nginx` in playwright.config.ts).
 */
export type Hosting = 'node' | 'nginx'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
}

export interface Deployment {
  url: string
  /** Deploys a new version, its page marked with `<meta name="deployment" content="…">`. */
  deploy: (marker: string) => void
  /** Serves another build from now on (a new version, or the previous one again: a rollback). */
  serve: (build: string) => void
  close: () => Promise<void>
}

/**
 * The production build, copied to a server of its own so that a new version can be deployed
 * while pages are open, without disturbing the server the other tests share.
 */
export async function deployment(build = 'dist', hosting: Hosting = 'node'): Promise<Deployment> {
  const root = mkdtempSync(join(tmpdir(), 'oudergesprek-deployment-'))
  cpSync(build, root, { recursive: true })
  const server = hosting === 'nginx' ? await startNginx(root) : await serveFolder(root)
  return {
    url: server.url,
    deploy: (marker) => deployNewPage(root, marker),
    serve: (build) => {
      rmSync(root, { recursive: true, force: true })
      cpSync(build, root, { recursive: true })
    },
    close: async () => {
      await server.close()
      rmSync(root, { recursive: true, force: true })
    },
  }
}

/** The files in `root`, served by Node as they are, with nothing but their type. */
async function serveFolder(root: string) {
  const server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = join(root, path === '/' ? 'index.html' : path)
    try {
      const body = readFileSync(file)
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/**
 * What a new build does when the page changed: a new index.html, and a service worker whose
 * precache list carries the page's new revision (Workbox's revision is the file's MD5 hash).
 */
function deployNewPage(root: string, marker: string) {
  const md5 = (text: string) => createHash('md5').update(text).digest('hex')
  const page = readFileSync(join(root, 'index.html'), 'utf8')
  const next = page.replace('<head>', `<head>\n    <meta name="deployment" content="${marker}" />`)
  const sw = readFileSync(join(root, 'sw.js'), 'utf8')
  const nextSw = sw.replace(
    `{"revision":"${md5(page)}","url":"index.html"}`,
    `{"revision":"${md5(next)}","url":"index.html"}`,
  )
  if (next === page || nextSw === sw) throw new Error('The build does not look as expected: index.html or sw.js')
  writeFileSync(join(root, 'index.html'), next)
  writeFileSync(join(root, 'sw.js'), nextSw)
}
