# Shared by the bench scripts (source it): recording helpers.

# enlarge ONE DEST MIN_LINES: writes to DEST as many copies of the real trace ONE as reach MIN_LINES lines
# (concatenated runs: real lines, pids reused across copies).
enlarge() {
  local one=$1 dest=$2 min=$3 lines copies
  lines=$(wc -l < "$one")
  copies=$(( (min + lines - 1) / lines ))
  echo "recorded $lines real lines; concatenating $copies copies" >&2
  for _ in $(seq "$copies"); do cat "$one"; done > "$dest"
}
