/**
 * The part of a download's file name that says whose it is: the client's
 * name only when the counsellor has chosen that in Innstillinger (the
 * browser's download history keeps file names in clear); otherwise nothing.
 */
export function clientPart(name: string, withName: boolean): string {
	return withName ? `${fileSlug(name)}-` : '';
}

/** Safe for a file name on any system, still readable: "Åse Ødegård" → "ase-odegard". */
export function fileSlug(name: string, fallback = 'veisoker'): string {
	return (
		name
			.toLowerCase()
			.replace(/æ/g, 'ae')
			.replace(/ø/g, 'o')
			.replace(/å/g, 'a')
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 40) || fallback
	);
}
