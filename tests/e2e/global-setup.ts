// Serves build/ (or the directory E2E_ROOT names: another build to test) on a free localhost port for the e2e tests.
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve';

export default async function setup(project: TestProject) {
	const { server, url } = await serveStatic({ root: process.env.E2E_ROOT ?? 'build' });
	project.provide('baseUrl', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
