// /datapackage.json: the data package that describes every CSV, as maintainers edit it.
import { json } from '@sveltejs/kit';
import { dataPackage } from '$lib/schema/package';

export const prerender = true;

export const GET = () => json(dataPackage);
