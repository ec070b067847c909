// Building an Intl formatter costs far more than using one: a list of 2,000 dates needs one, not 2,000.
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();
export function formatter<F extends Formatter>(locale: string, kind: string, make: () => F): F {
	const key = `${locale}|${kind}`;
	let f = formatters.get(key) as F | undefined;
	if (!f) formatters.set(key, (f = make()));
	return f;
}
