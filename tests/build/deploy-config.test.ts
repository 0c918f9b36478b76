// @vitest-environment node
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, test } from 'vitest'
import { deployFiles, pagePolicy } from '../../scripts/deploy-config.mjs'

let policy: string
beforeAll(async () => {
  policy = await pagePolicy()
})

const read = (path: string) => readFileSync(path, 'utf8')

describe('the hosting recipes in deploy/', () => {
  test('are what npm run deploy-config writes from the policy the build puts in the page', () => {
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[\w+/]{43}='; /)
    const files = deployFiles(policy)
    expect(Object.keys(files).sort()).toEqual(['deploy/Caddyfile', 'deploy/_headers', 'deploy/nginx.conf'])
    for (const [path, text] of Object.entries(files))
      expect(read(path), `${path} differs from what it should be: run npm run deploy-config`).toBe(text)
  })

  test('each sends the page’s policy with frame-ancestors none, and the other headers, on every file', () => {
    // How each recipe writes a header that every answer carries.
    const formats = {
      'deploy/nginx.conf': (name: string) => new RegExp(`\\n {4}add_header ${name} "([^"]*)" always;\\n`),
      'deploy/Caddyfile': (name: string) => new RegExp(`\\n\\t\\t${name} "([^"]*)"\\n`),
      'deploy/_headers': (name: string) => new RegExp(`\\n {2}${name}: (.*)\\n`),
    }
    for (const [path, format] of Object.entries(formats)) {
      const text = read(path)
      const header = (name: string) => format(name).exec(text)?.[1]
      expect(header('Content-Security-Policy'), path).toBe(`${policy}; frame-ancestors 'none'`)
      expect(header('X-Frame-Options'), path).toBe('DENY')
      expect(header('X-Content-Type-Options'), path).toBe('nosniff')
      expect(header('Referrer-Policy'), path).toBe('no-referrer')
      const denied = header('Permissions-Policy')?.split(', ') ?? []
      expect(denied, path).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'usb=()']))
      expect(
        denied.every((feature) => /^[a-z-]+=\(\)$/.test(feature)),
        path,
      ).toBe(true)
      // The conversation card keeps the screen on; copying and sharing stay possible.
      for (const used of ['screen-wake-lock', 'clipboard-write', 'web-share'])
        expect(
          denied.filter((feature) => feature.startsWith(`${used}=`)),
          path,
        ).toEqual([])
    }
  })

  test('a file from /assets/ is kept for a year; the page, the service worker and the manifest never', () => {
    const nginx = read('deploy/nginx.conf')
    expect(nginx).toMatch(
      /map \$uri \$oudergesprek_cache_control \{\n {4}default "no-cache";\n {4}~\^\/assets\/ "public, max-age=31536000, immutable";\n\}/,
    )
    // Without `always`: a 404 is not kept.
    expect(nginx).toContain('    add_header Cache-Control $oudergesprek_cache_control;\n')

    const caddy = read('deploy/Caddyfile')
    expect(caddy).toContain(
      '\t@hashed path /assets/*\n\theader @hashed Cache-Control "public, max-age=31536000, immutable"\n',
    )
    expect(caddy).toContain('\t@unhashed not path /assets/*\n\theader @unhashed Cache-Control "no-cache"\n')
    expect(caddy).toContain('\thandle_errors {\n\t\theader -Cache-Control\n\t}\n')

    const rules = read('deploy/_headers')
      .split(/\n(?=\/)/)
      .slice(1)
    const cacheControl = Object.fromEntries(
      rules.map((rule) => [rule.split('\n')[0], /Cache-Control: (.+)/.exec(rule)?.[1]]),
    )
    expect(cacheControl).toEqual({
      '/*': undefined,
      '/': 'no-cache',
      '/index.html': 'no-cache',
      '/sw.js': 'no-cache',
      '/manifest.webmanifest': 'no-cache',
      '/assets/*': 'public, max-age=31536000, immutable',
    })
  })
})
