import { newHandoverCode, type Counsellor } from '../domain/handover/handover';
import type { HandoverContents, HandoverLog, ReceiptPlan, ReceiptReport } from '../storage/handover';
import { app } from './app.svelte';
import { flushAll } from './autosave.svelte';
import { clients } from './clients.svelte';
import { events } from './events';

/** Loaded on demand: the handover code is needed on one page only. */
const storage = () => import('../storage/handover');

/**
 * Handing clients to a colleague and taking them from one (storage/handover.ts). The one-time code
 * lives in this page's memory only until the counsellor says the file was delivered or cancels.
 */
class HandoverState {
	log = $state.raw<HandoverLog[]>([]);

	/** This counsellor, as written in Innstillinger. */
	get me(): Counsellor {
		return { name: app.settings.counsellorName, office: app.settings.counsellorOffice };
	}

	async loadLog() {
		this.log = await (await storage()).handoverLog(app.vault);
	}

	/** The file for these clients, with a new code; nothing on this laptop changes yet. */
	async create(clientIds: readonly string[], to: Counsellor) {
		await flushAll();
		const { clientsOf, createHandover, handoverFileName } = await storage();
		const code = newHandoverCode();
		const out = await createHandover(app.vault, clientIds, { from: this.me, to, code });
		return { ...out, code, name: handoverFileName(), clients: clientsOf(out.contents).length };
	}

	/** Once delivered: erase the clients here (every open tab hears it), or keep them marked as handed over. */
	async finish(contents: HandoverContents, choice: 'erase' | 'keep') {
		await flushAll();
		await (await storage()).finishHandover(app.vault, contents, choice);
		const ids = (await storage()).clientsOf(contents).map((c) => c.id);
		if (choice === 'erase')
			for (const id of ids) {
				clients.remove(id);
				await events.emit('clientDeleted', { clientId: id, remote: false });
			}
		else await clients.load();
		await this.loadLog();
	}

	/** Reads and checks the file and says what taking it would do; nothing is written. */
	async read(file: Uint8Array, code: string): Promise<{ contents: HandoverContents; plan: ReceiptPlan }> {
		const { planReceipt, readHandover } = await storage();
		const contents = await readHandover(file, code);
		return { contents, plan: await planReceipt(app.vault, contents) };
	}

	async receive(contents: HandoverContents, takeBack: readonly string[]): Promise<ReceiptReport> {
		await flushAll();
		const report = await (await storage()).receiveHandover(app.vault, contents, { me: this.me, takeBack });
		await clients.load();
		await this.loadLog();
		return report;
	}
}

export const handover = new HandoverState();
events.on('locked', () => {
	handover.log = [];
});
