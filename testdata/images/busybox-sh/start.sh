#!/bin/sh
# Entrypoint of the busybox-sh fixture: a shell script that starts busybox httpd in the foreground.
set -e
exec httpd -f -v -p "${PORT:-8080}" -h /www
