import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A folder for the files a test file hands to poppler and qpdf, removed when that file's tests are
 * done: left behind, every run added some hundred PDFs to the machine's temp folder.
 */
export function scratchDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	return dir;
}
