/**
 * jsPDF builds a file as a binary string: one char per byte. These turn bytes into that form and
 * back, in chunks (a spread of a whole font would overflow the call stack).
 */

export function latin1(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return s;
}

export function bytesOf(s: string): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
	return out;
}
