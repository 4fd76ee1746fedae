#!/bin/sh
# ret.sh FILE COL BASE_DATE N: cumulative % return from the close on BASE_DATE to each of the next N sessions
awk -F, -v c="$2" -v ev="$3" -v n="$4" 'NR>1 && $1>=ev {k++; if(k==1){b=$c; printf "%s base %s\n", $1, b} else if(k<=n+1) printf "%s %+.2f%%\n", $1, ($c/b-1)*100}' "$1"
