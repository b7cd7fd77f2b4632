// Where a demo prisoner is held, the fictional address a letter to them would carry, and the electronic letter services
// a few of their prisons accept.
import type { Identity } from './names';
import type { Gender, PrisonerRow } from './types';

export interface Facility {
	/** As shown in the profile. */
	facility: string;
	/** As written on an envelope. */
	institution: string;
}

/** Men convicted of grave charges go to strict-regime colonies; the facility and the sentence's wording agree. */
export function strictRegime(category: string, gender: Gender): boolean {
	return gender === 'male' && (category === 'treason_espionage' || category === 'terrorism');
}

export function facilityFor(status: PrisonerRow['status'], category: string, gender: Gender): Facility {
	if (status === 'pretrial_detention') return { facility: 'СИЗО-0 (демо)', institution: 'ФКУ СИЗО-0 (демо)' };
	if (status === 'compulsory_treatment') {
		return { facility: 'Демо-психиатрическая больница № 0', institution: 'Демо-психиатрическая больница № 0' };
	}
	if (status === 'imprisoned') {
		const strict = strictRegime(category, gender);
		return {
			facility: strict ? 'ИК-0 строгого режима (демо)' : 'ИК-0 общего режима (демо)',
			institution: 'ФКУ ИК-0 (демо)'
		};
	}
	return { facility: '', institution: '' };
}

/** Dative case, which Russian prison mail needs for the addressee: Ивану Зарубелову, Анне Кравенцовой. */
function dativeGiven(name: string, gender: Gender): string {
	if (name.endsWith('ия')) return name.slice(0, -1) + 'и';
	if (name.endsWith('а') || name.endsWith('я')) return name.slice(0, -1) + 'е';
	if (gender === 'female') return name;
	if (name.endsWith('й') || name.endsWith('ь')) return name.slice(0, -1) + 'ю';
	return name + 'у';
}

function dativeSurname(surname: string): string {
	if (surname.endsWith('ский')) return surname.slice(0, -2) + 'ому';
	if (surname.endsWith('ская')) return surname.slice(0, -2) + 'ой';
	if (surname.endsWith('ова') || surname.endsWith('ина')) return surname.slice(0, -1) + 'ой';
	return surname + 'у'; // -ов, -ин
}

/** A fictional address in the format prison mail needs: facility, then addressee and birth year. */
export function letterAddress(institution: string, who: Identity, birthYear: number): string {
	const addressee = `${dativeSurname(who.surname)} ${dativeGiven(who.given, who.gender)}, ${birthYear} г. р.`;
	return `000000, Демо-область, г. Примерск, ул. Вымышленная, д. 1, ${institution}, ${addressee}`;
}

// The prison service's own system, named as the README's example does, and one invented for the demo, like its organisations.
const LETTER_SERVICES = ['ФСИН-Письмо', 'Демо-письмо'] as const;

/**
 * The electronic letter services a demo prison accepts, as the data package writes them («ФСИН-Письмо;Демо-письмо»):
 * one person in 15 held in a colony or a pre-trial centre. Chosen by index, not by the random stream, so adding the
 * column left every other cell of the file as it was.
 */
export function letterServicesFor(status: PrisonerRow['status'], index: number): string {
	if ((status !== 'imprisoned' && status !== 'pretrial_detention') || index % 15 !== 4) return '';
	return index % 45 === 34 ? LETTER_SERVICES.join(';') : LETTER_SERVICES[0];
}
