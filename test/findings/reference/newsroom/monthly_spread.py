#!/usr/bin/python3
import csv,sys
# monthly_spread.py FILE_A COL_A FILE_B COL_B YYYY-MM: month-end close-to-close returns a − b; the month's value,
# the latest earlier month at least as large, and its rank among the months to then
def monthly(f,col):
    rows=sorted((r[0],float(r[col])) for r in list(csv.reader(open(f)))[1:] if r[col] not in ('','null'))
    last={}
    for d,c in rows: last[d[:7]]=c
    ks=sorted(last); return {k:last[k]/last[p]-1 for p,k in zip(ks,ks[1:])}
a=monthly(sys.argv[1],int(sys.argv[2])); b=monthly(sys.argv[3],int(sys.argv[4])); m=sys.argv[5]
ks=sorted(k for k in a if k in b and k<=m); v=a[m]-b[m]
prev=[k for k in ks[:-1] if a[k]-b[k]>=v]
print(m,'%.4f pp'%(v*100),'widest since',prev[-1] if prev else None,'%.2f'%((a[prev[-1]]-b[prev[-1]])*100) if prev else '', 'rank',len(prev)+1,'of',len(ks))
