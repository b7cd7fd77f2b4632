// The published figures as a reader meets them: every series labelled in both languages, the home page's "in prison
// now" answer equal to the latest row of its metric in figures.csv, every source linked safely, series never mixed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDatabase } from '../../src/lib/db/node';
import { allFigures, metricList, type Figure } from '../../src/lib/db/queries';
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

	it('is the latest published row of each metric it answers with', () => {
		for (const [which, metric] of Object.entries(IN_PRISON_METRICS) as [keyof typeof IN_PRISON_METRICS, string][]) {
			const expected = latestRow(metric);
			const shown = home.figures.inPrison[which]!;
			expect([shown.metric, shown.date, shown.value, shown.qualifier, shown.sourceTitle, shown.sourceUrl]).toEqual([
				metric, expected.date, Number(expected.value), expected.qualifier, expected.source_title, expected.source_url || null
			]);
		}
	});

	it('says it in a sentence with its qualifier, date and linked source, in English and Russian', () => {
		const antiwar = home.figures.inPrison.antiwar!;
		const html = renderHtml(InPrisonNow, { answer: home.figures.inPrison });
		expect(text(html)).toContain('How many people are in prison now in anti-war cases?');
		const qualifier = { exact: '', at_least: 'at least ', more_than: 'more than ', about: 'about ' }[antiwar.qualifier];
		expect(text(html)).toContain(`on ${formatDate('en', antiwar.date)}, ${qualifier}${formatNumber('en', antiwar.value)} people charged in anti-war criminal cases were in custody.`);
		expect(html).toContain(`<a href="${antiwar.sourceUrl}" rel="noopener noreferrer">${antiwar.sourceTitle}</a>`);
		const political = home.figures.inPrison.political!;
		expect(text(html)).toContain(`${formatNumber('en', political.value)} people were on Memorial’s list.`);
		const ru = text(renderHtml(InPrisonNow, { answer: home.figures.inPrison }, 'ru'));
		expect(ru).toContain('Сколько человек сейчас в заключении по антивоенным делам?');
		expect(ru).toContain(`на ${formatDate('ru', antiwar.date, 'day', 'genitive')} в заключении —`);
	});

	it('agrees the Russian noun with the number and with the qualifier before it', () => {
		const base = home.figures.inPrison.antiwar!;
		const say = (value: number, qualifier: Figure['qualifier']) =>
			text(renderHtml(InPrisonNow, { answer: { antiwar: { ...base, value, qualifier }, political: null } }, 'ru')).replace(/\s/g, ' ');
		expect(say(1, 'exact')).toContain('— 1 фигурант антивоенных');
		expect(say(3, 'exact')).toContain('— 3 фигуранта антивоенных');
		expect(say(267, 'exact')).toContain('— 267 фигурантов антивоенных');
		expect(say(1, 'at_least')).toContain('— не менее 1 фигуранта антивоенных');
		expect(say(3, 'at_least')).toContain('— не менее 3 фигурантов антивоенных');
		expect(say(21, 'more_than')).toContain('— более 21 фигуранта антивоенных');
		const memorial = (value: number) => text(renderHtml(InPrisonNow, { answer: { antiwar: null, political: { ...home.figures.inPrison.political!, value } } }, 'ru')).replace(/\s/g, ' ');
		expect(memorial(1262)).toContain('— 1 262 человека.');
		expect(memorial(1265)).toContain('— 1 265 человек.');
	});

	it('says so when the data holds no such count', () => {
		expect(text(renderHtml(InPrisonNow, { answer: { antiwar: null, political: null } }))).toContain('holds no published count');
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
