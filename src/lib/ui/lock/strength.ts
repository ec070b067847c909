/**
 * The passphrase strength estimate, asked of a Web Worker started the first time a passphrase is
 * typed on a screen that sets one: its dictionaries (1.6 MB of JS) must weigh neither on the first
 * screen's download nor on its main thread. Should a worker not start, the estimator loads here.
 */
type Estimate = (passphrase: string) => Promise<number>;

let estimator: Estimate | null = null;

function mainThread(): Estimate {
	const loaded = import('$lib/domain/lock/passphrase-strength').then((m) => m.passphraseStrength);
	return async (p) => (await loaded)(p);
}

/** A worker that has not answered in this long is given up on (a stuck or killed worker never says so). */
const WORKER_PATIENCE_MS = 8_000;

function inWorker(): Estimate {
	const worker = new Worker(new URL('./strength.worker.ts', import.meta.url), { type: 'module' });
	const waiting = new Map<number, (score: number) => void>();
	let next = 0;
	let fallback: Estimate | null = null;
	worker.onmessage = (e: MessageEvent<{ id: number; score: number }>) => {
		waiting.get(e.data.id)?.(e.data.score);
		waiting.delete(e.data.id);
	};
	/** Answer what is waiting, and everything after, on the main thread: setting a passphrase never hangs on the worker. */
	const giveUp = () => {
		fallback ??= mainThread();
		for (const [id, done] of waiting) void fallback(pending.get(id) ?? '').then(done);
		waiting.clear();
		worker.terminate();
	};
	worker.onerror = giveUp;
	const pending = new Map<number, string>();
	return (passphrase) => {
		if (fallback) return fallback(passphrase);
		const id = ++next;
		pending.set(id, passphrase);
		return new Promise<number>((resolve) => {
			const timer = setTimeout(() => waiting.has(id) && giveUp(), WORKER_PATIENCE_MS);
			waiting.set(id, (score) => (clearTimeout(timer), pending.delete(id), resolve(score)));
			worker.postMessage({ id, passphrase });
		});
	};
}

/** Starts the estimator (the first keystroke in a new passphrase field does). */
export function loadStrength(): void {
	estimator ??= typeof Worker === 'undefined' ? mainThread() : inWorker();
}

export function estimateStrength(passphrase: string): Promise<number> {
	loadStrength();
	return estimator!(passphrase);
}
