// The published figures as a reader meets them: every series labelled in both languages, the home page's "in prison
// now" answer equal to the latest row of its metric in figures.csv, every source linked safely, series never mixed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDatabase } from '../../src/lib/db/node';
import { allFigures, metricList } from '../../src/lib/db/queries';
import FigureCard from '../../src/lib/figures/FigureCard.svelte';
import FiguresTable from '../../src/lib/figures/FiguresTable.svelte';
import InPrisonNow from '../../src/lib/figures/InPrisonNow.svelte';
import { IN_PRISON_METRICS } from '../../src/lib/figures/pageData';
import { homeData } from '../../src/lib/home/homeData';
import { formatDate, formatNumber } from '../../src/lib/i18n/format';
import { validatePackage } from '../../src/lib/ingest/package';
import { dataPackage } from '../../src/lib/schema/package';
import { renderHtml } from '../charts/svg';
import { readCsv, type CsvRow } from '../csvTotals';

const rows = readCsv('data/figures.csv');
const text = (html: string) => html.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

/** The latest row of a metric as the file says, computed without the site's code: newest date, then the largest value. */
function latestRow(metric: string): CsvRow {
	const own = rows.filter((r) => r.metric === metric);
	expect(own.length, metric).toBeGreaterThan(0);
	return own.reduce((a, b) => (b.date! > a.date! || (b.date === a.date && Number(b.value) > Number(a.value)) ? b : a));
}

describe('metrics', () => {
	const check = validatePackage(dataPackage, (r) => readFileSync(`data/${r.path}`));

	it('gives every metric used in figures.csv a Russian and an English label', () => {
		expect(check.issues).toEqual([]);
		const metrics = new Map(check.tables.get('metrics')!.rows.map((m) => [m.code, m]));
		for (const metric of new Set(rows.map((r) => r.metric!))) {
			const m = metrics.get(metric);
			expect(m, metric).toBeDefined();
			expect(String(m!.label_ru).trim(), metric).not.toBe('');
			expect(String(m!.label_en).trim(), metric).not.toBe('');
			expect(String(m!.label_ru), metric).toMatch(/[а-яё]/i);
		}
	});

	it('is the only place labels come from: no metric label is left in the messages', async () => {
		const { MESSAGES } = await import('../../src/lib/i18n/messages');
		expect(Object.keys(MESSAGES.en).filter((k) => k.startsWith('metric.'))).toEqual([]);
	});
});

describe('the home page answer to "how many are in prison now"', async () => {
	const db = await bundledDatabase();
	const home = await homeData(db);

	it('is the latest published row of each metric that counts people held, the newest first', () => {
		const expected = IN_PRISON_METRICS.map(latestRow).sort((x, y) => y.date!.localeCompare(x.date!));
		expect(home.figures.inPrison.map((f) => [f.metric, f.date, f.value, f.qualifier, f.sourceTitle, f.sourceUrl])).toEqual(
			expected.map((r) => [r.metric, r.date, Number(r.value), r.qualifier, r.source_title, r.source_url || null])
		);
		// The newest count in the file, Memorial's 3,059 of 18 February 2026, leads.
		expect(home.figures.inPrison[0]!.date).toBe(rows.filter((r) => IN_PRISON_METRICS.includes(r.metric!)).map((r) => r.date!).sort().at(-1));
	});

	it('gives each count its date, source and what it counts, and says plainly that they are not added together', () => {
		const [newest, ...earlier] = home.figures.inPrison;
		const html = renderHtml(InPrisonNow, { counts: home.figures.inPrison });
		const en = text(html);
		expect(en).toContain('How many people are in prison now for political reasons?');
		expect(en).toContain(`${formatNumber('en', newest!.value)} ${newest!.labelEn} As of ${formatDate('en', newest!.date)}.`);
		expect(en).toContain(newest!.definitionEn!);
		expect(en).toContain('never added together');
		for (const f of earlier) expect(en).toContain(`${f.labelEn} As of ${formatDate('en', f.date)}.`);
		for (const f of home.figures.inPrison.filter((x) => x.sourceUrl)) expect(html).toContain(`<a href="${f.sourceUrl}" rel="noopener noreferrer">`);
		const ru = text(renderHtml(InPrisonNow, { counts: home.figures.inPrison }, 'ru'));
		expect(ru).toContain('Сколько человек сейчас в заключении по политическим делам?');
		expect(ru).toContain(`${newest!.labelRu} На ${formatDate('ru', newest!.date, 'day', 'genitive')}.`);
		expect(ru).toContain('складывать их нельзя');
	});

	it('says so when the data holds no such count', () => {
		expect(text(renderHtml(InPrisonNow, { counts: [] }))).toContain('holds no published count');
	});

	it('draws every series of one metric over at least two dates, with exactly that metric’s rows, and no per-period counts', async () => {
		const metrics = await metricList(db);
		const kind = new Map(metrics.map((m) => [m.code, m.kind]));
		const drawable = [...new Set(rows.map((r) => r.metric!))].filter(
			(m) => kind.get(m) !== 'per_period' && new Set(rows.filter((r) => r.metric === m).map((r) => r.date)).size >= 2
		);
		expect(home.figures.series.map((s) => s.metric.code).sort()).toEqual(drawable.sort());
		expect(drawable).toContain('memorial_political_prisoners');
		for (const series of home.figures.series) {
			expect(new Set(series.figures.map((f) => f.metric))).toEqual(new Set([series.metric.code]));
			const own = rows.filter((r) => r.metric === series.metric.code);
			expect(series.figures.map((f) => `${f.date} ${f.value} ${f.sourceTitle}`).sort()).toEqual(own.map((r) => `${r.date} ${r.value} ${r.source_title}`).sort());
		}
	});

	it('shows each headline figure with its label and a safe link to its source', () => {
		for (const figure of home.figures.headline) {
			const html = renderHtml(FigureCard, { figure });
			expect(text(html)).toContain(figure.labelEn);
			expect(text(renderHtml(FigureCard, { figure }, 'ru'))).toContain(figure.labelRu);
			if (figure.sourceUrl) expect(html).toContain(`<a href="${figure.sourceUrl}" rel="noopener noreferrer">`);
		}
		const hostile = renderHtml(FigureCard, { figure: { ...home.figures.headline[0]!, sourceUrl: 'javascript:alert(1)', sourceTitle: '<script>x</script>' } });
		expect(hostile).not.toContain('javascript:');
		expect(hostile).not.toContain('<script>');
	});
});

describe('the data page’s table of figures', async () => {
	const db = await bundledDatabase();
	const [figures, metrics] = await Promise.all([allFigures(db), metricList(db)]);

	it('lists every row with its metric’s label, not its code, and links each source that has an address', () => {
		expect(figures).toHaveLength(rows.length);
		const html = renderHtml(FiguresTable, { figures, metrics });
		const body = html.slice(html.indexOf('<tbody'));
		expect(body).not.toMatch(/<th scope="row"><code>/);
		expect(body.match(/<tr\b/g)).toHaveLength(rows.length);
		const withUrl = rows.filter((r) => r.source_url);
		expect(body.match(/rel="noopener noreferrer"/g)).toHaveLength(withUrl.length);
		for (const r of withUrl) expect(body).toContain(`href="${r.source_url!.replace(/&/g, '&amp;')}"`);
		expect(text(renderHtml(FiguresTable, { figures, metrics }, 'ru'))).toContain('Политзаключённые в списке «Мемориала»');
	});
});
