// /datapackage.json: the data package that describes every CSV, as maintainers edit it, less its private fields.
import { json } from '@sveltejs/kit';
import { publishedPackage } from '$lib/schema/package';

export const prerender = true;

export const GET = () => json(publishedPackage());
