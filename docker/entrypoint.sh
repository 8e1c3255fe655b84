#!/usr/bin/env bash
# Starts Payara Micro with the application. Without configured signing keys, a key pair is made
# once in POS_KEY_DIR (a volume), so tokens survive restarts; production sets its own keys.
set -euo pipefail

if [ -z "${MP_JWT_VERIFY_PUBLICKEY:-}${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-}" ]; then
  if [ ! -s "$POS_KEY_DIR/jwt-private.pem" ]; then
    java /opt/payara/bin/SigningKeys.java "$POS_KEY_DIR"
  fi
  export MP_JWT_VERIFY_PUBLICKEY_LOCATION="file://$POS_KEY_DIR/jwt-public.pem"
  export POS_JWT_PRIVATE_KEY_LOCATION="$POS_KEY_DIR/jwt-private.pem"
fi

exec java -XX:+UseContainerSupport -XX:MaxRAMPercentage="${MEM_MAX_RAM_PERCENTAGE:-70}" \
  -XX:+ExitOnOutOfMemoryError -jar /opt/payara/payara-micro.jar "$@"
