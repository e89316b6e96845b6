# Sourced by bin/serve, bin/test and .ci/run: makes sure JAVA_HOME points at a JDK >= 21.
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
  :
else
  unset JAVA_HOME
  default_java=$(command -v javac 2>/dev/null && readlink -f "$(command -v javac)" | sed 's:/bin/javac$::')
  default_java=$(echo "$default_java" | tail -n 1)
  if [ -n "$default_java" ] && [ "$(java_major "$default_java")" -ge 21 ] 2>/dev/null; then
    export JAVA_HOME="$default_java"
  else
    for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
      candidate=${candidate%/}
      if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
        export JAVA_HOME="$candidate"
        break
      fi
    done
  fi
fi
if [ -z "${JAVA_HOME:-}" ]; then
  echo "Parley needs a JDK >= 21 (none found on PATH or in /usr/lib/jvm)." >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
