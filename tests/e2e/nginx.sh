#!/usr/bin/env bash
# Runs Debian's nginx in the foreground with the shipped config (docs/deploy/nginx.conf) on
# loopback: only the listen address, the document root and TLS are replaced, so the tests
# check what a county deploys. Usage: tests/e2e/nginx.sh PORT   (serves ./build)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-4180}
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
dir=$(mktemp -d)
mkdir -p "$dir/logs"
# The HTTPS server block on a plain loopback port; the port-80 redirect block is left out.
site=$(awk '/^# Plain HTTP only redirects/{exit} {print}' docs/deploy/nginx.conf |
	sed -E -e "s#listen 443 ssl;#listen 127.0.0.1:${port};#; /http2 on;/d; /ssl_certificate/d" \
		-e "s#root /srv/veivalg;#root $PWD/build;#" \
		-e "s#include snippets/veivalg-headers.conf;#include $PWD/docs/deploy/nginx-headers.conf;#")
cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
error_log $dir/logs/error.log;
pid $dir/nginx.pid;
events { worker_connections 64; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	client_body_temp_path $dir/body;
	proxy_temp_path $dir/proxy;
	fastcgi_temp_path $dir/fastcgi;
	uwsgi_temp_path $dir/uwsgi;
	scgi_temp_path $dir/scgi;
$site
}
CONF
exec "$nginx_bin" -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;'
