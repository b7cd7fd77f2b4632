// Resident memory of all Chromium processes (page, worker, GPU, browser), in MB: what the reader's machine spends.
import { execSync } from 'node:child_process';
import path from 'node:path';
import { CHROMIUM } from '../tests/e2e/browser';

// ps knows a process by the first 15 characters of its file's name.
const PROCESS_NAME = path.basename(CHROMIUM).slice(0, 15);

export function chromiumResidentMB(): number {
	const kb = execSync(`ps -C ${PROCESS_NAME} -o rss=`, { encoding: 'utf8' })
		.split('\n')
		.map((l) => Number(l.trim()))
		.filter((n) => Number.isFinite(n));
	return Math.round(kb.reduce((a, b) => a + b, 0) / 1024);
}
