/** Compressing the payload of the files Veivalg writes (backups, handovers), and inflating it safely. */

/**
 * How much a file may inflate to: a gzip bomb (a small file that inflates to hundreds of MB) must
 * not freeze the laptop. Real backups inflate about 10×; 50× the file, at least 32 MB, at most
 * 512 MB, leaves room for any.
 */
export const inflateLimit = (compressed: number) => Math.min(512 * 2 ** 20, Math.max(32 * 2 ** 20, 50 * compressed));

/** Inflates gzip bytes, stopping (with the caller's error) as soon as the output passes the limit. */
export async function inflate(
	bytes: Uint8Array<ArrayBuffer>,
	limit: number,
	tooLarge: () => Error
): Promise<Uint8Array<ArrayBuffer>> {
	const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > limit) {
			await reader.cancel();
			throw tooLarge();
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

export async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
	const out = new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip')));
	return new Uint8Array(await out.arrayBuffer());
}
