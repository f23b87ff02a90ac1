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

if ! command -v janus >/dev/null 2>&1; then
  echo "janus: installing the Debian package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq janus >/dev/null
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
python3 - "$ETC/janus.jcfg" "$plugins_disable" "$transports_disable" "$loggers_disable" "$events_disable" <<'PY'
import re, sys
path, plugins, transports, loggers, events = sys.argv[1:]
text = open(path).read()
def set_disable(section, value):
    global text
    if not value:
        return
    pattern = re.compile(r'(^' + section + r':\s*\{.*?)(^\s*#?disable = [^\n]*\n)', re.S | re.M)
    text, n = pattern.subn(lambda m: m.group(1) + '\tdisable = "' + value + '"\n', text, count=1)
    if n != 1:
        sys.exit("janus.sh: no disable line in section " + section)
set_disable('plugins', plugins)
set_disable('transports', transports)
set_disable('loggers', loggers)
set_disable('events', events)
open(path, 'w').write(text)
PY

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
