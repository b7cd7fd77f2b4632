// A static file server for build/ that behaves like a real host: precompressed files, right MIME types, no CDN,
// 404.html with status 404 for any path that has no file (GitHub Pages, Netlify, nginx `error_page 404 /404.html`),
// and caching as SvelteKit asks of a host: files under _app/immutable/ are named by their content and kept for a year;
// any other file is asked for again each time and answered "304 Not Modified" while it is unchanged (its ETag). A
// reader's second page thus reuses the code, and the query engine, the browser already has.
// `npm run serve` serves build/ on 127.0.0.1:4173 (`PREFIX=/some/path npm run serve`: under a path, as a mirror does);
// tests and the benchmark import serveStatic().
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.atom': 'application/atom+xml; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8'
};

function resolveFile(root: string, urlPath: string): { file: string } | { redirect: string } | null {
	const decoded = decodeURIComponent(urlPath.split('?')[0]!);
	const target = path.join(root, path.normalize(decoded));
	if (!target.startsWith(root)) return null;
	if (existsSync(target) && statSync(target).isFile()) return { file: target };
	if (existsSync(path.join(target, 'index.html'))) {
		return decoded.endsWith('/') ? { file: path.join(target, 'index.html') } : { redirect: `${decoded}/` };
	}
	if (existsSync(`${target}.html`)) return { file: `${target}.html` };
	return null;
}

export interface ServeOptions {
	root: string;
	port?: number;
	host?: string;
	/** Extra headers on every response (e.g. a Content-Security-Policy to test). */
	headers?: Record<string, string>;
	/** A path to serve the site under, as a mirror does ('/mirror/x'); any address outside it gets a bare 404, as from
	 *  another site on the same host. */
	prefix?: string;
	/** false: no caching headers and no 304, as from a host that sends none, so that every load is a first visit (the
	 *  benchmark: the engine is fetched by a worker, which a page's "cache off" in DevTools does not reach). */
	cacheable?: boolean;
}

/** Where SvelteKit writes the files named by a hash of their content (its default appDir, `_app`). */
const IMMUTABLE = /\/_app\/immutable\//;

/** Sends a file with its precompressed variant when the client takes one, as hosts configured for it do, or 304 when
 *  the client has this very file already. */
function sendFile(req: IncomingMessage, res: ServerResponse, found: string, status: number, cacheable: boolean): void {
	const accept = String(req.headers['accept-encoding'] ?? '');
	const type = TYPES[path.extname(found)] ?? 'application/octet-stream';
	const variant = [
		['br', '.br'],
		['gzip', '.gz']
	].find(([enc, ext]) => accept.includes(enc!) && existsSync(found + ext));
	const file = variant ? found + variant[1] : found;
	res.statusCode = status;
	res.setHeader('content-type', type);
	res.setHeader('vary', 'accept-encoding');
	if (variant) res.setHeader('content-encoding', variant[0]!);
	const stat = statSync(file);
	if (status === 200 && cacheable) {
		const etag = `"${stat.size.toString(36)}-${Math.trunc(stat.mtimeMs).toString(36)}"`;
		res.setHeader('cache-control', IMMUTABLE.test(found) ? 'public, max-age=31536000, immutable' : 'no-cache');
		res.setHeader('etag', etag);
		res.setHeader('last-modified', stat.mtime.toUTCString());
		if (req.headers['if-none-match'] === etag) {
			res.statusCode = 304;
			res.end();
			return;
		}
	}
	res.setHeader('content-length', stat.size);
	if (req.method === 'HEAD') {
		res.end();
		return;
	}
	createReadStream(file).pipe(res);
}

/** Starts serving; `url` is where the site's root is: the server's origin, and the prefix if there is one. */
export function serveStatic({ root, port = 0, host = '127.0.0.1', headers = {}, prefix = '', cacheable = true }: ServeOptions): Promise<{ server: Server; url: string }> {
	const absRoot = path.resolve(root);
	const notFoundPage = path.join(absRoot, '404.html');
	const base = prefix.replace(/\/+$/, '');
	if (base && !base.startsWith('/')) throw new Error(`the prefix must start with "/": ${prefix}`);
	const server = createServer((req, res) => {
		const url = req.url ?? '/';
		for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
		if (base && url !== base && !url.startsWith(`${base}/`) && !url.startsWith(`${base}?`)) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found: outside the site');
			return;
		}
		const rest = url.slice(base.length);
		if (!rest.startsWith('/')) {
			res.writeHead(308, { location: `${base}/${rest}` }).end();
			return;
		}
		const found = resolveFile(absRoot, rest);
		if (found && 'redirect' in found) {
			res.writeHead(308, { location: `${base}${found.redirect}` }).end();
			return;
		}
		if (found) {
			sendFile(req, res, found.file, 200, cacheable);
		} else if (existsSync(notFoundPage)) {
			sendFile(req, res, notFoundPage, 404, cacheable);
		} else {
			// A folder without 404.html (a build from before the 404 page) is answered as a host with no error page would.
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
		}
	});
	return new Promise((resolvePromise) => {
		server.listen(port, host, () => {
			const address = server.address();
			const actualPort = typeof address === 'object' && address ? address.port : port;
			resolvePromise({ server, url: `http://${host}:${actualPort}${base}` });
		});
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const root = process.argv[2] ?? 'build';
	const port = Number(process.env.PORT ?? 4173);
	serveStatic({ root, port, prefix: process.env.PREFIX }).then(({ url }) => console.log(`Serving ${root}/ at ${url}/ (Ctrl+C to stop)`));
}
