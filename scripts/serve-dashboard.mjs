#!/usr/bin/env node
/**
 * A tiny static file server for the browser dashboard (examples/dashboard/), so that it can
 * import ../../dist/browser/partner-synergy.browser.js and fetch ../../data/sample-partnership/.
 * Serves the repository root on 127.0.0.1 only, GET and HEAD only, never a path outside the root
 * (also not through a symbolic link), with the right MIME types and a strict Content-Security-Policy.
 *
 * Usage: `npm run build && node scripts/serve-dashboard.mjs [port]` (port 0 or absent: any free
 * port), then open the printed URL. In-process (tests): `const s = await startStaticServer();
 * ... await s.close();`.
 */
import { realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root (the folder above scripts/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Path of the dashboard page, relative to the served root. */
export const DASHBOARD_PATH = '/examples/dashboard/';

/** Content types by file extension; anything else is served as application/octet-stream. */
export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
});

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
 * Resolve a request path to a file under root, or explain why not.
 * @returns {Promise<{ file: string } | { redirect: string } | { status: number, message: string }>}
 */
async function locate(root, realRoot, rawPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, message: 'Malformed URL.' };
  }
  if (pathname.includes('\0') || !pathname.startsWith('/')) return { status: 400, message: 'Bad path.' };
  const target = resolve(root, `.${pathname}`);
  if (!inside(root, target)) return { status: 403, message: 'Outside the served folder.' };
  let info;
  try {
    info = await stat(target);
  } catch {
    return { status: 404, message: 'Not found.' };
  }
  let file = target;
  if (info.isDirectory()) {
    // One leading slash only: `//docs/` (or `/\\docs/`) would be a protocol-relative redirect to
    // the host "docs".
    if (!rawPath.endsWith('/')) return { redirect: `/${rawPath.replace(/^[/\\]+/, '')}/` };
    file = resolve(target, 'index.html');
  }
  let real;
  try {
    real = await realpath(file);
  } catch {
    return { status: 404, message: 'Not found.' };
  }
  if (!inside(realRoot, real)) return { status: 403, message: 'Outside the served folder.' };
  return { file: real };
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
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Only GET and HEAD.', { Allow: 'GET, HEAD' });
      return;
    }
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    const found = await locate(root, realRoot, rawPath);
    if ('redirect' in found) {
      send(res, 301, 'Moved.', { Location: found.redirect });
      return;
    }
    if ('status' in found) {
      send(res, found.status, found.message);
      return;
    }
    let body;
    try {
      body = await readFile(found.file);
    } catch {
      send(res, 404, 'Not found.');
      return;
    }
    const type = MIME_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': CSP,
      'Referrer-Policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
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
