import { page } from '$app/state';

/**
 * The step a module page shows, from `?step=` (a deep link, the stepper, the pager); an unknown
 * or missing step is the first. One definition for every module page.
 */
export function moduleStep<S extends string>(steps: readonly S[]) {
	const step = $derived.by((): S => {
		const s = page.url.searchParams.get('step');
		return (steps as readonly string[]).includes(s ?? '') ? (s as S) : steps[0]!;
	});
	return {
		get current() {
			return step;
		},
		get index() {
			return steps.indexOf(step);
		}
	};
}
