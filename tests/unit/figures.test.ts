// The published figures as a reader meets them: every series labelled in both languages, the home page's "in prison
// now" answer equal to the latest row of its metric in figures.csv, every source linked safely, series never mixed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { bundledDatabase, databaseOf, validatedFiles } from '../../src/lib/db/node';
import { allFigures, metricList } from '../../src/lib/db/queries';
import FigureCard from '../../src/lib/figures/FigureCard.svelte';
import FiguresTable from '../../src/lib/figures/FiguresTable.svelte';
import InPrisonNow from '../../src/lib/figures/InPrisonNow.svelte';
import MetricSeries from '../../src/lib/figures/MetricSeries.svelte';
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
		const { messagesOf } = await import('../../src/lib/i18n/messages');
		expect(Object.keys(messagesOf('en')).filter((k) => k.startsWith('metric.'))).toEqual([]);
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

/**
 * The Latin-script words a Russian page says of the figures, minus what may stay in Latin letters: codes (<code>), web
 * addresses, domain names (re-russia.net, 112.ua) and the few outlets and acronyms that write their names in Latin
 * letters in Russian text too. With `marked`, also text inside lang="en" (English the page marks as English).
 */
const LATIN_NAMES = ['Human Rights Watch', 'The Brussels Times', 'The Economist', 'The Insider', 'Meduza', 'AFP', 'HRW', 'API', 'dekoder', 're-russia', 'republicworld', 'eurasiareview', 'ramanmedianetwork'];
function latinProse(html: string, marked = false): string[] {
	let shown = html.replace(/<!--[^>]*-->/g, '');
	if (marked) shown = shown.replace(/<(\w+)\b[^>]*\blang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ');
	shown = shown
		.replace(/<code\b[^>]*>[\s\S]*?<\/code>/g, ' ')
		.replace(/<[^>]+>/g, '')
		.replace(/https?:\/\/\S+/g, ' ')
		.replace(/\b[\w-]+(\.[\w-]+)*\.(net|org|cz|ru|ua|news|world|media)\b/g, ' ');
	const rest = LATIN_NAMES.reduce((t, name) => t.replaceAll(name, ' '), shown);
	return rest.match(/[A-Za-z]+/g) ?? [];
}

describe('figures on Russian pages', async () => {
	const db = await bundledDatabase();
	const [figures, metrics, home] = await Promise.all([allFigures(db), metricList(db), homeData(db)]);

	it('gives every row of figures.csv its source and, where it has a note, its note in Russian', () => {
		for (const r of rows) {
			const row = `${r.metric} ${r.date} ${r.source_title}`;
			expect(r.source_title_ru, row).toMatch(/[а-яё]/i);
			if (r.note) expect(r.note_ru, row).toMatch(/[а-яё]/i);
			else expect(r.note_ru, row).toBe('');
		}
	});

	it('shows no Latin-script prose in the data page’s table, the series, the in-prison answer or the headline cards', () => {
		const pages = {
			table: renderHtml(FiguresTable, { figures, metrics }, 'ru'),
			inPrison: renderHtml(InPrisonNow, { counts: home.figures.inPrison }, 'ru'),
			...Object.fromEntries(home.figures.series.map((series) => [series.metric.code, renderHtml(MetricSeries, { series, embeddable: true }, 'ru')])),
			...Object.fromEntries(home.figures.headline.map((figure) => [`card ${figure.metric}`, renderHtml(FigureCard, { figure }, 'ru')]))
		};
		// The check bites: the English table is full of Latin-script prose.
		expect(latinProse(renderHtml(FiguresTable, { figures, metrics })).length).toBeGreaterThan(100);
		for (const [name, html] of Object.entries(pages)) {
			expect(latinProse(html), name).toEqual([]);
			// The bundled data has Russian for everything: nothing falls back to English, and only the Latin names in the
			// Russian texts are marked as English ("The Insider со ссылкой на ОВД-Инфо").
			const marked = [...html.replace(/<!--[^>]*-->/g, '').matchAll(/<(\w+)\b[^>]*\blang="en"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!);
			// (MixedText marks the "ua" of "112.ua" on its own: a domain's end, not prose.)
			for (const words of marked.filter((w) => !/^(net|org|ru|ua|news|world|media)$/.test(w))) expect(latinProse(words), `${name}: ${words}`).toEqual([]);
		}
		expect(pages.table).toContain('<span lang="en">The Insider</span>');
		const table = text(pages.table);
		expect(table).toContain('«Коммерсантъ» со ссылкой на Следственный комитет');
		expect(table).toContain('(за первые 9 месяцев 2025 года)');
		expect(table).toContain('(список на 30 октября)');
		expect(table).toContain('(за 2025 год, по 18 декабря)');
		expect(table).toContain('(с 24 февраля 2022 года)');
		expect(table).toContain('(57 городов)');
		// A space before each aside, which the markup must not lose.
		expect(table).toMatch(/2013 \(список на 30 октября\)/);
		expect(table).toMatch(/не менее 1 858 \(57 городов\)/);
		expect(text(pages.inPrison)).toContain('Источник: Meduza со ссылкой на проект «Поддержка политзаключённых. Мемориал»');
		expect(text(pages.inPrison)).toContain('Источник: ОВД-Инфо, доклад за два года');
	});

	it('accepts a team’s figures.csv without the Russian columns, and shows its English marked as English', async () => {
		const bare = Papa.unparse(rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !k.endsWith('_ru')))));
		expect(bare.split(/\r?\n/)[0]).toBe('metric,date,period,value,qualifier,geography,source_title,source_date,source_url,note');
		const files = validatedFiles((r) => (r.name === 'figures' ? new TextEncoder().encode(bare) : readFileSync(`data/${r.path}`)));
		const own = await allFigures(await databaseOf(files));
		expect(own).toHaveLength(rows.length);
		expect(own.every((f) => f.sourceTitleRu === null && f.noteRu === null)).toBe(true);
		const html = renderHtml(FiguresTable, { figures: own, metrics }, 'ru').replace(/<!--[^>]*-->/g, '');
		expect(html).toContain('<span lang="en">The Brussels Times citing OVD-Info</span>');
		expect(html).toMatch(/<a href="https:\/\/en\.ovdinfo\.org\/[^"]+" lang="en" rel="noopener noreferrer">OVD-Info two-year report<\/a>/);
		expect(html).toContain('<span lang="en">Moscow 80; St Petersburg 77</span>');
		expect(latinProse(html, true)).toEqual([]);
		// The English page shows the same English, unmarked.
		expect(renderHtml(FiguresTable, { figures: own, metrics })).not.toContain('lang="en"');
		const card = renderHtml(FigureCard, { figure: own.find((f) => f.sourceUrl)! }, 'ru');
		expect(card).toMatch(/<a [^>]*lang="en"/);
	});

	it('shows a period or place it has no words for as written, marked as English', () => {
		const figure = { ...figures[0]!, period: 'first quarter of 2025', geography: '12 oblasts' };
		const html = renderHtml(FiguresTable, { figures: [figure], metrics }, 'ru');
		expect(html).toContain('<span lang="en">first quarter of 2025</span>');
		expect(html).toContain('<span lang="en">12 oblasts</span>');
		expect(latinProse(html, true)).toEqual([]);
	});
});
