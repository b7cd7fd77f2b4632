// The static data API (README, "The data API"): each prerendered detentions view (views.ts: the whole explorer, or one
// value of one dimension, named by the same key as its page) publishes its numbers as CSV and JSON with a
// metadata.json, and each profile its record as JSON. Paths come from the manifest's routes (site/pages.ts).
import type { SingleView } from '../detentions/views';
import { API_VIEW_FILES, fileType, fillRoute } from '../site/pages';

export type ViewFile = (typeof API_VIEW_FILES)[number];

const MEDIA: Record<ViewFile, { type: string; label: string }> = {
	'data.csv': { type: 'text/csv', label: 'CSV' },
	'data.json': { type: 'application/json', label: 'JSON' },
	'metadata.json': { type: 'application/json', label: 'metadata.json' }
};

/** A view's files, in the order its page lists them, with their media types. */
export const VIEW_FILES = API_VIEW_FILES.map((file) => ({ file, ...MEDIA[file] }));

export const isViewFile = (file: string): file is ViewFile => VIEW_FILES.some((f) => f.file === file);

/** A view's file, from the site's root: '/data/api/detentions/all/data.csv', '/data/api/detentions/region/MOW/metadata.json'. */
export function viewFilePath(view: SingleView | null, file: ViewFile): string {
	return view ? fillRoute(fileType('apiView').route, { dimension: view.key, value: view.value, file }) : fillRoute(fileType('apiAll').route, { file });
}

/** A person's record, from the site's root: '/data/api/prisoners/<id>.json'. */
export const profileFilePath = (id: string) => fillRoute(fileType('apiProfile').route, { id });
