// How many people the demo detains on each day, so yearly totals match published figures.
import { dayOf } from './days';
import { at, type Rng } from './prng';

/**
 * How many people were detained in each period, taken from OVD-Info's published anti-war figures
 * so that the demo charts look plausible: 2022 ≈ 19,478 (16,437 by 2022-08-17), 2023 ≈ 274,
 * 2024 ≈ 41, 2025 ≈ 30, 2026 to October ≈ 20. The periods are contiguous; single days are spikes.
 * `decay` (days) front-loads a period, as protests faded after each wave.
 */
export interface BudgetPeriod {
	from: string;
	to: string;
	total: number;
	decay?: number;
}

export const DETENTION_BUDGET: readonly BudgetPeriod[] = [
	{ from: '2022-02-24', to: '2022-02-24', total: 1858 },
	{ from: '2022-02-25', to: '2022-02-25', total: 520 },
	{ from: '2022-02-26', to: '2022-02-26', total: 470 },
	{ from: '2022-02-27', to: '2022-02-27', total: 2800 },
	{ from: '2022-02-28', to: '2022-02-28', total: 420 },
	{ from: '2022-03-01', to: '2022-03-01', total: 300 },
	{ from: '2022-03-02', to: '2022-03-02', total: 720 },
	{ from: '2022-03-03', to: '2022-03-03', total: 230 },
	{ from: '2022-03-04', to: '2022-03-04', total: 90 },
	{ from: '2022-03-05', to: '2022-03-05', total: 160 },
	{ from: '2022-03-06', to: '2022-03-06', total: 4989 },
	{ from: '2022-03-07', to: '2022-03-12', total: 300, decay: 3 },
	{ from: '2022-03-13', to: '2022-03-13', total: 900 },
	{ from: '2022-03-14', to: '2022-04-01', total: 900, decay: 8 },
	{ from: '2022-04-02', to: '2022-04-02', total: 210 },
	{ from: '2022-04-03', to: '2022-08-17', total: 1570, decay: 40 },
	{ from: '2022-08-18', to: '2022-09-20', total: 160 },
	// Mobilisation was announced on 21 September 2022.
	{ from: '2022-09-21', to: '2022-09-21', total: 1330 },
	{ from: '2022-09-22', to: '2022-09-23', total: 60 },
	{ from: '2022-09-24', to: '2022-09-24', total: 820 },
	{ from: '2022-09-25', to: '2022-10-10', total: 380, decay: 5 },
	{ from: '2022-10-11', to: '2022-12-31', total: 291, decay: 30 },
	{ from: '2023-01-01', to: '2023-02-23', total: 50 },
	{ from: '2023-02-24', to: '2023-02-24', total: 20 },
	{ from: '2023-02-25', to: '2023-12-31', total: 204, decay: 200 },
	{ from: '2024-01-01', to: '2024-02-15', total: 6 },
	// Flowers for Navalny after his death on 16 February 2024.
	{ from: '2024-02-16', to: '2024-02-20', total: 16, decay: 2 },
	{ from: '2024-02-21', to: '2024-03-14', total: 4 },
	// Presidential election days.
	{ from: '2024-03-15', to: '2024-03-17', total: 4 },
	{ from: '2024-03-18', to: '2024-12-31', total: 11 },
	{ from: '2025-01-01', to: '2025-12-31', total: 30 },
	{ from: '2026-01-01', to: '2026-10-31', total: 20 }
];

/** A gap or overlap would silently drop or double-count days. */
export function assertContiguous(periods: readonly BudgetPeriod[]): void {
	let previous: BudgetPeriod | undefined;
	for (const period of periods) {
		if (previous && dayOf(period.from) !== dayOf(previous.to) + 1) {
			throw new Error(`Budget periods are not contiguous at ${period.from}`);
		}
		previous = period;
	}
}

/** Splits an integer total over days in proportion to weights, exactly (largest remainder). */
function apportion(total: number, weights: readonly number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	const parts = weights.map((w, index) => {
		const exact = (total * w) / sum;
		const share = Math.floor(exact);
		return { index, share, remainder: exact - share };
	});
	const byRemainder = [...parts].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
	let rest = total - parts.reduce((a, p) => a + p.share, 0);
	for (let k = 0; rest > 0; k++, rest--) at(byRemainder, k % byRemainder.length).share++;
	return parts.map((p) => p.share);
}

/** Per-day totals of detained for one period: decaying, with jitter so days are not all alike. */
export function dailyBudget(period: BudgetPeriod, scale: number, rng: Rng): number[] {
	const days = dayOf(period.to) - dayOf(period.from) + 1;
	const weights: number[] = [];
	for (let i = 0; i < days; i++) {
		const trend = period.decay ? Math.exp(-i / period.decay) + 0.05 : 1;
		weights.push(trend * (0.4 + 1.2 * rng()));
	}
	return apportion(Math.round(period.total * scale), weights);
}
