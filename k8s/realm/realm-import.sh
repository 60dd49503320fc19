#!/bin/sh
# Prints the Keycloak Operator's KeycloakRealmImport for the realm file, ready for kubectl:
#
#   sh k8s/realm/realm-import.sh | kubectl apply --server-side -n <namespace> -f -
#
# The realm's single source of truth is keycloak/itpm-realm.json, the production realm: no people, no client
# secrets (Keycloak generates them at import), strict password and lock-out policies. The local run and the
# tests import it merged with keycloak/demo/ (demo people and secrets), which never passes through this
# script (checked by src/test/java/org/egov/itpm/deploy/ProductionRealmTest.java).
# KeycloakRealmImport needs the realm inline under spec.realm and Kustomize cannot place the content of a non-Kubernetes file there (a patch cannot read a file; generators only produce
# ConfigMaps/Secrets with string values), so this script embeds the file verbatim: JSON is YAML, so
# the file, indented under "realm:", is the RealmRepresentation object itself. No copy is committed.
# Checked by src/test/java/org/egov/itpm/deploy/RealmImportTest.java.
#
# FRONTEND_ORIGIN (e.g. https://itpm.example.gov.cn): the front end's origin; the realm file's development origins
# of itpm-frontend (http://localhost:<port> in redirect URIs, web origins and post-logout redirect URIs, the only
# localhost references of the file) are replaced by it. Without it they stay, with a warning on stderr.
#
# Usage: [FRONTEND_ORIGIN=https://host] realm-import.sh [realm-file] [keycloak-cr-name]
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
realm_file=${1:-"$here/../../keycloak/itpm-realm.json"}
keycloak_cr=${2:-keycloak}
if [ ! -r "$realm_file" ]; then
  echo "realm-import.sh: realm file not readable: $realm_file" >&2
  exit 1
fi
frontend_origin=${FRONTEND_ORIGIN:-}
if [ -n "$frontend_origin" ]; then
  if ! printf '%s\n' "$frontend_origin" | grep -Eq '^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$'; then
    echo "realm-import.sh: FRONTEND_ORIGIN must be an origin such as https://itpm.example.gov.cn (scheme, host, optional port; no path): $frontend_origin" >&2
    exit 1
  fi
else
  echo "realm-import.sh: FRONTEND_ORIGIN not set: itpm-frontend keeps the localhost development origins" >&2
fi
cat <<YAML
apiVersion: k8s.keycloak.org/v2alpha1
kind: KeycloakRealmImport
metadata:
  name: itpm
  labels:
    app.kubernetes.io/part-of: egov-itpm
  annotations:
    egov.org/realm-source: keycloak/itpm-realm.json
spec:
  keycloakCRName: $keycloak_cr
  realm:
YAML
# The front end's origin in place of the development ones, then every line indented by four spaces (the final
# line may lack a newline).
if [ -n "$frontend_origin" ]; then
  sed -E "s#http://localhost:[0-9]+#$frontend_origin#g" "$realm_file"
else
  cat "$realm_file"
fi | sed -e 's/^/    /' -e '$a\'

