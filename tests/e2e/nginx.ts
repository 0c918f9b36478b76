import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { SERVER_ROOT } from '../../scripts/deploy-config.mjs'

/** What the browser tests say when there is no nginx: they fail, they never skip. */
export const NO_NGINX =
  'nginx is not installed: the hosting tests serve the app with deploy/nginx.conf, as a school would. ' +
  'Install it (Debian or Ubuntu: sudo apt-get install nginx; macOS: brew install nginx), or set NGINX to its path.'

/** NGINX when set, else nginx on the PATH, else where Debian and Homebrew put it. */
function nginxPath(): string {
  if (process.env.NGINX) return process.env.NGINX
  const folders = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/opt/homebrew/bin']
  const found = folders.map((folder) => join(folder, 'nginx')).find((path) => existsSync(path))
  if (!found) throw new Error(NO_NGINX)
  return found
}

/** nginx's own list of types, next to the configuration it was built with (`nginx -V`). */
function mimeTypes(nginx: string): string {
  const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' })
  const conf = /--conf-path=(\S+)/.exec(`${built.stdout}${built.stderr}`)?.[1] ?? '/etc/nginx/nginx.conf'
  return join(dirname(conf), 'mime.types')
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise((done) => server.close(done))
  return port
}

/** Replaces each text once; a recipe that no longer holds one of them fails loudly. */
function replaceEach(text: string, replacements: [string, string][]): string {
  return replacements.reduce((result, [from, to]) => {
    if (result.split(from).length !== 2) throw new Error(`deploy/nginx.conf changed: it should hold "${from}" once`)
    return result.replace(from, () => to)
  }, text)
}

/**
 * A configuration to run deploy/nginx.conf as it is, without root: its server on 127.0.0.1 at
 * `port`, serving `root`; every file nginx writes in `temp`; one process, in the foreground.
 */
function configuration(nginx: string, root: string, port: number, temp: string, more: string): string {
  const recipe = replaceEach(readFileSync('deploy/nginx.conf', 'utf8'), [
    ['    listen 80;\n', `    listen 127.0.0.1:${port};\n`],
    ['    listen [::]:80;\n', ''],
    [`    root ${SERVER_ROOT};\n`, `    root ${resolve(root)};\n`],
    ['    include mime.types;\n', `    include ${mimeTypes(nginx)};\n`],
  ])
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => {
    mkdirSync(join(temp, kind))
    return `    ${kind}_temp_path ${join(temp, kind)};`
  })
  return [
    'daemon off;',
    'master_process off;',
    `pid ${join(temp, 'nginx.pid')};`,
    'error_log stderr;',
    'events { worker_connections 64; }',
    'http {',
    '    access_log off;',
    '    default_type application/octet-stream;',
    ...temps,
    recipe,
    more,
    '}',
    '',
  ].join('\n')
}

export interface Nginx {
  /** The app, as deploy/nginx.conf serves it. */
  url: string
  /** A page of another origin on the same host (another port), when one was asked for. */
  neighbour: string
  close: () => Promise<void>
}

/**
 * nginx serving the built app in `root` with deploy/nginx.conf, on a free port, until `close`.
 * `neighbour` is a page it serves on another port, made from the app's address.
 */
export async function startNginx(root: string, neighbour = (app: string) => `<p>${app}</p>`): Promise<Nginx> {
  const nginx = nginxPath()
  // A port found free may be taken by another test before nginx binds it: then again, on others.
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(nginx, root, neighbour)
    } catch (problem) {
      if (attempt === 3 || !String(problem).includes('Address already in use')) throw problem
    }
  }
}

async function launch(nginx: string, root: string, neighbour: (app: string) => string): Promise<Nginx> {
  const temp = mkdtempSync(join(tmpdir(), 'oudergesprek-nginx-'))
  const [port, otherPort] = [await freePort(), await freePort()]
  const url = `http://127.0.0.1:${port}/`
  mkdirSync(join(temp, 'neighbour'))
  writeFileSync(join(temp, 'neighbour', 'index.html'), neighbour(url))
  const other = `    server {\n        listen 127.0.0.1:${otherPort};\n        root ${join(temp, 'neighbour')};\n    }`
  writeFileSync(join(temp, 'nginx.conf'), configuration(nginx, root, port, temp, other))

  const child = spawn(nginx, ['-p', temp, '-c', join(temp, 'nginx.conf'), '-e', 'stderr'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let said = ''
  child.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()))
  const exited = new Promise<void>((done) => {
    child.once('exit', () => done())
    child.once('error', () => done())
  })
  const started = new Promise<void>((done, fail) => {
    child.once('error', (error) => fail(new Error(`${NO_NGINX}\n${error.message}`)))
    child.once('exit', (code) => fail(new Error(`nginx stopped (${code}) before it served:\n${said}`)))
    // An answer counts only while nginx runs: it may have come from whoever took the port.
    void waitForServer(url).then(() => (child.exitCode === null ? done() : undefined), fail)
  })
  const close = async () => {
    child.kill('SIGTERM')
    await exited
    rmSync(temp, { recursive: true, force: true })
  }
  await started.catch(async (problem: unknown) => {
    await close()
    throw problem
  })
  return { url, neighbour: `http://127.0.0.1:${otherPort}/`, close }
}

async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const answered = await fetch(url).then(
      () => true,
      () => false,
    )
    if (answered) return
    await new Promise((wait) => setTimeout(wait, 100))
  }
  throw new Error(`nginx did not answer at ${url}`)
}
