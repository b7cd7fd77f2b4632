// Resident memory of all Chromium processes (page, worker, GPU, browser), in MB: what the reader's machine spends.
import { execSync } from 'node:child_process';

export function chromiumResidentMB(): number {
	const kb = execSync('ps -C chromium -o rss=', { encoding: 'utf8' })
		.split('\n')
		.map((l) => Number(l.trim()))
		.filter((n) => Number.isFinite(n));
	return Math.round(kb.reduce((a, b) => a + b, 0) / 1024);
}
