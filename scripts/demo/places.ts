// Where demo events and prisoners are placed: region weights that mimic real protest geography, and capital cities.
import { WeightedPicker } from './prng';

/** Moscow and St Petersburg dominate protest counts, then the regions of the big cities. */
const REGION_WEIGHTS: Record<string, number> = {
	'RU-MOW': 30,
	'RU-SPE': 16,
	'RU-MOS': 4,
	'RU-NVS': 3,
	'RU-SVE': 3,
	'RU-TA': 2,
	'RU-NIZ': 2,
	'RU-KDA': 2,
	'RU-SAM': 1.5,
	'RU-ROS': 1.5,
	'RU-BA': 1.5,
	'RU-PER': 1.5,
	'RU-KYA': 1.2,
	'RU-VOR': 1.2,
	'RU-CHE': 1.2,
	'RU-OMS': 1,
	'RU-IRK': 1,
	'RU-TOM': 1,
	'RU-KGD': 1,
	'RU-YAR': 1,
	'RU-LEN': 1,
	'RU-VGG': 0.8,
	'RU-SAR': 0.8,
	'RU-KHA': 0.8,
	'RU-PRI': 0.8,
	'RU-TYU': 0.6,
	'RU-UD': 0.6,
	'RU-DA': 0.5
};
const OTHER_RU_WEIGHT = 0.3;
// Occupied territories appear only rarely, and only for single pickets and the like.
const OCCUPIED_WEIGHTS: Record<string, number> = { 'UA-43': 0.3, 'UA-40': 0.15 };

/** Capital cities for the most frequent regions; other regions get an empty city rather than an invented one. */
const REGION_CITY: Record<string, string> = {
	'RU-MOW': 'Москва',
	'RU-SPE': 'Санкт-Петербург',
	'RU-NVS': 'Новосибирск',
	'RU-SVE': 'Екатеринбург',
	'RU-TA': 'Казань',
	'RU-NIZ': 'Нижний Новгород',
	'RU-KDA': 'Краснодар',
	'RU-SAM': 'Самара',
	'RU-ROS': 'Ростов-на-Дону',
	'RU-BA': 'Уфа',
	'RU-PER': 'Пермь',
	'RU-KYA': 'Красноярск',
	'RU-VOR': 'Воронеж',
	'RU-CHE': 'Челябинск',
	'RU-OMS': 'Омск',
	'RU-IRK': 'Иркутск',
	'RU-TOM': 'Томск',
	'RU-KGD': 'Калининград',
	'RU-YAR': 'Ярославль',
	'RU-VGG': 'Волгоград',
	'RU-SAR': 'Саратов',
	'RU-KHA': 'Хабаровск',
	'RU-PRI': 'Владивосток',
	'RU-TYU': 'Тюмень',
	'RU-DA': 'Махачкала',
	'UA-43': 'Симферополь',
	'UA-40': 'Севастополь'
};

export function cityOf(region: string): string {
	return REGION_CITY[region] ?? '';
}

function regionWeight(code: string, allowOccupied: boolean): number {
	if (code.startsWith('UA-')) return allowOccupied ? (OCCUPIED_WEIGHTS[code] ?? 0) : 0;
	return REGION_WEIGHTS[code] ?? OTHER_RU_WEIGHT;
}

export function regionPicker(regions: readonly string[], allowOccupied: boolean): WeightedPicker<string> {
	return new WeightedPicker(regions.map((code) => [code, regionWeight(code, allowOccupied)] as const));
}
