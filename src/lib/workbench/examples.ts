// Example questions for the workbench, in both languages: each a title and its SQL, offered on the page as links.
import type { Locale } from '../i18n/locales';

export interface Example {
	id: string;
	title: Record<Locale, string>;
	/** The SQL, in the page's language where it picks labels (name_ru or name_en). */
	sql: Record<Locale, string>;
}

const both = (sql: string): Record<Locale, string> => ({ en: sql, ru: sql });

export const EXAMPLES: Example[] = [
	{
		id: 'moscow-pickets',
		title: {
			en: 'Detained at single pickets in Moscow, by month, since 2022, where the charge was Art. 20.3.3',
			ru: 'Задержанные на одиночных пикетах в Москве по месяцам с 2022 года, обвинение по ст. 20.3.3 КоАП'
		},
		sql: both(`SELECT date_trunc('month', date) AS month, sum(detained) AS detained
FROM detentions
WHERE region = 'RU-MOW'
  AND event_type = 'single_picket'
  AND article = 'koap-20.3.3'
  AND date >= DATE '2022-01-01'
GROUP BY month
ORDER BY month`)
	},
	{
		id: 'regions',
		title: { en: 'Detained in each region, most first', ru: 'Задержанные по регионам, от большего к меньшему' },
		sql: {
			en: `SELECT r.name_en AS region, sum(d.detained) AS detained, count(*) AS events
FROM detentions d
JOIN regions r ON r.code = d.region
GROUP BY ALL
ORDER BY detained DESC`,
			ru: `SELECT r.name_ru AS region, sum(d.detained) AS detained, count(*) AS events
FROM detentions d
JOIN regions r ON r.code = d.region
GROUP BY ALL
ORDER BY detained DESC`
		}
	},
	{
		id: 'unknown-counts',
		title: { en: 'Events with an unknown number of detained, by year', ru: 'События с неизвестным числом задержанных по годам' },
		sql: both(`SELECT date_trunc('year', date) AS year,
  count(*) FILTER (WHERE detained IS NULL) AS unknown_count,
  count(*) AS events
FROM detentions
GROUP BY year
ORDER BY year`)
	},
	{
		id: 'prisoner-articles',
		title: { en: 'Articles most often charged among political prisoners', ru: 'Статьи, по которым чаще всего обвиняют политзаключённых' },
		sql: {
			en: `SELECT a.title_en AS article, count(*) AS people
FROM (SELECT unnest(articles) AS code FROM prisoners) p
JOIN articles a USING (code)
GROUP BY ALL
ORDER BY people DESC
LIMIT 20`,
			ru: `SELECT a.title_ru AS article, count(*) AS people
FROM (SELECT unnest(articles) AS code FROM prisoners) p
JOIN articles a USING (code)
GROUP BY ALL
ORDER BY people DESC
LIMIT 20`
		}
	},
	{
		id: 'prisoner-status',
		title: { en: 'Political prisoners by status and kind of punishment', ru: 'Политзаключённые по статусу и виду наказания' },
		sql: both(`SELECT status, punishment, count(*) AS people
FROM prisoners
GROUP BY ALL
ORDER BY people DESC`)
	},
	{
		id: 'figures',
		title: { en: 'Every published figure with its source', ru: 'Все опубликованные данные с источниками' },
		sql: both(`SELECT metric, date, value, qualifier, source_title, source_url
FROM figures
ORDER BY metric, date`)
	}
];

/** The example shown in the editor before a reader writes anything. */
export const FIRST_EXAMPLE = EXAMPLES[0]!;
