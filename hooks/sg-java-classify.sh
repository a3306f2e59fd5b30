# shellcheck shell=bash disable=SC2034 # sets SG_ERR and SG_ERR_RC for the caller
# The bootstrap failure classifier of bootstrap-and-telemetry.md §4.6 in bash, for the failures only the launcher
# sees (source build, JVM launch). It mirrors the Java BootClassifier rule for rule: the shared corpus
# sg-core/src/test/resources/org/securityguidance/telemetry/boot/classifier-cases.tsv pins that both agree.
# Sourced only on a failure path; bash 3.2 compatible (nocasematch instead of ${x,,}).

# sg_classify_output <phase> <rc> <own_timeout 0|1> <maven_mode 0|1> <captured text>
# Sets SG_ERR to the boot_err code (99 when nothing matches) and SG_ERR_RC to the rc worth emitting (signal kills).
# <phase> is a name (build, launch, ...) or its code; only "build" (8) changes the rules.
sg_classify_output() {
  local phase=$1 rc=$2 own=$3 maven=$4 had_nocase=0
  SG_ERR=99 SG_ERR_RC=''
  # Our own deadline first: the child we killed reports 137 like a memory kill, but must not look like one.
  if [ "$own" = 1 ]; then
    SG_ERR=10
    return 0
  fi
  case $rc in
    134 | 137 | 139 | -[0-9]*)
      SG_ERR=16 SG_ERR_RC=$rc
      return 0
      ;;
  esac
  case $phase in build | 8) phase=build ;; esac
  shopt -q nocasematch && had_nocase=1
  shopt -s nocasematch
  sg_match_output_rules "$phase" "$maven" "$5"
  [ "$had_nocase" = 1 ] || shopt -u nocasematch
  return 0
}

# The ordered text rules (first match wins), case-insensitive; same order as the Java OutputRules table.
sg_match_output_rules() {
  local phase=$1 maven=$2 t=$3 nl=$'\n' cr=$'\r'
  if [[ $t == *"unable to locate a java runtime"* || $t == *"no java runtime present"* ]]; then
    SG_ERR=19
  elif [[ $t == *outofmemoryerror* || $t == *"insufficient memory for the java runtime"* ||
    $t == *"could not reserve enough space"* || $t == *"cannot allocate memory"* ]]; then
    SG_ERR=25
  elif [[ $t == *"could not create the java virtual machine"* || $t == *"error occurred during initialization of vm"* ||
    $t == *"unrecognized vm option"* ]]; then
    SG_ERR=24
  elif [[ $t == *unsupportedclassversionerror* || $t == *"compiled by a more recent version of the java runtime"* ]]; then
    SG_ERR=23
  elif [[ $t == *"invalid or corrupt jarfile"* || $t == *zipexception* || $t == *"error in opening zip file"* ]]; then
    SG_ERR=22
  elif [[ $t == *"unable to access jarfile"* ]]; then
    SG_ERR=20
  elif [[ $t == *"unable to use shared archive"* || $t == *"error has occurred while processing the aot cache"* ||
    $t == *"aotcache creation"* || $t == *"cannot dump shared archive"* ]]; then
    SG_ERR=26
  elif [[ $t == *"no space left"* || $t == *"quota exceeded"* || $t == *"not enough space on the disk"* ]]; then
    SG_ERR=7
  elif [[ $t == *"file name too long"* || $t == *"filename or extension is too long"* ]]; then
    SG_ERR=28
  elif [[ $t == *"permission denied"* || $t == *"access is denied"* || $t == *"read-only file system"* ||
    $t == *"operation not permitted"* || $t == *accessdeniedexception* ]]; then
    SG_ERR=5
  elif [[ $t == *"pkix path building failed"* || $t == *"unable to find valid certification path"* ||
    $t == *sslhandshakeexception* ]]; then
    SG_ERR=4
  elif [[ $t == *proxy* && ($t == *407* || $t == *authent* || $t == *tunnel*) ]]; then
    SG_ERR=8
  elif [[ $t == *unknownhostexception* || $t == *"name or service not known"* || $t == *"nodename nor servname"* ||
    $t == *"temporary failure in name"* ]]; then
    SG_ERR=2
  elif [[ $t == *"connection refused"* || $t == *"connection reset"* ]]; then
    SG_ERR=3
  elif [[ $t == *"timed out"* || $t == *timeout* ]]; then
    SG_ERR=9
  elif [[ $maven == 1 && $t == *"offline mode"* ]]; then
    # Before dep_not_found: Maven words every offline miss as "Could not resolve dependencies ... offline mode".
    SG_ERR=29
  elif [[ $maven == 1 && ($t == *"could not resolve dependencies"* || $t == *"could not find artifact"*) ]]; then
    SG_ERR=1
  elif [[ $phase == build && ($t == *"compilation failure"* || $t == *"compilation error"*) ]]; then
    SG_ERR=27
  elif [[ $phase == build && ($t == "error: "* || $t == *"$nl""error: "* || $t == *"$cr""error: "* ||
    $t == *": error: "*) ]]; then
    # A javac diagnostic line: "Foo.java:3: error: ..." or a line starting "error: ".
    SG_ERR=27
  fi
}
