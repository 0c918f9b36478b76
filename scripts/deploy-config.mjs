// The hosting recipes in deploy/: for nginx, for Caddy, and a _headers file for static hosts
// (Netlify, Cloudflare Pages). Each sends the page's Content-Security-Policy as a header, with what
// only a header can say (frame-ancestors), the other headers a school's server should send, and
// how long a browser may keep each file. `npm run deploy-config` writes them from the policy in
// vite.config.ts; tests/build/deploy-config.test.ts fails when they differ from what it would write.
// Why headers and not only the meta tag: docs/decisions/0009-security-headers-from-the-server.md.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadConfigFromFile } from 'vite'

/** Where the recipes expect the app's files and the school's address: the school changes both. */
export const SERVER_ROOT = '/var/www/oudergesprek'
const ADDRESS = 'oudergesprek.example.nl'

/**
 * The policy the build writes into the page (vite.config.ts, plugin `content-security-policy`),
 * read from the config as the build loads it: the hash of the page's one script is the same.
 */
export async function pagePolicy() {
  const config = fileURLToPath(new URL('../vite.config.ts', import.meta.url))
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, config, undefined, 'silent')
  const plugin = (loaded?.config.plugins ?? [])
    .flat(Infinity)
    .find((plugin) => plugin && typeof plugin === 'object' && plugin.name === 'content-security-policy')
  const policy = plugin?.api?.policy
  if (typeof policy !== 'string')
    throw new Error('vite.config.ts has no plugin content-security-policy with api.policy')
  return policy
}

/** No page may show the app in a frame, not even one of its own origin: a header can say so, a meta tag cannot. */
export const serverPolicy = (pagePolicy) => `${pagePolicy}; frame-ancestors 'none'`

/**
 * What the app never uses. What it does use (the clipboard for copying a text, the screen wake
 * lock on the conversation card, sharing a transfer file) is left out, and so keeps the browser's
 * default: allowed to the app's own origin, never to a frame.
 */
const DENIED = [
  'accelerometer',
  'attribution-reporting',
  'autoplay',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'compute-pressure',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
]
const USED = ['clipboard-write', 'screen-wake-lock', 'web-share']
if (DENIED.some((feature) => USED.includes(feature))) throw new Error('A feature the app uses is denied')

const PERMISSIONS_POLICY = DENIED.map((feature) => `${feature}=()`).join(', ')

/** The headers every answer carries, errors too. */
export function securityHeaders(policy) {
  return [
    ['Content-Security-Policy', serverPolicy(policy)],
    // For browsers that know no frame-ancestors.
    ['X-Frame-Options', 'DENY'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
  ]
}

/** Vite names every file in /assets/ after a hash of its content: a new version has new names. */
const HASHED = '/assets/'
const KEPT = 'public, max-age=31536000, immutable'
/** Asked for again every time; the server answers "not modified" when nothing changed. */
const ASKED = 'no-cache'
/** What must never be kept: the page, the service worker and the manifest say which version runs. */
const UNHASHED = ['/', '/index.html', '/sw.js', '/manifest.webmanifest']

const MADE_BY = "Written by `npm run deploy-config` from the page's policy in vite.config.ts: change it there."

/** A value between double quotes in nginx's or Caddy's configuration, where `$`, `{` and `\` mean more. */
function quoted(value) {
  if (/["\\${}\n]/.test(value)) throw new Error(`A header value this recipe cannot quote: ${value}`)
  return `"${value}"`
}

function nginx(policy) {
  const headers = securityHeaders(policy).map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`)
  return `# Oudergesprek on nginx: the built app (the folder dist/) with the headers that protect it.
# ${MADE_BY}
#
# Put this file in /etc/nginx/conf.d/ (its map belongs at the http level, outside any server),
# set server_name and root, copy the files in dist/ to root, then: nginx -t && systemctl reload nginx
# Serve it over https (e.g. certbot --nginx): browsers keep the app for offline use only from an
# https address.

# A browser may keep a file from ${HASHED} for a year; everything else it asks for again each time.
map $uri $oudergesprek_cache_control {
    default "${ASKED}";
    ~^${HASHED} "${KEPT}";
}

server {
    listen 80;
    listen [::]:80;
    server_name ${ADDRESS};
    root ${SERVER_ROOT};
    index index.html;
    charset utf-8;
    server_tokens off;

    # nginx's own list of types, and those it lacks: the manifest and the PDF fonts.
    include mime.types;
    types {
        application/manifest+json webmanifest;
        font/ttf ttf;
        font/otf otf;
    }
    gzip on;
    gzip_types text/css application/javascript application/manifest+json image/svg+xml font/ttf font/otf;

    # On every answer, errors too. A location with an add_header of its own would lose all of these.
${headers.join('\n')}
    # Only on answers that succeed: a file that is missing now is not remembered as missing for a year.
    add_header Cache-Control $oudergesprek_cache_control;

    location / {
        try_files $uri $uri/ =404;
    }
}
`
}

function caddy(policy) {
  const headers = securityHeaders(policy).map(([name, value]) => `\t\t${name} ${quoted(value)}`)
  return `# Oudergesprek on Caddy: the built app (the folder dist/) with the headers that protect it.
# ${MADE_BY}
#
# Set the address and root, copy the files in dist/ to root, put this in /etc/caddy/Caddyfile,
# then: systemctl reload caddy. Caddy gets the https certificate for the address by itself.

${ADDRESS} {
\troot * ${SERVER_ROOT}
\tencode gzip
\tfile_server

\theader {
${headers.join('\n')}
\t}

\t# A browser may keep a file from ${HASHED} for a year; everything else it asks for again each time.
\t@hashed path ${HASHED}*
\theader @hashed Cache-Control ${quoted(KEPT)}
\t@unhashed not path ${HASHED}*
\theader @unhashed Cache-Control ${quoted(ASKED)}
\t# Caddy does not know this type itself.
\t@manifest path *.webmanifest
\theader @manifest Content-Type "application/manifest+json"

\t# A file that is missing now is not remembered as missing for a year.
\thandle_errors {
\t\theader -Cache-Control
\t}
}
`
}

function headersFile(policy) {
  const headers = securityHeaders(policy).map(([name, value]) => `  ${name}: ${value}`)
  const unhashed = UNHASHED.map((path) => `${path}\n  Cache-Control: ${ASKED}`)
  return `# Oudergesprek on a static host that reads a _headers file (Netlify, Cloudflare Pages): copy this
# file into dist/, next to index.html, and publish dist/.
# ${MADE_BY}

/*
${headers.join('\n')}

# Hosts combine two rules for one path in different ways, so no two rules here set the same header
# for the same path. The page, the service worker and the manifest are asked for again each time;
# a file from ${HASHED} may be kept for a year.
${unhashed.join('\n')}
${HASHED}*
  Cache-Control: ${KEPT}
`
}

/** Each recipe's path and text, for the page's policy. */
export function deployFiles(policy) {
  return {
    'deploy/nginx.conf': nginx(policy),
    'deploy/Caddyfile': caddy(policy),
    'deploy/_headers': headersFile(policy),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url))
  for (const [path, text] of Object.entries(deployFiles(await pagePolicy()))) {
    writeFileSync(`${root}${path}`, text)
    console.log(`Wrote ${path}`)
  }
}
