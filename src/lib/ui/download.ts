/** Hands a file to the browser's download, without any network. */
export function downloadFile(name: string, content: string | Blob, type = 'text/plain;charset=utf-8') {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const url = URL.createObjectURL(blob);
	const a = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Safe for a file name on any system, readable: "Åse Ødegård" → "ase-odegard". */
export function fileSlug(name: string): string {
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
			.slice(0, 40) || 'veisoker'
	);
}
