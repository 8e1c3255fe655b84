#!/usr/bin/env bash
# Lints the served OpenAPI document and proves that typed clients generated from it compile:
#   1. Redocly CLI (recommended rules) and Spectral (spectral:oas): 0 errors
#   2. openapi-typescript            -> target/openapi-typescript/schema.d.ts
#   3. openapi-generator typescript-fetch (its generator jar from Maven Central, version pinned in
#      openapitools.json)            -> target/typescript-fetch/
#   4. tsc --strict over both, with a few calls written against each (usage/)
# The document is the one the server serves at /api/schema/, as ApiContractIT saved it during
# `mvn verify` (micro/target/openapi.json). Without that file the script runs ApiContractIT first.
# Usage: config/api-clients/check.sh [path/to/openapi.json]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
document="${1:-$root/micro/target/openapi.json}"

if [ ! -s "$document" ]; then
  echo "== no $document yet: serving the application once to save its document (ApiContractIT)"
  (cd "$root" && mvn -B -q verify -Dit.test=ApiContractIT -Dtest=NONE \
    -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true)
fi
document="$(cd "$(dirname "$document")" && pwd)/$(basename "$document")"

cd "$here"
echo "== npm ci (versions pinned in package-lock.json)"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
bin="$here/node_modules/.bin"
out="$here/target"
rm -rf "$out"
mkdir -p "$out"

echo "== Redocly CLI lint"
"$bin/redocly" lint "$document" --config "$here/redocly.yaml" --format=summary 2>&1 \
  | grep -v '[║╔╚]' # (drops Redocly's banner about Node.js versions)
[ "${PIPESTATUS[0]}" -eq 0 ]

echo "== Spectral lint (spectral:oas)"
"$bin/spectral" lint "$document" --ruleset "$here/.spectral.yaml" --fail-severity=error \
  --display-only-failures --format=text

echo "== openapi-typescript"
mkdir -p "$out/openapi-typescript"
"$bin/openapi-typescript" "$document" -o "$out/openapi-typescript/schema.d.ts"

echo "== openapi-generator typescript-fetch"
"$bin/openapi-generator-cli" generate -g typescript-fetch -i "$document" \
  -o "$out/typescript-fetch" --additional-properties=supportsES6=true >"$out/generator.log" 2>&1 \
  || { cat "$out/generator.log"; exit 1; }

echo "== tsc --strict"
cp usage/*.ts "$out/"
"$bin/tsc" -p "$here/tsconfig.json"

echo "api clients: document lints clean, both clients compile with tsc --strict"
