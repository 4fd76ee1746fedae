import csv,sys
# french_daily.py FROM_EXCL TO_INCL COL [COL2]: French daily VW size portfolio(s), percent, compounded over the
# sessions after FROM_EXCL through TO_INCL (base-day return excluded); with COL2, COL minus COL2 (each compounded)
import os
f=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', '..', 'shared', 'data', 'kenfrench_data_library', 'Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv')
r=list(csv.reader(open(f))); h=[x.strip() for x in r[0]]
a,b=sys.argv[1].replace('-',''),sys.argv[2].replace('-','')
def comp(col):
    i=h.index(col); g=1.0
    for row in r[1:]:
        d=row[0].strip().replace('-','')
        if a<d<=b: g*=1+float(row[i])/100
    return (g-1)*100
v=comp(sys.argv[3]); out='%s %.4f'%(sys.argv[3],v)
if len(sys.argv)>4: w=comp(sys.argv[4]); out+=' minus %s %.4f = %.4f'%(sys.argv[4],w,v-w)
print(sys.argv[1],'->',sys.argv[2],out)
