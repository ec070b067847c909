import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

/** jsPDF's optional modules: never called by the app (see the stub for why). */
const jspdfOptional = fileURLToPath(new URL('./src/lib/output/pdf/jspdf-optional-stub.ts', import.meta.url));

export default defineConfig({
	plugins: [sveltekit()],
	resolve: { alias: { html2canvas: jspdfOptional, dompurify: jspdfOptional, canvg: jspdfOptional } },
	preview: { port: 4173, strictPort: true },
	build: { target: 'es2022', chunkSizeWarningLimit: 800 },
	test: {
		// Vitest's 5 s default is a clock: a PDF loop that takes 1.4 s on a quiet 2-core machine took
		// more than 5 s with a second suite running beside it. Times belong in `npm run bench`; a
		// test's limit is only there to end one that hangs.
		testTimeout: 60_000,
		hookTimeout: 60_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					setupFiles: ['tests/unit/setup.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			}
		]
	}
});
