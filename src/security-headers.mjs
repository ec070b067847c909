// The HTTP headers Veivalg must be served with, in one place for `npm start` (src/serve.mjs);
// docs/deploy/nginx.conf sends the same, and the e2e suite checks both servers against this list.
//
// The Content-Security-Policy header carries what a <meta> policy cannot (frame-ancestors) and
// everything that does not change per build. Scripts are restricted by the <meta> policy in
// index.html, which SvelteKit writes with the hash of its bootstrap script; both policies apply.
export const CSP = [
	"frame-ancestors 'none'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"connect-src 'self'",
	"img-src 'self' data: blob:",
	"font-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"frame-src 'self' blob:"
].join('; ');

export const SECURITY_HEADERS = {
	'content-security-policy': CSP,
	'strict-transport-security': 'max-age=31536000; includeSubDomains',
	'permissions-policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin',
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'no-referrer'
};

/**
 * Hashed, never-changing build assets may be cached for a year; the shell and the service worker never.
 * @param {string} pathname
 */
export function cacheControl(pathname) {
	return pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
