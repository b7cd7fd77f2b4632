// The bilingual one-line description of a demo detention event, always marked as demo.
import type { Description, EventType, Topic } from './types';

const DESCRIPTIONS: Record<EventType, Description> = {
	rally: { ru: 'Демо: задержания на акции против войны', en: 'Demo: detentions at an anti-war rally' },
	single_picket: { ru: 'Демо: задержание на одиночном пикете', en: 'Demo: detention at a single-person picket' },
	online: {
		ru: 'Демо: задержание из-за поста, опубликованного в интернете',
		en: 'Demo: detention over a post published online'
	},
	symbols: { ru: 'Демо: задержание за антивоенную символику', en: 'Demo: detention over anti-war symbols' },
	memorial: { ru: 'Демо: задержания у стихийного мемориала', en: 'Demo: detentions at a makeshift memorial' },
	performance: { ru: 'Демо: задержание за художественную акцию', en: 'Demo: detention over an art performance' },
	other: { ru: 'Демо: задержание при иных обстоятельствах', en: 'Demo: detention, other circumstances' }
};
const MOBILISATION_RALLY: Description = {
	ru: 'Демо: задержания на акции против мобилизации',
	en: 'Demo: detentions at a protest against mobilisation'
};
const NAVALNY_MEMORIAL: Description = {
	ru: 'Демо: задержания при возложении цветов в память о Навальном',
	en: 'Demo: detentions while laying flowers in memory of Navalny'
};
const ELECTIONS_EVENT: Description = {
	ru: 'Демо: задержания у избирательного участка',
	en: 'Demo: detentions at a polling station'
};
export const NO_DETENTION_REPORT: Description = {
	ru: 'Демо: протокол за публикацию в интернете, без задержания',
	en: 'Demo: charge sheet over an online post, no one detained'
};

export function describe(type: EventType, topic: Topic): Description {
	// The type templates speak of the war, which would be wrong for an unrelated event.
	if (topic === 'other') return DESCRIPTIONS.other;
	if (topic === 'mobilisation' && type === 'rally') return MOBILISATION_RALLY;
	if (topic === 'navalny' && type === 'memorial') return NAVALNY_MEMORIAL;
	if (topic === 'elections' && type === 'other') return ELECTIONS_EVENT;
	return DESCRIPTIONS[type];
}
