#!/usr/bin/env node
/**
 * A static file server for the browser dashboard (examples/dashboard/), so that it can
 * import ../../dist/browser/partner-synergy.browser.js and fetch ../../data/sample-partnership/.
 * Files, content types, HEAD and ranges come from `sirv`; this script adds what the dashboard
 * needs on top: 127.0.0.1 only, GET and HEAD only, never a path outside the root (also not
 * through a symbolic link), no dot files (.git, .env), a redirect of a folder to its trailing
 * slash (the page's relative imports need it), and a strict Content-Security-Policy.
 *
 * Usage: `npm run build && node scripts/serve-dashboard.mjs [port]` (port 0 or absent: any free
 * port), then open the printed URL. In-process (tests): `const s = await startStaticServer();
 * ... await s.close();`.
 */
import { realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sirv from 'sirv';

/** The repository root (the folder above scripts/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Path of the dashboard page, relative to the served root. */
export const DASHBOARD_PATH = '/examples/dashboard/';

/** The page may load its own scripts, styles and data and nothing else; no inline scripts. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

function inside(root, path) {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * What sirv does not check: malformed paths, dot files, folders without their trailing slash and
 * symbolic links that lead outside the root. Null when the request may go to sirv.
 * @returns {Promise<null | { redirect: string } | { status: number, message: string }>}
 */
async function refuse(root, realRoot, rawPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, message: 'Malformed URL.' };
  }
  if (pathname.includes('\0') || !pathname.startsWith('/')) return { status: 400, message: 'Bad path.' };
  const target = resolve(root, `.${pathname}`);
  if (!inside(root, target)) return { status: 403, message: 'Outside the served folder.' };
  if (/[/\\]\./.test(pathname)) return { status: 404, message: 'Not found.' };
  let real;
  try {
    real = await realpath(target);
  } catch {
    return { status: 404, message: 'Not found.' };
  }
  if (!inside(realRoot, real)) return { status: 403, message: 'Outside the served folder.' };
  // One leading slash only: `//docs/` (or `/\\docs/`) would be a protocol-relative redirect to
  // the host "docs".
  if (!rawPath.endsWith('/') && (await stat(real)).isDirectory()) {
    return { redirect: `/${rawPath.replace(/^[/\\]+/, '')}/` };
  }
  return null;
}

/**
 * Start the static server.
 * @param {{ root?: string, port?: number, host?: string }} [options] root defaults to the repository
 *   root, port to 0 (any free port), host to 127.0.0.1.
 * @returns {Promise<{ url: string, dashboardUrl: string, port: number, close: () => Promise<void> }>}
 * @example
 * const server = await startStaticServer();
 * console.log(server.dashboardUrl); // => 'http://127.0.0.1:41234/examples/dashboard/'
 * await server.close();
 */
export async function startStaticServer(options = {}) {
  const { root: rootOption = REPO_ROOT, port = 0, host = '127.0.0.1' } = options;
  const root = resolve(rootOption);
  const realRoot = realpathSync(root);
  const files = sirv(realRoot, {
    dev: true, // read from disk on each request: no listing of the whole repository at start
    extensions: ['html'], // a folder's index.html
    onNoMatch: (_req, res) => send(res, 404, 'Not found.'),
    setHeaders: (res) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', CSP);
      res.setHeader('Referrer-Policy', 'no-referrer');
    },
  });
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Only GET and HEAD.', { Allow: 'GET, HEAD' });
      return;
    }
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    const refused = await refuse(root, realRoot, rawPath);
    if (refused === null) files(req, res);
    else if ('redirect' in refused) send(res, 301, 'Moved.', { Location: refused.redirect });
    else send(res, refused.status, refused.message);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const url = `http://${host}:${actualPort}`;
  return {
    url,
    dashboardUrl: `${url}${DASHBOARD_PATH}`,
    port: actualPort,
    close: () =>
      new Promise((ok, fail) => {
        server.closeAllConnections?.();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const arg = process.argv[2];
  const port = arg === undefined ? 0 : Number(arg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Port must be a whole number from 0 to 65535; got ${arg}.`);
    process.exit(2);
  }
  try {
    await stat(resolve(REPO_ROOT, 'dist/browser/partner-synergy.browser.js'));
  } catch {
    console.warn('dist/browser/partner-synergy.browser.js is missing: run `npm run build` first.');
  }
  const server = await startStaticServer({ port });
  console.log(`Serving ${REPO_ROOT} on ${server.url} (127.0.0.1 only). Press Ctrl+C to stop.`);
  console.log(`Dashboard: ${server.dashboardUrl}`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
