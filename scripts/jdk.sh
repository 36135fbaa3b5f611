# Sourced by ./fineprint and scripts/test: exports JAVA_HOME as a JDK >= 21
# (JAVA_HOME when new enough, else the newest under /usr/lib/jvm) or exits with one line.

java_major() { # prints the feature version of the JDK at $1, or nothing
  local release="$1/release"
  [[ -x "$1/bin/java" && -x "$1/bin/javac" && -f "$release" ]] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}

find_jdk() {
  if [[ -n "${JAVA_HOME:-}" ]]; then
    local v; v="$(java_major "$JAVA_HOME")"
    if [[ -n "$v" && "$v" -ge 21 ]]; then echo "$JAVA_HOME"; return; fi
  fi
  local best="" best_v=0 dir v
  for dir in /usr/lib/jvm/*; do
    [[ -L "$dir" ]] && continue
    v="$(java_major "$dir")"
    if [[ -n "$v" && "$v" -ge 21 && "$v" -gt "$best_v" ]]; then best="$dir"; best_v="$v"; fi
  done
  echo "$best"
}

JAVA_HOME="$(find_jdk)"
if [[ -z "$JAVA_HOME" ]]; then
  echo "fineprint: no JDK 21 or newer found; install one or set JAVA_HOME (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)" >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8's bundled Guava calls sun.misc.Unsafe, which JDK 24+ warns about on every run.
if [[ "$(java_major "$JAVA_HOME")" -ge 24 && "${MAVEN_OPTS:-}" != *sun-misc-unsafe* ]]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
