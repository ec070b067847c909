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

export { fileSlug } from '../domain/client/file-name';
