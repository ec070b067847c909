import { expect, type Page } from '@playwright/test';

/** Presses Tab until focus is on an element matching the selector (and text, if given). */
export async function tabTo(page: Page, selector: string, text?: string, max = 300): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const ok = await page.evaluate(
			([sel, txt]) => {
				const el = document.activeElement;
				return !!el && el.matches(sel!) && (!txt || (el.textContent ?? '').includes(txt));
			},
			[selector, text ?? '']
		);
		if (ok) return;
	}
	throw new Error(`Tab never reached ${selector}${text ? ` "${text}"` : ''}`);
}

export async function typeInto(page: Page, selector: string, text: string) {
	await tabTo(page, selector);
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type(text);
}

export async function press(page: Page, selector: string, text: string | undefined, key: string) {
	await tabTo(page, selector, text);
	await page.keyboard.press(key);
}

/** Follow the "next step" link with Enter and wait for the step heading. */
export async function nextStep(page: Page, heading: string) {
	await press(page, 'a[rel=next]', undefined, 'Enter');
	await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
}
