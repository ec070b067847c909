import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '$lib/domain/settings';
import OutputHarness from './OutputHarness.svelte';

/** A make the test finishes by hand: each call waits until `finish` or `fail` is called for it. */
function handMade() {
	const calls: { lang: Language; finish: (v: string) => void; fail: (e: Error) => void }[] = [];
	const make = (lang: Language) =>
		new Promise<string>((finish, fail) => {
			calls.push({ lang, finish, fail });
		});
	return { calls, make };
}

const settled = async () => {
	for (let i = 0; i < 5; i++) await tick();
};
const link = () => screen.queryByRole('link', { name: /Last ned/ });

describe('OutputPanel (the frame of the plan, fridge note and Nav summary)', () => {
	it('keeps the last result inert and faded while a new one is made, then shows the new one', async () => {
		const { calls, make } = handMade();
		render(OutputHarness, { make });
		const button = screen.getByRole('button', { name: 'Lag' });
		expect(link()).toBeNull();

		await fireEvent.click(button);
		expect((button as HTMLButtonElement).disabled).toBe(true);
		calls[0]!.finish('første');
		await settled();
		expect(link()?.textContent).toBe('Last ned første');
		expect(link()!.closest('[inert]')).toBeNull();

		await fireEvent.click(button);
		// The old download cannot be taken while the new one is made: out of the keyboard's and the mouse's reach.
		const wrapper = link()!.closest('[aria-busy="true"]') as HTMLElement;
		expect(wrapper.inert).toBe(true);
		expect(wrapper.classList.contains('stale')).toBe(true);
		calls[1]!.finish('andre');
		await settled();
		expect(link()?.textContent).toBe('Last ned andre');
		expect(link()!.closest('[inert]')).toBeNull();
	});

	it('takes the result away when the language changes or making fails, and says so on failure', async () => {
		const { calls, make } = handMade();
		render(OutputHarness, { make });
		const button = screen.getByRole('button', { name: 'Lag' });
		await fireEvent.click(button);
		calls[0]!.finish('bokmål');
		await settled();
		expect(link()).not.toBeNull();

		await fireEvent.change(screen.getByRole('combobox'), { target: { value: 'en' } });
		expect(link()).toBeNull();

		await fireEvent.click(button);
		expect(calls[1]!.lang).toBe('en');
		calls[1]!.finish('english');
		await settled();
		expect(link()?.textContent).toBe('Last ned english');

		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		await fireEvent.click(button);
		calls[2]!.fail(new Error('font missing'));
		await settled();
		expect(logged).toHaveBeenCalledOnce();
		logged.mockRestore();
		expect(link()).toBeNull();
		expect(screen.getByRole('alert').textContent).toMatch(/\S/);
	});
});
