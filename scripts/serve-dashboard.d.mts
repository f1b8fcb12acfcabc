/** Types of scripts/serve-dashboard.mjs (a plain-JS script, imported by the end-to-end test). */

/** The repository root (the folder above scripts/). */
export declare const REPO_ROOT: string;
/** Path of the dashboard page, relative to the served root: '/examples/dashboard/'. */
export declare const DASHBOARD_PATH: string;

/** Options of {@link startStaticServer}. */
export interface StaticServerOptions {
  /** Folder to serve. Default: the repository root. */
  readonly root?: string;
  /** Port; 0 picks a free one. Default 0. */
  readonly port?: number;
  /** Interface to listen on. Default '127.0.0.1'. */
  readonly host?: string;
}

/** A running static server. */
export interface StaticServer {
  /** e.g. 'http://127.0.0.1:41234' */
  readonly url: string;
  /** e.g. 'http://127.0.0.1:41234/examples/dashboard/' */
  readonly dashboardUrl: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Start the static file server (GET/HEAD only, nothing outside root, 127.0.0.1 by default).
 * @example
 * const server = await startStaticServer();
 * await server.close();
 */
export declare function startStaticServer(options?: StaticServerOptions): Promise<StaticServer>;
