import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import TextField from '$lib/ui/field/TextField.svelte';
import { i18n } from '$lib/state/i18n.svelte';
import NumberHarness from './NumberHarness.svelte';

async function type(input: HTMLInputElement, text: string) {
	input.value = text;
	await fireEvent.input(input);
	flushSync();
}

describe('TextField', () => {
	it('labels the control and ties help and error to it', () => {
		render(TextField, {
			id: 'name',
			label: 'Navn',
			value: '',
			help: 'Fullt navn',
			error: 'errors.required',
			required: true
		});
		const input = screen.getByLabelText(/Navn/) as HTMLInputElement;
		expect(input.getAttribute('aria-invalid')).toBe('true');
		const described = input.getAttribute('aria-describedby')!.split(' ');
		expect(described.map((id) => document.getElementById(id)?.textContent)).toEqual([
			'Fullt navn',
			'Dette feltet må fylles ut.'
		]);
	});

	it('marks a sensitive field so the counsellor sees it', () => {
		render(TextField, { id: 'health', label: 'Helse', value: '', sensitive: true });
		expect(screen.getByText('Sensitivt')).toBeTruthy();
	});

	it('shows errors in the chosen language', async () => {
		await i18n.setLanguage('en');
		render(TextField, { id: 'n', label: 'Name', value: '', error: 'errors.required' });
		expect(screen.getByText('This field is required.')).toBeTruthy();
		await i18n.setLanguage('nb');
	});
});

describe('NumberField', () => {
	it('keeps every digit typed and binds the number', async () => {
		render(NumberHarness);
		const input = screen.getByLabelText('Fødselsår') as HTMLInputElement;
		for (const partial of ['1', '19', '199', '1999']) await type(input, partial);
		expect(input.value).toBe('1999');
		expect(screen.getByTestId('bound').textContent).toBe('1999');
	});

	it('flags text that is not a number without throwing it away', async () => {
		render(NumberHarness, { initial: 1990 });
		const input = screen.getByLabelText('Fødselsår') as HTMLInputElement;
		await type(input, '19x9');
		expect(input.value).toBe('19x9');
		expect(screen.getByTestId('bound').textContent).toBe('null');
		expect(screen.getByText(/Skriv et helt tall/)).toBeTruthy();
	});

	it('flags a number outside the allowed range', async () => {
		render(NumberHarness);
		await type(screen.getByLabelText('Fødselsår') as HTMLInputElement, '3000');
		expect(screen.getByText('Skriv et tall fra 1900 til 2100.')).toBeTruthy();
	});
});
