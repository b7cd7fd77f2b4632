// One line of build progress. In a terminal it is a single line redrawn in place a few times a second; anywhere else
// (CI logs, `npm test`, a pipe) it is a plain line, with no control codes, every 10 s in the first half minute, every
// 30 s up to two minutes and every minute after that, so that logs stay readable and a long phase stays short.
// Anything else written to the terminal while the line is shown (a warning, an error) first erases it, so the two
// never share a line; the line comes back at its next redraw.

/** True when stdout is a terminal that can redraw a line: not in CI, not a dumb terminal. */
export function isInteractive(): boolean {
	return Boolean(process.stdout.isTTY) && !process.env.CI && process.env.TERM !== 'dumb';
}

/** `1234` → `1,234`. */
export const count = (n: number): string => n.toLocaleString('en-US');

/** Seconds since `since` (a `performance.now()`), rounded to whole seconds. */
export const seconds = (since: number): string => `${Math.round((performance.now() - since) / 1000)} s`;

const ERASE = '\r\x1b[K';

type Write = typeof process.stdout.write;

export class ProgressLine {
	readonly interactive: boolean;
	private timer: NodeJS.Timeout | undefined;
	private readonly started = performance.now();
	private shown = false;
	private stopped = false;
	private readonly restore: Array<() => void> = [];
	private readonly write: (text: string) => void;

	/** @param render the current text of the line, asked for at every redraw */
	constructor(
		private readonly render: () => string,
		{ interactive = isInteractive() }: { interactive?: boolean } = {}
	) {
		this.interactive = interactive;
		const stdoutWrite = process.stdout.write.bind(process.stdout);
		this.write = (text) => void stdoutWrite(text);
		if (this.interactive) {
			const erase = () => this.erase();
			for (const stream of [process.stdout, process.stderr]) {
				const original = stream.write;
				stream.write = function (this: typeof stream, ...args: Parameters<Write>) {
					erase();
					return original.apply(this, args);
				} as Write;
				this.restore.push(() => (stream.write = original));
			}
			process.once('exit', this.onExit);
			this.draw();
		}
		this.schedule();
	}

	private schedule(): void {
		const elapsed = performance.now() - this.started;
		const delay = this.interactive ? 200 : elapsed < 25_000 ? 10_000 : elapsed < 115_000 ? 30_000 : 60_000;
		this.timer = setTimeout(() => {
			this.draw();
			this.schedule();
		}, delay);
		this.timer.unref();
	}

	private readonly onExit = () => this.erase();

	private erase(): void {
		if (!this.shown) return;
		this.shown = false;
		this.write(ERASE);
	}

	private draw(): void {
		if (this.stopped) return;
		const text = this.render();
		if (!this.interactive) {
			console.log(text);
			return;
		}
		// A line longer than the terminal wraps, and \r would then redraw only its last part.
		const width = (process.stdout.columns || 80) - 1;
		this.write(ERASE + (text.length > width ? `${text.slice(0, width - 1)}…` : text));
		this.shown = true;
	}

	/** Removes the line and prints `final`, if given, as an ordinary line. */
	stop(final?: string): void {
		if (this.stopped) return;
		this.stopped = true;
		clearTimeout(this.timer);
		this.erase();
		for (const undo of this.restore) undo();
		process.off('exit', this.onExit);
		if (final) console.log(final);
	}
}
