// Messages of published figures: qualifiers and what each series counts, in English and Russian.
import type { Message } from '../format';

export const en = {
	'figure.source': 'Source: {source}, {date}',
	'figure.asOf': 'as of {date}',
	'qualifier.exact': '{value}',
	'qualifier.at_least': 'at least {value}',
	'qualifier.more_than': 'more than {value}',
	'qualifier.about': 'about {value}',
	'metric.antiwar_detentions_cumulative': 'people detained for their anti-war stance since 24 February 2022',
	'metric.antiwar_criminal_defendants': 'defendants in anti-war criminal cases',
	'metric.memorial_political_prisoners': 'political prisoners on Memorial’s list',
	'metric.discrediting_admin_cases_cumulative': 'administrative cases for “discrediting” the army (Art. 20.3.3)',
} satisfies Record<string, Message>;

export const ru: Record<keyof typeof en, Message> = {
	'figure.source': 'Источник: {source}, {date}',
	'figure.asOf': 'на {date}',
	'qualifier.exact': '{value}',
	'qualifier.at_least': 'не менее {value}',
	'qualifier.more_than': 'более {value}',
	'qualifier.about': 'около {value}',
	'metric.antiwar_detentions_cumulative': 'задержаний за антивоенную позицию с 24 февраля 2022 года',
	'metric.antiwar_criminal_defendants': 'обвиняемых по антивоенным уголовным делам',
	'metric.memorial_political_prisoners': 'политзаключённых в списке «Мемориала»',
	'metric.discrediting_admin_cases_cumulative': 'административных дел о «дискредитации» армии (ст. 20.3.3)',
};
