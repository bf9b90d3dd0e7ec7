#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Independent test set of Taiwanese local-tax-office documents (northern bureaus style).
Run:  /usr/bin/python3 make_set.py      (writes images/ and texts/ next to this file)"""
import sys
import os, random, math, csv, io
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

SEED = 977
if len(sys.argv) != 2:
    sys.exit('usage: python3 make_set.py OUTDIR  (writes OUTDIR/images and OUTDIR/texts)')
OUT = os.path.abspath(sys.argv[1])
FD = '/usr/share/fonts/'
SANS = (FD + 'opentype/noto/NotoSansCJK-Regular.ttc', 3)
SANSB = (FD + 'opentype/noto/NotoSansCJK-Bold.ttc', 3)
SERIF = (FD + 'opentype/noto/NotoSerifCJK-Regular.ttc', 3)
SERIFB = (FD + 'opentype/noto/NotoSerifCJK-Bold.ttc', 3)
UMING = (FD + 'truetype/arphic/uming.ttc', 2)
UKAI = (FD + 'truetype/arphic/ukai.ttc', 2)
WQY = (FD + 'truetype/wqy/wqy-microhei.ttc', 0)
FAMILIES = {'sans': (SANS, SANSB), 'serif': (SERIF, SERIFB), 'ming': (UMING, SERIFB),
            'kai': (UKAI, UKAI), 'wqy': (WQY, SANSB)}
_fc = {}
def font(face, size):
    k = (face, int(size))
    if k not in _fc:
        _fc[k] = ImageFont.truetype(face[0], int(size), index=face[1])
    return _fc[k]

# ----------------------------------------------------------------- value helpers
LETTER = dict(zip('ABCDEFGHJKLMNPQRSTUVXYWZIO', range(10, 36)))
def pid(rng, letter=None, sex=None):
    L = letter or rng.choice('FAHCJOG')
    s = sex or rng.choice('12')
    d = [s] + [str(rng.randint(0, 9)) for _ in range(7)]
    n = LETTER[L]
    tot = n // 10 + (n % 10) * 9 + sum(int(x) * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2, 1]))
    return L + ''.join(d) + str((10 - tot % 10) % 10)

def ban(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(7)]
        for last in range(10):
            dd = d + [last]
            s = 0
            for x, w in zip(dd, [1, 2, 1, 2, 1, 2, 4, 1]):
                p = x * w; s += p // 10 + p % 10
            if dd[6] == 7:
                if s % 10 == 0 or (s + 1) % 10 == 0: return ''.join(map(str, dd))
            elif s % 10 == 0:
                return ''.join(map(str, dd))

CD = '〇一二三四五六七八九'
def cnum(n):
    if n == 0: return '〇'
    out = ''; units = [(1000, '千'), (100, '百'), (10, '十')]
    started = False; zero = False
    for v, u in units:
        q = n // v; n %= v
        if q:
            if zero: out += '零'; zero = False
            out += ('' if (v == 10 and q == 1 and not started) else CD[q]) + u; started = True
        elif started: zero = True
    if n:
        if zero and started: out += '零'
        out += CD[n]
    return out

FIN = '零壹貳參肆伍陸柒捌玖'
def fin4(n):
    s = ''; z = False
    for v, u in [(1000, '仟'), (100, '佰'), (10, '拾'), (1, '')]:
        q = n // v; n %= v
        if q:
            if z and s: s += '零'
            s += FIN[q] + u; z = False
        else: z = True
    return s
def fin(n):
    if n == 0: return '零元整'
    parts = []; i = 0; units = ['', '萬', '億']
    while n:
        parts.append((n % 10000, units[i])); n //= 10000; i += 1
    s = ''; prev_zero = False
    for idx, (g, u) in enumerate(reversed(parts)):
        if g:
            if s and (g < 1000 or prev_zero): s += '零'
            s += fin4(g) + u; prev_zero = False
        else: prev_zero = True
    return '新臺幣' + s + '元整'

def money(n): return '{:,}'.format(n)

def roc(d, style):
    y, m, dd = d
    if style == 0: return f'中華民國{y}年{m}月{dd}日'
    if style == 1: return f'{y}年{m}月{dd}日'
    if style == 2: return f'{y}/{m:02d}/{dd:02d}'
    if style == 3: return f'{y}.{m}.{dd}'
    if style == 4: return ''.join(CD[int(c)] for c in str(y)) + '年' + cnum(m) + '月' + cnum(dd) + '日'
    if style == 5: return f'{y}年{m:02d}月{dd:02d}日'
    if style == 6: return f'中華民國{cnum(y)}年{cnum(m)}月{cnum(dd)}日'
    return f'民國{y}年{m}月{dd}日'
def rdate(rng, y0=112, y1=114):
    return (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
def dshift(d, days):
    y, m, dd = d
    dd += days
    while dd > 28: dd -= 28; m += 1
    while dd < 1: dd += 28; m -= 1
    while m > 12: m -= 12; y += 1
    while m < 1: m += 12; y -= 1
    return (y, m, dd)

SUR = '陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴'
GIV = '志明淑芬雅婷家豪建宏俊傑美玲怡君文雄秀英冠宇承恩宗翰佩珊欣怡柏翰玉珍金龍國華麗華春嬌正義世昌淑惠振興明哲昭儀心怡子軒詩涵'
def name(rng):
    return rng.choice(SUR) + rng.choice(GIV) + rng.choice(GIV)

GEO = {
 '新北市': {'板橋區': (['文化路一段', '中山路二段', '縣民大道二段', '四川路一段', '民生路三段'], ['湳仔段', '港子嘴段', '江子翠段', '後埔段', '溪崑段']),
          '中和區': (['中正路', '景平路', '永和路', '中山路三段'], ['中原段', '員山段', '漳和段', '秀山段']),
          '新莊區': (['中正路', '思源路', '幸福路', '中華路一段'], ['頭前段', '丹鳳段', '中港段', '思源段']),
          '三重區': (['重新路三段', '正義北路', '三和路四段'], ['光興段', '重陽段', '五華段']),
          '新店區': (['北新路二段', '中正路', '民權路'], ['大坪林段', '寶橋段', '安康段']),
          '土城區': (['中央路三段', '金城路二段', '學府路一段'], ['清水段', '永寧段', '埤塘段']),
          '汐止區': (['大同路二段', '新台五路一段', '康寧街'], ['保長坑段', '茄苳段', '樟樹段']),
          '淡水區': (['中山路', '英專路', '中正東路二段'], ['新市段', '學府段', '沙崙段'])},
 '桃園市': {'桃園區': (['中正路', '復興路', '大興西路二段', '經國路'], ['大興段', '同安段', '中路段', '文中段']),
          '中壢區': (['中華路二段', '環中東路', '中山東路三段', '元化路'], ['興仁段', '龍興段', '新街段', '內定段']),
          '平鎮區': (['環南路', '延平路二段', '南東路'], ['平鎮段', '東勢段', '山峰段']),
          '八德區': (['介壽路一段', '建國路', '興豐路'], ['大湳段', '白鷺段', '霄裡段']),
          '龜山區': (['文化一路', '萬壽路二段', '復興一路'], ['樂善段', '長庚段', '龜山段']),
          '蘆竹區': (['南崁路一段', '中正路', '長興路'], ['南崁段', '錦興段', '五福段'])},
 '臺北市': {'大安區': (['和平東路二段', '復興南路一段', '信義路四段'], ['金華段二小段', '學府段三小段', '仁愛段一小段']),
          '中山區': (['南京東路二段', '林森北路', '民生東路一段'], ['中山段一小段', '長春段三小段']),
          '士林區': (['中正路', '承德路四段', '文林路'], ['福林段二小段', '蘭雅段一小段'])},
 '基隆市': {'仁愛區': (['愛一路', '仁二路', '南榮路'], ['仁愛段', '南榮段']),
          '信義區': (['信二路', '東明路', '深溪路'], ['東信段', '深澳坑段'])},
 '新竹市': {'東區': (['光復路二段', '建功一路', '東大路一段'], ['光復段', '關埔段', '建功段'])},
 '新竹縣': {'竹北市': (['光明六路', '縣政九路', '自強南路'], ['斗崙段', '嘉興段', '十興段'])},
 '宜蘭縣': {'宜蘭市': (['中山路三段', '神農路二段'], ['新生段', '凱旋段']),
          '羅東鎮': (['公正路', '興東路'], ['羅東段', '北成段'])},
}
CITYW = [('新北市', 40), ('桃園市', 30), ('臺北市', 10), ('基隆市', 6), ('新竹市', 5), ('新竹縣', 5), ('宜蘭縣', 4)]
CITYLET = {'新北市': 'F', '桃園市': 'H', '臺北市': 'A', '基隆市': 'C', '新竹市': 'O', '新竹縣': 'J', '宜蘭縣': 'G'}
BUREAU = {'新北市': ('新北市政府稅捐稽徵處', '新北市稅捐處', ['板橋分處', '中和分處', '新莊分處', '三重分處', '新店分處', '淡水分處', '林口分處']),
          '桃園市': ('桃園市政府地方稅務局', '桃市稅務局', ['中壢分局', '平鎮分局', '楊梅分局', '大溪分局', '蘆竹分局', '大園分局']),
          '臺北市': ('臺北市稅捐稽徵處', '北市稽徵處', ['大安分處', '中正分處', '信義分處', '士林分處', '文山分處']),
          '基隆市': ('基隆市稅務局', '基隆市稅務局', []), '新竹市': ('新竹市稅務局', '竹市稅務局', []),
          '新竹縣': ('新竹縣政府稅務局', '竹縣稅務局', ['竹東分局']), '宜蘭縣': ('宜蘭縣政府財政稅務局', '宜蘭縣財稅局', ['羅東分局'])}

def pick_city(rng):
    t = rng.randint(1, sum(w for _, w in CITYW))
    for c, w in CITYW:
        t -= w
        if t <= 0: return c
    return '新北市'

def addr(rng, city=None, dist=None):
    city = city or pick_city(rng)
    dist = dist or rng.choice(list(GEO[city]))
    road = rng.choice(GEO[city][dist][0])
    s = f'{city}{dist}{road}'
    r = rng.random()
    if r < 0.3: s += f'{rng.randint(2, 300)}巷'
    if r < 0.12: s += f'{rng.randint(1, 30)}弄'
    s += f'{rng.randint(1, 399)}號'
    if rng.random() < 0.2: s += f'之{rng.randint(1, 5)}'
    if rng.random() < 0.75: s += f'{rng.randint(2, 18)}樓'
    return s

def parcel(rng, city, dist):
    sec = rng.choice(GEO[city][dist][1])
    a, b = rng.randint(1, 1500), rng.randint(0, 60)
    st = rng.randint(0, 2)
    no = f'{a:04d}-{b:04d}' if st == 0 else (f'{a}-{b}' if b else str(a)) if st == 1 else f'{a:04d}{b:04d}'
    return sec, no

def plate(rng):
    L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    if rng.random() < 0.75: return ''.join(rng.choice(L) for _ in range(3)) + '-' + f'{rng.randint(1, 9999):04d}'
    return f'{rng.randint(1000, 9999)}-' + ''.join(rng.choice(L) for _ in range(2))

def hno(rng):  # house tax registration no.
    s = f'{rng.randint(1, 99):02d}{rng.randint(0, 99999999):08d}{rng.randint(0, 9)}'
    k = rng.randint(0, 2)
    return s if k == 0 else f'{s[:2]}-{s[2:5]}-{s[5:]}' if k == 1 else f'{s[:4]} {s[4:8]} {s[8:]}'
def billno(rng): return ''.join(str(rng.randint(0, 9)) for _ in range(16))
def phone(rng): return rng.choice(['02-2', '02-8', '03-4', '03-3', '02-2']) + f'{rng.randint(100, 999)}-{rng.randint(1000, 9999)}'
def mobile(rng): return f'09{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}'
def email(rng):
    u = rng.choice(['chen', 'lin', 'wang', 'huang', 'amy', 'kevin', 'jl', 'tina', 'hsu', 'yc']) + str(rng.randint(1, 999))
    return u + '@' + rng.choice(['gmail.com', 'yahoo.com.tw', 'hotmail.com', 'ms45.hinet.net', 'outlook.com'])
BANKS = [('臺灣銀行', '004'), ('合作金庫銀行', '006'), ('第一銀行', '007'), ('華南銀行', '008'), ('彰化銀行', '009'),
         ('土地銀行', '005'), ('國泰世華銀行', '013'), ('中華郵政', '700'), ('玉山銀行', '808'), ('台新銀行', '812')]
def bankacct(rng):
    b = rng.choice(BANKS)
    return b[0], b[1], rng.choice(['板橋分行', '中壢分行', '桃園分行', '新莊分行', '營業部', '三重分行', '永和分行']), ''.join(str(rng.randint(0, 9)) for _ in range(rng.choice([12, 13, 14])))

def chk(opts, sel):
    return '　'.join(('■' if o == sel or (isinstance(sel, (list, set)) and o in sel) else '□') + o for o in opts)

class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.city = pick_city(rng)
        self.dist = rng.choice(list(GEO[self.city]))
        self.addr = addr(rng, self.city, self.dist)
        self.bureau, self.bshort, brs = BUREAU[self.city]
        self.branch = rng.choice(brs) if brs and rng.random() < 0.6 else ''
        self.name = name(rng); self.id = pid(rng, CITYLET[self.city] if rng.random() < 0.7 else None)
        self.tel = phone(rng); self.mob = mobile(rng); self.mail = email(rng)
        self.date = rdate(rng)
        self.ds = rng.choice([0, 1, 2, 3, 5, 7])
    def d(self, d=None, s=None): return roc(d or self.date, self.ds if s is None else s)
    def to(self):  # addressee
        return self.bureau + self.branch

# ----------------------------------------------------------------- document builder
class Doc:
    def __init__(self): self.el = []; self.stamp = None; self.seals = 0
    def title(self, t, scale=1.7, spaced=False):
        if spaced: t = '　'.join(t)
        self.el.append(('title', t, scale))
    def sub(self, t, align='c'): self.el.append(('line', t, align, 0.9))
    def line(self, t, align='l', scale=1.0): self.el.append(('line', t, align, scale))
    def p(self, t, hang=0, indent=0): self.el.append(('p', t, hang, indent))
    def items(self, lst, nums='一二三四五六七八九', sep='、', hang=None):
        for i, t in enumerate(lst):
            pre = nums[i] + sep if isinstance(nums, str) else nums[i]
            self.p(pre + t, hang=len(pre) if hang is None else hang)
    def kv(self, rows, val_face=None): self.el.append(('kv', rows, val_face))
    def table(self, header, rows, weights=None): self.el.append(('table', header, rows, weights))
    def box(self, paras): self.el.append(('box', paras))
    def gap(self, n=0.6): self.el.append(('gap', n))
    def hr(self, double=False): self.el.append(('hr', double))
    def sig(self, t, seal=None): self.el.append(('sig', t, seal))
    def lr(self, l, r): self.el.append(('lr', l, r))
    def uline(self, k, v): self.el.append(('uline', k, v))

PUNCT = '，。、；：）」』！？》〉,.;:)'
class Renderer:
    def __init__(self, W, H, dpi, pt, fam, rng, valface=None, sp=1.0):
        self.W, self.H, self.dpi, self.rng = W, H, dpi, rng
        self.body, self.bold = FAMILIES[fam]
        self.valface = valface or self.body
        self.size = int(pt * dpi / 72)
        mx = int(dpi * rng.uniform(0.65, 0.95))
        self.x0, self.x1 = mx, W - int(dpi * rng.uniform(0.65, 0.95))
        self.top, self.bottom = int(dpi * rng.uniform(0.55, 0.85)), H - int(dpi * 0.6)
        self.lh = 1.5 * sp; self.sp = sp
    def f(self, scale=1.0, face=None): return font(face or self.body, self.size * scale)
    def wrap(self, t, fnt, width):
        out, cur = [], ''
        for ch in t:
            if ch == '\n': out.append(cur); cur = ''; continue
            if fnt.getlength(cur + ch) > width and cur:
                if ch in PUNCT: cur += ch; out.append(cur); cur = ''; continue
                out.append(cur); cur = ch
            else: cur += ch
        if cur or not out: out.append(cur)
        return out
    def render(self, doc):
        img = Image.new('RGB', (self.W, self.H), 'white')
        dr = ImageDraw.Draw(img)
        self.img, self.dr, self.lines, self.seals = img, dr, [], []
        y = self.top; S = self.size; LH = int(S * self.lh); lw = max(2, S // 18)
        X0, X1 = self.x0, self.x1
        for e in doc.el:
            k = e[0]
            if k == 'title':
                fn = self.f(e[2], self.bold)
                for ln in self.wrap(e[1], fn, X1 - X0):
                    w = fn.getlength(ln); dr.text(((X0 + X1 - w) / 2, y), ln, font=fn, fill=0)
                    self.lines.append(ln); y += int(S * e[2] * 1.45)
                y += S // 3
            elif k == 'line':
                fn = self.f(e[3])
                for ln in self.wrap(e[1], fn, X1 - X0):
                    w = fn.getlength(ln)
                    x = X0 if e[2] == 'l' else (X1 - w if e[2] == 'r' else (X0 + X1 - w) / 2)
                    dr.text((x, y), ln, font=fn, fill=0); self.lines.append(ln); y += int(S * e[3] * self.lh)
            elif k == 'p':
                fn = self.f(); hang, ind = e[2], e[3]
                first = self.wrap(e[1], fn, X1 - X0 - ind * S)
                # re-wrap continuation with hanging indent
                lines = []; rest = e[1]
                w0 = X1 - X0 - ind * S
                while rest:
                    lns = self.wrap(rest, fn, w0 if not lines else X1 - X0 - hang * S)
                    lines.append(lns[0]); rest = rest[len(lns[0]):]
                    if rest.startswith('\n'): rest = rest[1:]
                for i, ln in enumerate(lines):
                    x = X0 + (ind * S if i == 0 else hang * S)
                    dr.text((x, y), ln, font=fn, fill=0); self.lines.append(ln); y += LH
            elif k == 'gap':
                y += int(S * e[1] * self.lh)
            elif k == 'hr':
                dr.line([(X0, y + S // 3), (X1, y + S // 3)], fill=0, width=lw)
                if e[1]: dr.line([(X0, y + S // 3 + lw * 3), (X1, y + S // 3 + lw * 3)], fill=0, width=lw)
                y += S
            elif k == 'lr':
                fn = self.f(0.9)
                dr.text((X0, y), e[1], font=fn, fill=0)
                dr.text((X1 - fn.getlength(e[2]), y), e[2], font=fn, fill=0)
                self.lines.append((e[1] + '  ' + e[2]).strip()); y += int(S * 0.9 * self.lh)
            elif k == 'uline':
                fn = self.f(); fv = font(self.valface, S)
                dr.text((X0, y), e[1] + '：', font=fn, fill=0)
                xv = X0 + fn.getlength(e[1] + '：') + S * 0.3
                dr.text((xv, y), e[2], font=fv, fill=0)
                dr.line([(xv - S * 0.2, y + S * 1.25), (X1, y + S * 1.25)], fill=0, width=max(1, lw // 2))
                self.lines.append(e[1] + '：' + e[2]); y += int(LH * 1.15)
            elif k == 'sig':
                fn = self.f()
                w = fn.getlength(e[1]); x = X1 - w - (S * 2.2 if e[2] else 0)
                dr.text((x, y), e[1], font=fn, fill=0); self.lines.append(e[1])
                if e[2]: self.seals.append((int(X1 - S * 2.0), int(y - S * 0.3), e[2]))
                y += LH
            elif k == 'box':
                pad = S // 2; fn = self.f(); y0 = y; y += pad
                for para in e[1]:
                    for ln in self.wrap(para, fn, X1 - X0 - 2 * pad):
                        dr.text((X0 + pad, y), ln, font=fn, fill=0); self.lines.append(ln); y += LH
                y += pad // 2
                dr.rectangle([X0, y0, X1, y], outline=0, width=lw); y += S // 2
            elif k in ('kv', 'table'):
                y = self.grid(e, y, lw)
        return img, y

    def grid(self, e, y, lw):
        S = self.size; X0, X1 = self.x0, self.x1; dr = self.dr; pad = int(S / 3 * self.sp ** 2)
        fn = self.f(0.95); LH = int(S * 0.95 * 1.38)
        if e[0] == 'kv':
            rows = e[1]; fv = font(e[2] or self.valface, S * 0.95)
            allk = [k for r in rows for k, _ in r]
            lchars = min(8, max(len(k) for k in allk))
            for r in rows:
                n = len(r); pw = (X1 - X0) / n
                lwid = min(lchars * S * 0.95 + 2 * pad, pw * 0.42)
                cells = []
                for i, (kk, vv) in enumerate(r):
                    xa = X0 + i * pw
                    cells.append((xa, xa + lwid, kk, fn, True)); cells.append((xa + lwid, xa + pw, vv, fv, False))
                wrapped = [self.wrap(c[2], c[3], c[1] - c[0] - 2 * pad) for c in cells]
                h = max(len(w) for w in wrapped) * LH + 2 * pad
                for c, w in zip(cells, wrapped):
                    if c[4]: dr.rectangle([c[0], y, c[1], y + h], fill=(242, 242, 242))
                    dr.rectangle([c[0], y, c[1], y + h], outline=0, width=lw)
                    yy = y + pad + (h - 2 * pad - len(w) * LH) // 2 if c[4] else y + pad
                    for ln in w: dr.text((c[0] + pad, yy), ln, font=c[3], fill=0); yy += LH
                self.lines.append(' '.join((kk + ' ' + vv).strip() for kk, vv in r).replace('\n', ''))
                y += h
        else:
            header, rows, wts = e[1], e[2], e[3]
            ncol = len(header) if header else len(rows[0])
            wts = wts or [1] * ncol; tw = sum(wts)
            xs = [X0]
            for w in wts: xs.append(xs[-1] + (X1 - X0) * w / tw)
            allrows = ([(header, True)] if header else []) + [(r, False) for r in rows]
            for r, hd in allrows:
                wrapped = [self.wrap(str(c), fn, xs[i + 1] - xs[i] - 2 * pad) for i, c in enumerate(r)]
                h = max(len(w) for w in wrapped) * LH + 2 * pad
                for i, w in enumerate(wrapped):
                    if hd: dr.rectangle([xs[i], y, xs[i + 1], y + h], fill=(235, 235, 235))
                    dr.rectangle([xs[i], y, xs[i + 1], y + h], outline=0, width=lw)
                    yy = y + pad
                    for ln in w:
                        x = xs[i] + pad if not hd else (xs[i] + xs[i + 1] - fn.getlength(ln)) / 2
                        dr.text((x, yy), ln, font=fn, fill=0); yy += LH
                self.lines.append(' '.join(str(c).replace('\n', '') for c in r if str(c) != '').strip())
                y += h
        return y + S // 2

# ----------------------------------------------------------------- stamps, seals, scan effects
def draw_overlay(img, rng, seals, stamp, size):
    W, H = img.size
    for (x, y, nm) in seals:
        s = int(size * 1.7); lay = Image.new('RGBA', (s, s), (0, 0, 0, 0)); d = ImageDraw.Draw(lay)
        col = (205, 40, 40, 230)
        d.rectangle([2, 2, s - 3, s - 3], outline=col, width=max(2, s // 16))
        chars = list(nm[:4]) if len(nm) >= 3 else list(nm) + ['印']
        while len(chars) < 4: chars.append('印')
        fs = int(s * 0.36); fnt = font(UKAI, fs)
        pos = [(s * 0.52, s * 0.1), (s * 0.52, s * 0.52), (s * 0.1, s * 0.1), (s * 0.1, s * 0.52)]
        for ch, p in zip(chars, pos): d.text(p, ch, font=fnt, fill=col)
        lay = lay.rotate(rng.uniform(-8, 8), expand=True)
        img.paste(lay, (x, y), lay)
    if stamp:
        lines, shape, col = stamp
        s = int(size * rng.uniform(7.5, 10.0))
        hgt = s if shape == 'circle' else int(s * 0.72)
        lay = Image.new('RGBA', (s, hgt), (0, 0, 0, 0)); d = ImageDraw.Draw(lay)
        wd = max(3, s // 50)
        if shape == 'circle':
            d.ellipse([wd, wd, s - wd, s - wd], outline=col, width=wd)
            d.ellipse([wd * 4, wd * 4, s - wd * 4, s - wd * 4], outline=col, width=max(1, wd // 2))
        else:
            d.rectangle([wd, wd, s - wd, hgt - wd], outline=col, width=wd)
        n = len(lines); fs = int(min(hgt / (n + 1.4), s / (max(len(l) for l in lines) + 2.8)))
        fnt = font(SANSB, fs); yy = (hgt - n * fs * 1.2) / 2
        for ln in lines:
            w = fnt.getlength(ln); d.text(((s - w) / 2, yy), ln, font=fnt, fill=col); yy += fs * 1.2
        lay = lay.rotate(rng.uniform(-14, 14), expand=True, resample=Image.BICUBIC)
        x = rng.randint(int(W * 0.35), int(W * 0.95) - lay.size[0]); y = rng.randint(int(H * 0.04), int(H * 0.35))
        # multiply blend so text stays visible under the stamp
        base = np.asarray(img).astype(np.float32)
        a = np.asarray(lay).astype(np.float32)
        al = a[..., 3:4] / 255.0 * 0.85
        reg = base[y:y + lay.size[1], x:x + lay.size[0]]
        mixed = reg * (1 - al) + (reg * a[..., :3] / 255.0) * al
        base[y:y + lay.size[1], x:x + lay.size[0]] = mixed
        img = Image.fromarray(base.clip(0, 255).astype(np.uint8))
    return img

def scan(img, rng):
    g = img.convert('L')
    g = g.rotate(rng.uniform(-2, 2), resample=Image.BICUBIC, fillcolor=255)
    g = g.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.1)))
    a = np.asarray(g).astype(np.float32)
    paper = rng.uniform(228, 252); ink = rng.uniform(10, 45)
    a = ink + a / 255.0 * (paper - ink)
    nrs = np.random.default_rng(rng.randint(0, 10 ** 9))
    a += nrs.normal(0, rng.uniform(2, 7), a.shape)
    # a few specks
    for _ in range(rng.randint(5, 60)):
        yy, xx = nrs.integers(0, a.shape[0]), nrs.integers(0, a.shape[1]); r = nrs.integers(1, 4)
        a[max(0, yy - r):yy + r, max(0, xx - r):xx + r] = nrs.uniform(40, 140)
    mode = 'bw' if rng.random() < 0.25 else 'grey'
    if mode == 'bw':
        a = np.where(a > rng.uniform(135, 165), 255, 0)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8)), mode

# ----------------------------------------------------------------- shared layouts
def tai(rng, s):
    return s.replace('臺', '台') if rng.random() < 0.5 else s

def letter_head_date(c, d):
    return rng_choice(c, ['日期：' + c.d(d), c.d(d), '中華民國' + c.d(d, 1) if c.ds == 1 else c.d(d)])
def rng_choice(c, l): return c.rng.choice(l)

def free_letter(c, doc, paras, subject=None, attach=None, salute=None, sign_extra=None, ps=None):
    r = c.rng
    if subject and r.random() < 0.5: doc.line('事由：' + subject); doc.gap(0.3)
    doc.line(salute or r.choice(['敬啟者：', f'{c.to()} 承辦人員您好：', '您好：', f'致 {c.bureau}：', '承辦先生/小姐 您好：']))
    doc.gap(0.2)
    for t in paras: doc.p('　　' + t)
    if attach:
        doc.gap(0.3); doc.line('附件：')
        doc.items(attach, nums='123456789', sep='. ')
    doc.gap(0.4)
    doc.line(r.choice(['此致', '　　此　致', '　　此致']))
    doc.line(r.choice([c.to(), c.bureau, tai(r, c.bureau)]))
    doc.gap(0.6)
    doc.sig(f'{r.choice(["陳情人", "申請人", "立書人", "具名人", ""])}{c.name}　敬上', seal=c.name if r.random() < 0.6 else None)
    doc.sig(f'身分證字號：{c.id}')
    doc.sig(f'聯絡電話：{r.choice([c.tel, c.mob])}')
    doc.sig(f'通訊地址：{c.addr}')
    if sign_extra: doc.sig(sign_extra)
    doc.gap(0.3); doc.sig(c.d(None, r.choice([0, 1, 4, 6])))
    if ps: doc.gap(0.3); doc.p('註：' + ps)

WEEK = '一二三四五六日'
def email_print(c, doc, subject, paras, to=None, attach=None, frm=None, sender=None):
    r = c.rng; y, m, d = c.date
    ty = y + 1911
    hh, mm = r.randint(8, 22), r.randint(0, 59)
    ap = '上午' if hh < 12 else '下午'; h12 = hh if hh <= 12 else hh - 12
    client = r.choice(['Gmail', 'Yahoo奇摩信箱', 'Outlook'])
    doc.lr(f'{ty}/{m}/{d} {ap}{h12}:{mm:02d}', f'{client} - {subject}')
    doc.gap(0.5)
    if client == 'Gmail':
        doc.line('Gmail', scale=1.3); doc.hr()
        doc.line(subject, scale=1.25); doc.line('1 封郵件', scale=0.85); doc.hr()
        doc.lr(f'{sender or c.name} <{frm or c.mail}>', f'{ty}年{m}月{d}日 週{WEEK[r.randint(0, 6)]} {ap}{h12}:{mm:02d}')
        doc.line(f'收件者： {to}')
    else:
        doc.line(f'寄件者： {sender or c.name} <{frm or c.mail}>')
        doc.line(f'寄件日期： {ty}年{m}月{d}日 {ap} {h12}:{mm:02d}')
        doc.line(f'收件者： {to}')
        doc.line(f'主旨： {subject}')
        doc.hr()
    doc.gap(0.4)
    for t in paras: doc.p(t)
    doc.gap(0.3)
    if attach:
        doc.line(f'{len(attach)} 個附件')
        for a in attach: doc.line(a)
    doc.gap(1.0)
    url = {'Gmail': 'https://mail.google.com/mail/u/0/?ik=' + ''.join(r.choice('0123456789abcdef') for _ in range(10)) + '&view=pt&search=all',
           'Yahoo奇摩信箱': 'https://tw.mail.yahoo.com/d/folders/1/messages/' + str(r.randint(10000, 99999)),
           'Outlook': 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM' + str(r.randint(10 ** 6, 10 ** 7))}[client]
    doc.lr(url, '1/1')

def bureau_mail(c):
    dom = {'新北市': 'tax.ntpc.gov.tw', '桃園市': 'tytax.tycg.gov.tw', '臺北市': 'tax.gov.taipei', '基隆市': 'tax.klcg.gov.tw',
           '新竹市': 'tax.hccg.gov.tw', '新竹縣': 'tax.hsinchu.gov.tw', '宜蘭縣': 'tax.ilan.gov.tw'}[c.city]
    return c.rng.choice(['service', 'tax', 'public', 'mailbox']) + '@' + dom

AGENT = {'地政士': ('地政士事務所', lambda r: f'({r.randint(85, 111)})台內地登字第{r.randint(1000, 29999):06d}號'),
         '會計師': ('聯合會計師事務所', lambda r: f'金管會證字第{r.randint(1000, 9999)}號'),
         '律師': ('法律事務所', lambda r: f'({r.randint(90, 112)})台檢證字第{r.randint(1000, 19999)}號')}
def agent_letter(c, doc, kind, subject, explain, attach=None, with_title=True, client=None):
    r = c.rng; an = name(r)
    firm = an[0] + r.choice(['信', '誠', '正', '永', '大', '新', '明']) + r.choice(['', '聯合']) + AGENT[kind][0] if kind != '會計師' else an[0] + r.choice(['信', '誠', '正', '永']) + AGENT[kind][0]
    firm = firm.replace('聯合聯合', '聯合')
    faddr = addr(r, c.city)
    doc.title(firm + ('　函' if with_title else ''), 1.5)
    doc.sub(f'地址：{faddr}　電話：{phone(r)}　傳真：{phone(r)}')
    doc.hr(double=True)
    doc.kv([[('受文者', c.to())], [('發文日期', c.d(None, 0))], [('發文字號', f'{an[0]}{r.choice(["字", "地", "會", "律"])}第{c.date[0]}{r.randint(1, 999):03d}號')],
            [('附件', '如說明' if attach else '無')]]) if r.random() < 0.5 else None
    if not doc.el[-1][0] == 'kv':
        doc.line(f'受文者：{c.to()}'); doc.line(f'發文日期：{c.d(None, 0)}')
        doc.line(f'發文字號：{an[0]}字第{c.date[0]}{r.randint(1, 999):03d}號')
    doc.gap(0.3)
    doc.p('主旨：' + subject, hang=3)
    doc.line('說明：')
    doc.items(explain, hang=2)
    if attach:
        doc.p('附件：' + '、'.join(attach), hang=3)
    doc.gap(0.5)
    doc.line(f'正本：{c.to()}')
    doc.line(f'副本：{client or c.name}' + r.choice(['君', '', '（委任人）']))
    doc.gap(0.5)
    doc.sig(f'{kind}　{an}', seal=an)
    doc.sig(f'證書字號：{AGENT[kind][1](r)}')
    return an, firm

def gov_letter(c, doc, agency, aaddr, subject, explain, zheng, fu, signer, word, title_kind='函'):
    r = c.rng
    doc.lr('檔　　號：', '')
    doc.lr('保存年限：', '')
    doc.title(f'{agency}　{title_kind}', 1.55)
    doc.line(f'地址：{aaddr}', 'r', 0.85)
    doc.line(f'承辦人：{name(r)}', 'r', 0.85)
    doc.line(f'電話：{phone(r)}#{r.randint(100, 899)}', 'r', 0.85)
    if r.random() < 0.6: doc.line(f'傳真：{phone(r)}', 'r', 0.85)
    doc.gap(0.3)
    doc.line(f'受文者：{zheng[0]}', scale=1.1)
    doc.line(f'發文日期：{c.d(None, 0)}')
    doc.line(f'發文字號：{word}')
    doc.line(f'速別：{r.choice(["普通件", "最速件", "速件"])}')
    doc.line('密等及解密條件或保密期限：' + r.choice(['', '普通']))
    doc.line('附件：' + r.choice(['如文', '無', '如說明二', '']))
    doc.gap(0.3)
    doc.p('主旨：' + subject, hang=3)
    doc.line('說明：')
    doc.items(explain, hang=2)
    doc.gap(0.4)
    doc.p('正本：' + '、'.join(zheng), hang=3)
    doc.p('副本：' + '、'.join(fu), hang=3)
    doc.gap(0.6)
    doc.line(signer, 'c', 1.5)

def stamp_for(c, doc, p=0.55):
    r = c.rng
    if r.random() < p:
        rd = dshift(c.date, r.randint(0, 6))
        lines = [r.choice([c.bshort, c.bureau.replace('政府', ''), (c.branch or '總處')]), '收　文', roc(rd, r.choice([2, 3, 5]))]
        if r.random() < 0.4: lines.append(f'收文號 {rd[0]}{r.randint(1000000, 9999999)}')
        col = r.choice([(200, 30, 35, 255), (210, 50, 60, 255), (120, 120, 120, 255), (40, 60, 160, 255)])
        doc.stamp = (lines, r.choice(['circle', 'rect', 'rect']), col)

# ================================================================= templates
# each template: f(c) -> Doc ; attribute .titled says whether it carries the label's obvious title
def T(titled):
    def deco(f): f.titled = titled; return f
    return deco

def house_info(c):
    r = c.rng
    return hno(r), addr(r, c.city, c.dist)

# ---------- house-tax-relief
@T(True)
def htr_grid(c):
    r = c.rng; doc = Doc(); hn, ha = house_info(c)
    t = r.choice(['房屋稅減免申請書', '房屋稅自住住家用稅率申請書', '房屋稅減免及適用自住稅率申請書'])
    doc.title((c.bureau if r.random() < 0.6 else '') + t, 1.45 if len(t) > 9 else 1.6)
    doc.line(f'收件編號：＿＿＿＿＿　　申請日期：{c.d()}', 'r', 0.85)
    reason = r.choice(['自住住家用', '災害毀損面積占整棟面積三成以上不及五成', '公共設施保留地供住家使用', '騎樓走廊供公眾通行', '身心障礙者自住房屋'])
    doc.kv([[('納稅義務人', c.name), ('身分證統一編號', c.id)],
            [('房屋稅籍編號', hn), ('聯絡電話', c.tel)],
            [('房屋坐落', ha)],
            [('通訊地址', r.choice(['同房屋坐落', c.addr]))],
            [('申請減免原因', chk(['自住住家用', '災害毀損面積占整棟面積三成以上不及五成', '公共設施保留地供住家使用', '騎樓走廊供公眾通行', '身心障礙者自住房屋'], reason))],
            [('申請面積', f'{r.randint(60, 180)}.{r.randint(10, 99)}平方公尺（樓層：{r.randint(2, 15)}樓）'), ('起用日期', c.d(dshift(c.date, -r.randint(5, 60)), 2))],
            [('設籍人', f'{c.name}、{name(r)}（配偶）'), ('戶籍遷入日', c.d(dshift(c.date, -r.randint(3, 40)), 3))],
            [('附繳證件', '□戶口名簿影本　■建物所有權狀影本　□災害證明　■身分證影本　□其他')]])
    doc.p('※ 本人、配偶及未成年子女全國僅持有一戶房屋供自住且房屋現值在一定金額以下者，得適用單一自住稅率。以上所填資料如有不實，願負法律責任。')
    doc.gap(0.6); doc.sig(f'申請人：{c.name}（簽章）', seal=c.name)
    doc.sig(f'代理人：{r.choice(["", name(r)])}')
    stamp_for(c, doc); return doc

@T(True)
def htr_kv(c):
    r = c.rng; doc = Doc(); hn, ha = house_info(c)
    ttl = r.choice(['自住房屋', '房屋稅自住'])
    doc.title(ttl + '稅率申請書', 1.7, spaced=r.random() < 0.5)
    doc.sub(r.choice(['(適用房屋稅條例第5條第2項第1款)', '（本人、配偶或未成年子女全國單一自住房屋）']))
    doc.gap(0.5)
    doc.line(f'受文者：{c.to()}')
    for k, v in [('申請人姓名', c.name), ('身分證字號', c.id), ('出生日期', roc((r.randint(40, 90), r.randint(1, 12), r.randint(1, 28)), 2)),
                 ('房屋稅籍編號', hn), ('房屋門牌', ha), ('戶籍登記日期', c.d(dshift(c.date, -r.randint(2, 50)))), ('行動電話', c.mob)]:
        doc.uline(k, v)
    doc.gap(0.3)
    doc.box(['切　結　書', '立切結書人所有上開房屋確供本人、配偶或直系親屬實際居住使用，無出租或供營業使用，且已辦竣戶籍登記。如有不實，願依法補繳稅款並接受處罰。'])
    doc.line('此致　' + c.to())
    doc.gap(0.5); doc.sig(f'立切結書人：{c.name}', seal=c.name); doc.sig(c.d(None, 6))
    stamp_for(c, doc); return doc

@T(False)
def htr_letter(c):
    r = c.rng; doc = Doc(); hn, ha = house_info(c)
    ev = r.choice([('凱米颱風', '屋頂鐵皮掀落、二樓牆面倒塌'), ('鄰屋火災', '三樓以上全部燒毀'), ('豪雨土石流', '一樓被土石掩埋、結構受損')])
    pct = r.choice(['三成以上', '約五成', '超過一半'])
    paras = [f'本人所有坐落於{ha}之房屋（稅籍編號{hn}），於{c.d(dshift(c.date, -r.randint(5, 25)))}因{ev[0]}，造成{ev[1]}，毀損面積估計達整棟{pct}，目前無法居住。',
             f'已請{c.dist}公所人員到場勘查並開立災害證明，懇請 貴處派員勘查，依房屋稅條例規定減徵或免徵本期房屋稅。',
             '如需補件請以電話通知，謝謝。']
    free_letter(c, doc, paras, subject=r.choice(['房屋受災申請減免', None]), attach=['災害證明書影本', '現場照片6張', '身分證影本'])
    stamp_for(c, doc, 0.7); return doc

@T(False)
def htr_mail(c):
    r = c.rng; doc = Doc(); hn, ha = house_info(c)
    subj = r.choice(['詢問並申請自住稅率', '新購房屋要改自住', '我的房子可以用自用住宅的稅率嗎'])
    paras = [f'您好，我是{c.name}（身分證{c.id}），今年{c.date[1]}月買了{ha}這戶房子，已經在{c.d(dshift(c.date, -r.randint(3, 20)), 3)}把戶籍遷進去，全家自己住，沒有出租也沒有做生意。',
             f'想申請本戶房屋稅按自住住家用稅率課徵，房屋稅籍編號是{hn}。名下另外在{rng_choice(c, ["台中", "高雄", "嘉義"])}有一間繼承來的老屋，請問是否會影響？',
             '附件是建物權狀及戶口名簿，若還需要填什麼表格麻煩告知，謝謝！', f'{c.name} {c.mob}']
    email_print(c, doc, subj, paras, to=bureau_mail(c), attach=['權狀.pdf', '戶口名簿.jpg'])
    return doc

# ---------- land-value-tax-self-use
def parcels(c, n):
    r = c.rng; out = []
    for _ in range(n):
        sec, no = parcel(r, c.city, c.dist)
        out.append([c.dist, sec, no, f'{r.randint(20, 400)}.{r.randint(0, 99):02d}', r.choice(['全部', '1/2', '1/4', '10000分之' + str(r.randint(100, 900)), '1/3'])])
    return out

@T(True)
def lvt_grid(c):
    r = c.rng; doc = Doc()
    doc.title(r.choice(['', c.bureau]) + '地價稅自用住宅用地申請書', 1.45)
    doc.line(f'申請日期：{c.d()}', 'r', 0.85)
    doc.kv([[('土地所有權人', c.name), ('身分證統一編號', c.id)], [('通訊地址', c.addr)], [('電話', c.tel), ('行動電話', c.mob)]])
    doc.line('一、申請土地標示', scale=1.05)
    doc.table(['鄉鎮市區', '段小段', '地號', '面積(平方公尺)', '權利範圍'], parcels(c, r.randint(1, 3)), [2, 3, 2, 2, 2])
    doc.line('二、地上建物及設籍情形', scale=1.05)
    h = addr(r, c.city, c.dist)
    doc.table(['建物門牌', '設籍人姓名', '與所有權人關係', '有無出租或營業'],
              [[h, c.name, '本人', '無'], ['同上', name(r), r.choice(['配偶', '子', '女', '母']), '無']], [4, 2, 2, 2])
    doc.p('三、本人、配偶及未成年受扶養親屬' + chk(['無', '有'], '無') + '其他已適用自用住宅用地稅率之土地。')
    doc.p('※ 申請人應於每年地價稅開徵四十日前（9月22日前）提出申請，逾期申請者，自申請之次年起適用。')
    doc.gap(0.4); doc.sig(f'申請人：{c.name}　（蓋章）', seal=c.name)
    stamp_for(c, doc); return doc

@T(True)
def lvt_kv(c):
    r = c.rng; doc = Doc()
    doc.title('按自用住宅用地稅率課徵地價稅申請書', 1.35, spaced=False) if r.random() < 0.5 else doc.title('自用住宅用地申請書', 1.7, spaced=True)
    doc.sub('（土地稅法第九條、第十七條）')
    doc.gap(0.4)
    p = parcels(c, 1)[0]
    doc.kv([[('所有權人', c.name)], [('身分證字號', c.id)], [('土地坐落', f'{c.city}{p[0]}{p[1]}{p[2]}地號')],
            [('面積', p[3] + '平方公尺')], [('權利範圍', p[4])], [('房屋門牌', addr(r, c.city, c.dist))],
            [('設籍情形', chk(['本人', '配偶', '直系親屬'], r.choice([['本人'], ['本人', '配偶'], ['直系親屬']])))],
            [('出租或營業', chk(['無', '部分出租', '部分營業'], '無'))], [('送達地址', r.choice(['同房屋門牌', c.addr]))]], val_face=r.choice([None, UKAI]))
    doc.p('申請人聲明：上開土地地上房屋確無出租或供營業使用，且都市土地面積未超過三公畝，如有不實願負法律責任。')
    doc.line('此致'); doc.line(c.to())
    doc.gap(0.4); doc.sig(f'申請人 {c.name}', seal=c.name); doc.sig(c.d(None, 4))
    stamp_for(c, doc); return doc

@T(False)
def lvt_agent(c):
    r = c.rng; doc = Doc(); p = parcels(c, 1)[0]
    agent_letter(c, doc, '地政士', f'檢送委任人{c.name}君所有{c.dist}{p[1]}{p[2]}地號土地申請按自用住宅用地稅率課徵地價稅相關書件，請 查照惠予核定。',
                 [f'依委任人{c.name}（身分證統一編號{c.id}）之委任辦理。',
                  f'旨揭土地面積{p[3]}平方公尺，權利範圍{p[4]}，地上建物門牌{addr(r, c.city, c.dist)}，委任人及其配偶已於{c.d(dshift(c.date, -30))}設立戶籍，無出租或營業情事。',
                  '請依土地稅法第九條及第四十一條規定，准自本年期起按千分之二稅率課徵地價稅。'],
                 attach=['申請書', '戶籍謄本', '委任書'])
    stamp_for(c, doc, 0.7); return doc

@T(False)
def lvt_letter(c):
    r = c.rng; doc = Doc(); p = parcels(c, 1)[0]
    paras = [f'本人{c.name}名下{c.dist}{p[1]}{p[2]}地號土地，上面蓋的房子就是我們全家現在住的地方，戶籍也都設在這裡。',
             f'今年收到的地價稅單是用一般稅率計算，稅額{money(r.randint(3000, 40000))}元，後來問鄰居才知道自己住的可以申請千分之二的自用住宅優惠稅率。',
             '特此提出申請，請自今年起改按自用住宅用地稅率課徵，房屋並無出租或營業。']
    free_letter(c, doc, paras, attach=['戶口名簿影本', '土地所有權狀影本'])
    stamp_for(c, doc, 0.6); return doc

# ---------- vehicle-license-tax-exemption
CC = [1497, 1598, 1798, 1998, 2359, 2494, 1199, 2997]
BRANDS = ['TOYOTA', 'HONDA', 'NISSAN', 'MAZDA', 'FORD', 'MITSUBISHI', 'LUXGEN', 'HYUNDAI']
@T(True)
def vlt_grid(c):
    r = c.rng; doc = Doc(); dis = name(r); did = pid(r)
    rel = r.choice(['本人', '配偶', '直系親屬', '同一戶籍二親等以內親屬'])
    owner = dis if rel == '本人' else c.name
    doc.title(r.choice(['身心障礙者使用車輛免徵使用牌照稅申請書', '使用牌照稅免稅申請書（身心障礙者）', '身心障礙者使用車輛免稅申請書']), 1.35)
    doc.line(r.choice([c.bureau, '']) + f'　收件日期：　　年　　月　　日', 'r', 0.85)
    doc.kv([[('車號', plate(r)), ('廠牌', r.choice(BRANDS))], [('汽缸總排氣量', f'{r.choice(CC)} cc'), ('車輛種類', chk(['自用小客車', '機車', '小貨車'], '自用小客車'))],
            [('車主姓名', owner), ('身分證統一編號', c.id if owner == c.name else did)],
            [('身心障礙者', dis), ('身分證統一編號', did)],
            [('障礙等級/證明', f'身心障礙證明 {r.choice(["輕度", "中度", "重度", "極重度"])}，有效期限 {roc((r.randint(115, 118), r.randint(1, 12), r.randint(1, 28)), 3)}')],
            [('與車主關係', chk(['本人', '配偶', '直系親屬', '同一戶籍二親等以內親屬'], rel))],
            [('戶籍地址', c.addr)], [('聯絡電話', c.mob), ('電子信箱', c.mail)]], val_face=r.choice([None, UKAI]))
    doc.p('※ 每一身心障礙者以一輛為限；汽缸總排氣量2400立方公分以下免稅，超過者就超過部分課稅。')
    doc.p('附件：身心障礙證明正反面影本、行車執照影本、戶口名簿影本。')
    doc.gap(0.4); doc.sig(f'申請人：{c.name}', seal=c.name); doc.sig(c.d())
    stamp_for(c, doc); return doc

@T(True)
def vlt_org(c):
    r = c.rng; doc = Doc(); org = r.choice(['財團法人', '社團法人']) + c.city.replace('市', '').replace('縣', '') + r.choice(['愛心', '慈光', '喜樂', '伊甸']) + r.choice(['社會福利基金會', '身心障礙者福利協會', '啟智協會'])
    doc.title('使　用　牌　照　稅　免　稅　申　請　書' if r.random() < 0.5 else '車輛免徵使用牌照稅申請書', 1.5)
    doc.gap(0.4)
    doc.line(f'受文單位：{c.to()}')
    doc.kv([[('申請單位', org)], [('統一編號', ban(r))], [('代表人', c.name)], [('會址', addr(r, c.city))],
            [('車號', plate(r))], [('車種', r.choice(['復康巴士', '自用大客車（交通車）', '自用小客車']))], [('排氣量', f'{r.choice([2693, 2982, 2755])} cc')],
            [('用途', '專供接送身心障礙學員往返服務據點使用，車身已漆明單位名稱及專用字樣')], [('法令依據', '使用牌照稅法第七條第一項第八款')]])
    doc.p('檢附：立案證書影本、行車執照影本、車輛照片（車身兩側）。')
    doc.gap(0.4); doc.sig(f'申請單位：{org}'); doc.sig(f'代表人：{c.name}', seal=c.name); doc.sig(c.d(None, 0))
    stamp_for(c, doc); return doc

@T(False)
def vlt_letter(c):
    r = c.rng; doc = Doc(); pl = plate(r); mom = name(r)
    paras = [f'家母{mom}領有重度身心障礙證明（肢體障礙），平日就醫、復健均由本人開車接送。本人所有車號{pl}自小客車（排氣量{r.choice(CC)}cc）與家母設籍同一戶。',
             f'依使用牌照稅法規定，請准予該車免徵使用牌照稅，並自{c.date[0]}年起生效。原本以家母名義申請的另一輛車已於上月報廢，不會重複。',
             '檢附相關證件影本如附，敬請 核准。']
    free_letter(c, doc, paras, attach=['身心障礙證明影本', '行照影本', '戶口名簿影本'], salute=r.choice(['敬啟者：', '承辦人員您好：']))
    stamp_for(c, doc, 0.6); return doc

@T(False)
def vlt_mail(c):
    r = c.rng; doc = Doc(); pl = plate(r)
    paras = ['承辦人員您好：', f'我先生去年中風後領了身障手冊（中度），我們家的車{pl}是登記在我名下，平常都是載他去醫院，想請問這樣可以申請牌照稅免稅嗎？',
             f'我的身分證是{c.id}，戶籍在{c.addr}。身障證明和行照我先拍照附上，如果可以的話麻煩幫我辦理免徵，謝謝。', f'{c.name} 敬上', c.mob]
    email_print(c, doc, r.choice(['牌照稅免稅申請', '身障者車輛牌照稅', 'Re: 免稅的問題']), paras, to=bureau_mail(c), attach=['IMG_2031.jpg', 'IMG_2032.jpg'])
    return doc

# ---------- deed-tax-declaration
CON = ['買賣', '典權', '交換', '贈與', '分割', '占有']
@T(True)
def deed_grid(c):
    r = c.rng; doc = Doc(); hn, ha = house_info(c); kind = r.choice(['買賣', '買賣', '贈與', '交換', '分割'])
    seller = name(r); price = r.randint(80, 1200) * 10000; ass = r.randint(20, 180) * 1000 + r.randint(0, 999)
    doc.title('契　稅　申　報　書' if r.random() < 0.6 else '契稅申報書', 1.8)
    doc.line(f'{c.to()}　　稅籍編號：{hn}', 'c', 0.9)
    doc.kv([[('契約種類', chk(CON, kind))],
            [('房屋坐落', ha)],
            [('構造/層數', f'{r.choice(["鋼筋混凝土造", "加強磚造", "鋼骨造"])}／{r.randint(4, 24)}層'), ('權利範圍', r.choice(['全部', '1/2', '2/3']))],
            [('立契日期', c.d(dshift(c.date, -r.randint(3, 25)), 1)), ('申報日期', c.d(None, 1))],
            [('移轉價格', f'{money(price)} 元'), ('評定標準價格', f'{money(ass)} 元')],
            [('承受人（新所有人）', f'{c.name}　{c.id}'), ('電話', c.mob)],
            [('承受人住址', c.addr)],
            [('出賣人（原所有人）', f'{seller}　{pid(r)}'), ('電話', phone(r))]])
    an = name(r)
    doc.kv([[('代理人（地政士）', an), ('證書字號', AGENT['地政士'][1](r))], [('代理人地址', addr(r, c.city)), ('電話', phone(r))]])
    doc.p('附繳證件：■公定契紙　■買賣契約書影本　□房屋使用執照影本　□其他＿＿＿＿')
    doc.gap(0.4); doc.sig(f'申報人：{c.name}', seal=c.name); doc.sig(f'代理人：{an}', seal=an)
    stamp_for(c, doc, 0.7); return doc

@T(True)
def deed_table(c):
    r = c.rng; doc = Doc(); hn, ha = house_info(c)
    doc.title(r.choice(['房屋契稅申報書（買賣）', '契稅申報書', f'{c.bureau}契稅申報書']), 1.5)
    doc.line(f'申報日期：{c.d(None, 2)}　　立約日期：{c.d(dshift(c.date, -r.randint(2, 28)), 2)}')
    doc.table(['稅籍編號', '房屋坐落', '面積(平方公尺)', '權利範圍'], [[hn, ha, f'{r.randint(55, 220)}.{r.randint(10, 99)}', '全部']], [2, 4, 2, 1.5])
    buyers = [[name(r), pid(r), r.choice(['1/2', '全部', '1/3'])] for _ in range(r.randint(1, 3))]
    buyers[0][0] = c.name; buyers[0][1] = c.id
    doc.line('新所有權人（買受人）', scale=1.05)
    doc.table(['姓名', '身分證統一編號', '持分'], buyers, [2, 3, 1.5])
    doc.line('原所有權人（出賣人）', scale=1.05)
    doc.table(['姓名/名稱', '身分證或統一編號', '持分'], [[r.choice([name(r), '永茂建設股份有限公司']), r.choice([pid(r), ban(r)]), '全部']], [2, 3, 1.5])
    pr = r.randint(300, 2500) * 10000
    doc.kv([[('契約價格', f'新臺幣{money(pr)}元'), ('大寫', fin(pr))], [('核定稅率', '6%（買賣）')], [('送達地址', c.addr)]])
    doc.gap(0.3); doc.sig(f'申報人：{c.name}（簽名或蓋章）', seal=c.name)
    stamp_for(c, doc); return doc

@T(False)
def deed_agent(c):
    r = c.rng; doc = Doc(); hn, ha = house_info(c); seller = name(r)
    kind = r.choice(['買賣', '贈與', '夫妻贈與'])
    agent_letter(c, doc, '地政士', f'為{c.name}君受讓{ha}房屋（稅籍編號{hn}）{kind}移轉乙案，檢送契稅申報相關書件，請 惠予核發稅單。',
                 [f'本案立約日期為{c.d(dshift(c.date, -r.randint(5, 25)))}，依契稅條例第十六條規定，於立約後三十日內申報。',
                  f'權利人：{c.name}（{c.id}）；義務人：{seller}。移轉價格新臺幣{money(r.randint(300, 1800) * 10000)}元。',
                  '稅單請寄送本事務所代為轉交，如有補正事項請電洽本所承辦人。'],
                 attach=['公定契紙正本', '買賣契約書影本', '身分證影本'])
    stamp_for(c, doc, 0.75); return doc

@T(False)
def deed_mail(c):
    r = c.rng; doc = Doc(); hn, ha = house_info(c); an = name(r)
    paras = [f'{c.bureau}{c.branch} 承辦人您好：',
             f'本所受託辦理{ha}房屋移轉案，稅籍編號{hn}，買方{c.name}、賣方{name(r)}，立契日{c.d(dshift(c.date, -10), 2)}，今日已線上申報契稅，',
             '謹補附公契及買賣契約書電子檔如附件，請協助核發契稅繳款書並與土地增值稅一併通知，感謝。',
             f'{an} 地政士', f'{an[0]}信地政士事務所　{phone(r)}']
    email_print(c, doc, f'補件：{c.name}契稅申報案', paras, to=bureau_mail(c), frm='land' + str(r.randint(10, 99)) + '@ms' + str(r.randint(10, 99)) + '.hinet.net', sender=f'{an[0]}信地政士事務所', attach=['公契.pdf', '買賣契約.pdf'])
    return doc

# ---------- land-value-increment-tax-declaration
@T(True)
def lvit_grid(c):
    r = c.rng; doc = Doc(); ps = parcels(c, r.randint(1, 3)); buyer = name(r)
    doc.title(r.choice(['土地增值稅（土地現值）申報書', '土地現值申報書', '土地增值稅申報書']), 1.55)
    doc.line(f'受理機關：{c.to()}　　申報日期：{c.d(None, 2)}', 'c', 0.85)
    rows = []
    for p in ps:
        rows.append([p[1], p[2], p[3], p[4], money(r.randint(30, 400) * 1000), f'{r.randint(70, 108)}年{r.randint(1, 12)}月', money(r.randint(5, 120) * 1000)])
    doc.table(['段小段', '地號', '面積(㎡)', '權利範圍', '申報移轉現值(元/㎡)', '前次移轉年月', '前次移轉現值(元/㎡)'], rows, [2.2, 1.6, 1.4, 1.4, 2, 1.6, 2])
    doc.kv([[('移轉原因', chk(['買賣', '贈與', '交換', '共有分割', '拍賣'], r.choice(['買賣', '贈與', '交換'])))],
            [('義務人（出賣人）', f'{c.name}　{c.id}')], [('權利人（買受人）', f'{buyer}　{pid(r)}')],
            [('契約日期', c.d(dshift(c.date, -r.randint(3, 25)), 1)), ('改良土地費用', r.choice(['無', money(r.randint(1, 30) * 10000) + '元']))],
            [('自用住宅用地', chk(['申請按一生一次稅率', '申請按一生一屋稅率', '不申請'], r.choice(['申請按一生一次稅率', '不申請', '申請按一生一屋稅率'])))],
            [('稅單送達', chk(['義務人', '代理人'], '代理人'))]])
    an = name(r)
    doc.sig(f'義務人：{c.name}', seal=c.name); doc.sig(f'權利人：{buyer}', seal=buyer); doc.sig(f'代理人：{an}（地政士）', seal=an)
    stamp_for(c, doc, 0.7); return doc

@T(True)
def lvit_kv(c):
    r = c.rng; doc = Doc(); p = parcels(c, 1)[0]
    doc.title(tai(r, '土地增值稅') + r.choice(['申報書', '自用住宅用地優惠稅率申報書']), 1.5)
    doc.gap(0.3)
    for k, v in [('土地坐落', f'{c.city}{p[0]}{p[1]}{p[2]}地號'), ('面積', p[3] + '平方公尺'), ('權利範圍', p[4]),
                 ('申報土地移轉現值', f'每平方公尺新臺幣{money(r.randint(30, 300) * 1000)}元'), ('原規定地價或前次移轉現值', f'{r.randint(75, 105)}年{r.randint(1, 12)}月　每平方公尺{money(r.randint(5, 80) * 1000)}元'),
                 ('土地所有權人（義務人）', f'{c.name}（{c.id}）'), ('地上房屋門牌', addr(r, c.city, c.dist)), ('出售前一年內有無出租營業', '無'),
                 ('移轉日期', c.d(dshift(c.date, -r.randint(2, 20)))), ('聯絡電話', c.tel)]:
        doc.uline(k, v)
    doc.p('本人出售上開自用住宅用地，申請依土地稅法第三十四條規定按百分之十稅率課徵土地增值稅，並切結所填屬實。')
    doc.gap(0.4); doc.sig(f'申報人：{c.name}', seal=c.name); doc.sig(c.d(None, 6))
    stamp_for(c, doc); return doc

@T(False)
def lvit_agent(c):
    r = c.rng; doc = Doc(); ps = parcels(c, 2); buyer = name(r)
    agent_letter(c, doc, '地政士', f'檢送{c.name}君出售{c.dist}{ps[0][1]}{ps[0][2]}地號等2筆土地之現值申報書及相關文件，請 核發土地增值稅繳款書。',
                 [f'本案買賣契約訂立日期為{c.d(dshift(c.date, -r.randint(5, 25)))}，權利人為{buyer}。',
                  f'申報移轉現值按當期公告土地現值申報，{ps[1][1]}{ps[1][2]}地號為道路用地，請依法免徵。',
                  '義務人持有本土地已逾十年，並無重劃費用可供扣除。'],
                 attach=['土地現值申報書', '買賣契約書影本', '土地登記謄本'])
    stamp_for(c, doc, 0.75); return doc

@T(False)
def lvit_mail(c):
    r = c.rng; doc = Doc(); p = parcels(c, 1)[0]; son = name(r)
    paras = ['您好：', f'家父{c.name}要把{c.dist}{p[1]}{p[2]}地號的土地（權利範圍{p[4]}）贈與給我（{son}），',
             '聽說贈與土地要先申報土地現值並繳土地增值稅才能辦過戶，附件是已填好的申報書掃描檔，麻煩幫我們受理並告知應繳稅額。',
             '另外想請問若申請自用住宅用地稅率，需要準備哪些文件？', f'{son} 敬上　{c.mob}']
    email_print(c, doc, r.choice(['土地贈與 申報土增稅', '申報土地現值（贈與）']), paras, to=bureau_mail(c), sender=son, attach=['申報書.pdf'])
    return doc

# ---------- tax-refund-request
TAXES = ['房屋稅', '地價稅', '使用牌照稅', '契稅', '土地增值稅', '娛樂稅', '印花稅']
@T(True)
def ref_grid(c):
    r = c.rng; doc = Doc(); tx = r.choice(TAXES[:5]); bk = bankacct(r); amt = r.randint(300, 60000)
    doc.title(r.choice(['退稅申請書', '地方稅退稅申請書', '稅款退還申請書', '溢繳稅款退稅申請書']), 1.6)
    doc.line(f'{c.to()}　　　申請日期：{c.d(None, 3)}', scale=0.9)
    doc.kv([[('申請人', c.name), ('身分證/統一編號', c.id)], [('稅目', chk(TAXES[:5], tx))],
            [('課稅年期', f'{c.date[0] - r.randint(0, 1)}年{r.choice(["", "上期", "全期"])}'), ('稅籍/銷帳編號', billno(r))],
            [('繳納日期', c.d(dshift(c.date, -r.randint(10, 60)), 2)), ('已繳稅額', f'{money(amt * 2)}元')],
            [('申請退稅金額', f'{money(amt)}元（{fin(amt)}）')],
            [('退稅原因', chk(['重複繳納', '溢繳', '核定減免', '其他'], r.choice(['重複繳納', '溢繳', '核定減免'])))],
            [('退款方式', f'■存入帳戶：{bk[0]}{bk[2]}（代號{bk[1]}）帳號{bk[3]}　□領取支票')],
            [('聯絡電話', c.tel), ('通訊地址', c.addr)]], val_face=r.choice([None, UKAI, UKAI]))
    doc.p('附件：繳款書收據聯影本、存摺封面影本。（退稅款以匯入申請人本人帳戶為限）')
    doc.gap(0.4); doc.sig(f'申請人簽章：{c.name}', seal=c.name)
    stamp_for(c, doc); return doc

@T(True)
def ref_rebuy(c):
    r = c.rng; doc = Doc(); p1 = parcels(c, 1)[0]; p2 = parcels(c, 1)[0]; amt = r.randint(50, 900) * 1000 + r.randint(0, 999)
    doc.title(r.choice(['土地增值稅重購退稅申請書', '重購自用住宅用地退還土地增值稅申請書']), 1.4)
    doc.gap(0.3)
    doc.table(['', '出售土地', '重購土地'], [['坐落', f'{p1[1]}{p1[2]}地號', f'{p2[1]}{p2[2]}地號'], ['面積(㎡)', p1[3], p2[3]],
                                          ['移轉(登記)日期', c.d(dshift(c.date, -300), 2), c.d(dshift(c.date, -40), 2)],
                                          ['申報移轉現值(元)', money(r.randint(300, 2000) * 10000), money(r.randint(300, 2500) * 10000)]], [2, 3, 3])
    bk = bankacct(r)
    doc.kv([[('申請人', c.name), ('身分證字號', c.id)], [('已繳土地增值稅', f'{money(amt)}元'), ('申請退還', f'{money(amt)}元')],
            [('退稅帳戶', f'{bk[0]} {bk[2]} {bk[3]}')], [('通訊地址', c.addr)]])
    doc.p('申請人於出售自用住宅用地後二年內重購自用住宅用地，依土地稅法第三十五條規定，申請退還已納土地增值稅。')
    doc.gap(0.3); doc.sig(f'申請人：{c.name}', seal=c.name); doc.sig(c.d(None, 0))
    stamp_for(c, doc); return doc

@T(False)
def ref_letter(c):
    r = c.rng; doc = Doc(); tx = r.choice(['使用牌照稅', '房屋稅', '地價稅']); amt = r.randint(800, 15000); bk = bankacct(r)
    what = f'車號{plate(r)}' if tx == '使用牌照稅' else f'稅籍編號{hno(r)}'
    paras = [f'本人{c.name}於{c.d(dshift(c.date, -30))}在便利商店繳納{c.date[0]}年{tx}（{what}）新臺幣{money(amt)}元，',
             f'因家人不知情又於{c.d(dshift(c.date, -25))}以信用卡再繳一次，造成重複繳納。',
             f'懇請將多繳之{money(amt)}元退還，請匯入本人{bk[0]}{bk[2]}帳戶（帳號{bk[3]}）。']
    free_letter(c, doc, paras, attach=['兩張繳費收據影本', '存摺封面影本'])
    stamp_for(c, doc, 0.65); return doc

@T(False)
def ref_mail(c):
    r = c.rng; doc = Doc(); amt = r.randint(2000, 30000)
    paras = ['承辦人員您好，', f'本公司（{r.choice(["大豐", "宏遠", "嘉信", "昇陽"])}實業有限公司，統編{ban(r)}）上月申報印花稅時誤將承攬契據金額多打一個零，多繳印花稅{money(amt)}元。',
             '已附上原申報資料與更正後的契約影本，請協助辦理溢繳稅款退還，退款請匯入公司帳戶（存摺影本如附件）。', f'會計 {c.name}　分機{r.randint(100, 399)}']
    email_print(c, doc, r.choice(['申請退還溢繳印花稅', '溢繳稅款退回']), paras, to=bureau_mail(c), attach=['契約.pdf', '存摺.pdf'])
    return doc

# ---------- appeal-reexamination
def disputed(c):
    r = c.rng
    return r.choice([('房屋稅', '營業用稅率', '該房屋僅一樓部分面積出租作為店面，二樓以上仍供自住，全部按非住家用稅率課徵顯有違誤'),
                     ('地價稅', '一般用地稅率', '申請人全家設籍並居住於該址，並無出租或營業，應准按自用住宅用地稅率課徵'),
                     ('土地增值稅', '前次移轉現值認定', '原處分以錯誤之前次移轉年月計算漲價總數額，致溢徵稅額'),
                     ('使用牌照稅', '補徵稅款', '系爭車輛已於該期間報廢註銷，不應再補徵使用牌照稅'),
                     ('娛樂稅', '補徵稅額及罰鍰', '該場次屬公益性質演出，收入全部捐贈，依法應免徵娛樂稅')])

@T(True)
def app_grid(c):
    r = c.rng; doc = Doc(); tx, what, why = disputed(c); amt = r.randint(2000, 200000)
    doc.title('復　查　申　請　書' if r.random() < 0.5 else '復查申請書', 1.75)
    doc.line(f'受理機關：{c.to()}', 'c', 0.9)
    doc.kv([[('申請人', c.name), ('身分證統一編號', c.id)], [('住（居）所', c.addr)], [('電話', c.tel), ('代理人', r.choice(['無', name(r) + ' 律師']))],
            [('稅目', tx), ('課稅年度', f'{c.date[0] - 1}年')], [('核定稅額', f'{money(amt)}元'), ('繳款書編號', billno(r))],
            [('繳納期間', f'{c.d(dshift(c.date, -50), 2)}至{c.d(dshift(c.date, -20), 2)}')],
            [('不服之處分', f'核定{what}')], [('申請復查理由', why + '，請撤銷原核定，另為適法之處分。')],
            [('證據', '1.戶籍謄本　2.租賃契約影本　3.現場照片')]])
    doc.p('依稅捐稽徵法第三十五條規定，於繳款書送達後，繳納期間屆滿之翌日起三十日內申請復查。')
    doc.gap(0.4); doc.sig(f'申請人：{c.name}', seal=c.name); doc.sig(c.d(None, 0))
    stamp_for(c, doc, 0.7); return doc

@T(True)
def app_lawyer(c):
    r = c.rng; doc = Doc(); tx, what, why = disputed(c); ln = name(r); amt = r.randint(5000, 500000)
    doc.title(r.choice(['復查申請書', '稅捐復查申請書', '行政救濟（復查）申請書']), 1.6)
    doc.kv([[('申請人', f'{c.name}　身分證統一編號：{c.id}　住：{c.addr}')], [('代理人', f'{ln}律師　{r.choice(["誠正", "永信", "明理"])}法律事務所　{addr(r, "臺北市")}')]])
    doc.p(f'為不服{c.to()}{c.d(dshift(c.date, -60), 1)}核定{c.date[0] - 1}年{tx}（{what}），稅額新臺幣{money(amt)}元之處分，依法申請復查事：')
    doc.line('請求事項', 'c', 1.1)
    doc.p('原處分關於' + what + '部分撤銷。')
    doc.line('事實及理由', 'c', 1.1)
    doc.items([f'緣申請人於{c.date[0] - 1}年間經 貴處核定{tx}，並於{c.d(dshift(c.date, -30), 1)}收受繳款書。', why + '。',
               '按稅捐之核課應以實質課稅原則為據（稅捐稽徵法第十二條之一參照），原處分未予審酌申請人所提事證，自有違誤。'])
    doc.line('證據：附件一 繳款書影本；附件二 戶籍謄本；附件三 委任狀。')
    doc.line('此　致'); doc.line(c.to())
    doc.gap(0.4); doc.sig(f'具狀人：{c.name}', seal=c.name); doc.sig(f'代理人：{ln} 律師', seal=ln); doc.sig(c.d(None, 6))
    stamp_for(c, doc, 0.7); return doc

@T(False)
def app_letter(c):
    r = c.rng; doc = Doc(); tx, what, why = disputed(c)
    paras = [f'本人於{c.d(dshift(c.date, -35))}收到 貴處寄發之{c.date[0] - 1}年度{tx}繳款書，對其中{what}一事不服。',
             why + '。', '本人已於期限內先行繳納稅款，惟依稅捐稽徵法第三十五條之規定，於法定期間內申請復查，請重新審核並退還溢收部分。']
    free_letter(c, doc, paras, attach=['繳款書影本', '相關證明文件'], salute=r.choice(['敬啟者：', '主旨：對核定稅額不服，請重新核定。']))
    stamp_for(c, doc, 0.7); return doc

@T(False)
def app_cpa(c):
    r = c.rng; doc = Doc(); co = r.choice(['宏達', '聯成', '瑞泰', '永昌']) + r.choice(['科技', '建設', '國際']) + '股份有限公司'
    agent_letter(c, doc, '會計師', f'代理{co}（統一編號{ban(r)}）就 貴局核定{c.date[0] - 1}年房屋稅按非住家非營業用稅率課徵乙案，依法申請復查，請 查照。',
                 ['旨揭房屋坐落' + addr(r, c.city) + '，係供員工宿舍使用，並非營業用。',
                  f'原核定稅額新臺幣{money(r.randint(30, 400) * 1000)}元，繳納期間屆滿日為{c.d(dshift(c.date, -10))}，本件申請未逾三十日法定期間。',
                  '檢附宿舍管理辦法、住宿名冊及照片，請准予重新核定。'], attach=['委任書', '證據資料'], client=co)
    stamp_for(c, doc, 0.7); return doc

# ---------- mailing-address-change
@T(True)
def mail_grid(c):
    r = c.rng; doc = Doc(); old = addr(r, c.city)
    doc.title(r.choice(['變更送達地址申請書', '稅單寄送地址變更申請書', '地方稅稅籍資料變更（通訊地址）申請書']), 1.5)
    doc.line(f'{c.to()}', 'c', 0.9)
    doc.kv([[('納稅義務人', c.name), ('身分證/統一編號', c.id)],
            [('稅目', chk(['房屋稅', '地價稅', '使用牌照稅', '全部稅目'], r.choice([['房屋稅', '地價稅'], ['全部稅目'], ['使用牌照稅']])))],
            [('稅籍編號/車號', f'{hno(r)}；{plate(r)}' if r.random() < 0.5 else hno(r))],
            [('原送達地址', old)], [('新送達地址', c.addr)], [('郵遞區號', str(r.randint(200, 338))), ('聯絡電話', c.mob)]],
           val_face=r.choice([None, UKAI]))
    doc.p('□ 同時變更戶籍地址　■ 僅變更稅單寄送地址（不影響稅籍及課稅）')
    doc.gap(0.4); doc.sig(f'申請人：{c.name}', seal=c.name); doc.sig(f'申請日期：{c.d(None, 3)}')
    stamp_for(c, doc); return doc

@T(True)
def mail_ebill(c):
    r = c.rng; doc = Doc()
    doc.title(r.choice(['地方稅電子繳款書申請書', '電子稅單（E-mail）寄送申請書', '地方稅電子化稅單申請／異動書']), 1.45)
    doc.line('（申請後不再寄送紙本繳款書）', 'c', 0.85)
    doc.gap(0.3)
    doc.table(['項目', '內容'], [['申請類別', chk(['新申請', '變更電子信箱', '終止'], r.choice(['新申請', '變更電子信箱']))],
                                ['納稅義務人', c.name], ['身分證統一編號', c.id], ['電子郵件信箱', c.mail], ['手機號碼（簡訊通知）', c.mob],
                                ['適用稅目', chk(['使用牌照稅', '房屋稅', '地價稅'], ['使用牌照稅', '房屋稅', '地價稅'] if r.random() < 0.5 else ['房屋稅', '地價稅'])],
                                ['原寄送地址', c.addr]], [1.3, 3])
    doc.p('注意事項：一、電子繳款書將於開徵前寄送至上開信箱。二、信箱變更時應主動通知本局（處），未通知致未收到者，不影響繳納義務。')
    doc.gap(0.3); doc.sig(f'申請人簽章：{c.name}', seal=c.name); doc.sig(c.d(None, 2))
    stamp_for(c, doc); return doc

@T(False)
def mail_letter(c):
    r = c.rng; doc = Doc(); old = addr(r, c.city)
    paras = [f'本人{c.name}原住{old}，已於{c.d(dshift(c.date, -20))}搬遷至{c.addr}，',
             f'名下房屋（稅籍編號{hno(r)}）及地價稅、汽車牌照稅（{plate(r)}）之繳款書，日後請改寄新址，以免漏收逾期。', '謝謝幫忙。']
    free_letter(c, doc, paras, subject=r.choice(['搬家', None]))
    stamp_for(c, doc, 0.55); return doc

@T(False)
def mail_mail(c):
    r = c.rng; doc = Doc()
    paras = ['您好：', f'我是納稅人{c.name}，身分證字號{c.id}。',
             f'以後房屋稅、地價稅的稅單想改成寄到電子信箱 {c.mail}，不要再寄紙本。另外若仍有紙本通知，請寄到我現在的住址：{c.addr}。',
             '請問這樣用 email 申請可以嗎？如需簽名的表格請回信附給我，謝謝。']
    email_print(c, doc, r.choice(['稅單改寄電子郵件', '更改稅單地址', '申請電子稅單']), paras, to=bureau_mail(c))
    return doc

# ---------- installment-or-deferral
@T(True)
def inst_grid(c):
    r = c.rng; doc = Doc(); tx = r.choice(TAXES[:5]); amt = r.randint(30, 900) * 1000 + r.randint(0, 999); n = r.choice([3, 6, 12, 24])
    doc.title(r.choice(['延期或分期繳納稅款申請書', '申請延期或分期繳納地方稅申請書', '稅款分期繳納申請書']), 1.45)
    doc.line(f'受文者：{c.to()}', scale=0.9)
    mode = r.choice(['延期', '分期'])
    doc.kv([[('申請人', c.name), ('身分證統一編號', c.id)], [('地址', c.addr)], [('電話', c.mob)],
            [('稅目', tx), ('年期', f'{c.date[0]}年')], [('繳款書編號', billno(r))], [('應納稅額', f'{money(amt)}元'), ('繳納期限', c.d(dshift(c.date, 20), 2))],
            [('申請事項', f'{"■" if mode == "延期" else "□"}延期繳納至{c.d(dshift(c.date, 80), 1)}　{"■" if mode == "分期" else "□"}分{n}期繳納')],
            [('申請原因', r.choice(['天然災害', '失業致經濟困難', '重大疾病住院', '營業週轉困難']) + '，無法於繳納期間內一次繳清')],
            [('提供擔保', r.choice(['無', '不動產設定抵押']))]])
    doc.p('（依稅捐稽徵法第二十六條，應於規定納稅期間內提出申請，延期最長三個月，分期最長三十六期。）')
    doc.gap(0.3); doc.sig(f'申請人：{c.name}', seal=c.name); doc.sig(c.d())
    stamp_for(c, doc); return doc

@T(True)
def inst_plan(c):
    r = c.rng; doc = Doc(); amt = r.randint(60, 600) * 1000; n = r.choice([4, 6, 8])
    doc.title('分　期　繳　納　申　請　書', 1.6)
    doc.gap(0.2)
    doc.kv([[('納稅義務人', c.name)], [('身分證字號', c.id)], [('稅目及年度', f'{r.choice(["房屋稅", "土地增值稅", "地價稅"])}　{c.date[0]}年')],
            [('應納稅額', f'{money(amt)}元　{fin(amt)}')]])
    doc.line('分期繳納計畫：', scale=1.05)
    per = amt // n; rows = []
    for i in range(n):
        rows.append([f'第{i + 1}期', c.d(dshift(c.date, 28 * (i + 1)), 2), money(per if i < n - 1 else amt - per * (n - 1))])
    doc.table(['期別', '繳納期限', '金額（元）'], rows, [1, 2, 2])
    doc.p('理由：申請人因經營餐飲小吃，受景氣影響營收大減，目前收入僅能維持家計，懇請准予分期繳納並免加徵滯納金。')
    doc.gap(0.3); doc.sig(f'申請人：{c.name}', seal=c.name); doc.sig(c.d(None, 4))
    stamp_for(c, doc); return doc

@T(False)
def inst_letter(c):
    r = c.rng; doc = Doc(); amt = r.randint(20, 300) * 1000
    tx = r.choice(['房屋稅', '地價稅', '土地增值稅'])
    paras = [f'本人今年的{tx}應繳{money(amt)}元，繳納期限是{c.d(dshift(c.date, 15))}。',
             f'因本人於{c.d(dshift(c.date, -60))}{r.choice(["遭公司資遣，目前仍在找工作", "因車禍住院開刀，無法工作", "家中遭颱風淹水，損失慘重"])}，一時無法籌出全部稅款。',
             f'懇請 貴處同意讓我分{r.choice([3, 6, 12])}期繳納（或延到三個月後再繳），我一定會按期繳清，絕不拖欠。']
    free_letter(c, doc, paras, attach=['診斷證明書或資遣證明影本'])
    stamp_for(c, doc, 0.6); return doc

@T(False)
def inst_cpa(c):
    r = c.rng; doc = Doc(); co = r.choice(['永豐', '全泰', '裕隆', '台欣']) + r.choice(['營造', '紡織', '食品']) + '股份有限公司'
    amt = r.randint(500, 3000) * 1000
    agent_letter(c, doc, '會計師', f'為{co}應納{c.date[0]}年房屋稅及地價稅合計新臺幣{money(amt)}元，因資金週轉困難，申請延期三個月繳納，請 鑒核。',
                 ['該公司受原物料價格上漲及主要客戶倒帳影響，流動資金短缺，檢附最近三個月銀行往來明細及財務報表為證。',
                  '擬於延期期滿前一次繳清，並願提供廠房不動產作為擔保。'], attach=['委任書', '財務報表'], client=co)
    stamp_for(c, doc, 0.7); return doc

# ---------- stamp-tax
VOUCH = ['銀錢收據', '買賣動產契據', '承攬契據', '典賣、讓受及分割不動產契據']
def company(r):
    return r.choice(['大同', '新光', '宏全', '立信', '日盛', '晶華', '永慶', '昌益']) + r.choice(['實業', '電子', '建設', '物流', '營造', '醫療器材']) + r.choice(['股份有限公司', '有限公司'])
@T(True)
def stamp_apply(c):
    r = c.rng; doc = Doc(); co = company(r)
    doc.title(r.choice(['印花稅彙總繳納申請書', '申請印花稅以彙總方式繳納申請書', '應納印花稅憑證彙總繳納申請書']), 1.45)
    doc.line(f'受文者：{c.to()}', scale=0.9)
    doc.kv([[('營利事業名稱', co), ('統一編號', ban(r))], [('負責人', c.name), ('身分證統一編號', c.id)], [('營業地址', addr(r, c.city))],
            [('應稅憑證種類', chk(VOUCH, r.sample(VOUCH, 2)))], [('預計每月件數', f'約{r.randint(50, 3000)}件'), ('開始日期', c.d(dshift(c.date, 30), 2))],
            [('繳納方式', '每二個月彙總一次，於次月底前向公庫繳納')], [('聯絡人', f'{name(r)}　{phone(r)}')]])
    doc.p('本公司因營業上使用應稅憑證繁多，依印花稅法第八條第二項規定，申請經核准後彙總繳納，並依規定於憑證上加註核准字號。')
    doc.gap(0.3); doc.sig(f'申請人：{co}'); doc.sig(f'負責人：{c.name}', seal=c.name); doc.sig(c.d(None, 0))
    stamp_for(c, doc); return doc

@T(True)
def stamp_report(c):
    r = c.rng; doc = Doc(); co = company(r); rows = []; tot = 0
    m = c.date[1]
    for v, rate in [('銀錢收據', 0.004), ('承攬契據', 0.001), ('買賣動產契據', None)]:
        cnt = r.randint(10, 900); am = r.randint(100, 30000) * 1000
        tax = int(am * rate) if rate else cnt * 12
        tot += tax
        rows.append([v, str(cnt), money(am), '千分之' + str(int(rate * 1000)) if rate else '每件12元', money(tax)])
    rows.append(['合計', '', '', '', money(tot)])
    doc.title(r.choice(['印花稅彙總繳納明細表', '應納印花稅彙總繳納申報表', '印花稅繳款書申報明細（彙總繳納）']), 1.45)
    doc.line(f'營利事業：{co}　統一編號：{ban(r)}　核准字號：{c.bshort}印字第{r.randint(1000, 99999)}號', scale=0.85)
    doc.line(f'彙總期間：{c.date[0]}年{m}月1日至{c.date[0]}年{min(12, m + 1)}月{28}日', scale=0.9)
    doc.table(['憑證名稱', '件數', '金額(元)', '稅率', '應納稅額(元)'], rows, [2.5, 1, 2, 1.6, 2])
    doc.p(f'應納稅額合計：{fin(tot)}')
    doc.gap(0.4); doc.sig(f'負責人：{c.name}', seal=c.name); doc.sig(f'經辦人：{name(r)}'); doc.sig(c.d(None, 5))
    stamp_for(c, doc); return doc

@T(False)
def stamp_cpa(c):
    r = c.rng; doc = Doc(); co = company(r); amt = r.randint(10, 900) * 100000
    agent_letter(c, doc, '會計師', f'{co}簽訂工程承攬契約乙份，承攬金額新臺幣{money(amt)}元，擬以繳款書繳納印花稅，請 核發繳款書。',
                 [f'依印花稅法第七條，承攬契據按金額千分之一計算，應納印花稅{money(amt // 1000)}元。',
                  '因稅額較大，不便購貼印花稅票，爰依規定申請以繳款書繳納，繳納後將於契約上註明繳款書號碼。'],
                 attach=['承攬契約影本'], client=co)
    stamp_for(c, doc, 0.7); return doc

@T(False)
def stamp_mail(c):
    r = c.rng; doc = Doc(); co = company(r)
    paras = ['稅務局承辦人您好，', f'本公司{co}（統編{ban(r)}）每月開立的收據數量很多，目前都是貼印花稅票，想改為彙總繳納。',
             '想請教：1.申請書是否可以用郵寄？ 2.核准後收據上要蓋的戳記格式？ 3.每兩個月一次的繳款書是自行列印還是由貴局寄發？',
             '另上期有一批銀錢收據漏貼，想主動補繳，請問要怎麼辦理。謝謝。', f'{co} 財務部 {c.name}', phone(r)]
    email_print(c, doc, r.choice(['印花稅彙總繳納詢問', '有關印花稅申報']), paras, to=bureau_mail(c), sender=c.name)
    return doc

# ---------- amusement-tax
@T(True)
def amu_monthly(c):
    r = c.rng; doc = Doc()
    kind, rate = r.choice([('電影院', '1%'), ('KTV視聽歌唱', '5%'), ('撞球場', '10%'), ('保齡球館', '5%'), ('室內高爾夫練習場', '5%')])
    venue = r.choice(['威秀', '好樂迪', '錢櫃', '星光', '大魯閣', '秀泰']) + c.dist.replace('區', '') + '店'
    doc.title(r.choice(['娛樂稅代徵月報表', '娛樂稅代徵報繳書', '娛樂稅自動報繳申報書']), 1.55)
    doc.line(f'代徵人：{venue}（{kind}）　稅籍編號：{r.randint(10000000, 99999999)}　統一編號：{ban(r)}', scale=0.85)
    doc.line(f'所屬年月：{c.date[0]}年{c.date[1]}月　　稅率：{rate}', scale=0.9)
    rows = []; tot = 0
    for p in r.sample([120, 180, 250, 280, 320, 350, 450, 600], 4):
        n = r.randint(300, 9000); am = p * n; rt = float(rate.strip('%')) / 100; tx = int(am * rt / (1 + rt)); tot += tx
        rows.append([f'{p}元', money(n), money(am), money(tx)])
    rows.append(['合計', '', '', money(tot)])
    doc.table(['票價', '售出張數', '金額(元)', '代徵稅額(元)'], rows, [1.5, 1.5, 2, 2])
    doc.kv([[('應繳稅額', f'{money(tot)}元'), ('繳款日期', c.d(dshift(c.date, 10), 2))], [('營業地址', addr(r, c.city, c.dist))]])
    doc.gap(0.3); doc.sig(f'代徵人負責人：{c.name}', seal=c.name); doc.sig(c.d(None, 1))
    stamp_for(c, doc); return doc

@T(True)
def amu_exempt(c):
    r = c.rng; doc = Doc(); org = r.choice(['社團法人', '財團法人']) + r.choice(['台灣', '臺灣', c.city]) + r.choice(['兒童癌症', '弱勢家庭', '罕見疾病', '偏鄉教育']) + r.choice(['關懷協會', '基金會'])
    doc.title(r.choice(['娛樂稅免徵申請書', '公益演出免徵娛樂稅申請書', '申請免徵娛樂稅（義演）']), 1.5)
    doc.gap(0.3)
    ev = r.choice(['愛心義賣音樂會', '關懷慈善演唱會', '公益電影欣賞會', '年度公益義演'])
    doc.kv([[('主辦單位', org)], [('統一編號', ban(r))], [('負責人', c.name)], [('活動名稱', f'{c.date[0]}年{ev}')],
            [('演出日期', c.d(dshift(c.date, 30)))], [('演出地點', r.choice(['新北市藝文中心演藝廳', '桃園展演中心', '中壢藝術館音樂廳', '新莊體育館']))],
            [('票價/張數', f'{r.choice([300, 500, 800])}元／{r.randint(300, 2000)}張')], [('收入用途', '扣除必要費用外，全部捐贈作為病童醫療補助')]],
           val_face=r.choice([None, UKAI]))
    doc.p('依娛樂稅法第四條第一項第二款規定，申請本次演出全部收入免徵娛樂稅，演出結束後三十日內檢送收支明細及捐贈證明。')
    doc.gap(0.3); doc.sig(f'申請單位：{org}'); doc.sig(f'負責人：{c.name}', seal=c.name)
    stamp_for(c, doc); return doc

@T(False)
def amu_letter(c):
    r = c.rng; doc = Doc(); band = r.choice(['青韻', '采風', '小草', '樂活'])
    paras = [f'本團（{band}國樂團，立案字號{r.choice(["新北府文", "府文藝"])}字第{r.randint(1000000, 9999999)}號）預定於{c.d(dshift(c.date, 40))}在{c.dist}公所大禮堂舉辦年度演出，',
             f'門票每張{r.choice([200, 300, 400])}元，預計售出{r.randint(200, 600)}張，售票所得扣除場地費後全數捐贈{r.choice(["家扶中心", "創世基金會", "在地老人食堂"])}。',
             '依娛樂稅法規定，此類慈善義演所收票款可申請免稅，特此函請 准予免徵，並請告知應於何時繳交剩餘門票及收支報告。']
    free_letter(c, doc, paras, attach=['節目單', '捐贈同意書', '立案證書影本'], salute='敬啟者：')
    stamp_for(c, doc, 0.6); return doc

@T(False)
def amu_mail(c):
    r = c.rng; doc = Doc(); v = r.choice(['星光', '歡唱', '好聲音']) + 'KTV'; tot = r.randint(20, 300) * 1000
    paras = ['您好：', f'附件為{v}（稅籍編號{r.randint(10000000, 99999999)}）{c.date[0]}年{c.date[1]}月份代徵稅款申報資料，',
             f'本月包廂收入{money(tot * 20)}元，代徵稅額{money(tot)}元，已於今日至臺灣銀行完成繳款，收據掃描如附件。',
             '另本店下月起改為兩班制營業，門票價格不變，特此報備。', f'會計 {c.name}']
    email_print(c, doc, f'{c.date[1]}月份娛樂稅申報', paras, to=bureau_mail(c), attach=['報表.xlsx', '繳款收據.pdf'])
    return doc

# ---------- official-letter
def agencies(c):
    r = c.rng; C = c.city; Cs = C.replace('市', '').replace('縣', ''); d = c.dist.replace('區', '').replace('市', '').replace('鎮', '')
    return [('exec', f'法務部行政執行署{"新北" if C == "新北市" else "桃園" if C in ("桃園市", "新竹縣", "新竹市") else "士林" if C in ("基隆市", "臺北市") else "宜蘭"}分署', '分署長'),
            ('land', f'{C}{d}地政事務所', '主任'), ('hh', f'{C}{c.dist}戶政事務所', '主任'),
            ('ntb', '財政部北區國稅局' if C != '臺北市' else '財政部臺北國稅局', '局長'),
            ('mvd', r.choice(['交通部公路局臺北區監理所', '交通部公路局新竹區監理所', '交通部公路局臺北市區監理所']), '所長'),
            ('court', f'臺灣{"新北" if C == "新北市" else "桃園" if C == "桃園市" else "士林" if C == "臺北市" else Cs}地方法院', '民事執行處')]

def gov_content(c, kind):
    r = c.rng; p = parcels(c, 1)[0]; tn = name(r); tid = pid(r)
    if kind == 'exec':
        return (f'義務人{tn}（身分證統一編號{tid}）滯欠{r.choice(["綜合所得稅", "健保費", "交通違規罰鍰"])}事件，請就義務人在 貴處之退稅款及應領款項，於新臺幣{money(r.randint(5, 300) * 1000)}元範圍內予以扣押，並於文到後7日內陳報，請 查照。',
                ['依行政執行法第二十六條準用強制執行法第一百十五條規定辦理。', '義務人如有應退還之房屋稅、地價稅或使用牌照稅退稅款，請逕匯入本分署專戶。',
                 f'本案執行案號：{c.date[0]}年度{r.choice(["綜所稅", "健保", "交罰"])}執字第{r.randint(10000, 99999)}號。'])
    if kind == 'land':
        return (f'檢送本所{c.d(None, 1)}受理{c.dist}{p[1]}{p[2]}地號土地及其地上建物{r.choice(["買賣", "拍賣", "判決共有物分割", "建物滅失"])}登記案件異動清冊1份，請 查照並辦理稅籍異動。',
                [f'所有權人由{tn}移轉為{name(r)}，權利範圍{p[4]}。', f'登記收件字號：{c.date[0]}年{r.choice(["板登", "中登", "桃資", "壢登"])}字第{r.randint(10000, 99999)}號。',
                 '請 貴處據以更正地價稅及房屋稅納稅義務人資料。'])
    if kind == 'hh':
        return (f'本轄{c.dist}{r.choice(GEO[c.city][c.dist][0])}門牌於{c.d(dshift(c.date, -10), 1)}起整編，檢送門牌整編對照表1份，請 查照惠予更正稅籍門牌資料。',
                ['本次整編計{}戶，新舊門牌對照如附件。'.format(r.randint(12, 300)), '依門牌整編後，原門牌證明書仍可作為辦理相關手續之用。'])
    if kind == 'ntb':
        return (f'有關{tn}君陳情其所有房屋（坐落{addr(r, c.city)}）出租予營業人使用，房屋稅課徵疑義乙案，移請 貴處卓處，並逕復當事人，請 查照。',
                [f'依據{tn}君{c.d(dshift(c.date, -12), 1)}陳情書辦理。', '房屋稅屬地方稅，非屬本局主管業務，爰依行政程序法第十七條規定移送。', '檢附陳情書影本1份。'])
    if kind == 'mvd':
        return (f'{r.choice(["車號", "牌照號碼"])}{plate(r)}自用小客車已於{c.d(dshift(c.date, -15), 1)}辦理{r.choice(["報廢", "繳銷牌照", "註銷牌照"])}登記，請 查照並停徵使用牌照稅。',
                [f'車主：{tn}（身分證統一編號{tid}）。', f'依據車主{c.d(dshift(c.date, -15), 1)}申請書辦理。'])
    return (f'本院{c.date[0]}年度司執字第{r.randint(10000, 99999)}號債權人{company(r)}與債務人{tn}間清償債務強制執行事件，請 貴處查明下列拍賣標的之土地增值稅及欠繳地價稅、房屋稅數額，於文到十日內函復本院，請 查照。',
            [f'拍賣標的：{c.dist}{p[1]}{p[2]}地號土地，面積{p[3]}平方公尺，權利範圍{p[4]}及地上建物。', f'拍定價格：新臺幣{money(r.randint(500, 3000) * 10000)}元。',
             '依稅捐稽徵法第六條第三項規定，拍賣之土地應代為扣繳土地增值稅。'])

@T(True)
def gov_han(c):
    r = c.rng; doc = Doc(); kind, ag, boss = r.choice(agencies(c))
    subj, expl = gov_content(c, kind)
    word = f'{ag[:2]}{r.choice(["字", "執字", "登字", "戶字", "監字"])}第{c.date[0]}{r.randint(1000000, 9999999)}號'
    gov_letter(c, doc, ag, addr(r, c.city), subj, expl, [c.to()], [r.choice(['本所登記課', '義務人', '本分署執行科', '當事人'])], f'{boss}　{name(r)}' if boss != '民事執行處' else f'民事執行處　司法事務官　{name(r)}', word, '函' if kind != 'court' else '函')
    stamp_for(c, doc, 0.8); return doc

@T(False)
def gov_order(c):
    r = c.rng; doc = Doc(); ag = agencies(c)[0][1]; tn = name(r); tid = pid(r); amt = r.randint(5, 500) * 1000
    doc.title(ag + '　執行命令', 1.5)
    doc.lr(f'發文日期：{c.d(None, 0)}', '')
    doc.lr(f'發文字號：{ag.replace("法務部行政執行署", "")[:2]}執{r.choice(["甲", "乙", "丙", "丁"])}字第{c.date[0]}{r.randint(100000, 999999)}號', '')
    doc.gap(0.3)
    doc.kv([[('義務人', f'{tn}　身分證統一編號：{tid}')], [('住居所', addr(r, c.city))], [('第三人', c.to())]])
    doc.p(f'主旨：禁止義務人收取對第三人{c.to()}之退稅款及其他應領款項，於新臺幣{money(amt)}元及執行必要費用範圍內，第三人亦不得對義務人清償。', hang=3)
    doc.line('說明：')
    doc.items(['義務人滯納法務部行政執行署移送之罰鍰及稅款，經移送本分署強制執行。', '第三人如對本命令有異議，應於收受本命令後十日內向本分署聲明。',
               f'執行案號：{c.date[0]}年度{r.choice(["牌照稅", "房屋稅", "地價稅"])}執特專字第{r.randint(10000, 99999)}號。'], hang=2)
    doc.gap(0.3); doc.p('正本：義務人、' + c.to(), hang=3); doc.p('副本：移送機關' + c.bureau, hang=3)
    doc.gap(0.5); doc.line(f'行政執行官　{name(r)}', 'c', 1.3)
    stamp_for(c, doc, 0.8); return doc

@T(False)
def gov_transfer(c):
    r = c.rng; doc = Doc(); kind, ag, boss = r.choice(agencies(c)[1:4])
    subj, expl = gov_content(c, kind)
    doc.title(f'{ag}　{r.choice(["移文單", "便箋", "移文單"])}', 1.45)
    doc.gap(0.3)
    doc.table(None, [['受文者', c.to()], ['發文日期', c.d(None, 2)], ['發文字號', f'{ag[:2]}字第{c.date[0]}{r.randint(100000, 999999)}號'],
                     ['事由', subj], ['附件', {'land': '異動清冊1份', 'hh': '門牌整編對照表1份', 'ntb': '陳情書影本1份'}[kind]], ['備註', expl[0]]], [1, 4])
    doc.gap(0.5)
    doc.line(f'承辦人：{name(r)}　電話：{phone(r)}', 'r', 0.9)
    doc.line(f'{ag}（戳記）', 'r')
    stamp_for(c, doc, 0.8); return doc

@T(True)
def gov_notify(c):
    r = c.rng; doc = Doc(); ag = agencies(c)[2][1]; n = r.randint(2, 5)
    doc.title(ag + '　函', 1.5)
    doc.line(f'受文者：{c.to()}')
    doc.line(f'發文日期：{c.d(None, 6)}')
    doc.line(f'發文字號：{c.dist[:2]}戶字第{c.date[0]}{r.randint(1000000, 9999999)}號')
    doc.gap(0.2)
    doc.p(f'主旨：檢送本所{c.date[0]}年{c.date[1]}月份死亡登記及身心障礙者遷出登記名冊，請 查照辦理房屋稅、使用牌照稅稅籍清查。', hang=3)
    rows = [[name(r), pid(r)[:3] + '*****' + str(r.randint(10, 99)), r.choice(['死亡登記', '遷出登記']), roc(dshift(c.date, -r.randint(3, 27)), 2)] for _ in range(n)]
    doc.table(['姓名', '身分證統一編號', '登記項目', '登記日期'], rows, [2, 3, 2, 2])
    doc.p('說明：依各機關通報作業要點辦理，資料僅供稅籍清查使用，請妥善保密。')
    doc.p(f'正本：{c.to()}　副本：本所戶籍課', hang=3)
    doc.gap(0.4); doc.line(f'主任　{name(r)}', 'c', 1.4)
    stamp_for(c, doc, 0.8); return doc

# ---------- out-of-scope
@T(False)
def oos_water(c):
    r = c.rng; doc = Doc(); use = r.randint(12, 70); fee = int(use * 11.2)
    doc.title(r.choice(['台灣自來水公司', '臺灣自來水股份有限公司']) + '　水費通知單', 1.4)
    doc.line(f'第{r.choice(["一", "二", "十二"])}區管理處　{c.dist}服務所', 'c', 0.9)
    doc.kv([[('用戶名稱', c.name[0] + '○' + c.name[2]), ('水號', f'{r.randint(10, 99)}-{r.randint(10000000, 99999999)}-{r.randint(0, 9)}')],
            [('用水地址', c.addr)], [('本期指針', str(r.randint(1000, 3000))), ('上期指針', str(r.randint(900, 999)))],
            [('計費度數', f'{use}度'), ('計費期間', f'{c.d(dshift(c.date, -60), 2)}~{c.d(None, 2)}')],
            [('基本費', f'{r.randint(60, 150)}元'), ('用水費', f'{fee}元')], [('水源保育與回饋費', f'{round(use * 0.5)}元'), ('營業稅', f'{int(fee * 0.05)}元')],
            [('應繳總金額', f'{money(fee + 180)}元'), ('繳費期限', c.d(dshift(c.date, 20), 2))]])
    doc.p('本期已由帳戶代繳者請勿重複繳納。節約用水，人人有責。停水訊息請查詢本公司網站或撥打1910客服專線。')
    return doc

@T(False)
def oos_job(c):
    r = c.rng; doc = Doc()
    doc.line(r.choice(['敬愛的人資主管您好：', '人事室主任鈞鑒：']))
    for t in [f'我是{c.name}，畢業於{r.choice(["國立臺北大學", "中原大學", "元智大學", "銘傳大學"])}{r.choice(["會計學系", "財政學系", "企業管理學系"])}，在人力銀行上看到貴公司徵求行政助理一職，非常希望能有機會加入。',
              f'過去{r.randint(2, 6)}年我在{company(r)}擔任行政專員，負責請購、出納及文書歸檔，熟悉Excel與ERP系統，並持有記帳士證照。',
              '我個性細心負責，也樂於學習新事物，附上履歷表與自傳，期待有面談的機會，謝謝您撥冗閱讀。']:
        doc.p('　　' + t)
    doc.gap(0.4); doc.sig(f'應徵者　{c.name}　敬上'); doc.sig(c.mob); doc.sig(c.mail); doc.sig(c.d(None, 3))
    doc.gap(0.6); doc.line('附件：履歷表、畢業證書影本、證照影本')
    return doc

@T(False)
def oos_flyer(c):
    r = c.rng; doc = Doc(); nm = r.choice(['阿福', '好食光', '老街', '鼎旺']) + r.choice(['牛肉麵', '滷肉飯', '火鍋', '便當'])
    doc.title(f'{nm}　盛大開幕', 2.2)
    doc.line(f'開幕期間 {c.date[1]}/1 ~ {c.date[1]}/{r.randint(10, 28)} 全品項九折！', 'c', 1.3)
    doc.gap(0.4)
    doc.table(['招牌菜色', '價格'], [[r.choice(['紅燒牛肉麵', '招牌滷肉飯', '麻辣鴨血鍋', '雞腿便當']), f'${r.randint(90, 260)}'],
                                   ['燙青菜', '$40'], ['滷味拼盤', '$80'], ['酸辣湯', '$35'], ['古早味紅茶', '$25']], [3, 1])
    doc.gap(0.4)
    doc.line(f'地址：{addr(r, c.city)}', 'c'); doc.line(f'外送專線：{phone(r)}', 'c'); doc.line('營業時間：11:00-14:00　17:00-21:00（週一公休）', 'c')
    doc.line('憑此單來店消費滿300元送小菜一盤', 'c', 1.2)
    return doc

@T(False)
def oos_news(c):
    r = c.rng; doc = Doc(); y, m, d = c.date
    doc.lr(f'{r.choice(["自由時報", "聯合報", "中國時報"])}　{y + 1911}年{m}月{d}日　A{r.randint(2, 12)}版', '地方新聞')
    doc.hr()
    doc.title(r.choice([f'{c.city}{c.dist}老街整修完工　週末人潮湧現', '房屋稅2.0上路　屋主關心稅單變化', f'{c.dist}社區圖書館新館啟用']), 1.5)
    doc.line(f'記者{name(r)}／{c.city}報導', 'l', 0.9)
    for t in [f'{c.city}{c.dist}近日{r.choice(["舉行啟用典禮", "迎來大批遊客", "成為討論話題"])}，市府表示，相關工程歷時兩年，總經費約{r.randint(2, 30)}億元，期盼帶動地方發展。',
              f'不少民眾表示，{r.choice(["假日帶小孩來走走很方便", "停車位仍然不足", "希望增加公車班次"])}，也有居民關心後續維護問題。',
              '市府官員指出，未來將持續與在地商家及社區合作，規劃更多藝文活動，並加強環境清潔與交通疏導。',
              '另有專家提醒，民眾如對房屋或土地相關稅負有疑問，可洽地方稅務機關詢問，勿輕信網路傳言。']:
        doc.p('　　' + t)
    return doc

@T(False)
def oos_bank(c):
    r = c.rng; doc = Doc(); bk = bankacct(r); bal = r.randint(10, 800) * 1000
    doc.title(f'{bk[0]}　存款對帳單', 1.5)
    doc.line(f'戶名：{c.name}　帳號：{bk[3]}　分行：{bk[2]}', 'l', 0.9)
    doc.line(f'對帳期間：{c.date[0]}/{c.date[1]:02d}/01 ~ {c.date[0]}/{c.date[1]:02d}/28', 'l', 0.9)
    rows = []
    for i in range(r.randint(7, 12)):
        desc, amt = r.choice([('薪資轉入', r.randint(30, 70) * 1000), ('ATM提款', -r.randint(1, 20) * 1000), ('信用卡費', -r.randint(2, 40) * 1000),
                              ('電費代繳', -r.randint(500, 3000)), ('利息', r.randint(10, 300)), ('網路轉帳', -r.randint(1, 50) * 500), ('電信費', -r.randint(400, 1500))])
        bal += amt
        rows.append([f'{c.date[1]:02d}/{i * 2 + 1:02d}', desc, money(-amt) if amt < 0 else '', money(amt) if amt > 0 else '', money(bal)])
    doc.table(['日期', '摘要', '支出', '存入', '餘額'], rows, [1.2, 2, 1.5, 1.5, 1.8])
    doc.p('如對本對帳單有疑義，請於收到後十五日內與本行客服中心聯繫。本行不會以電話要求您操作ATM。')
    return doc

@T(False)
def oos_rent(c):
    r = c.rng; doc = Doc(); land = name(r); rent = r.randint(10, 40) * 1000
    doc.title('房屋租賃契約書', 1.8)
    doc.p(f'立契約書人出租人{land}（以下簡稱甲方）、承租人{c.name}（以下簡稱乙方），茲為房屋租賃事宜，雙方同意本契約條款如下：')
    doc.items([f'租賃標的：{addr(r, c.city)}，含冷氣二台、熱水器一台。', f'租賃期間：自{c.d(None, 1)}起至{c.d(dshift(c.date, 336), 1)}止，共一年。',
               f'租金：每月新臺幣{money(rent)}元整，乙方應於每月五日前匯入甲方指定帳戶。', f'押金：二個月租金計新臺幣{money(rent * 2)}元，於租期屆滿交還房屋時無息返還。',
               '稅費負擔：房屋稅、地價稅由甲方負擔；水電費、瓦斯費及管理費由乙方負擔。', '乙方不得將房屋轉租，亦不得供違法使用。', '本契約一式二份，雙方各執一份為憑。'],
              nums=['第一條　', '第二條　', '第三條　', '第四條　', '第五條　', '第六條　', '第七條　'], hang=4)
    doc.gap(0.4)
    doc.sig(f'甲方（出租人）：{land}', seal=land); doc.sig(f'乙方（承租人）：{c.name}', seal=c.name); doc.gap(0.3); doc.line(c.d(None, 6), 'c')
    return doc

@T(False)
def oos_meeting(c):
    r = c.rng; doc = Doc(); comm = r.choice(['帝寶', '翠堤', '京城', '富貴花園', '麗池']) + r.choice(['社區', '大廈'])
    doc.title(f'{comm}管理委員會　開會通知', 1.6)
    doc.line(f'{comm}管委字第{c.date[0]}{r.randint(10, 99):03d}號', 'r', 0.85)
    doc.kv([[('開會事由', f'召開{c.date[0]}年度區分所有權人會議')], [('開會時間', f'{c.d(dshift(c.date, 14))}（星期{WEEK[r.randint(0, 6)]}）晚上7時30分')],
            [('開會地點', '本社區B1多功能會議室')], [('主持人', f'主任委員　{c.name}')],
            [('議程', '一、管委會工作報告　二、財務收支報告　三、電梯汰換案討論　四、管理費調整案　五、臨時動議')]])
    doc.p('請各區分所有權人準時出席，如不能出席，得以書面委託他人代理出席（委託書如附）。')
    doc.gap(0.4); doc.sig(f'{comm}管理委員會　敬啟'); doc.sig(c.d(None, 3))
    return doc

@T(False)
def oos_clinic(c):
    r = c.rng; doc = Doc(); cl = r.choice(['仁心', '康寧', '安和', '博愛']) + r.choice(['牙醫診所', '眼科診所', '家庭醫學科診所'])
    doc.title(cl, 1.6); doc.line('就醫收據及下次回診通知', 'c', 1.1)
    doc.kv([[('病患姓名', c.name), ('病歷號', str(r.randint(100000, 999999)))], [('就診日期', c.d(None, 2)), ('身分', r.choice(['健保', '自費']))],
            [('部分負擔', f'{r.choice([50, 150, 200])}元'), ('掛號費', f'{r.choice([100, 150, 200])}元')], [('下次回診', c.d(dshift(c.date, 14), 2) + '　上午10:00')]])
    doc.p('請攜帶健保卡準時報到，如需更改時間請提前一天來電。本收據可作為醫療費用列舉扣除之證明，請妥善保存。')
    doc.line(f'地址：{addr(r, c.city)}　電話：{phone(r)}', 'c', 0.85)
    return doc

# ================================================================= main
LABELS = [
    ('house-tax-relief', [htr_grid, htr_kv, htr_letter, htr_mail]),
    ('land-value-tax-self-use', [lvt_grid, lvt_kv, lvt_agent, lvt_letter]),
    ('vehicle-license-tax-exemption', [vlt_grid, vlt_org, vlt_letter, vlt_mail]),
    ('deed-tax-declaration', [deed_grid, deed_table, deed_agent, deed_mail]),
    ('land-value-increment-tax-declaration', [lvit_grid, lvit_kv, lvit_agent, lvit_mail]),
    ('tax-refund-request', [ref_grid, ref_rebuy, ref_letter, ref_mail]),
    ('appeal-reexamination', [app_grid, app_lawyer, app_letter, app_cpa]),
    ('mailing-address-change', [mail_grid, mail_ebill, mail_letter, mail_mail]),
    ('installment-or-deferral', [inst_grid, inst_plan, inst_letter, inst_cpa]),
    ('stamp-tax', [stamp_apply, stamp_report, stamp_cpa, stamp_mail]),
    ('amusement-tax', [amu_monthly, amu_exempt, amu_letter, amu_mail]),
    ('official-letter', [gov_han, gov_notify, gov_order, gov_transfer]),
    ('out-of-scope', [oos_water, oos_job, oos_flyer, oos_news, oos_bank, oos_rent, oos_meeting, oos_clinic]),
]
COUNTS = [3, 3, 2, 2]   # per-label docs per template (titled, titled, untitled, untitled)

def pick_family(rng, tname):
    if tname.startswith('gov_') or tname in ('app_lawyer',): return rng.choice(['kai', 'kai', 'serif', 'ming'])
    if 'mail' in tname and tname not in ('mail_grid', 'mail_ebill', 'mail_letter'): return rng.choice(['sans', 'wqy'])
    if 'letter' in tname or tname.endswith('agent') or tname.endswith('cpa'): return rng.choice(['ming', 'kai', 'serif', 'sans'])
    return rng.choice(['sans', 'serif', 'ming', 'wqy', 'kai'])

def main():
    master = random.Random(SEED)
    plan = []
    for lab, tpls in LABELS:
        if lab == 'out-of-scope':
            for i in range(15): plan.append((lab, tpls[i % len(tpls)]))
        else:
            for t, n in zip(tpls, COUNTS):
                plan += [(lab, t)] * n
    master.shuffle(plan)
    os.makedirs(OUT + '/images', exist_ok=True); os.makedirs(OUT + '/texts', exist_ok=True)
    rows = []; stats = []
    for i, (lab, tpl) in enumerate(plan, 1):
        rng = random.Random(SEED * 100003 + i)
        c = Ctx(rng); doc = tpl(c)
        # 臺/台 variation on taxpayer-written documents
        if not tpl.__name__.startswith('gov_') and rng.random() < 0.3:
            doc.el = [tuple(x.replace('臺', '台') if isinstance(x, str) else x for x in e) for e in doc.el]
        dpi = rng.choice([200, 240, 300, 300])
        W, H = round(8.27 * dpi), round(11.69 * dpi)
        fam = pick_family(rng, tpl.__name__)
        valface = UKAI if rng.random() < 0.3 else None
        pt = rng.uniform(11, 13.5)
        # fit: shrink if the page overflows; forms are grown (font <= 14 pt, then spacing) to fill the page
        target = rng.uniform(0.62, 0.9) if any(e[0] in ('kv', 'table') for e in doc.el) else rng.uniform(0.4, 0.6)
        sp = 1.0
        R = Renderer(W, H, dpi, pt, fam, random.Random(i), valface, sp); img, y = R.render(doc)
        while y > R.bottom and pt >= 9.6:
            pt *= 0.93; R = Renderer(W, H, dpi, pt, fam, random.Random(i), valface, sp); img, y = R.render(doc)
        used = (y - R.top) / (R.bottom - R.top)
        if used < target and y <= R.bottom:
            ratio = target / max(used, 0.05)
            cap = rng.uniform(11.5, 14.0); npt = max(pt, min(cap, pt * ratio)); nsp = min(1.6, max(1.0, ratio * pt / npt))
            best = (R, img, y, pt)
            for _ in range(6):
                R2 = Renderer(W, H, dpi, npt, fam, random.Random(i), valface, nsp); img2, y2 = R2.render(doc)
                if y2 <= R2.bottom: best = (R2, img2, y2, npt); break
                if nsp > 1.05: nsp = max(1.0, nsp - 0.12)
                else: npt = max(pt, npt * 0.95)
            R, img, y, pt = best
        lines = [l for l in R.lines if l.strip()]
        img = draw_overlay(img, rng, R.seals, doc.stamp, R.size)
        if doc.stamp: lines += doc.stamp[0]
        out, mode = scan(img, rng)
        nnn = f'{i:03d}'
        ext = 'jpg' if (mode == 'grey' and rng.random() < 0.45) else 'png'
        fn = f'{nnn}.{ext}'
        if ext == 'jpg': out.save(f'{OUT}/images/{fn}', quality=rng.randint(60, 85))
        elif mode == 'bw': out.convert('1').save(f'{OUT}/images/{fn}')
        else: out.save(f'{OUT}/images/{fn}')
        with open(f'{OUT}/texts/{nnn}.txt', 'w', encoding='utf-8') as fh: fh.write('\n'.join(lines) + '\n')
        rows.append((fn, f'{nnn}.txt', lab, tpl.__name__))
        stats.append((nnn, lab, tpl.__name__, fam, dpi, round(pt, 1), mode, ext, bool(doc.stamp), y <= R.bottom))
        print(nnn, lab, tpl.__name__, fam, dpi, round(pt, 1), mode, ext, 'stamp' if doc.stamp else '', 'OVERFLOW' if y > R.bottom else '', flush=True)
    with open(f'{OUT}/images/labels.csv', 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh); w.writerow(['file', 'label', 'template'])
        for r in rows: w.writerow([r[0], r[2], r[3]])
    with open(f'{OUT}/texts/labels.csv', 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh); w.writerow(['file', 'label', 'template'])
        for r in rows: w.writerow([r[1], r[2], r[3]])

if __name__ == '__main__':
    main()
