import sys, re, html, xml.etree.ElementTree as ET
NS = '{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}'
src, out = sys.argv[1], sys.argv[2]
root = ET.parse(src).getroot()
notes = []
def inline(e):
    """text of an element with italics and call-outs; notes collected"""
    s = html.escape(e.text or '')
    for c in e:
        tag = c.tag.replace(NS, '')
        if tag == 'authorialNote':
            notes.append((c.get('marker'), ' '.join(''.join(c.itertext()).split())))
            s += '<sup>' + c.get('marker') + '</sup>'
        elif tag == 'num':
            pass
        else:
            inner = inline(c)
            if 'italic' in (c.get('class') or ''):
                inner = '<i>' + inner + '</i>'
            s += inner
        s += html.escape(c.tail or '')
    return s
def clean(s):
    return re.sub(r'\s+', ' ', s).strip()
st = root[0]
cover = st.find(NS + 'coverPage')
symbol = ''.join(cover.find('.//' + NS + 'docNumber').itertext())
adopted = clean(''.join(cover.findall('.//' + NS + 'docTitle')[-1].itertext()))
pre = st.find(NS + 'preface')
num = ''.join(pre.find('.//' + NS + 'docNumber').itertext())
title = clean(''.join(pre.find('.//' + NS + 'docTitle').itertext()))
body = []
pa = st.find(NS + 'preamble')
for c in pa:
    for p in c.findall(NS + 'p'):
        body.append('<p class="pre">' + clean(inline(p)) + '</p>')
for para in st.find(NS + 'mainBody').iter(NS + 'paragraph'):
    n = para.find(NS + 'num')
    label = clean(''.join(n.itertext())) if n is not None else ''
    for p in para.find(NS + 'content').findall(NS + 'p'):
        body.append('<p class="op">' + html.escape(label) + ' ' + clean(inline(p)) + '</p>')
        label = ''
rows = ''.join('<tr><td class="m"><sup>%s</sup></td><td>%s</td></tr>' % (m, html.escape(t)) for m, t in notes)
page = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title></title><style>
body {{ font-family: "Times New Roman", serif; font-size: 10pt; margin: 0 }}
p {{ margin: 0 0 6pt 0; text-align: justify }}
p.pre, p.op {{ text-indent: 36pt }}
.mast {{ display: flex; justify-content: space-between; font-size: 12pt; border-bottom: 2px solid black }}
h1 {{ font-size: 11pt; margin: 12pt 0 }}
hr {{ width: 30%; margin: 18pt 0 6pt 0; text-align: left }}
table.notes {{ font-size: 8pt; border-collapse: collapse }}
td.m {{ vertical-align: top; padding-right: 6pt }}
</style></head><body>
<div class="mast"><span>United Nations</span><span>{html.escape(symbol)}</span></div>
<p>{html.escape(adopted)}</p>
<h1>{html.escape(num)} {html.escape(title)}</h1>
{chr(10).join(body)}
<hr>
<table class="notes">{rows}</table>
</body></html>
'''
open(out, 'w').write(page)
