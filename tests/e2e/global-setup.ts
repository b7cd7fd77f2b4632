// Serves build/ on a free localhost port for the end-to-end tests.
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve';

export default async function setup(project: TestProject) {
	const { server, url } = await serveStatic({ root: 'build' });
	project.provide('baseUrl', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
