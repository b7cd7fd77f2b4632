// The data page's lists: every dataset with its size, and every embeddable chart.
import { bundledCanonicalFiles } from '$lib/db/node';

export const load = () => ({
	datasets: bundledCanonicalFiles().map((f) => ({
		name: f.resource.name,
		path: f.resource.path,
		title: f.resource.title,
		demo: f.resource.demo === true,
		rows: f.csv.split('\n').length - 2
	}))
});
