# Sourced by .ci/run: a PostgreSQL server for the store's tests on PostgreSQL. Installs Debian's
# postgresql when missing, starts its cluster, makes a role that may create databases (each test
# file makes and drops its own), and exports PHUONG_PRINT_TEST_PG_URL. If any step fails the
# tests still run, on SQLite only, and the PostgreSQL ones are skipped with a warning.
start_test_postgres() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    # .ci/run's background install tried it already and said why it failed.
    [ -z "${PHUONG_PRINT_CI_APT_TRIED:-}" ] || return 1
    echo "== apt-get install postgresql"
    apt-get update && apt-get install -y --no-install-recommends postgresql || return 1
  fi
  local version
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  [ -n "$version" ] || return 1
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
    pg_createcluster "$version" main || return 1
  fi
  pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main status >/dev/null || return 1
  local port
  port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
  su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qc \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'phuong_test') then create role phuong_test login createdb password 'phuong_test'; end if; end \\\$\\\$\"" || return 1
  # A test file drops its databases "with (force)", which must end every session on them: an
  # autovacuum worker that just connected to a new database is not the test role's, and without
  # pg_signal_backend the drop failed ("must be a member of the role whose process is being
  # terminated", once in a CI run).
  su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qc 'grant pg_signal_backend to phuong_test'" || return 1
  export PHUONG_PRINT_TEST_PG_URL="postgres://phuong_test:phuong_test@127.0.0.1:$port/postgres"
  echo "== PostgreSQL $version on port $port for the store tests"
}
