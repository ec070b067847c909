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
