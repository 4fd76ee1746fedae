#!/usr/bin/python3
import csv,sys,datetime as dt
# weekly.py FILE COL WEEK_END(YYYY-MM-DD): week = Mon..Fri, last close in week; return vs previous week's last close
f,col,we=sys.argv[1],int(sys.argv[2]),sys.argv[3]
rows=[(r[0],float(r[col])) for r in list(csv.reader(open(f)))[1:] if r[col] not in ('','null')]
rows.sort()
last={}
for d,c in rows:
    y,w,_=dt.date.fromisoformat(d).isocalendar(); last[(y,w)]=(d,c)
ks=sorted(last); rets=[(last[k][0],last[k][1]/last[p][1]-1) for p,k in zip(ks,ks[1:])]
i=[j for j,(d,_) in enumerate(rets) if d<=we][-1]
d,v=rets[i]; print('week',d,'%.4f%%'%(v*100))
prev=[(dd,vv) for dd,vv in rets[:i] if vv>=v]
print('largest since', prev[-1] if prev else 'none', 'rank', 1+len(prev), 'of', i+1)
