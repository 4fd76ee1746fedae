#!/usr/bin/python3
import csv,sys
# monthly.py FILE COL YYYY-MM: month-end close-to-close return; the latest earlier month at least as large; rank to then
f,col,m=sys.argv[1],int(sys.argv[2]),sys.argv[3]
rows=sorted((r[0],float(r[col])) for r in list(csv.reader(open(f)))[1:] if r[col] not in ('','null'))
last={}
for d,c in rows: last[d[:7]]=c
ks=sorted(k for k in last if k<=m); rets=[(k,last[k]/last[p]-1) for p,k in zip(ks,ks[1:])]
v=rets[-1][1]; prev=[x for x in rets[:-1] if x[1]>=v]
print(m,'%.4f%%'%(v*100),'largest since',prev[-1] if prev else None,'rank',len(prev)+1,'of',len(rets))
