import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layers (README, "How it is built"): data flows one way,
 * domain → storage → state → UI, and outputs are pure functions of domain data.
 * An import against that direction fails lint.
 */
const layer = (name) => [`**/${name}/**`, `$lib/${name}/**`];
const upward = (from, ...banned) => ({
	files: [`src/lib/${from}/**`],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					{
						group: banned.flatMap(layer),
						message: `${from} must not import ${banned.join(', ')}: data flows domain → storage → state → UI.`
					}
				]
			}
		]
	}
});

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/.cache/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	upward('domain', 'storage', 'state', 'ui', 'output'),
	upward('storage', 'state', 'ui', 'output'),
	upward('output', 'storage', 'state', 'ui'),
	upward('state', 'ui'),
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links are resolved by SvelteKit's router from plain paths in this SPA (no base path).
			'svelte/no-navigation-without-resolve': 'off'
		}
	}
);
