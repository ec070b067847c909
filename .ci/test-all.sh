#!/usr/bin/env bash
# Installs what the tests need and runs every suite: type check, lint, unit,
# component, end-to-end in Debian's Chromium. Ends with one line:
#   tests: N passed, M failed
set -uo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

# Debian's packages, waiting for the package lock when another run on this machine holds it
# (two copies of this script at once must both get through).
apt_install() {
	SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
	for attempt in 1 2 3 4 5 6; do
		if $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq &&
			$SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq "$@" >/dev/null; then
			return 0
		fi
		echo "apt-get failed (attempt $attempt); trying again"
		sleep 10
	done
	return 1
}

# A real browser: Debian's Chromium (Playwright cannot download browsers here).
if [ -z "${CHROMIUM_PATH:-}" ]; then
	CHROMIUM_PATH=$(command -v chromium || true)
	if [ -z "$CHROMIUM_PATH" ]; then
		log "installing Debian's chromium"
		apt_install chromium
		CHROMIUM_PATH=$(command -v chromium)
	fi
fi
export CHROMIUM_PATH

# PDF checks use poppler (pdftotext, pdfinfo) and qpdf; the deployment tests run Debian's nginx
# with the shipped config (docs/deploy/nginx.conf).
if ! command -v pdftotext >/dev/null || ! command -v qpdf >/dev/null || [ ! -x /usr/sbin/nginx ]; then
	log "installing poppler-utils, qpdf and nginx"
	apt_install poppler-utils qpdf nginx
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	log "npm install"
	npm install --no-audit --no-fund || exit 1
fi

# Two free loopback ports for the end-to-end servers (the build behind Node, and behind nginx),
# so another run of this suite on the same machine does not collide with this one.
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
export E2E_PORT=${E2E_PORT:-$(free_port)}
E2E_NGINX_PORT=${E2E_NGINX_PORT:-$(free_port)}
while [ "$E2E_NGINX_PORT" = "$E2E_PORT" ]; do E2E_NGINX_PORT=$(free_port); done
export E2E_NGINX_PORT

passed=0
failed=0
mkdir -p test-results

# A check that is not a test runner counts as one test.
check() {
	local name=$1; shift
	log "$name"
	if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

check "type check (svelte-check)" npm run --silent check
check "lint (eslint)" npm run --silent lint

log "unit and component tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
vitest_exit=$?
if [ -f test-results/vitest.json ]; then
	read -r vp vf < <(node -e 'const r=require("./test-results/vitest.json");console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0))')
	passed=$((passed + vp)); failed=$((failed + vf))
fi
[ "$vitest_exit" -ne 0 ] && [ "${vf:-0}" -eq 0 ] && failed=$((failed + 1))

log "production build"
if npm run --silent build >test-results/build.log 2>&1; then
	log "end-to-end tests (Playwright, Chromium)"
	rm -f test-results/e2e.json
	npx playwright test
	e2e_exit=$?
	ep=0; ef=0
	if [ -f test-results/e2e.json ]; then
		read -r ep ef < <(node -e 'const s=require("./test-results/e2e.json").stats;console.log(s.expected, s.unexpected + s.flaky)')
	fi
	passed=$((passed + ep)); failed=$((failed + ef))
	[ "$e2e_exit" -ne 0 ] && [ "$ef" -eq 0 ] && failed=$((failed + 1))
else
	cat test-results/build.log
	echo "FAILED: production build"
	failed=$((failed + 1))
fi

echo
echo "tests: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
