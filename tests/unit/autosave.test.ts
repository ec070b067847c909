import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '$lib/domain/app-error';
import { Autosave, flushAll } from '$lib/state/autosave.svelte';

afterEach(() => vi.useRealTimers());

/** A store whose writes take a while, recording every write and any overlap. */
function slowStore(ms = 30) {
	const writes: string[] = [];
	let active = 0;
	let overlapped = false;
	return {
		writes,
		get overlapped() {
			return overlapped;
		},
		write: (v: { text: string }) => async () => {
			active++;
			if (active > 1) overlapped = true;
			await new Promise((r) => setTimeout(r, ms));
			writes.push(v.text);
			active--;
		}
	};
}

describe('autosave', () => {
	it('writes once, shortly after the last keystroke (within 1 s)', async () => {
		vi.useFakeTimers();
		const doc = { text: '' };
		const store = slowStore(0);
		const save = new Autosave(() => doc, store.write, { delay: 400 });
		for (const ch of 'Hei du') {
			doc.text += ch;
			save.changed();
			await vi.advanceTimersByTimeAsync(100);
		}
		expect(store.writes).toEqual([]);
		await vi.advanceTimersByTimeAsync(400);
		expect(store.writes).toEqual(['Hei du']);
		expect(save.status).toBe('saved');
		expect(save.savedAt).not.toBeNull();
	});

	it('serialises writes, in order, and the last edit is the last write', async () => {
		const doc = { text: '' };
		const store = slowStore(20);
		const save = new Autosave(() => doc, store.write, { delay: 1 });
		const flushes: Promise<void>[] = [];
		for (const word of ['en', 'to', 'tre', 'fire']) {
			doc.text = word;
			save.changed();
			flushes.push(save.flush()); // as if pagehide fired mid-typing
		}
		await Promise.all(flushes);
		expect(store.overlapped).toBe(false);
		expect(store.writes).toEqual(['en', 'to', 'tre', 'fire']);
	});

	it('snapshots the value when the write starts: later edits are not lost or mixed in', async () => {
		const doc = { text: 'første' };
		const store = slowStore(20);
		const save = new Autosave(() => doc, store.write, { delay: 1 });
		save.changed();
		const first = save.flush();
		doc.text = 'andre';
		save.changed();
		await first;
		await save.flush();
		expect(store.writes).toEqual(['første', 'andre']);
	});

	it('keeps the edit and retries after a failed write (e.g. disk full)', async () => {
		vi.useFakeTimers();
		const doc = { text: 'viktig notat' };
		const written: string[] = [];
		let fail = true;
		const save = new Autosave(
			() => doc,
			(v) => async () => {
				if (fail) {
					// As Dexie reports a full disk: an AbortError with the browser's QuotaExceededError inside.
					throw new Dexie.AbortError('abort', new DOMException('quota', 'QuotaExceededError'));
				}
				written.push(v.text);
			},
			{ delay: 10, retryDelay: 1000 }
		);
		save.changed();
		await vi.advanceTimersByTimeAsync(20);
		expect(save.status).toBe('error');
		expect(save.errorKey).toBe('save.errors.quota');
		expect(doc.text).toBe('viktig notat');
		fail = false;
		await vi.advanceTimersByTimeAsync(1000);
		expect(written).toEqual(['viktig notat']);
		expect(save.status).toBe('saved');
		expect(save.errorKey).toBeNull();
	});

	it('flushAll writes every open draft at once (pagehide, lock, update)', async () => {
		const a = { text: 'a' };
		const b = { text: 'b' };
		const store = slowStore(1);
		const sa = new Autosave(() => a, store.write, { delay: 60_000 });
		const sb = new Autosave(() => b, store.write, { delay: 60_000 });
		sa.changed();
		sb.changed();
		await flushAll();
		expect(store.writes.sort()).toEqual(['a', 'b']);
		await sa.dispose();
		await sb.dispose();
	});

	it('a write holds what it began with, so a lock straight after a flush takes nothing from it', async () => {
		let key: string | null = 'nøkkel';
		const written: string[] = [];
		const save = new Autosave(
			() => ({ text: 'siste endring' }),
			(v) => {
				const held = key; // as the editor takes the open vault
				if (!held) throw new AppError('locked');
				return async () => {
					await new Promise((r) => setTimeout(r, 20));
					written.push(`${held}:${v.text}`);
				};
			},
			{ delay: 60_000 }
		);
		save.changed();
		const finishing = flushAll();
		key = null; // locked: the app lets go of the key at once
		await finishing;
		expect(written).toEqual(['nøkkel:siste endring']);
		expect(save.status).toBe('saved');

		// An edit after the lock has nothing to write with: kept, marked, and not retried in a loop.
		vi.useFakeTimers();
		save.changed();
		await save.flush();
		expect(save.status).toBe('error');
		expect(save.errorKey).toBe('save.errors.locked');
		await vi.advanceTimersByTimeAsync(10_000);
		expect(written).toHaveLength(1);
		expect(save.dirty).toBe(true);
		save.discard();
	});
});
