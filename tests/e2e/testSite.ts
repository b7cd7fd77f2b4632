// Serves one of the test sites (tests/e2e/sites) and opens Chromium on it, for the tests that read those builds.
import { existsSync } from 'node:fs';
import { serveStatic } from '../../scripts/serve';
import { openBrowser, type Session } from './browser';
import { siteRoot, type TEST_SITES } from './sites/build';

export interface TestSite {
	origin: string;
	session: Session;
	close(): Promise<void>;
}

export async function openTestSite(name: keyof typeof TEST_SITES): Promise<TestSite> {
	const root = siteRoot(name);
	if (!existsSync(root)) throw new Error(`${root} is missing: run npm run build:test-sites (npm run test:e2e does)`);
	const served = await serveStatic({ root });
	const session = await openBrowser(served.url);
	return {
		origin: served.url,
		session,
		async close() {
			await session.close();
			await new Promise<void>((resolve) => served.server.close(() => resolve()));
		}
	};
}
