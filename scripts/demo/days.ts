// Dates as whole UTC days, so that no time zone can shift a date in the demo data.

const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): number {
	return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

export function isoOf(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(day: number): number {
	return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function within(day: number, range: readonly [number, number]): boolean {
	return day >= range[0] && day <= range[1];
}
