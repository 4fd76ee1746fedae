#!/usr/bin/python3
import csv,sys
# daily.py FILE COL DAY: the day's close-to-close return, the latest earlier day at least as large, its rank to then
f,col,day=sys.argv[1],int(sys.argv[2]),sys.argv[3]
rows=sorted((r[0],float(r[col])) for r in list(csv.reader(open(f)))[1:] if r[col] not in ('','null'))
rets=[(d,c/p-1) for (_,p),(d,c) in zip(rows,rows[1:])]
i=[j for j,(d,_) in enumerate(rets) if d<=day][-1]; d,v=rets[i]
prev=[x for x in rets[:i] if x[1]>=v]
print(d,'%.4f%%'%(v*100),'largest since',prev[-1] if prev else None,'rank',len(prev)+1,'of',i+1)
