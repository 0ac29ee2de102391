#!/usr/bin/env bash
# Installs what the project needs on a fresh machine (idempotent): pnpm, a Java runtime for DynamoDB Local, and
# the dependencies from the lockfile. Nothing is downloaded at run time afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pnpm >/dev/null 2>&1; then
  echo "setup: installing pnpm"
  npm install -g pnpm@10 >/dev/null
fi

if ! command -v java >/dev/null 2>&1; then
  echo "setup: installing a Java runtime for DynamoDB Local"
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq openjdk-17-jre-headless >/dev/null
  else
    echo "setup: Java 17+ is required (DynamoDB Local); please install it" >&2
    exit 1
  fi
fi

# The browser tests drive Debian's Chromium (never a downloaded browser); CJK fonts so the Chinese UI renders.
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "noto sans cjk"; then
  echo "setup: installing Chromium and CJK fonts for the browser tests"
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "setup: the browser tests need /usr/bin/chromium; please install it" >&2
    exit 1
  fi
fi

pnpm install --frozen-lockfile --reporter=silent
echo "setup: ready ($(node --version), pnpm $(pnpm --version), $(java -version 2>&1 | head -1))"
