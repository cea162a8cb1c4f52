# shellcheck shell=bash
# .ci/postgres.sh: start a throwaway PostgreSQL server for fnlint's tests.
#
# Source it (`. .ci/postgres.sh`); do not execute it. It initialises a fresh
# cluster in a temporary directory, starts it on 127.0.0.1:54329 with its unix
# socket inside that directory, creates the database "fnlint" and exports
#
#   FNLINT_TEST_DATABASE_URL=postgres://fnlint@127.0.0.1:54329/fnlint?sslmode=disable
#
# Sourcing it again while the server runs only re-exports the URL. Call
# fnlint_pg_stop to stop the server and delete its directory.
#
# initdb refuses to run as root, so under root (as in CI) the cluster belongs
# to an unprivileged user: "postgres" when the Debian package created it,
# otherwise "fnlint-pg", created here. Overrides: FNLINT_PG_BIN (directory of
# initdb and pg_ctl), FNLINT_PG_PORT.

FNLINT_PG_PORT=${FNLINT_PG_PORT:-54329}
FNLINT_PG_STATE=${TMPDIR:-/tmp}/fnlint-pg-${FNLINT_PG_PORT}.dir

# fnlint_pg_bin prints the directory holding initdb and pg_ctl.
fnlint_pg_bin() {
	if [ -n "${FNLINT_PG_BIN:-}" ]; then
		printf '%s\n' "$FNLINT_PG_BIN"
		return
	fi
	if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
		printf '%s\n' /usr/lib/postgresql/15/bin
		return
	fi
	local d
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [ -x "$d/initdb" ]; then
			printf '%s\n' "$d"
			return
		fi
	done
	if command -v pg_config >/dev/null 2>&1; then
		pg_config --bindir
		return
	fi
	return 1
}

# fnlint_pg_user prints the OS user that owns the cluster, creating an
# unprivileged one when running as root and none exists.
fnlint_pg_user() {
	if [ "$(id -u)" -ne 0 ]; then
		id -un
		return
	fi
	if id postgres >/dev/null 2>&1; then
		printf 'postgres\n'
		return
	fi
	if ! id fnlint-pg >/dev/null 2>&1; then
		useradd --system --no-create-home --shell /usr/sbin/nologin fnlint-pg >&2 || return 1
	fi
	printf 'fnlint-pg\n'
}

# fnlint_pg_as runs a command as the cluster's OS user.
fnlint_pg_as() {
	local user=$1
	shift
	if [ "$(id -u)" -ne 0 ]; then
		"$@"
	else
		runuser -u "$user" -- "$@"
	fi
}

# fnlint_pg_url prints the connection URL of the test database.
fnlint_pg_url() {
	printf 'postgres://fnlint@127.0.0.1:%s/fnlint?sslmode=disable\n' "$FNLINT_PG_PORT"
}

# fnlint_pg_ready tells whether the server of this script accepts connections.
fnlint_pg_ready() {
	local bin=$1
	"$bin/pg_isready" -q -h 127.0.0.1 -p "$FNLINT_PG_PORT" -U fnlint -d postgres
}

# fnlint_pg_start starts the server, or finds it running, and exports the URL.
fnlint_pg_start() {
	local bin user dir
	bin=$(fnlint_pg_bin) || {
		echo "postgres.sh: no PostgreSQL binaries found (set FNLINT_PG_BIN)" >&2
		return 1
	}
	if [ -f "$FNLINT_PG_STATE" ] && fnlint_pg_ready "$bin"; then
		FNLINT_PG_DIR=$(cat "$FNLINT_PG_STATE")
		export FNLINT_PG_DIR
		FNLINT_TEST_DATABASE_URL=$(fnlint_pg_url)
		export FNLINT_TEST_DATABASE_URL
		return 0
	fi
	if "$bin/pg_isready" -q -h 127.0.0.1 -p "$FNLINT_PG_PORT"; then
		echo "postgres.sh: port $FNLINT_PG_PORT is taken by a server this script did not start" >&2
		return 1
	fi
	user=$(fnlint_pg_user) || {
		echo "postgres.sh: cannot create an unprivileged user for PostgreSQL" >&2
		return 1
	}
	dir=$(mktemp -d "${TMPDIR:-/tmp}/fnlint-pg.XXXXXX") || return 1
	mkdir -p "$dir/sock" || return 1
	if [ "$(id -u)" -eq 0 ]; then
		chown -R "$user" "$dir" || return 1
	fi
	chmod 700 "$dir"
	if ! fnlint_pg_as "$user" "$bin/initdb" -D "$dir/data" -U fnlint --auth=trust \
		--encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1; then
		echo "postgres.sh: initdb failed:" >&2
		cat "$dir/initdb.log" >&2
		rm -rf "$dir"
		return 1
	fi
	if ! fnlint_pg_as "$user" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-c listen_addresses=127.0.0.1 -p $FNLINT_PG_PORT -k $dir/sock -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
		start >/dev/null; then
		echo "postgres.sh: the server did not start:" >&2
		cat "$dir/server.log" >&2
		rm -rf "$dir"
		return 1
	fi
	printf '%s\n' "$dir" >"$FNLINT_PG_STATE"
	FNLINT_PG_DIR=$dir
	export FNLINT_PG_DIR
	local i
	for i in $(seq 1 60); do
		fnlint_pg_ready "$bin" && break
		sleep 0.5
	done
	if ! fnlint_pg_ready "$bin"; then
		echo "postgres.sh: the server does not accept connections" >&2
		fnlint_pg_stop
		return 1
	fi
	if ! "$bin/createdb" -h 127.0.0.1 -p "$FNLINT_PG_PORT" -U fnlint fnlint; then
		fnlint_pg_stop
		return 1
	fi
	FNLINT_TEST_DATABASE_URL=$(fnlint_pg_url)
	export FNLINT_TEST_DATABASE_URL
}

# fnlint_pg_stop stops the server started by fnlint_pg_start and removes its
# directory. It does nothing when no server of this script runs.
fnlint_pg_stop() {
	local bin dir user
	dir=${FNLINT_PG_DIR:-}
	if [ -z "$dir" ] && [ -f "$FNLINT_PG_STATE" ]; then
		dir=$(cat "$FNLINT_PG_STATE")
	fi
	if [ -n "$dir" ] && [ -d "$dir/data" ]; then
		bin=$(fnlint_pg_bin) || return 1
		user=$(stat -c %U "$dir/data")
		fnlint_pg_as "$user" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
		rm -rf "$dir"
	fi
	rm -f "$FNLINT_PG_STATE"
	unset FNLINT_PG_DIR FNLINT_TEST_DATABASE_URL
}

fnlint_pg_start || { return 1 2>/dev/null || exit 1; }
