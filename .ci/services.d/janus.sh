#!/usr/bin/env bash
# Starts a loopback-only Janus (VideoRoom plugin, plain HTTP on 127.0.0.1) for sdk-video's
# integration tests. Idempotent: a Janus already started by this script and still answering is kept.
#
# Everything lives in one folder of its own, never in the repository:
#   $OPENIOP_JANUS_HOME (default /tmp/openiop-janus)/
#     etc/          copy of /etc/janus, edited for loopback (see docs/video-janus.md)
#     janus.env     what the tests read: url, admin url, room admin key, token secret, pid file
#     janus.pid     the server's process id
#     janus.log     the server's log
#     start.sh      starts the server in the background and waits until /janus/info answers
#     restart.sh    SIGTERM, then start.sh (the integration tests use it to restart mid-session)
#     stop.sh       SIGTERM to the recorded pid
# The secrets are random per folder and only valid on 127.0.0.1; they are never printed.
set -euo pipefail

HOME_DIR="${OPENIOP_JANUS_HOME:-/tmp/openiop-janus}"
URL="http://127.0.0.1:8088/janus"

missing=""
command -v janus >/dev/null 2>&1 || missing="janus"
command -v curl >/dev/null 2>&1 || missing="$missing curl"
if [ -n "$missing" ]; then
  echo "janus: installing$([ -n "$missing" ] && echo " $missing") from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >/dev/null
fi

mkdir -p "$HOME_DIR"
chmod 700 "$HOME_DIR"

if [ -f "$HOME_DIR/janus.pid" ] && kill -0 "$(cat "$HOME_DIR/janus.pid")" 2>/dev/null \
   && curl -fsS --max-time 2 "$URL/info" >/dev/null 2>&1; then
  echo "janus: already running (pid $(cat "$HOME_DIR/janus.pid"))"
  exit 0
fi

# A Janus started by the package's service would hold the ports with the insecure default config.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet janus 2>/dev/null; then
  systemctl stop janus || true
fi

rand() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
if [ ! -f "$HOME_DIR/secrets" ]; then
  umask 077
  printf 'ADMIN_KEY=%s\nADMIN_SECRET=%s\nTOKEN_SECRET=%s\n' "$(rand)" "$(rand)" "$(rand)" > "$HOME_DIR/secrets"
fi
# shellcheck disable=SC1091
. "$HOME_DIR/secrets"

ETC="$HOME_DIR/etc"
rm -rf "$ETC"
mkdir -p "$ETC"
cp /etc/janus/janus.jcfg /etc/janus/janus.transport.http.jcfg "$ETC/"
LIBDIR="$(dirname "$(grep -m1 -oE '"[^"]*/janus/plugins"' /etc/janus/janus.jcfg | tr -d '"')")"

# janus.jcfg: own config folder, loopback interface, admin secret, signed tokens, only the
# videoroom plugin and the HTTP transport, no JSON logger.
sed -i \
  -e "s|^\(\s*\)configs_folder = .*|\1configs_folder = \"$ETC\"|" \
  -e "s|^\(\s*\)#\?token_auth = .*|\1token_auth = true|" \
  -e "s|^\(\s*\)#\?token_auth_secret = .*|\1token_auth_secret = \"$TOKEN_SECRET\"|" \
  -e "s|^\(\s*\)admin_secret = .*|\1admin_secret = \"$ADMIN_SECRET\"|" \
  -e "s|^\(\s*\)#interface = .*|\1interface = \"127.0.0.1\"|" \
  -e "s|^\(\s*\)#ignore_mdns = true|\1ignore_mdns = true|" \
  "$ETC/janus.jcfg"
plugins_disable=""
for p in "$LIBDIR"/plugins/libjanus_*.so; do
  name="$(basename "$p")"
  [ "$name" = "libjanus_videoroom.so" ] && continue
  plugins_disable="${plugins_disable:+$plugins_disable,}$name"
done
transports_disable=""
for t in "$LIBDIR"/transports/libjanus_*.so; do
  name="$(basename "$t")"
  [ "$name" = "libjanus_http.so" ] && continue
  transports_disable="${transports_disable:+$transports_disable,}$name"
done
loggers_disable=""
for l in "$LIBDIR"/loggers/libjanus_*.so; do
  [ -e "$l" ] || continue
  loggers_disable="${loggers_disable:+$loggers_disable,}$(basename "$l")"
done
events_disable=""
for e in "$LIBDIR"/events/libjanus_*.so; do
  [ -e "$e" ] || continue
  events_disable="${events_disable:+$events_disable,}$(basename "$e")"
done
# Replace the (commented) "disable" line inside each section with our list.
set_disable() {
  local section="$1" value="$2"
  [ -n "$value" ] || return 0
  grep -q "^$section: {" "$ETC/janus.jcfg" || { echo "janus.sh: no section $section" >&2; exit 1; }
  sed -i "/^$section: {/,/^}/ s|^\s*#\?disable = .*|\tdisable = \"$value\"|" "$ETC/janus.jcfg"
  grep -q "disable = \"$value\"" "$ETC/janus.jcfg" || { echo "janus.sh: could not set $section.disable" >&2; exit 1; }
}
set_disable plugins "$plugins_disable"
set_disable transports "$transports_disable"
set_disable loggers "$loggers_disable"
set_disable events "$events_disable"

# HTTP transport: 127.0.0.1 only, loopback ACL; admin API on 127.0.0.1:7088.
sed -i \
  -e "s|^\(\s*\)#ip = .*|\1ip = \"127.0.0.1\"|" \
  -e "s|^\(\s*\)#acl = .*|\1acl = \"127.\"|" \
  -e "s|^\(\s*\)admin_http = false|\1admin_http = true|" \
  -e "s|^\(\s*\)#admin_ip = .*|\1admin_ip = \"127.0.0.1\"|" \
  -e "s|^\(\s*\)#admin_acl = .*|\1admin_acl = \"127.\"|" \
  "$ETC/janus.transport.http.jcfg"

# VideoRoom: rooms only with the admin key; no demo rooms.
cat > "$ETC/janus.plugin.videoroom.jcfg" <<CFG
general: {
	admin_key = "$ADMIN_KEY"
}
CFG

cat > "$HOME_DIR/start.sh" <<SH
#!/usr/bin/env bash
set -euo pipefail
cd "$HOME_DIR"
nohup janus -F "$ETC" -o -D -L "$HOME_DIR/janus.log" >/dev/null 2>&1 &
echo \$! > "$HOME_DIR/janus.pid"
for _ in \$(seq 1 100); do
  if curl -fsS --max-time 1 "$URL/info" >/dev/null 2>&1; then exit 0; fi
  if ! kill -0 "\$(cat "$HOME_DIR/janus.pid")" 2>/dev/null; then
    echo "janus exited; see $HOME_DIR/janus.log" >&2; exit 1
  fi
  sleep 0.1
done
echo "janus did not answer $URL/info within 10 s" >&2
exit 1
SH
cat > "$HOME_DIR/stop.sh" <<SH
#!/usr/bin/env bash
set -uo pipefail
pid="\$(cat "$HOME_DIR/janus.pid" 2>/dev/null || true)"
[ -n "\$pid" ] || exit 0
kill -TERM "\$pid" 2>/dev/null || exit 0
for _ in \$(seq 1 100); do kill -0 "\$pid" 2>/dev/null || exit 0; sleep 0.1; done
kill -KILL "\$pid" 2>/dev/null || true
SH
cat > "$HOME_DIR/restart.sh" <<SH
#!/usr/bin/env bash
set -euo pipefail
bash "$HOME_DIR/stop.sh"
bash "$HOME_DIR/start.sh"
SH
chmod 700 "$HOME_DIR"/*.sh

umask 077
cat > "$HOME_DIR/janus.env" <<ENV
url=$URL
adminUrl=http://127.0.0.1:7088/admin
roomAdminKey=$ADMIN_KEY
tokenSecret=$TOKEN_SECRET
adminSecret=$ADMIN_SECRET
restartScript=$HOME_DIR/restart.sh
ENV

bash "$HOME_DIR/stop.sh"
bash "$HOME_DIR/start.sh"
echo "janus: running on $URL (pid $(cat "$HOME_DIR/janus.pid")); tests read $HOME_DIR/janus.env"
