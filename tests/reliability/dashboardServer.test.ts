/**
 * The dashboard's static server (scripts/serve-dashboard.mjs, on sirv): files with their
 * content type and security headers, and never anything outside the served folder.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../scripts/serve-dashboard.mjs';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('dashboard static server', () => {
  let server: StaticServer;
  let base: string;

  const ask = (path: string, method = 'GET') =>
    new Promise<Answer>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'serve-'));
    const root = join(base, 'root');
    mkdirSync(join(root, 'page'), { recursive: true });
    writeFileSync(join(root, 'page', 'index.html'), '<p>page</p>');
    writeFileSync(join(root, 'app.js'), 'export const x = 1;');
    writeFileSync(join(root, '.env'), 'SECRET=1');
    writeFileSync(join(base, 'secret.txt'), 'outside');
    symlinkSync(join(base, 'secret.txt'), join(root, 'link.txt'));
    server = await startStaticServer({ root, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  });

  it('serves a file with its content type and the Content-Security-Policy', async () => {
    const res = await ask('/app.js');
    expect(res.status).toBe(200);
    expect(res.body).toBe('export const x = 1;');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves a folder index, redirecting the folder to its trailing slash first', async () => {
    expect(await ask('/page')).toMatchObject({ status: 301, headers: { location: '/page/' } });
    expect(await ask('/page/')).toMatchObject({ status: 200, body: '<p>page</p>' });
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    expect(await ask('/app.js', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect(await ask('/app.js', 'POST')).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD' } });
  });

  it('never serves a file outside the root: dot-dot paths, encoded or not, and symbolic links', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/page/../../secret.txt',
    ]) {
      const res = await ask(path);
      expect(res.status, path).toBe(403);
      expect(res.body, path).not.toContain('outside');
    }
    const link = await ask('/link.txt');
    expect(link.status).toBe(403);
    expect(link.body).not.toContain('outside');
  });

  it('does not serve dot files, malformed paths or missing files', async () => {
    expect((await ask('/.env')).status).toBe(404);
    expect((await ask('/%E0%A4%A')).status).toBe(400);
    expect((await ask('/missing.js')).status).toBe(404);
  });
});
