// Serves build/ (or the directory E2E_ROOT names: another build to test) on a free localhost port for the e2e tests.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve';
import { CHROMIUM } from './browser';

export default async function setup(project: TestProject) {
	if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium-headless-shell), or set CHROMIUM_PATH to another build`);
	const { server, url } = await serveStatic({ root: process.env.E2E_ROOT ?? 'build' });
	project.provide('baseUrl', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
