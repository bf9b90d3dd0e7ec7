#!/usr/bin/python3
# Independent test set generator: Taiwanese local-tax-office documents (extF, seed 60606).
import os, sys, math, random, csv
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

SEED = 60606
if len(sys.argv) != 2:
    sys.exit('usage: python3 make_set.py OUTDIR  (writes OUTDIR/images and OUTDIR/texts)')
OUT = os.path.abspath(sys.argv[1])
FD = {
    'sans': ('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 3),
    'sansb': ('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', 3),
    'serif': ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 3),
    'serifb': ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', 3),
    'ming': ('/usr/share/fonts/truetype/arphic/uming.ttc', 2),
    'kai': ('/usr/share/fonts/truetype/arphic/ukai.ttc', 2),
    'wqy': ('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 0),
}
BOLD = {'sans': 'sansb', 'serif': 'serifb', 'ming': 'serifb', 'kai': 'kai', 'wqy': 'sansb'}
_fc = {}
def font(face, px):
    k = (face, px)
    if k not in _fc:
        p, i = FD[face]
        _fc[k] = ImageFont.truetype(p, px, index=i)
    return _fc[k]

# ---------------------------------------------------------------- data helpers
LETTER = dict(A=10,B=11,C=12,D=13,E=14,F=15,G=16,H=17,I=34,J=18,K=19,L=20,M=21,N=22,O=35,P=23,Q=24,R=25,S=26,T=27,U=28,V=29,W=32,X=30,Y=31,Z=33)
def tw_id(r, letter, sex=None):
    sex = sex or r.choice([1, 2])
    while True:
        d = [sex] + [r.randint(0, 9) for _ in range(7)]
        n = LETTER[letter]
        s = (n // 10) + (n % 10) * 9 + sum(x * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2, 1]))
        c = (10 - s % 10) % 10
        return letter + ''.join(map(str, d)) + str(c)

def ban(r):
    w = [1, 2, 1, 2, 1, 2, 4, 1]
    while True:
        d = [r.randint(0, 9) for _ in range(7)]
        if d[6] == 7:
            continue
        for last in range(10):
            dd = d + [last]
            s = sum(sum(divmod(x * y, 10)) for x, y in zip(dd, w))
            if s % 10 == 0:
                return ''.join(map(str, dd))

CN = '零壹貳參肆伍陸柒捌玖'
def fin(n):
    def four(x):
        s, zero = '', False
        for i, u in zip((1000, 100, 10, 1), ('仟', '佰', '拾', '')):
            q = x // i % 10
            if q:
                if zero and s: s += '零'
                s += CN[q] + u; zero = False
            else:
                zero = True
        return s
    if n == 0: return '零元整'
    parts, s = [(n // 100000000, '億'), (n // 10000 % 10000, '萬'), (n % 10000, '')], ''
    for i, (v, u) in enumerate(parts):
        if v:
            if s and (v < 1000): s += '零'
            s += four(v) + u
    return s + '元整'

def money(n): return f'{n:,}'
CNUM = '〇一二三四五六七八九'
def roc(r, y=None, m=None, d=None, style=None):
    y = y or r.choice([112, 113, 113, 114]); m = m or r.randint(1, 12); d = d or r.randint(1, 28)
    style = style if style is not None else r.randint(0, 5)
    if style == 0: return f'{y}年{m}月{d}日'
    if style == 1: return f'{y}/{m:02d}/{d:02d}'
    if style == 2: return f'{y}.{m}.{d}'
    if style == 3: return ''.join(CNUM[int(c)] for c in str(y)) + '年' + cn_small(m) + '月' + cn_small(d) + '日'
    if style == 4: return f'中華民國{y}年{m:02d}月{d:02d}日'
    return f'民國{y}年{m}月{d}日'
def cn_small(n):
    t = '零一二三四五六七八九'
    if n < 10: return t[n]
    if n < 20: return '十' + (t[n % 10] if n % 10 else '')
    return t[n // 10] + '十' + (t[n % 10] if n % 10 else '')

SUR = list('陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁顏柯翁魏戴范宋鄧傅曹薛卓阮温古涂')
GIV = list('志明俊傑淑芬美玲家豪雅婷建宏秀英麗華國榮文雄春嬌金鳳玉珠世昌正義惠君佩珊宗翰冠宇怡君品妤承恩宥辰阿月清水火土錦堂素貞月娥進財添丁坤山明德信良彩雲')
def pname(r):
    return r.choice(SUR) + ''.join(r.choice(GIV) for _ in range(r.choice([2, 2, 2, 1])))

REG = [
 dict(c='新竹縣', L='J', tel='03-5', bur=['新竹縣政府稅務局', '新竹縣政府稅務局竹東分局'],
      towns=['竹北市', '竹東鎮', '湖口鄉', '新埔鎮', '關西鎮', '芎林鄉', '寶山鄉', '北埔鄉', '新豐鄉', '橫山鄉'],
      land=['竹北地政事務所', '竹東地政事務所', '新湖地政事務所'], exe='法務部行政執行署新竹分署',
      ntb='財政部北區國稅局竹北分局', dmv='交通部公路局新竹區監理所'),
 dict(c='新竹市', L='O', tel='03-5', bur=['新竹市稅務局'], towns=['東區', '北區', '香山區'],
      land=['新竹市地政事務所'], exe='法務部行政執行署新竹分署', ntb='財政部北區國稅局新竹分局', dmv='交通部公路局新竹市監理站'),
 dict(c='苗栗縣', L='K', tel='037-', bur=['苗栗縣政府稅務局', '苗栗縣政府稅務局頭份分局'],
      towns=['苗栗市', '頭份市', '竹南鎮', '後龍鎮', '通霄鎮', '苑裡鎮', '公館鄉', '銅鑼鄉', '三義鄉', '大湖鄉', '卓蘭鎮', '南庄鄉'],
      land=['苗栗地政事務所', '頭份地政事務所', '大湖地政事務所', '銅鑼地政事務所'], exe='法務部行政執行署新竹分署',
      ntb='財政部北區國稅局苗栗分局', dmv='交通部公路局新竹區監理所苗栗監理站'),
 dict(c='屏東縣', L='T', tel='08-7', bur=['屏東縣政府財稅局', '屏東縣政府財稅局潮州分局', '屏東縣政府財稅局東港分局'],
      towns=['屏東市', '潮州鎮', '東港鎮', '恆春鎮', '萬丹鄉', '內埔鄉', '長治鄉', '麟洛鄉', '九如鄉', '里港鄉', '枋寮鄉', '林邊鄉', '萬巒鄉'],
      land=['屏東地政事務所', '潮州地政事務所', '東港地政事務所', '里港地政事務所', '恆春地政事務所'], exe='法務部行政執行署屏東分署',
      ntb='財政部南區國稅局屏東分局', dmv='交通部公路局高雄區監理所屏東監理站'),
 dict(c='嘉義縣', L='Q', tel='05-3', bur=['嘉義縣財政稅務局', '嘉義縣財政稅務局民雄分局'],
      towns=['太保市', '朴子市', '民雄鄉', '水上鄉', '中埔鄉', '竹崎鄉', '大林鎮', '布袋鎮', '新港鄉', '梅山鄉', '六腳鄉', '番路鄉', '義竹鄉'],
      land=['朴子地政事務所', '水上地政事務所', '大林地政事務所', '竹崎地政事務所'], exe='法務部行政執行署嘉義分署',
      ntb='財政部南區國稅局嘉義縣分局', dmv='交通部公路局嘉義區監理所'),
 dict(c='嘉義市', L='I', tel='05-2', bur=['嘉義市政府財政稅務局'], towns=['東區', '西區'],
      land=['嘉義市地政事務所'], exe='法務部行政執行署嘉義分署', ntb='財政部南區國稅局嘉義市分局', dmv='交通部公路局嘉義市監理站'),
]
ROADS = ['中正路', '中山路', '民生路', '光復路', '自強街', '復興路', '文化路', '成功路', '和平街', '忠孝路', '仁愛路', '博愛街',
         '建國路', '中華路', '民族路', '長春路', '勝利路', '公園路', '新興街', '永安街', '福德路', '三民路', '光明路', '義民路']
VIL = ['福興', '中興', '東勢', '永和', '大同', '新庄', '崁頂', '溪洲', '頂寮', '下埔', '竹圍', '山腳', '南勢', '北門', '三角', '興隆']
SEC = ['文興', '東平', '福德', '新社', '中正', '溪洲', '大埔', '崙仔', '新安', '頂厝', '竹圍', '後湖', '光華', '永興', '豐田', '北勢']

def addr(r, g, town=None):
    town = town or r.choice(g['towns'])
    vl = '里' if town.endswith(('市', '區', '鎮')) else '村'
    s = g['c'] + town
    if r.random() < .55: s += r.choice(VIL) + vl + (f'{r.randint(1, 25)}鄰' if r.random() < .6 else '')
    s += r.choice(ROADS)
    if r.random() < .3: s += f'{r.choice("一二三")}段'
    if r.random() < .35: s += f'{r.randint(1, 300)}巷'
    if r.random() < .2: s += f'{r.randint(1, 30)}弄'
    s += f'{r.randint(1, 400)}號'
    if r.random() < .25: s += f'{r.randint(2, 12)}樓' + (f'之{r.randint(1, 6)}' if r.random() < .3 else '')
    return s

def phone(r, g):
    if r.random() < .5:
        return f'09{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(100, 999)}'
    p = g['tel']; n = 6 if p.startswith('037') else 7
    rest = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(n - 1)) if p.endswith('-') else ''.join(str(r.randint(0, 9)) for _ in range(n - 1))
    return p + rest

def parcel(r, g, town=None):
    town = town or r.choice(g['towns'])
    sec = r.choice(SEC) + '段'
    sub = (r.choice('一二三四') + '小段') if r.random() < .35 else ''
    no = r.choice([f'{r.randint(1, 2999):04d}-{r.randint(0, 40):04d}', f'{r.randint(1, 1999)}', f'{r.randint(1, 999)}-{r.randint(1, 30)}'])
    return dict(town=town, sec=sec, sub=sub, no=no, area=round(r.uniform(45, 520), 2))

def hno(r):  # 房屋稅籍編號
    return r.choice([f'{r.randint(10, 99)}{r.randint(0, 99999999):08d}{r.randint(0, 9)}', f'{r.randint(1, 9)}{r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(100, 999)}',
                     f'{r.randint(10, 40):02d}-{r.randint(1, 99):02d}-{r.randint(10000, 99999)}-{r.randint(0, 999):03d}'])
def plate(r, moto=False):
    L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    if moto: return ''.join(r.choice(L) for _ in range(3)) + '-' + f'{r.randint(0, 9999):04d}'
    return r.choice([''.join(r.choice(L) for _ in range(3)) + '-' + f'{r.randint(1, 9999):04d}',
                     f'{r.randint(1000, 9999)}-' + ''.join(r.choice(L) for _ in range(2)), ''.join(r.choice(L) for _ in range(2)) + '-' + f'{r.randint(1000, 9999)}'])
BANKS = ['中華郵政', '臺灣土地銀行', '合作金庫商業銀行', '第一商業銀行', '彰化商業銀行', '華南商業銀行', '新竹第一信用合作社', '嘉義市第三信用合作社', '屏東縣農會', '竹東地區農會', '臺灣銀行']
def account(r):
    b = r.choice(BANKS)
    if b == '中華郵政':
        return b, f'局號{r.randint(0, 9999999):07d} 帳號{r.randint(0, 9999999):07d}'
    return b, '-'.join(str(r.randint(10 ** (k - 1), 10 ** k - 1)) for k in r.choice([(3, 3, 6), (4, 2, 6), (3, 2, 6, 1)]))

class Ctx:
    def __init__(self, r):
        self.g = g = r.choice(REG)
        self.bur = r.choice(g['bur'])
        self.town = r.choice(g['towns'])
        self.name = pname(r); self.id = tw_id(r, g['L']); self.tel = phone(r, g)
        self.addr = addr(r, g, self.town); self.addr2 = addr(r, g)
        self.kin = pname(r); self.kin_id = tw_id(r, g['L'])
        self.y = r.choice([112, 113, 114])
        self.date = roc(r, y=self.y, style=r.randint(0, 5))
    def bshort(self, r):  # bureau name variants (some with 台)
        b = self.bur
        if r.random() < .3: b = b.replace('臺', '台')
        return b

# ---------------------------------------------------------------- page engine
PUNCT = '，。、；：）」』？！．,.;:)%'
class Page:
    def __init__(self, r, face, scale=1.0):
        self.r = r
        self.dpi = r.choice([200, 240, 300])
        self.W, self.H = round(8.27 * self.dpi), round(11.69 * self.dpi)
        self.img = Image.new('RGB', (self.W, self.H), 'white')
        self.d = ImageDraw.Draw(self.img)
        self.ml = int((0.7 + r.uniform(-.1, .2)) * self.dpi); self.mr = self.W - int((0.7 + r.uniform(-.1, .15)) * self.dpi)
        self.y = int((0.6 + r.uniform(0, .3)) * self.dpi)
        self.face = face; self.pt = r.uniform(10.5, 13.0) * scale; self.scale = scale
        self.lines = []; self.tail = []; self.overflow = False
        self.ink = (0, 0, 0); self.hink = r.choice([(25, 35, 110), (20, 20, 20), (40, 40, 60)])
    def px(self, pt): return max(8, int(pt * self.dpi / 72))
    def F(self, pt=None, face=None): return font(face or self.face, self.px(pt or self.pt))
    @property
    def bottom(self): return self.H - int(0.55 * self.dpi)
    def rec(self, s):
        s = s.strip()
        if s: self.lines.append(s)
    def space(self, k=0.6): self.y += int(self.px(self.pt) * k)
    def draw_str(self, x, y, s, f, fill=None, hand=False):
        if self.y > self.bottom: self.overflow = True
        if not hand:
            self.d.text((x, y), s, font=f, fill=fill or self.ink); return
        for ch in s:  # jittered handwriting
            jy = self.r.randint(-2, 2) * f.size // 40; jx = self.r.randint(-1, 1) * f.size // 50
            self.d.text((x + jx, y + jy), ch, font=f, fill=fill or self.hink)
            x += f.getlength(ch) * self.r.uniform(0.97, 1.06)
    def wrap(self, s, f, width):
        out, cur = [], ''
        toks, i = [], 0
        while i < len(s):
            if s[i].isascii() and s[i] != ' ':
                j = i
                while j < len(s) and s[j].isascii() and s[j] != ' ': j += 1
                toks.append(s[i:j]); i = j
            else:
                toks.append(s[i]); i += 1
        for t in toks:
            if cur and f.getlength(cur + t) > width and t not in PUNCT and cur[-1] not in '□■（「':
                out.append(cur); cur = t.lstrip()
            else:
                cur += t
        if cur: out.append(cur)
        return out
    def line(self, s, pt=None, face=None, align='l', x=None, hand=False, gap=None, rec=True, fill=None):
        gap = gap if gap is not None else (0.6 if hand else 0.5)
        f = font('kai', self.px((pt or self.pt) * 1.08)) if hand else self.F(pt, face)
        w = f.getlength(s)
        if x is None:
            x = self.ml if align == 'l' else (self.mr - w if align == 'r' else (self.W - w) / 2)
        self.draw_str(x, self.y, s, f, fill, hand)
        if rec: self.rec(s)
        self.y += int(f.size * (1 + gap))
    def title(self, s, pt=None, spaced=False, face=None, gap=0.8):
        if spaced: s = '　'.join(s)
        self.line(s, pt=pt or self.pt * self.r.uniform(1.5, 1.9), face=face or BOLD.get(self.face, self.face), align='c', gap=gap)
    def para(self, s, pt=None, face=None, indent=2, hand=False, gap=None, x0=None):
        gap = gap if gap is not None else (0.6 if hand else 0.55)
        f = font('kai', self.px((pt or self.pt) * 1.08)) if hand else self.F(pt, face)
        x0 = self.ml if x0 is None else x0
        ind = f.size * indent
        rows = self.wrap(s, f, self.mr - x0 - ind)
        # re-wrap remaining with full width
        first = rows[0] if rows else ''
        rest = self.wrap(s[len(first):], f, self.mr - x0) if len(rows) > 1 else []
        for k, row in enumerate([first] + rest):
            self.draw_str(x0 + (ind if k == 0 else 0), self.y, row, f, None, hand)
            self.rec(row); self.y += int(f.size * (1 + gap))
    def items(self, lst, pt=None, hand=False, numfmt='{}、', gap=0.5):
        f = font('kai', self.px((pt or self.pt) * 1.08)) if hand else self.F(pt)
        for i, s in enumerate(lst):
            lab = numfmt.format(cn_small(i + 1) if '、' in numfmt else i + 1)
            lw = f.getlength(lab)
            rows = self.wrap(s, f, self.mr - self.ml - lw - f.size)
            for k, row in enumerate(rows):
                t = (lab + row) if k == 0 else row
                self.draw_str(self.ml + f.size * 0.5 + (0 if k == 0 else lw), self.y, t, f, None, hand)
                self.rec(t); self.y += int(f.size * (1 + gap))
    def kv(self, pairs, pt=None, hand=True, underline=True, keyw=None, cols=1):
        f = self.F(pt); hf = font('kai', self.px((pt or self.pt) * 1.12))
        kw = keyw or max(f.getlength(k + '：') for k, _ in pairs)
        colw = (self.mr - self.ml) / cols
        for i in range(0, len(pairs), cols):
            for j, (k, v) in enumerate(pairs[i:i + cols]):
                x = self.ml + j * colw
                self.draw_str(x, self.y, k + '：', f)
                vy = self.y - (hf.size - f.size) // 2
                vx = x + kw
                if underline: self.d.line((vx, self.y + f.size * 1.2, x + colw - f.size, self.y + f.size * 1.2), fill=(60, 60, 60), width=max(1, self.dpi // 150))
                for k2, row in enumerate(self.wrap(v, hf if hand else f, x + colw - vx - f.size)):
                    if k2: self.y += int(f.size * 1.5)
                    self.draw_str(vx + f.size * .2, vy if k2 == 0 else self.y, row, hf if hand else f, None, hand)
            self.rec(' '.join(f'{k}：{v}' for k, v in pairs[i:i + cols]))
            self.y += int(f.size * 2.0)
    def grid(self, rows, pt=None, lw=None, pad=0.35):
        """rows: list of lists of (text, width_frac, style) style: ''=print, 'h'=hand, 'b'=bold label, 'c'=centered"""
        f = self.F(pt); fb = font(BOLD.get(self.face, self.face), f.size); hf = font('kai', int(f.size * 1.1))
        W = self.mr - self.ml; lw = lw or max(1, self.dpi // 100); p = int(f.size * pad)
        top = self.y
        for row in rows:
            cells = [(c if isinstance(c, tuple) else (c, 1 / len(row), '')) for c in row]
            cells = [(c + ('',))[:3] if len(c) < 3 else c for c in cells]
            x = self.ml; wrapped = []
            for t, fr, st in cells:
                ff = hf if 'h' in st else (fb if 'b' in st else f)
                wrapped.append((self.wrap(t, ff, fr * W - 2 * p) if t else [''], ff, fr, st))
            h = max(len(w[0]) for w in wrapped) * int(f.size * 1.45) + 2 * p
            for ls, ff, fr, st in wrapped:
                cw = fr * W
                self.d.rectangle((x, self.y, x + cw, self.y + h), outline=(0, 0, 0), width=lw)
                yy = self.y + p
                for l in ls:
                    xx = x + p if 'c' not in st else x + (cw - ff.getlength(l)) / 2
                    self.draw_str(xx, yy, l, ff, None, 'h' in st)
                    yy += int(f.size * 1.45)
                x += cw
            self.rec(' '.join(' '.join(w[0]) for w in wrapped if w[0] != ['']))
            self.y += h
            if self.y > self.bottom: self.overflow = True
        self.y += int(f.size * 0.8)
    def hr(self, w=None):
        self.d.line((self.ml, self.y, self.mr, self.y), fill=(0, 0, 0), width=w or max(1, self.dpi // 100)); self.y += int(self.px(self.pt) * .6)
    def ruled(self, gap):  # letter paper lines
        y = self.y + int(gap * 0.95)
        while y < self.bottom + gap:
            self.d.line((self.ml - 10, y, self.mr + 10, y), fill=(170, 170, 190), width=max(1, self.dpi // 150)); y += gap
    def seal(self, name, x=None, y=None, size=None):
        r = self.r; s = size or int(self.px(self.pt) * 2.4)
        x = x if x is not None else self.mr - s - r.randint(0, 60)
        y = y if y is not None else self.y - int(s * 1.2)
        L = Image.new('RGBA', (s, s), (0, 0, 0, 0)); d = ImageDraw.Draw(L)
        col = (190, 20, 30, r.randint(150, 210))
        d.rectangle((2, 2, s - 3, s - 3), outline=col, width=max(2, s // 18))
        chars = list(name[:3] + '印') if len(name) <= 3 else list(name[:4])
        while len(chars) < 4: chars.append('印')
        fz = font('kai', int(s * 0.38))
        for i, ch in enumerate([chars[2], chars[0], chars[3], chars[1]] if len(chars) == 4 else chars):
            cx = (s * 0.54 if i < 2 else s * 0.1); cy = s * 0.1 + (i % 2) * s * 0.43
            d.text((cx, cy), ch, font=fz, fill=col)
        L = L.rotate(r.uniform(-8, 8), resample=Image.BICUBIC)
        self.img.paste(L, (int(x), int(y)), L)
        self.tail.append(name[:3] + '印' if len(name) <= 3 else name)
    def stamp(self, org, date, no=None):
        r = self.r; s = int(self.dpi * r.uniform(1.1, 1.5)); circ = r.random() < .5
        col = r.choice([(200, 30, 40), (180, 20, 60), (90, 90, 90), (30, 60, 150)]) + (r.randint(140, 200),)
        L = Image.new('RGBA', (int(s * 1.4), s), (0, 0, 0, 0)); d = ImageDraw.Draw(L)
        lw = max(3, s // 40)
        if circ: d.ellipse((lw, lw, s * 1.4 - lw, s - lw), outline=col, width=lw)
        else: d.rectangle((lw, lw, s * 1.4 - lw, s - lw), outline=col, width=lw)
        txt = [org, '收　文', date] + ([no] if no else [])
        fz = font('sansb', int(s * 0.12)); fb = font('sansb', int(s * 0.17))
        yy = s * (0.16 if no else 0.2)
        for i, t in enumerate(txt):
            ff = fb if i == 1 else fz
            while ff.getlength(t) > s * 1.2: ff = font('sansb', ff.size - 2)
            d.text(((s * 1.4 - ff.getlength(t)) / 2, yy), t, font=ff, fill=col); yy += ff.size * 1.35
        L = L.rotate(r.uniform(-12, 12), expand=True, resample=Image.BICUBIC)
        x = r.randint(self.ml, max(self.ml + 1, self.mr - L.width)); y = r.randint(int(self.dpi * .3), int(self.H * .55))
        self.img.paste(L, (x, y), L)
        self.tail += [org, '收文', date] + ([no] if no else [])
    def finish(self, r, path):
        im = self.img.convert('L')
        a = np.asarray(im).astype(np.float32)
        ang = r.uniform(-2, 2)
        im = Image.fromarray(a.astype(np.uint8)).rotate(ang, resample=Image.BICUBIC, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(r.uniform(0.3, 1.0) * self.dpi / 250))
        a = np.asarray(im).astype(np.float32)
        nr = np.random.default_rng(r.randint(0, 2 ** 31))
        a = a * r.uniform(0.9, 1.0) + r.uniform(0, 12)
        a += nr.normal(0, r.uniform(2, 7), a.shape)
        sp = nr.random(a.shape) < r.uniform(0.0002, 0.001); a[sp] = nr.uniform(0, 120, sp.sum())
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a)
        if r.random() < 0.2:
            im = im.point(lambda v: 255 if v > r.choice([150, 165, 180]) else 0).convert('1')
            path += '.png'; im.save(path)
        elif r.random() < 0.4:
            path += '.jpg'; im.save(path, quality=r.randint(60, 85))
        else:
            path += '.png'; im.save(path)
        return path

def sigblock(P, r, c, who='申請人', name=None, idv=None, extra=None, hand=True, date=True):
    name = name or c.name
    P.space(0.8)
    P.line(f'{who}：{name}　（簽名或蓋章）' if r.random() < .5 else f'{who}：{name}', align='r', hand=hand and r.random() < .5)
    P.seal(name, y=P.y - int(P.px(P.pt) * 3.2))
    if idv: P.line(f'身分證統一編號：{idv}', align='r')
    for e in extra or []: P.line(e, align='r')
    if date: P.space(0.5); P.line('中華民國　' + f'{c.y}　年　{r.randint(1, 12)}　月　{r.randint(1, 28)}　日', align='c')

def chk(opts, sel):
    return '　'.join(('■' if i in sel else '□') + o for i, o in enumerate(opts))

ABBR = {'新竹縣': '竹縣稅', '新竹市': '竹市稅', '苗栗縣': '栗稅', '屏東縣': '屏財稅', '嘉義縣': '嘉縣財稅', '嘉義市': '嘉市財稅'}
def ref(c, r, k): return f'{ABBR[c.g["c"]]}{k}字第{c.y}{r.randint(0, 9999999):07d}號'

def head(P, r, c, title, nt, generic='申　請　書', bureau=True, spaced=None):
    if bureau and r.random() < .7: P.line(c.bshort(r), pt=P.pt * 1.35, align='c', face=BOLD.get(P.face, P.face), gap=.4)
    if nt:
        if generic: P.title(generic)
    else:
        P.title(title, spaced=(spaced if spaced is not None else (len(title) <= 8 and r.random() < .5)))

def letter(P, r, c, paras, hand=None, sal=None, name=None, extra=(), ps=None, title=None):
    hand = (r.random() < .55) if hand is None else hand
    if hand: P.ruled(int(P.px(P.pt * 1.08) * 1.6))
    if title: P.title(title, pt=P.pt * 1.4, face='kai' if hand else None)
    sal = sal or r.choice([f'{c.bshort(r)}　您好：', '敬啟者：', f'致 {c.bshort(r)} 承辦人員：', f'{c.bshort(r)}　鈞鑒：', '承辦先生、小姐您好：'])
    P.line(sal, hand=hand, gap=.6)
    for p in paras: P.para(p, hand=hand, gap=.6)
    if ps: P.para(ps, hand=hand, indent=0)
    P.line(r.choice(['此致', '謹致', '敬祝　公安', '謝謝您們！', '麻煩了，謝謝。']), hand=hand, gap=.6)
    if r.random() < .6: P.line('　　' + c.bshort(r), hand=hand)
    P.space(.6)
    nm = name or c.name
    P.line(r.choice(['立書人：', '申請人：', '陳情人：', '']) + nm, align='r', hand=hand)
    if r.random() < .6: P.seal(nm, y=P.y - int(P.px(P.pt) * 2.8))
    for e in extra: P.line(e, align='r', hand=hand)
    P.line(r.choice(['電話：', '聯絡電話：', '手機：']) + c.tel, align='r', hand=hand)
    P.line(c.date, align='r', hand=hand)

def maybe_stamp(P, r, c, p=.5):
    if r.random() < p:
        P.stamp(c.bshort(r).replace('政府', '')[:8], roc(r, y=c.y, style=r.choice([1, 2])), f'{c.y}{r.randint(0, 99999):05d}' if r.random() < .5 else None)

def pick(r, *alts): return r.choice(alts)

# ================================================================ house-tax-relief
HT_OPTS = ['自住住宅用（本人、配偶或直系親屬實際居住並辦竣戶籍登記，無出租或供營業）', '公共設施保留地上房屋',
           '災害毀損面積占整棟30%以上不及50%', '災害毀損面積占整棟50%以上必須修復始能使用', '身心障礙者或低收入戶', '其他：']
def ht_form(P, r, c, nt):
    head(P, r, c, pick(r, '房屋稅減免申請書', '房屋稅自住住宅稅率申請書', '房屋稅減免及自住住宅用申請書'), nt)
    P.line(f'收件編號：　　　　　　　　　　　填表日期：{c.date}', pt=P.pt * .85, align='r')
    sel = r.choice([[0], [0], [1], [2], [3], [4]])
    rows = [[('納稅義務人', .18, 'b'), (c.name, .32, 'h'), ('身分證統一編號', .2, 'b'), (c.id, .3, 'h')],
            [('房屋坐落', .18, 'b'), (c.addr, .82, 'h')],
            [('房屋稅籍編號', .18, 'b'), (hno(r), .32, 'h'), ('聯絡電話', .2, 'b'), (c.tel, .3, 'h')],
            [('申請事項', .18, 'b'), (chk(HT_OPTS, sel), .82, '')],
            [('居住情形', .18, 'b'), (f'設籍人：{pick(r, c.name, c.kin)}（{pick(r, "本人", "配偶", "母", "父", "長子")}）　共{r.randint(1, 6)}人', .82, 'h')],
            [('附繳證件', .18, 'b'), (chk(['戶口名簿影本', '身分證影本', '建物所有權狀影本', '災害證明文件', '身心障礙證明影本'], r.sample(range(5), 2)), .82, '')]]
    if sel[0] in (2, 3): rows.insert(4, [('毀損情形', .18, 'b'), (f'{pick(r, "颱風", "火災", "豪雨土石流", "地震")}致{pick(r, "屋頂", "廚房及後棟", "二樓全部", "鐵皮加蓋部分")}毀損，約{r.randint(30, 80)}%', .82, 'h')])
    P.grid(rows)
    P.line('注意事項：', pt=P.pt * .85)
    P.items(['本申請書應於每期開徵40日前提出，逾期申請者自申請之次期開始適用。', '房屋用途如有變更，應於變更之日起30日內申報。',
             '代理人代為申請者，應檢附委任書及代理人身分證明文件。'], pt=P.pt * .8, numfmt='{}.')
    if r.random() < .45:
        sigblock(P, r, c, '代理人', name=c.kin, extra=[f'與納稅義務人關係：{pick(r, "長子", "次女", "女婿", "監護人", "孫")}'])
    else:
        sigblock(P, r, c, '申請人', idv=None)
    maybe_stamp(P, r, c, .6)

def ht_kv(P, r, c, nt):
    head(P, r, c, pick(r, '全國單一自住房屋申報書', '房屋稅自用住宅申報書', '房屋稅減免申請書'), nt, generic='申　報　書')
    P.space(.5)
    P.kv([('所有權人', c.name), ('身分證字號', c.id), ('出生日期', roc(r, y=r.randint(30, 80), style=0)),
          ('房屋門牌', c.addr), ('稅籍編號', hno(r)), ('權利範圍', pick(r, '全部', '1/2', '1/3', '4分之1')),
          ('實際居住人', f'{pick(r, c.name, c.kin)}等{r.randint(1, 5)}人'), ('通訊地址', pick(r, '同上', c.addr2)), ('電話', c.tel)], cols=1)
    P.para('申請人聲明：本人、配偶及未成年子女全國僅持有上開一戶房屋，且供自住使用，無出租或供營業情形，'
           f'{pick(r, "請准予按自住住宅稅率課徵房屋稅。", "申請適用自住房屋稅率，如有不實願負法律責任。", "懇請依房屋稅條例規定核定自住稅率。")}')
    P.line(chk(['本人', '配偶', '直系親屬'], [r.randint(0, 2)]) + '　辦竣戶籍登記', )
    sigblock(P, r, c, '申報人')
    maybe_stamp(P, r, c)

def ht_letter(P, r, c, nt):
    a = c.addr; who = pick(r, '家父', '家母', '先父', '我媽媽', '爸爸')
    dead = who == '先父'
    p1 = (f'{who}{c.kin}已於{roc(r, style=0)}過世，{a}這間房子已經辦好繼承登記，由我繼承。' if dead else
          f'我是{c.name}，{who}{c.kin}名下有一間房子，門牌是{a}，房屋稅籍編號{hno(r)}。')
    p2 = pick(r, f'現在我們一家{r.randint(2, 6)}口都住在那裡，戶籍也都遷進去了，沒有租給別人，也沒有做生意。',
              f'{who}年紀大了行動不便，由我和太太搬回來照顧，戶籍都設在這裡，房子只有自己住。',
              f'房子一樓以前出租當{pick(r, "檳榔攤", "機車行", "早餐店")}，已經在{roc(r, style=0)}收回來，現在全部自己住。')
    p3 = pick(r, '想請稅務局幫忙看看能不能改用自住的房屋稅稅率，需要補什麼資料請打電話給我。',
              '麻煩貴局依規定准予按自用住宅稅率課徵房屋稅，附上戶口名簿影本及身分證影本。',
              '請問這樣可以申請房屋稅自住優惠嗎？如果可以，請從下一期開始幫我們更改，謝謝。')
    letter(P, r, c, [p1, p2, p3], name=c.name, extra=[f'（{pick(r, "繼承人", "代理人", "長子", "女兒")}）'] if r.random() < .6 else [])
    maybe_stamp(P, r, c, .4)

def ht_bz(P, r, c, nt):
    t = pick(r, '補正說明書', '房屋稅減免案補正說明', '房屋稅自住稅率補充說明', None)
    if t and not nt: P.title(t, spaced=r.random() < .5)
    P.space(.4)
    rf = ref(c, r, '房')
    P.para(f'關於本人申請{c.addr}房屋{pick(r, "按自住住宅稅率課徵房屋稅", "房屋稅減免", "因災毀損減徵房屋稅")}一案，'
           f'前奉貴局{roc(r, y=c.y, style=0)}{rf}函通知補正，茲說明如下：')
    P.items([pick(r, '檢附戶口名簿影本一份，申請人之母已於上月遷入該址。', '檢附房屋現況照片6張及村長證明書一紙，證明屋頂確因颱風毀損。',
                  '該屋二樓原出租部分，租約已於到期日終止，檢附終止協議書影本。'),
             pick(r, '房屋現由申請人及配偶、子女居住，並無營業情形。', '毀損部分自災害發生日起即無法使用，修復後將另行通知貴局。',
                  '申請人長年在外地工作，房屋由父母居住，父母戶籍均設於該址。'),
             pick(r, '如尚有不足，請通知申請人補送。', '懇請准予自本期起適用。', '以上所述均屬實在。')])
    P.kv([('申請人', c.name), ('身分證統一編號', c.id), ('電話', c.tel)], hand=r.random() < .6, underline=False)
    P.line(c.date, align='r')
    maybe_stamp(P, r, c, .6)

# ================================================================ land-value-tax-self-use
def lv_form(P, r, c, nt):
    head(P, r, c, pick(r, '地價稅自用住宅用地申請書', '適用自用住宅用地稅率課徵地價稅申請書', '自用住宅用地地價稅申請書'), nt)
    P.line(f'申請日期：{c.date}　　　　　　　　收件號：', pt=P.pt * .9)
    rows = [[('土地所有權人', .2, 'b'), (c.name, .3, 'h'), ('身分證統一編號', .2, 'b'), (c.id, .3, 'h')],
            [('住址', .2, 'b'), (c.addr, .8, 'h')],
            [('鄉鎮市區', .15, 'bc'), ('段', .15, 'bc'), ('小段', .12, 'bc'), ('地號', .18, 'bc'), ('面積(㎡)', .15, 'bc'), ('權利範圍', .25, 'bc')]]
    for _ in range(r.randint(1, 3)):
        p = parcel(r, c.g, c.town)
        rows.append([(p['town'], .15, 'h'), (p['sec'], .15, 'h'), (p['sub'], .12, 'h'), (p['no'], .18, 'h'), (f'{p["area"]:.2f}', .15, 'h'), (pick(r, '全部', '1/2', '1/4', '12/100'), .25, 'h')])
    rows += [[('地上建物門牌', .2, 'b'), (c.addr, .8, 'h')],
             [('設籍情形', .2, 'b'), (chk(['本人', '配偶', '直系親屬'], r.sample(range(3), r.randint(1, 2))) + f'　設籍人姓名：{c.kin}', .8, '')],
             [('使用情形', .2, 'b'), (chk(['無出租', '無供營業使用', '部分出租或營業'], [0, 1]), .8, '')]]
    P.grid(rows)
    P.para('申請人及配偶、未成年受扶養親屬以一處為限；都市土地面積未超過三公畝，非都市土地未超過七公畝部分適用千分之二稅率。', pt=P.pt * .82, indent=0)
    sigblock(P, r, c, '申請人')
    maybe_stamp(P, r, c, .6)

def lv_kv(P, r, c, nt):
    head(P, r, c, pick(r, '土地按自用住宅用地稅率課徵地價稅申請書', '地價稅優惠稅率申請書'), nt, generic='申　請　書　（土地）')
    p = parcel(r, c.g, c.town)
    P.kv([('申請人', c.name), ('統一編號', c.id), ('土地坐落', f'{c.g["c"]}{p["town"]}{p["sec"]}{p["sub"]}{p["no"]}地號'),
          ('面積', f'{p["area"]}平方公尺'), ('持分', pick(r, '全部', '2分之1', '3分之1')), ('房屋門牌', c.addr),
          ('戶籍登記', pick(r, f'本人{c.name}', f'{pick(r, "配偶", "長子", "母親", "次女")}{c.kin}')), ('地價稅籍', f'{r.randint(100000, 999999)}'), ('聯絡電話', c.tel)])
    P.para(pick(r, '上開土地地上房屋供本人及家屬居住使用，確無出租或營業，請准按自用住宅用地稅率課徵地價稅。',
                '申請人保證上開土地確為自用住宅用地，如有出租或營業情事，願依法補繳稅款。'))
    P.line(chk(['附戶口名簿影本', '附建物登記謄本', '委任書'], r.sample(range(3), 2)), pt=P.pt * .9)
    sigblock(P, r, c, '申請人')
    maybe_stamp(P, r, c)

def lv_letter(P, r, c, nt):
    p = parcel(r, c.g, c.town)
    role = pick(r, '監護人', '女兒', '兒子', '繼承人代表')
    s1 = {'監護人': f'我是{c.kin}的監護人{c.name}（法院已裁定），我母親{c.kin}因為失智住在安養中心，但戶籍仍在{c.addr}。',
          '女兒': f'我是{c.kin}的女兒{c.name}，幫爸爸寫這封信。',
          '兒子': f'本人{c.name}，代替年邁的父親{c.kin}提出申請。',
          '繼承人代表': f'家父{c.kin}於{roc(r, style=0)}往生，{p["town"]}{p["sec"]}{p["no"]}地號土地已由我們兄弟姊妹共同繼承，我是繼承人代表。'}[role]
    s2 = pick(r, f'這塊地在{p["sec"]}{p["no"]}地號，上面就是我們家住的房子，一直都是自己住，沒有出租。',
              f'{p["town"]}{p["sec"]}{p["sub"]}{p["no"]}地號上的房屋目前是{pick(r, "母親和我", "全家人", "我跟先生")}居住，沒有營業也沒有出租。',
              f'今年收到的地價稅單好像是用一般稅率算的（{money(r.randint(2000, 30000))}元），比鄰居貴很多。')
    s3 = pick(r, '請幫忙改用自用住宅用地的稅率（千分之二），需要的戶籍資料已附在後面。',
              '聽說要在九月二十二日以前申請才來得及今年適用，所以先寄來，證件影本另附。',
              '想申請地價稅自用住宅優惠，如果還需要其他文件，請告訴我們要補什麼。')
    letter(P, r, c, [s1, s2, s3], extra=[f'（{role}）'])
    maybe_stamp(P, r, c, .5)

def lv_bz(P, r, c, nt):
    if not nt: P.title(pick(r, '地價稅自用住宅用地補正資料', '補　正　書', '地價稅優惠稅率補件說明'))
    else: P.space(1)
    P.line(f'受文者：{c.bshort(r)}')
    P.line(f'主旨：依貴局{roc(r, y=c.y, style=1)}{ref(c, r, "地")}函，補送申請土地適用自用住宅用地稅率所需文件，請查照。')
    P.line('說明：')
    p = parcel(r, c.g, c.town)
    P.items([f'申請標的：{p["town"]}{p["sec"]}{p["sub"]}{p["no"]}地號，所有權人{c.name}。',
             pick(r, '補附所有權人之配偶戶籍謄本乙份，配偶已於本年7月遷入該址。', '補附房屋使用情形切結書乙份，該屋確無出租。',
                  '補附前次申請時漏附之建物所有權狀影本。'),
             pick(r, '所有權人年事已高，本件由其子代為遞送，附委任書。', '請准予自本年期起按千分之二稅率課徵。', '申請人另有一處土地，已於另案撤回，特此說明。')])
    sigblock(P, r, c, '申請人', idv=c.id if r.random() < .5 else None)
    maybe_stamp(P, r, c, .6)

# ================================================================ vehicle-license-tax-exemption
DIS = ['肢體障礙', '第7類（神經、肌肉、骨骼之移動相關構造及其功能）', '視覺障礙', '第1類（神經系統構造及精神、心智功能）', '多重障礙', '慢性精神病患者', '第6類（腎臟）']
def vt_form(P, r, c, nt):
    head(P, r, c, pick(r, '身心障礙者使用牌照稅免稅申請書', '使用牌照稅免稅申請書', '身心障礙者專用車輛免徵使用牌照稅申請書'), nt)
    rel = pick(r, '本人', '配偶', '父', '母', '子', '女', '監護人')
    rows = [[('車號', .15, 'b'), (plate(r), .35, 'h'), ('汽缸CC數', .15, 'b'), (f'{pick(r, 1598, 1798, 1998, 2362, 2497, 1496)}', .35, 'h')],
            [('車主姓名', .15, 'b'), (c.name, .35, 'h'), ('身分證字號', .15, 'b'), (c.id, .35, 'h')],
            [('車主地址', .15, 'b'), (c.addr, .85, 'h')],
            [('身心障礙者', .15, 'b'), (c.name if rel == '本人' else c.kin, .35, 'h'), ('身分證字號', .15, 'b'), (c.id if rel == '本人' else c.kin_id, .35, 'h')],
            [('與車主關係', .15, 'b'), (rel, .35, 'h'), ('障礙類別', .15, 'b'), (r.choice(DIS), .35, 'h')],
            [('障礙等級', .15, 'b'), (pick(r, '輕度', '中度', '重度', '極重度'), .35, 'h'), ('證明有效期限', .15, 'b'), (pick(r, '永久', roc(r, y=r.randint(114, 118), style=1)), .35, 'h')],
            [('聯絡電話', .15, 'b'), (c.tel, .85, 'h')]]
    P.grid(rows)
    P.para('申請人切結：本車為身心障礙者本人或其配偶、同一戶籍二親等以內親屬所有，專供該身心障礙者使用，每一身心障礙者以一輛為限，如有不實，願補繳稅款並接受處罰。', pt=P.pt * .9, indent=0)
    P.line(chk(['身心障礙證明影本', '行車執照影本', '戶口名簿影本', '駕照影本'], r.sample(range(4), 3)), pt=P.pt * .88)
    sigblock(P, r, c, '申請人（車主）')
    maybe_stamp(P, r, c, .6)

def vt_kv(P, r, c, nt):
    head(P, r, c, pick(r, '使用牌照稅免稅申請表', '身障車輛免稅申請'), nt, generic='申　請　表')
    P.line(pick(r, '（身心障礙者專用）', '（本人／親屬所有）', ''), align='c')
    P.kv([('申請人（車主）', c.name), ('國民身分證統一編號', c.id), ('車牌號碼', plate(r, moto=r.random() < .3)),
          ('排氣量', f'{pick(r, 124, 1598, 1798, 2000, 2488)} c.c.'), ('車種', pick(r, '自用小客車', '自用小客貨車', '機車')),
          ('身心障礙者姓名', c.kin), ('身分證號', c.kin_id), ('關係', pick(r, '父子', '母女', '夫妻', '祖孫（同戶籍）')),
          ('戶籍地址', c.addr), ('電話', c.tel), ('申請日期', c.date)])
    P.para(pick(r, '上列車輛專供身心障礙者使用，請准予免徵使用牌照稅。', '本人同一期間僅以上開一輛車申請免稅，請核准。'))
    sigblock(P, r, c, '申請人', date=False)
    maybe_stamp(P, r, c)

def vt_note(P, r, c, nt):
    pl = plate(r)
    s1 = pick(r, f'我是{c.kin}的{pick(r, "女兒", "兒子", "太太", "孫子")}{c.name}。{c.kin}今年{r.randint(60, 90)}歲，領有{pick(r, "中度", "重度")}身心障礙證明。',
              f'本人{c.name}，因為{pick(r, "中風", "車禍", "糖尿病截肢", "洗腎")}後領有身心障礙手冊，現在出門都要靠家人開車。')
    s2 = pick(r, f'家裡的車子{pl}登記在我名下，平常就是載他去{pick(r, "醫院洗腎", "復健", "看門診")}，我們同一個戶口。',
              f'車號{pl}是專門接送用的，一個人只有申請這一台。', f'原本的車已經報廢，{roc(r, style=0)}換了新車{pl}，想把免稅轉到新車。')
    s3 = pick(r, '請問這台車的牌照稅可以免繳嗎？證明跟行照影本都附上了。', '麻煩幫我們辦理使用牌照稅免稅，謝謝。', '拜託幫忙辦理免稅，有問題請打我手機。')
    letter(P, r, c, [s1, s2, s3], hand=r.random() < .75, sal=pick(r, '稅務局您好：', '您好：', None))
    maybe_stamp(P, r, c, .4)

def vt_bz(P, r, c, nt):
    if not nt: P.title(pick(r, '使用牌照稅免稅補正函覆', '補　正　說　明', '身障車輛免稅案補件'))
    P.line(f'受文者：{c.bshort(r)}', gap=.8)
    pl = plate(r)
    P.para(f'有關{c.name}所有{pl}號車輛申請{pick(r, "使用牌照稅免稅", "身障車輛免徵牌照稅")}案，貴局{roc(r, y=c.y)}{ref(c, r, "牌")}號函請補附文件，謹覆如下：')
    P.items([pick(r, f'身心障礙者{c.kin}之證明已於本年度重新鑑定換發，新證明有效期限至{roc(r, y=118, style=0)}，影本如附。',
                  '補附戶口名簿影本，證明身心障礙者與車主同一戶籍。', '補附行車執照正反面影本。'),
             pick(r, '原申請書漏填汽缸排氣量，補填為1,798c.c.。', '身心障礙者本人無駕照，由車主即其配偶駕駛。', '另請將通知書改寄至下列地址。')])
    P.kv([('車主', c.name), ('身分證字號', c.id), ('電話', c.tel), ('日期', c.date)], hand=True, underline=False)
    maybe_stamp(P, r, c, .7)

# ================================================================ deed-tax-declaration
def dt_form(P, r, c, nt):
    head(P, r, c, '契稅申報書', nt, generic=None, spaced=r.random() < .6)
    if nt: P.title('申　報　書　（房屋移轉）')
    kind = r.choice(['買賣', '買賣', '贈與', '分割', '交換', '典權'])
    price = r.randint(30, 900) * 10000
    seller = pname(r)
    P.line('契約種類：' + chk(['買賣', '典權', '交換', '贈與', '分割', '占有'], [['買賣', '典權', '交換', '贈與', '分割', '占有'].index(kind)]))
    rows = [[('', .16, ''), ('姓名／名稱', .2, 'bc'), ('統一編號', .2, 'bc'), ('住址', .44, 'bc')],
            [('權利人（買受人）', .16, 'b'), (c.name, .2, 'h'), (c.id, .2, 'h'), (c.addr, .44, 'h')],
            [('義務人（出賣人）', .16, 'b'), (seller, .2, 'h'), (tw_id(r, c.g['L']), .2, 'h'), (c.addr2, .44, 'h')],
            [('房屋坐落', .16, 'b'), (addr(r, c.g, c.town), .84, 'h')],
            [('房屋稅籍編號', .16, 'b'), (hno(r), .34, 'h'), ('權利範圍', .16, 'b'), (pick(r, '全部', '1/2', '1/3'), .34, 'h')],
            [('立契日期', .16, 'b'), (roc(r, y=c.y, style=0), .34, 'h'), ('移轉價格', .16, 'b'), (f'新臺幣{money(price)}元', .34, 'h')],
            [('房屋評定現值', .16, 'b'), (f'{money(r.randint(80, 1500) * 1000)}元', .34, 'h'), ('代理人', .16, 'b'), (pick(r, '', f'{pname(r)}地政士'), .34, 'h')]]
    P.grid(rows)
    P.para('本件契約係於立契之日起30日內申報，所附契約書確係真實，如有虛偽不實願負法律責任。', pt=P.pt * .9)
    P.line('附件：' + chk(['公定契紙', '買賣契約影本', '身分證影本', '其他'], r.sample(range(4), 2)), pt=P.pt * .9)
    sigblock(P, r, c, '申報人（權利人）')
    maybe_stamp(P, r, c, .6)

def dt_kv(P, r, c, nt):
    head(P, r, c, pick(r, '房屋贈與契稅申報書', '契稅申報書（贈與）', '不動產移轉契稅申報書'), nt, generic='申報書')
    giver = c.kin
    P.kv([('受贈人', c.name), ('身分證統一編號', c.id), ('贈與人', f'{giver}（{pick(r, "父", "母", "祖父")}）'), ('房屋門牌', c.addr),
          ('稅籍編號', hno(r)), ('贈與契約日期', roc(r, y=c.y, style=r.randint(0, 2))), ('持分', pick(r, '全部', '二分之一')),
          ('申報契價', f'{money(r.randint(200, 1200) * 1000)}元'), ('受贈人電話', c.tel)])
    P.para(pick(r, '上開房屋係贈與人贈與受贈人，依契稅條例規定於期限內申報契稅，請核發繳款書。',
                '本件贈與並已向國稅局申報贈與稅，核定通知書影本一併附送。'))
    sigblock(P, r, c, '申報人', idv=None)
    maybe_stamp(P, r, c)

def dt_letter(P, r, c, nt):
    sib = pname(r)
    s1 = pick(r, f'我和{pick(r, "哥哥", "弟弟", "妹妹")}{sib}共有{c.addr}的房子（各持分二分之一），今年協議分割，房子歸我一個人。',
              f'本人於{roc(r, style=0)}向{sib}購買{c.addr}透天厝一棟，價金{money(r.randint(300, 1200) * 10000)}元，已經付清。',
              f'我父親想把{c.addr}的房子過戶給我，用贈與的方式。')
    s2 = pick(r, '聽代書說房子移轉要先報契稅，所以把契約和身分證影本寄過來，麻煩幫忙申報。',
              '契約書是自己寫的，附在後面，請問契稅要怎麼算，稅單請寄到我家。', '請依規定核定契稅並寄發繳款書，我會在期限內繳清。')
    letter(P, r, c, [s1, s2], sal=pick(r, None, '契稅承辦人員您好：'))
    maybe_stamp(P, r, c, .5)

def dt_bz(P, r, c, nt):
    agent = pname(r)
    P.line(f'{agent}地政士事務所', pt=P.pt * 1.3, face=BOLD.get(P.face, P.face))
    P.line(f'地址：{addr(r, c.g)}　電話：{phone(r, c.g)}', pt=P.pt * .85); P.hr()
    if not nt: P.title(pick(r, '契稅案件補正', '補件申請書'), pt=P.pt * 1.3)
    P.line(f'受文者：{c.bshort(r)}')
    P.para(f'主旨：檢送買受人{c.name}申報{c.addr}房屋契稅案補正資料，請　查照。', indent=0)
    P.para(f'說明：一、復貴局{roc(r, y=c.y, style=1)}{ref(c, r, "契")}補正通知。二、補附{pick(r, "買賣價金給付證明（匯款單影本）", "原契約第3頁簽章頁", "出賣人印鑑證明")}乙份；'
           f'三、原申報移轉價格{money(r.randint(300, 900) * 10000)}元無誤。', indent=0)
    P.line(f'代理人：{agent}（地政士證書字號：({r.randint(85, 112)})台內地登字第{r.randint(10000, 99999)}號）', pt=P.pt * .9)
    P.line(f'申報人：{c.name}', align='r'); P.seal(c.name, y=P.y - int(P.px(P.pt) * 3))
    P.line(c.date, align='r')
    maybe_stamp(P, r, c, .7)

# ================================================================ land-value-increment-tax-declaration
def li_form(P, r, c, nt):
    head(P, r, c, pick(r, '土地增值稅（土地現值）申報書', '土地現值申報書', '土地增值稅申報書'), nt, generic=None)
    if nt: P.title('申　報　書')
    buyer = pname(r)
    P.line('移轉原因：' + chk(['買賣', '贈與', '交換', '共有土地分割', '拍賣', '其他'], [r.choice([0, 0, 1, 3])]), pt=P.pt * .95)
    rows = [[('', .14, ''), ('姓名', .18, 'bc'), ('統一編號', .2, 'bc'), ('住址', .48, 'bc')],
            [('權利人', .14, 'b'), (buyer, .18, 'h'), (tw_id(r, c.g['L']), .2, 'h'), (c.addr2, .48, 'h')],
            [('義務人', .14, 'b'), (c.name, .18, 'h'), (c.id, .2, 'h'), (c.addr, .48, 'h')],
            [('段', .14, 'bc'), ('小段', .1, 'bc'), ('地號', .14, 'bc'), ('面積㎡', .12, 'bc'), ('權利範圍', .12, 'bc'), ('申報現值(元/㎡)', .18, 'bc'), ('前次移轉年月', .2, 'bc')]]
    for _ in range(r.randint(1, 3)):
        p = parcel(r, c.g, c.town)
        rows.append([(p['sec'], .14, 'h'), (p['sub'], .1, 'h'), (p['no'], .14, 'h'), (f'{p["area"]}', .12, 'h'), (pick(r, '全部', '1/2', '1/6'), .12, 'h'),
                     (money(r.randint(30, 400) * 100), .18, 'h'), (f'{r.randint(60, 108)}年{r.randint(1, 12)}月', .2, 'h')])
    rows.append([('申請按自用住宅用地稅率課徵', .32, 'b'), (chk(['是（一生一次）', '是（一生一屋）', '否'], [r.randint(0, 2)]), .68, '')])
    rows.append([('立約日期', .14, 'b'), (roc(r, y=c.y, style=1), .36, 'h'), ('地政士', .14, 'b'), (f'{pname(r)}', .36, 'h')])
    P.grid(rows)
    P.para('註：申報現值不得低於申報當期之公告土地現值；申請自用住宅用地者應檢附戶籍資料。', pt=P.pt * .82, indent=0)
    sigblock(P, r, c, '義務人', extra=[f'權利人：{buyer}'])
    maybe_stamp(P, r, c, .6)

def li_kv(P, r, c, nt):
    head(P, r, c, pick(r, '土地增值稅自用住宅用地稅率申請書', '土地增值稅 申報', '土地移轉現值申報書（贈與）'), nt, generic='申報書')
    p = parcel(r, c.g, c.town)
    P.kv([('土地所有權人', c.name), ('統一編號', c.id), ('坐落', f'{p["town"]}{p["sec"]}{p["sub"]}{p["no"]}地號'),
          ('面積', f'{p["area"]}平方公尺'), ('權利範圍', pick(r, '全部', '2分之1')), ('取得日期', roc(r, y=r.randint(70, 105), style=0)),
          ('移轉原因', pick(r, '買賣', '贈與（父贈子）', '夫妻贈與')), ('申報移轉現值', f'每平方公尺{money(r.randint(40, 300) * 100)}元'),
          ('地上建物門牌', c.addr), ('電話', c.tel)], cols=1)
    P.para(pick(r, '本人出售上開自用住宅用地，出售前一年內無出租或營業，且為一生一次首次適用，請准按10%稅率課徵土地增值稅。',
                '上開土地係配偶相互贈與，依土地稅法第28條之2規定申請不課徵土地增值稅。',
                '請依申報移轉現值核計土地增值稅，並寄發繳款書。'))
    sigblock(P, r, c, '申報人', date=False)
    maybe_stamp(P, r, c)

def li_letter(P, r, c, nt):
    p = parcel(r, c.g, c.town)
    s1 = pick(r, f'我住在{c.addr}，這間房子和土地（{p["sec"]}{p["no"]}地號）是我{roc(r, y=r.randint(80, 100), style=0)}買的，住了很多年。',
              f'先母遺留{p["town"]}{p["sec"]}{p["no"]}地號土地，由本人繼承後，現在要賣給鄰居。',
              f'我是{c.kin}的女兒，媽媽住院中，由我代理她出售{p["sec"]}{p["no"]}地號的土地。')
    s2 = pick(r, '因為年紀大了要搬去跟小孩住，所以把房子賣掉，買方是外地人。',
              f'買賣契約已經在{roc(r, y=c.y, style=0)}簽好，總價{money(r.randint(400, 2000) * 10000)}元。',
              '這塊地一直是自己住的，沒有出租，戶籍也一直在那裡。')
    s3 = pick(r, '我這輩子還沒有用過一生一次的自用住宅優惠，想申請用10%的稅率算土地增值稅，麻煩貴局核定。',
              '隨信附上土地現值申報書及契約影本，請幫我們計算土地增值稅。', '請問增值稅大概要繳多少？稅單請寄給代書。')
    letter(P, r, c, [s1, s2, s3])
    maybe_stamp(P, r, c, .5)

def li_bz(P, r, c, nt):
    t = pick(r, '陳述書', '土地增值稅自用住宅用地陳述書', '土地增值稅案件補正說明')
    if not nt: P.title(t)
    p = parcel(r, c.g, c.town)
    P.kv([('陳述人', c.name), ('身分證字號', c.id), ('住址', c.addr)], hand=False, underline=False)
    P.para(f'陳述事項：本人申報移轉{p["town"]}{p["sec"]}{p["sub"]}{p["no"]}地號土地，貴局以{ref(c, r, "土")}函請說明'
           f'{pick(r, "出售前一年內是否有出租情形", "地上房屋之使用情形", "前次移轉現值之認定")}，茲陳述如下：')
    P.items([pick(r, '地上房屋一樓雖曾掛有商號招牌，實為先父生前退休前所留，已多年未營業，稅籍亦已註銷。', '出售前一年內該屋由本人及配偶居住，並無出租。',
                  '前次移轉係民國72年因繼承取得，應以繼承開始時之公告土地現值為前次移轉現值。'),
             pick(r, '檢附水電費單據及里長證明書各一份。', '請准按自用住宅用地稅率核課土地增值稅。', '隨函檢送戶籍謄本一份。')])
    sigblock(P, r, c, '陳述人')
    maybe_stamp(P, r, c, .6)

# ================================================================ tax-refund-request
TAXES = ['房屋稅', '地價稅', '使用牌照稅', '契稅', '土地增值稅', '娛樂稅']
def rf_form(P, r, c, nt):
    head(P, r, c, pick(r, '退稅申請書', '溢繳稅款退還申請書', '地方稅退稅申請書'), nt)
    tax = r.choice(TAXES); amt = r.randint(300, 50000)
    b, acc = account(r)
    rows = [[('申請人', .18, 'b'), (c.name, .32, 'h'), ('身分證/統一編號', .2, 'b'), (c.id, .3, 'h')],
            [('通訊地址', .18, 'b'), (c.addr, .82, 'h')],
            [('稅目', .18, 'b'), (tax, .32, 'h'), ('課稅年(期)別', .2, 'b'), (f'{c.y - r.randint(0, 1)}年', .3, 'h')],
            [('稅籍/車號', .18, 'b'), (plate(r) if tax == '使用牌照稅' else hno(r), .32, 'h'), ('繳納日期', .2, 'b'), (roc(r, y=c.y, style=1), .3, 'h')],
            [('退稅金額', .18, 'b'), (f'{money(amt)}元（{fin(amt)}）', .82, 'h')],
            [('退稅原因', .18, 'b'), (chk(['重複繳納', '溢繳', '減免核准', '車輛報廢／過戶', '其他'], [r.randint(0, 4)]), .82, '')],
            [('退稅帳戶', .18, 'b'), (f'{b}　{acc}　戶名：{c.name}', .82, 'h')]]
    P.grid(rows)
    P.para('申請人同意將應退稅款直接撥入上開帳戶，帳戶戶名須與納稅義務人相同。', pt=P.pt * .9, indent=0)
    P.line('附件：' + chk(['繳款書收據聯影本', '存摺封面影本', '身分證影本'], [0, 1]), pt=P.pt * .9)
    sigblock(P, r, c)
    maybe_stamp(P, r, c, .6)

def rf_kv(P, r, c, nt):
    head(P, r, c, pick(r, '申請退還溢繳稅款', '退稅 申請', '重複繳納退款申請表'), nt, generic='申請表')
    amt = r.randint(500, 30000); b, acc = account(r); tax = r.choice(TAXES)
    P.kv([('納稅義務人', c.name), ('統一編號', c.id), ('稅目', tax), ('繳款書編號', f'{r.randint(10 ** 13, 10 ** 14 - 1)}'),
          ('繳納方式', pick(r, '超商代收', '便利商店＋臨櫃', '信用卡', '郵局臨櫃')), ('重複繳納金額', f'NT${money(amt)}'),
          ('退款銀行', b), ('帳號', acc), ('聯絡電話', c.tel)])
    P.para(pick(r, '本期稅款因家人不知已繳，再以超商繳納一次，請將溢繳之款項退還。',
                f'本人已於{roc(r, style=0)}辦理減免核准，原已繳之稅款請依核定結果退還差額。'))
    sigblock(P, r, c)
    maybe_stamp(P, r, c)

def rf_heir(P, r, c, nt):
    amt = r.randint(800, 20000); b, acc = account(r)
    s1 = pick(r, f'家父{c.kin}（身分證{c.kin_id}）已於{roc(r, style=0)}過世，他名下的{pick(r, "房屋稅", "地價稅", "汽車牌照稅")}在過世後又被扣繳了一次，金額{money(amt)}元。',
              f'我母親{c.kin}生前繳了今年的{pick(r, "房屋稅", "地價稅")}，結果我們辦完繼承後又收到一張一樣的稅單，也繳了，等於重複繳了{money(amt)}元。')
    s2 = pick(r, '我們全部繼承人已經協議由我代表領取退稅，協議書和繼承系統表影本附在後面。',
              f'請把多繳的錢退到我的帳戶：{b}，{acc}，戶名{c.name}。', '麻煩幫忙辦理退稅，存摺影本另附。')
    s3 = pick(r, '如果要全部繼承人簽名，請來電告知。', '謝謝承辦人員幫忙。', '')
    letter(P, r, c, [x for x in (s1, s2, s3) if x], extra=['（繼承人代表）'])
    maybe_stamp(P, r, c, .5)

def rf_note(P, r, c, nt):
    hand = True
    P.ruled(int(P.px(P.pt * 1.08) * 1.6))
    pl = plate(r); amt = r.randint(1000, 11230)
    P.line(pick(r, '您好：', '承辦人您好', '稅務局：'), hand=hand)
    P.para(pick(r, f'我的車{pl}牌照稅上個月用手機繳了{money(amt)}元，後來又在超商繳了一次，請幫我退一筆。',
                f'{pl}這台車已經在{roc(r, style=2)}報廢，牌照稅是全年繳的，剩下的月份請退給我。',
                f'房屋稅今年繳了兩次（{money(amt)}元），一次是我、一次是我弟弟，請退回一筆。'), hand=hand)
    b, acc = account(r)
    P.para(f'退款帳戶：{b} {acc}', hand=hand, indent=0)
    P.para(f'{c.name}　{c.tel}', hand=hand, indent=0)
    P.line(roc(r, y=c.y, style=1), hand=hand, align='r')
    maybe_stamp(P, r, c, .5)

# ================================================================ appeal-reexamination
def ap_form(P, r, c, nt):
    head(P, r, c, pick(r, '復查申請書', '地方稅復查申請書', '申請復查書'), nt, generic=None, spaced=r.random() < .5)
    if nt: P.title('申　請　書')
    tax = r.choice(TAXES[:5]); amt = r.randint(2000, 300000)
    rows = [[('申請人', .18, 'b'), (c.name, .32, 'h'), ('身分證統一編號', .2, 'b'), (c.id, .3, 'h')],
            [('住居所', .18, 'b'), (c.addr, .82, 'h')],
            [('代理人', .18, 'b'), (pick(r, '', f'{pname(r)}律師', f'{c.kin}（子）'), .32, 'h'), ('電話', .2, 'b'), (c.tel, .3, 'h')],
            [('原處分稅目', .18, 'b'), (tax, .32, 'h'), ('年度／期別', .2, 'b'), (f'{c.y - 1}年', .3, 'h')],
            [('繳款書／核定書字號', .18, 'b'), (f'{ref(c, r, "")}'.replace('字第', '第'), .82, 'h')],
            [('核定稅額', .18, 'b'), (f'{money(amt)}元', .32, 'h'), ('繳納期間屆滿日', .2, 'b'), (roc(r, y=c.y, style=1), .3, 'h')],
            [('不服之事實及理由', .18, 'b'), (pick(r, '系爭房屋自102年起即供申請人及家屬自住，原核定按非自住稅率課徵顯有違誤。',
                                           '核定之土地前次移轉現值有誤，應以繼承時之公告現值計算，致增值稅額溢算。',
                                           '系爭車輛已於核定期間前失竊並報案，不應課徵使用牌照稅。',
                                           '契稅核定以評定標準價格計算，惟本件為公設保留地上房屋，適用法條錯誤。'), .82, 'h')],
            [('證據', .18, 'b'), (chk(['繳款書影本', '戶籍謄本', '報案證明', '照片', '其他'], r.sample(range(5), 2)), .82, '')]]
    P.grid(rows)
    P.para('依稅捐稽徵法第35條規定，於繳款書送達後，繳納期間屆滿之翌日起30日內申請復查。', pt=P.pt * .85, indent=0)
    sigblock(P, r, c)
    maybe_stamp(P, r, c, .65)

def ap_letter(P, r, c, nt):
    if not nt: P.title(pick(r, '復查申請', '申請復查'), pt=P.pt * 1.6)
    tax = r.choice(['房屋稅', '地價稅', '使用牌照稅'])
    P.line(f'受文者：{c.bshort(r)}')
    P.para(f'主旨：申請人不服貴局核定{c.y - 1}年{tax}（{ref(c, r, "")}），依法申請復查，請查照惠予重核。', indent=0)
    P.line('說明：')
    P.items([f'申請人{c.name}於{roc(r, y=c.y, style=0)}收受{tax}繳款書，核定稅額{money(r.randint(3000, 90000))}元。',
             pick(r, '查申請人所有房屋係供自住，早於前年度即申請自住稅率並經核准，本期竟改按非自住稅率課徵，顯與事實不符。',
                  '原處分認定該地部分出租，惟承租人早已搬離，有房東與承租人之終止租約書為憑。',
                  '系爭機車已於去年報廢，監理站有紀錄可查，卻仍核發本年牌照稅。'),
             '為此檢附相關證明文件，懇請准予撤銷原核定，另為適法之處分。'])
    sigblock(P, r, c, '申請人', idv=c.id)
    maybe_stamp(P, r, c, .6)

def ap_plain(P, r, c, nt):
    tx = pick(r, '房屋稅', '地價稅')
    s1 = pick(r, f'我是{c.name}，{pick(r, "代理我母親", "幫我父親", "以監護人身分代")}{c.kin}寫這封信。',
              f'本人{c.name}收到貴局寄來的{c.y - 1}年{tx}核定通知及繳款書。', f'我對今年{tx}的核定結果有意見。')
    s2 = pick(r, f'我們家那{"間房子" if tx == "房屋稅" else "塊地"}一直都是自己住的，卻被改成一般稅率，稅金一下子多了好幾倍，我們不能接受。',
              '通知上說房子有一部分在營業，但那是我兒子借放東西，並沒有做生意，也沒有開發票。',
              f'稅單上的{"房屋面積" if tx == "房屋稅" else "土地面積"}比謄本多了三十幾平方公尺，應該是算錯了。')
    s3 = pick(r, '依照稅捐稽徵法的規定，我在期限內提出復查，請重新審查並更正稅額。',
              '所以申請復查，請貴局重新查明，相關照片和謄本附在後面。', '請受理我的復查申請，必要時可以派人來現場看。')
    letter(P, r, c, [s1, s2, s3])
    maybe_stamp(P, r, c, .55)

def ap_supp(P, r, c, nt):
    if not nt: P.title(pick(r, '復查補充理由書', '補充理由書'), spaced=False)
    else: P.title(pick(r, '陳述書', '補充說明'))
    P.kv([('申請人', c.name), ('身分證統一編號', c.id), ('原申請日期', roc(r, y=c.y, style=1))], hand=False, underline=False)
    P.para(f'為{c.y - 1}年{pick(r, "房屋稅", "地價稅", "土地增值稅")}復查事件，謹補充理由如下：', indent=0)
    P.items([pick(r, '貴局於復查審理期間派員現勘，當日因申請人住院致未能到場說明，特此補陳。', '申請人前於復查申請書所提之租約終止日期誤植，應更正為112年3月31日。'),
             pick(r, '補附台電公司用電紀錄，證明該屋用電量屬一般住家用電。', '補附鄰長及里長出具之居住證明。'),
             '綜上，原核定確有違誤，懇請鈞局撤銷原處分。'])
    sigblock(P, r, c)
    maybe_stamp(P, r, c, .6)

# ================================================================ mailing-address-change
def ma_form(P, r, c, nt):
    head(P, r, c, pick(r, '送達地址變更申請書', '地方稅籍送達地址申請（變更）書', '稅單寄送地址變更申請書'), nt)
    rows = [[('納稅義務人', .2, 'b'), (c.name, .3, 'h'), ('統一編號', .18, 'b'), (c.id, .32, 'h')],
            [('申請稅目', .2, 'b'), (chk(['房屋稅', '地價稅', '使用牌照稅', '全部地方稅'], r.sample(range(4), r.randint(1, 2))), .8, '')],
            [('原送達地址', .2, 'b'), (c.addr, .8, 'h')],
            [('新送達地址', .2, 'b'), (c.addr2, .8, 'h')],
            [('稅籍編號／車號', .2, 'b'), ('、'.join(hno(r) if r.random() < .6 else plate(r) for _ in range(r.randint(1, 3))), .8, 'h')],
            [('聯絡電話', .2, 'b'), (c.tel, .3, 'h'), ('E-mail', .18, 'b'), (pick(r, '', f'{c.id[1:5].lower()}chen{r.randint(1, 99)}@gmail.com'), .32, 'h')]]
    P.grid(rows)
    P.para('自申請之日起，上開稅目之繳款書及相關文書改送達新地址。', pt=P.pt * .9, indent=0)
    if r.random() < .5: sigblock(P, r, c, '代理人', name=c.kin, extra=['（受託人／家屬）'])
    else: sigblock(P, r, c)
    maybe_stamp(P, r, c, .55)

def ma_ebill(P, r, c, nt):
    head(P, r, c, pick(r, '電子繳款書申請書', '地方稅電子稅單申請書', '電子郵件寄送繳款書申請'), nt, generic='申請書（地方稅）')
    email = pick(r, f'lin{r.randint(10, 99)}@yahoo.com.tw', f'hakka{r.randint(100, 999)}@gmail.com', f'{c.id[:3].lower()}mama@hotmail.com')
    P.kv([('申請人', c.name), ('身分證字號', c.id), ('手機號碼', f'09{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(100, 999)}'), ('電子郵件信箱', email)])
    P.line('申請項目：' + chk(['新申請', '變更電子郵件', '取消'], [r.choice([0, 0, 1])]))
    P.line('適用稅目：' + chk(['房屋稅', '地價稅', '使用牌照稅'], r.sample(range(3), 2)))
    P.para('申請後不再寄送紙本繳款書，改以電子郵件通知，申請人如未收到應自行上網查詢列印。', pt=P.pt * .88)
    sigblock(P, r, c)
    maybe_stamp(P, r, c, .4)

def ma_note(P, r, c, nt):
    s1 = pick(r, f'我已經搬家了，從{c.addr}搬到{c.addr2}。', f'家父{c.kin}年紀大眼睛不好，以後他的稅單請直接寄到我家：{c.addr2}。',
              f'我長年在{pick(r, "台北", "台中", "高雄")}工作，{c.town}老家沒人住，稅單常常收不到。')
    s2 = pick(r, f'名下的房屋稅、地價稅{pick(r, "和機車牌照稅", "")}都請改寄到新地址。', f'以後寄到{c.addr2}就好，或是寄email也可以。',
              '請幫我把所有地方稅的通知改寄過去，免得錯過繳稅時間被罰。')
    letter(P, r, c, [s1, s2], hand=r.random() < .7, sal=pick(r, None, '稅捐處您好：', '您好'))
    maybe_stamp(P, r, c, .4)

def ma_kv(P, r, c, nt):
    if not nt: P.title(pick(r, '變更通訊地址', '通訊地址更正申請'))
    else: P.space(1.5)
    P.para(pick(r, '茲因本人住址變更，請將名下下列地方稅之通訊（送達）地址更正如下：', '本人通訊地址有誤，請更正為新址，以利稅單送達。'), indent=0)
    P.kv([('姓名', c.name), ('身分證統一編號', c.id), ('舊址', c.addr), ('新址', c.addr2), ('房屋稅籍', hno(r)), ('聯絡電話', c.tel)])
    P.line(c.date, align='r')
    sigblock(P, r, c, '立書人', date=False)
    maybe_stamp(P, r, c, .5)

# ================================================================ installment-or-deferral
def in_form(P, r, c, nt):
    head(P, r, c, pick(r, '延期或分期繳納申請書', '申請延期（分期）繳納稅捐申請書', '稅款分期繳納申請書'), nt)
    tax = r.choice(TAXES[:5]); amt = r.randint(30000, 900000)
    rows = [[('申請人', .18, 'b'), (c.name, .32, 'h'), ('統一編號', .18, 'b'), (c.id, .32, 'h')],
            [('地址', .18, 'b'), (c.addr, .82, 'h')],
            [('稅目', .18, 'b'), (tax, .32, 'h'), ('繳納期限', .18, 'b'), (roc(r, y=c.y, style=1), .32, 'h')],
            [('應納稅額', .18, 'b'), (f'{money(amt)}元', .82, 'h')],
            [('申請項目', .18, 'b'), (chk(['延期繳納', '分期繳納'], [r.randint(0, 1)]) + f'　延期{r.randint(1, 3)}個月／分{r.choice([3, 6, 12, 24, 36])}期', .82, 'h')],
            [('申請原因', .18, 'b'), (pick(r, '因颱風致果園全毀，收入中斷。', '申請人罹患重大傷病住院治療中，經濟困難。', '因失業無力一次繳清。',
                                         '家中發生火災，房屋需重建。'), .82, 'h')],
            [('附件', .18, 'b'), (chk(['災害證明', '診斷證明書', '財產及收支說明', '其他'], r.sample(range(4), 2)), .82, '')]]
    P.grid(rows)
    P.para('依稅捐稽徵法第26條規定，納稅義務人因天災、事變、不可抗力之事故或為其他經濟弱勢者，不能於法定期間內繳清稅捐者，得於規定納稅期間內申請延期或分期繳納。', pt=P.pt * .82, indent=0)
    sigblock(P, r, c)
    maybe_stamp(P, r, c, .6)

def in_letter(P, r, c, nt):
    amt = r.randint(20000, 600000)
    s1 = pick(r, f'我在{c.town}種{pick(r, "蓮霧", "芒果", "檳榔", "香蕉", "柿子", "文旦")}，上個月颱風把整片果園吹倒了，今年幾乎沒有收成。',
              f'我先生{roc(r, style=0)}因為中風住院到現在，家裡只剩我一個人在做零工。',
              f'我們{pick(r, "剛繼承爸爸的土地", "因為賣地")}，收到土地增值稅單{money(amt)}元，錢要等買方付尾款才有。')
    s2 = pick(r, f'這期要繳的{pick(r, "地價稅", "房屋稅", "土地增值稅")}{money(amt)}元，一次繳不出來。',
              '手頭實在很緊，稅金沒有辦法在期限內一次繳完。', '存款都拿去付醫藥費了。')
    s3 = pick(r, f'可不可以讓我分{r.choice([6, 12, 18])}期慢慢繳？每個月我一定按時繳。', '拜託讓我延後三個月再繳，不要加罰款。',
              '懇請貴局准予分期繳納，相關證明附後。')
    letter(P, r, c, [s1, s2, s3])
    maybe_stamp(P, r, c, .5)

def in_memo(P, r, c, nt):
    if not nt: P.title(pick(r, '申請分期繳納', '延期繳納申請'), pt=P.pt * 1.5)
    else: P.title(pick(r, '陳情書', '陳述書'))
    tax = pick(r, '地價稅', '房屋稅', '土地增值稅', '契稅')
    P.line(f'受文者：{c.bshort(r)}')
    P.para(f'主旨：申請人{c.name}應納{c.y}年{tax}{money(r.randint(50000, 500000))}元，因{pick(r, "經濟困難", "遭受天災", "重病住院")}無法一次繳清，申請{pick(r, "分12期", "分24期", "延期3個月")}繳納，請核准。', indent=0)
    P.line('說明：')
    P.items([pick(r, '申請人年逾七十，獨居，僅靠老農津貼生活。', '申請人經營之民宿因疫情後遊客減少，營收銳減七成。', '申請人之住宅於豪雨中淹水，家具及機具全毀。'),
             pick(r, '檢附中低收入戶證明及存摺影本。', '檢附公所出具之災害證明。', '檢附醫院診斷證明書。'),
             '如蒙核准，願依核定之期數按期繳納，逾期未繳願即一次繳清。'])
    sigblock(P, r, c, '申請人', idv=c.id)
    maybe_stamp(P, r, c, .55)

# ================================================================ stamp-tax
def company(r, c):
    return f'{pick(r, c.town[:2], "大興", "永豐", "客家", "萬丹", "竹東", "福安", "嘉南", "新豐")}{pick(r, "五金", "食品", "建材", "農產", "汽車修配", "木器", "米廠", "水電工程")}{pick(r, "有限公司", "股份有限公司", "行", "企業社")}'

def st_apply(P, r, c, nt):
    head(P, r, c, pick(r, '印花稅彙總繳納申請書', '申請彙總繳納印花稅', '印花稅 彙總繳納 申請書'), nt)
    co = company(r, c)
    rows = [[('營業人名稱', .2, 'b'), (co, .4, 'h'), ('統一編號', .15, 'b'), (ban(r), .25, 'h')],
            [('負責人', .2, 'b'), (c.name, .4, 'h'), ('電話', .15, 'b'), (c.tel, .25, 'h')],
            [('營業地址', .2, 'b'), (c.addr, .8, 'h')],
            [('憑證種類', .2, 'b'), (chk(['銀錢收據', '買賣動產契據', '承攬契據', '典賣讓受及分割不動產契據'], [0] if r.random() < .7 else [0, 2]), .8, '')],
            [('每月預估件數', .2, 'b'), (f'{r.randint(30, 900)}件', .4, 'h'), ('開始日期', .15, 'b'), (roc(r, y=c.y, style=1), .25, 'h')],
            [('憑證編號方式', .2, 'b'), (pick(r, '電腦列印連續編號', '手開收據，編號自A000001起'), .8, 'h')]]
    P.grid(rows)
    P.para('經核准彙總繳納者，應於憑證上加蓋「印花稅總繳」戳記及核准字號，並於每月十日前將上月應納稅額彙總繳納。', pt=P.pt * .85, indent=0)
    sigblock(P, r, c, '負責人')
    maybe_stamp(P, r, c, .6)

def st_return(P, r, c, nt):
    head(P, r, c, pick(r, '印花稅彙總繳納月報表', '印花稅彙總繳納 申報表', '印花稅繳款明細表'), nt, generic='月報表')
    co = company(r, c)
    P.line(f'納稅義務人：{co}　統一編號：{ban(r)}')
    P.line(f'所屬期間：{c.y}年{r.randint(1, 12)}月　核准字號：{ref(c, r, "消")}', pt=P.pt * .9)
    rows = [[('憑證名稱', .25, 'bc'), ('件數', .15, 'bc'), ('金額（元）', .25, 'bc'), ('稅率', .12, 'bc'), ('應納稅額', .23, 'bc')]]
    tot = 0
    for nm, rate, rt in [('銀錢收據', '4‰', .004), ('承攬契據', '1‰', .001), ('買賣動產契據', '每件12元', None)][:r.randint(1, 3)]:
        n = r.randint(5, 500); a = r.randint(100, 20000) * 100
        t = int(a * rt) if rt else 12 * n; tot += t
        rows.append([(nm, .25, ''), (str(n), .15, 'h'), (money(a), .25, 'h'), (rate, .12, ''), (money(t), .23, 'h')])
    rows.append([('合計', .52, 'bc'), ('', .25, ''), (money(tot), .23, 'h')])
    P.grid(rows)
    P.line(f'應納稅額合計：新臺幣{fin(tot)}')
    sigblock(P, r, c, '負責人', extra=[f'會計：{pname(r)}'])
    maybe_stamp(P, r, c, .5)

def st_big(P, r, c, nt):
    head(P, r, c, pick(r, '大額憑證以繳款書繳納印花稅申請書', '印花稅大額憑證繳款書申請'), nt, generic='申　請　書')
    amt = r.randint(80, 900) * 10000; tax = amt // 1000
    P.kv([('立約人', f'{c.name}（定作人）'), ('身分證字號', c.id), ('承攬人', company(r, c)), ('憑證名稱', pick(r, '房屋新建工程承攬契約', '農舍修繕工程合約', '鐵皮屋頂翻修工程契約')),
          ('契約金額', f'新臺幣{money(amt)}元'), ('應納印花稅', f'{money(tax)}元（千分之一）'), ('立約日期', roc(r, y=c.y, style=0)), ('電話', c.tel)])
    P.para('上開憑證應納印花稅額較大，申請開給繳款書繳納，繳納後於憑證上註明繳款書字號。', indent=0)
    sigblock(P, r, c)
    maybe_stamp(P, r, c, .55)

def st_letter(P, r, c, nt):
    co = company(r, c)
    s1 = pick(r, f'我們是{c.town}的{co}，家裡三代經營，每天開出去的收據很多。', f'本公司{co}（統編{ban(r)}）由我和太太經營，都是小額交易。')
    s2 = pick(r, '每張收據都要貼印花稅票很麻煩，聽說可以申請彙總繳納，每個月一起繳。', '想改成自己在收據上蓋總繳的章，每個月申報一次印花稅。',
              '之前都是去郵局買印花稅票貼，最近有客戶要求開立統一的收據。')
    s3 = pick(r, '請問要準備哪些資料？申請表如果需要可以再補。', '附上收據樣張一份，請核准我們彙總繳納印花稅。', '麻煩告訴我們要怎麼辦理，謝謝。')
    letter(P, r, c, [s1, s2, s3], name=f'{co}　負責人{c.name}')
    maybe_stamp(P, r, c, .45)

# ================================================================ amusement-tax
def am_monthly(P, r, c, nt):
    head(P, r, c, pick(r, '娛樂稅代徵人代徵月報表', '代徵娛樂稅月報表', '娛樂稅申報書（代徵）'), nt, generic='月　報　表')
    venue = pick(r, f'{c.town[:2]}影城', f'{pick(r, "歡樂", "星光", "金曲")}KTV{c.town[:2]}店', f'{c.town[:2]}撞球館', f'{pick(r, "海景", "山城")}高爾夫練習場')
    P.line(f'代徵人：{venue}　統一編號：{ban(r)}　負責人：{c.name}')
    P.line(f'營業地址：{c.addr}', pt=P.pt * .92)
    P.line(f'所屬年月：{c.y}年{r.randint(1, 12)}月', pt=P.pt * .92)
    rows = [[('票價（元）', .2, 'bc'), ('售出張數', .18, 'bc'), ('票款收入', .22, 'bc'), ('稅率', .15, 'bc'), ('代徵稅額', .25, 'bc')]]
    tot = 0; rate = pick(r, 5, 5, 10, 15)
    for p in sorted(r.sample([120, 150, 180, 220, 250, 280, 320, 350, 399], r.randint(2, 4))):
        n = r.randint(100, 4000); inc = p * n; t = round(inc * rate / (100 + rate)); tot += t
        rows.append([(str(p), .2, 'c'), (money(n), .18, 'h'), (money(inc), .22, 'h'), (f'{rate}%', .15, 'c'), (money(t), .25, 'h')])
    rows.append([('合計', .6, 'bc'), ('', .15, ''), (money(tot), .25, 'h')])
    P.grid(rows)
    P.para('代徵人應於次月十日前將代徵稅款填具繳款書向公庫繳納，並檢同月報表報繳。', pt=P.pt * .85, indent=0)
    sigblock(P, r, c, '代徵人')
    maybe_stamp(P, r, c, .55)

def am_exempt(P, r, c, nt):
    head(P, r, c, pick(r, '娛樂稅免徵申請書', '義演活動免徵娛樂稅申請書', '申請免徵娛樂稅'), nt)
    org = pick(r, f'{c.g["c"]}{c.town}{r.choice(VIL)}社區發展協會', f'{c.town}{pick(r, "福德宮", "三山國王廟", "義民廟")}管理委員會', f'{c.g["c"]}{pick(r, "客家", "老人", "身心障礙")}福利協進會')
    rows = [[('主辦單位', .2, 'b'), (org, .8, 'h')],
            [('立案字號', .2, 'b'), (f'{c.town[:2]}社字第{r.randint(10, 999)}號', .3, 'h'), ('負責人', .2, 'b'), (c.name, .3, 'h')],
            [('活動名稱', .2, 'b'), (pick(r, '愛心義演晚會', '客家八音慈善音樂會', '關懷獨居長者義賣演唱會', '中秋聯歡慈善晚會'), .8, 'h')],
            [('演出日期', .2, 'b'), (roc(r, y=c.y, style=0), .3, 'h'), ('地點', .2, 'b'), (pick(r, f'{c.town}活動中心', f'{c.town}中正堂', '廟前廣場'), .3, 'h')],
            [('票價／張數', .2, 'b'), (f'{pick(r, 200, 300, 500)}元，預計{r.randint(200, 1500)}張', .8, 'h')],
            [('收入用途', .2, 'b'), (pick(r, '全部捐贈本鄉清寒學生獎助學金', '扣除必要費用後全數作為社區長照據點經費', '全數捐作風災重建'), .8, 'h')]]
    P.grid(rows)
    P.para('依娛樂稅法第4條規定，舉辦之各種慈善救濟性質之義演，其全部收入作為救濟或慈善事業之用者，免徵娛樂稅，請准予免徵。', pt=P.pt * .9, indent=0)
    P.line('附件：' + chk(['立案證書影本', '活動計畫書', '票券樣張', '收支預算表'], r.sample(range(4), 3)), pt=P.pt * .9)
    sigblock(P, r, c, '申請單位負責人')
    maybe_stamp(P, r, c, .6)

def am_letter(P, r, c, nt):
    org = pick(r, f'{c.town}{r.choice(VIL)}社區發展協會', f'{c.town}青年會', f'{c.town[:2]}國小家長會')
    s1 = pick(r, f'我們{org}預定在{roc(r, y=c.y, style=0)}晚上辦一場{pick(r, "園遊會暨歌唱表演", "客家山歌比賽", "布袋戲公演", "募款音樂會")}，會收一點門票。',
              f'{org}今年要辦社區慈善晚會，票價每張{pick(r, 100, 150, 200)}元。')
    s2 = pick(r, '門票收入扣掉場地和音響的錢，剩下的全部要捐給鄉內的低收入戶。', '所得將全數用在社區老人共餐。', '賣票的錢會全部捐出去，帳目會公開。')
    s3 = pick(r, '請問這樣要不要繳娛樂稅？能不能申請免稅？', '想申請娛樂稅免徵，需要的資料請告訴我們。', '依規定申請免徵娛樂稅，附上活動計畫。')
    letter(P, r, c, [s1, s2, s3], name=f'{org}　理事長 {c.name}')
    maybe_stamp(P, r, c, .5)

def am_temp(P, r, c, nt):
    if not nt: P.title(pick(r, '臨時性娛樂活動 報繳娛樂稅', '娛樂稅 臨時報繳單'), pt=P.pt * 1.5)
    else: P.title('申報表')
    n = r.randint(200, 3000); p = pick(r, 300, 500, 800, 1200); inc = n * p; t = round(inc * 0.05)
    P.kv([('主辦人', c.name), ('身分證統一編號', c.id), ('活動名稱', pick(r, '夏日海灘演唱會', '熱氣球嘉年華夜間演出', '戲劇公演', '跨年晚會售票區')),
          ('活動地點', addr(r, c.g)), ('活動期間', f'{roc(r, y=c.y, style=1)}至{roc(r, y=c.y, style=1)}'), ('售出票數', f'{money(n)}張'),
          ('票價', f'{p}元'), ('票款收入', f'{money(inc)}元'), ('稅率', '5%'), ('應納娛樂稅', f'{money(t)}元')], cols=1)
    P.para('上列票款收入屬實，申請核發娛樂稅繳款書，於活動結束後依規定繳納。', indent=0)
    sigblock(P, r, c, '主辦人')
    maybe_stamp(P, r, c, .5)

# ================================================================ official-letter
def ol_parts(r, c):
    k = r.choice(['exe', 'land', 'hh', 'ntb', 'dmv'])
    g = c.g
    if k == 'exe':
        ag = g['exe']; subj = f'義務人{c.name}（{c.id}）滯欠{pick(r, "綜合所得稅", "健保費", "罰鍰", "房屋稅")}案件，請就義務人得領取之退稅款及應退還款項予以扣押，請查照。'
        expl = ['依行政執行法第26條準用強制執行法第115條規定辦理。', f'移送機關：{pick(r, g["ntb"], "衛生福利部中央健康保險署", "勞動部勞工保險局")}；執行案號：{c.y}年度{pick(r, "綜所稅", "健保", "罰")}執特專字第{r.randint(10000, 99999)}號。',
                f'義務人滯欠金額計新臺幣{money(r.randint(10000, 900000))}元，請於文到7日內陳報扣押結果。']
        fw = f'{pick(r, "新", "嘉", "屏")}執{pick(r, "丙", "乙", "甲")}{c.y}年度執字第{r.randint(10000, 99999)}號'
    elif k == 'land':
        lo = r.choice(g['land']); ag = lo if lo.startswith(g['c']) or r.random() < .4 else g['c'] + lo
        p = parcel(r, g)
        subj = f'本所辦理{p["town"]}{p["sec"]}{p["sub"]}{p["no"]}地號土地{pick(r, "地籍圖重測", "分割", "合併", "更正登記")}，面積及地號變更，請配合更正稅籍，請查照。'
        expl = [f'依{c.name}君{roc(r, y=c.y, style=0)}申請案辦理。', f'變更前面積{p["area"]}平方公尺，變更後{round(p["area"] * r.uniform(.5, 1.1), 2)}平方公尺。', '檢附土地標示變更登記清冊乙份。']
        fw = f'{pick(r, "竹", "栗", "屏", "嘉", "朴")}地{pick(r, "登", "測")}字第{c.y}{r.randint(0, 999999):06d}號'
    elif k == 'hh':
        ag = f'{g["c"]}{c.town}戶政事務所'
        subj = pick(r, f'本轄{c.town}{r.choice(VIL)}{"里" if c.town.endswith(("市", "鎮", "區")) else "村"}{r.choice(ROADS)}辦理門牌整編，檢送門牌整編清冊，請更正房屋稅籍門牌，請查照。',
                    f'函送{c.kin}死亡登記資料，供貴局辦理稅籍註記參考，請查照。')
        expl = ['依門牌編釘及管理辦法辦理。', f'整編生效日期：{roc(r, y=c.y, style=0)}。', '如有疑義請洽本所戶籍課。']
        fw = f'{c.town[:2]}戶字第{c.y}{r.randint(0, 999999):06d}號'
    elif k == 'ntb':
        ag = g['ntb']
        subj = pick(r, f'被繼承人{c.kin}遺產稅案，請惠予提供所遺房屋{c.y}年期評定現值及地價資料，請查照。',
                    f'檢送{c.name}贈與稅案件核定資料，請依規定辦理土地增值稅及契稅稽徵，請查照。')
        expl = [f'被繼承人於{roc(r, y=c.y, style=0)}死亡，繼承人{c.name}等已申報遺產稅。', '請於文到10日內函復本分局，以利核定。', f'承辦人：{pname(r)}，分機{r.randint(100, 399)}。']
        fw = f'{pick(r, "北區國稅竹北", "北區國稅苗栗", "南區國稅屏東", "南區國稅嘉縣", "南區國稅嘉市")}營字第{c.y}{r.randint(0, 9999999):07d}號'
    else:
        ag = g['dmv']; pl = plate(r)
        subj = f'車號{pl}自用小客車業經{pick(r, "註銷牌照", "報廢", "繳銷牌照", "過戶")}，通報貴局辦理使用牌照稅停徵，請查照。'
        expl = [f'車主：{c.name}，統一編號：{c.id}。', f'異動日期：{roc(r, y=c.y, style=1)}。', '如有疑義請與本站監理科聯繫。']
        fw = f'{pick(r, "竹監", "嘉監", "高監屏", "竹監栗")}字第{c.y}{r.randint(0, 9999999):07d}號'
    return k, ag, subj, expl, fw

def ol_formal(P, r, c, nt, kind='函'):
    k, ag, subj, expl, fw = ol_parts(r, c)
    if not nt:
        P.title(f'{ag}　{kind}', pt=P.pt * 1.6, face=r.choice(['serifb', 'kai', BOLD.get(P.face, P.face)]))
    else:
        P.title(ag, pt=P.pt * 1.5)
    P.line(f'地址：{addr(r, c.g)}', align='r', pt=P.pt * .85)
    P.line(f'承辦人：{pname(r)}　電話：{phone(r, c.g)}', align='r', pt=P.pt * .85)
    P.space(.4)
    P.line(f'受文者：{c.bshort(r)}', pt=P.pt * 1.1)
    P.line(f'發文日期：{roc(r, y=c.y, style=4)}', pt=P.pt * .92)
    P.line(f'發文字號：{fw}', pt=P.pt * .92)
    P.line(f'速別：{pick(r, "普通件", "速件", "最速件")}', pt=P.pt * .92)
    P.line('密等及解密條件或保密期限：', pt=P.pt * .92)
    P.line(f'附件：{pick(r, "如文", "無", "清冊1份")}', pt=P.pt * .92)
    P.space(.4)
    P.para('主旨：' + subj, indent=0, pt=P.pt * 1.05)
    P.line('說明：', pt=P.pt * 1.05)
    P.items(expl, pt=P.pt * 1.02)
    P.space(.5)
    P.para(f'正本：{c.bur}', indent=0, pt=P.pt * .9)
    P.para(f'副本：{pick(r, "本" + ("分署" if k == "exe" else "所") + "（含附件）", c.name + "君", "電子交換")}', indent=0, pt=P.pt * .9)
    P.space(1.2)
    head_title = {'exe': '分署長', 'land': '主任', 'hh': '主任', 'ntb': '分局長', 'dmv': '站長'}[k]
    P.line(f'{head_title}　{pname(r)}', pt=P.pt * 1.8, align='r', face='kai')
    maybe_stamp(P, r, c, .75)

def ol_order(P, r, c, nt):
    k, ag, subj, expl, fw = ol_parts(r, c)
    ag = c.g['exe']
    P.title(f'{ag}　執行命令' if not nt else ag, pt=P.pt * 1.5)
    P.line(f'發文日期：{roc(r, y=c.y, style=4)}　發文字號：{pick(r, "新", "嘉", "屏")}執{pick(r, "丙", "丁")}{c.y}年度{pick(r, "牌罰", "綜所稅", "地價稅")}執特專字第{r.randint(10000, 99999)}號', pt=P.pt * .9)
    P.line(f'受文者：{c.bshort(r)}（第三人）')
    rows = [[('義務人', .2, 'b'), (c.name, .3, ''), ('統一編號', .2, 'b'), (c.id, .3, '')],
            [('地址', .2, 'b'), (c.addr, .8, '')],
            [('滯欠金額', .2, 'b'), (f'新臺幣{money(r.randint(5000, 400000))}元', .8, '')]]
    P.grid(rows)
    P.para(f'一、禁止義務人收取對第三人{c.bur}得請領之{pick(r, "退稅款", "溢繳稅款", "各項應退款項")}，第三人亦不得對義務人清償。', indent=0)
    P.para('二、第三人如認上開扣押命令有異議，應於收受本命令後10日內提出書狀向本分署聲明。', indent=0)
    P.para('三、第三人應於文到7日內陳報扣押情形。', indent=0)
    P.space(1)
    P.line(f'分署長　{pname(r)}', align='r', pt=P.pt * 1.7, face='kai')
    maybe_stamp(P, r, c, .75)

def ol_simple(P, r, c, nt):
    k, ag, subj, expl, fw = ol_parts(r, c)
    P.title(pick(r, '簡便行文表', '書　函') if not nt else ag, pt=P.pt * 1.6)
    rows = [[('受文者', .2, 'b'), (c.bur, .8, '')], [('發文機關', .2, 'b'), (ag, .8, '')],
            [('日期', .2, 'b'), (roc(r, y=c.y, style=4), .3, ''), ('字號', .2, 'b'), (fw, .3, '')],
            [('事由', .2, 'b'), (subj, .8, '')], [('說明', .2, 'b'), ('　'.join(f'{i + 1}.{e}' for i, e in enumerate(expl)), .8, '')],
            [('承辦人', .2, 'b'), (f'{pname(r)}　{phone(r, c.g)}', .8, '')]]
    P.grid(rows)
    P.line(ag, align='r', pt=P.pt * 1.2, face='kai')
    maybe_stamp(P, r, c, .7)


# ================================================================ out-of-scope
def oo_water(P, r, c, nt):
    P.title(pick(r, '台灣自來水股份有限公司', '臺灣自來水公司'), pt=P.pt * 1.5)
    P.line(f'第{pick(r, "三", "四", "五", "七")}區管理處　{c.town[:2]}服務所　水費通知單', align='c')
    P.kv([('用戶名稱', c.name), ('水號', f'{r.randint(1, 9)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}-{r.randint(0, 9)}'), ('用水地址', c.addr),
          ('計費期間', f'{c.y}/{r.randint(1, 10):02d}/01～{c.y}/{r.randint(1, 12):02d}/28')], hand=False, underline=False)
    deg = r.randint(10, 80); fee = deg * 10
    rows = [[('項目', .5, 'bc'), ('金額（元）', .5, 'bc')], [('基本費', .5), (str(r.randint(50, 150)), .5)], [(f'用水費（{deg}度）', .5), (money(fee), .5)],
            [('水源保育與回饋費', .5), (str(deg * 0.5), .5)], [('清除處理費', .5), (str(deg * 3), .5)], [('營業稅', .5), (str(r.randint(10, 60)), .5)]]
    P.grid(rows)
    P.line(f'本期應繳總金額：{money(fee + 200)}元　繳費期限：{roc(r, y=c.y, style=1)}')
    P.para('請於期限內至便利商店、金融機構或以帳戶代繳方式繳納，逾期將依規定加收違約金。停水通知請留意本公司網站公告。', pt=P.pt * .85, indent=0)

def oo_job(P, r, c, nt):
    P.title(pick(r, '履　歷　表', '自傳及履歷', '求職信'))
    P.kv([('姓名', c.name), ('出生日期', roc(r, y=r.randint(75, 90), style=2)), ('電話', c.tel), ('地址', c.addr),
          ('最高學歷', pick(r, '國立屏東科技大學 農企業管理系', '國立聯合大學 資訊管理學系', '國立嘉義大學 會計學系', '明新科技大學 企業管理系')),
          ('應徵職務', pick(r, '行政助理', '門市人員', '倉管人員', '會計助理'))], hand=False)
    P.line('自傳', pt=P.pt * 1.3)
    P.para(pick(r, f'我從小在{c.town}長大，家裡務農，養成吃苦耐勞的個性。大學期間曾在超商打工三年，熟悉排班與盤點作業。',
                f'我是{c.name}，畢業後在電子廠擔任作業員兩年，希望轉換跑道從事行政工作，能使用Excel及Word。'))
    P.para(pick(r, '期望能進入貴公司學習，貢獻所長，感謝您撥冗閱讀。', '若有面試機會，隨時可以配合時間，謝謝。'))

def oo_flyer(P, r, c, nt):
    shop = pick(r, '阿嬤的客家菜', '海港活海鮮', '老街粄條', '黑鮪魚料理亭', '火雞肉飯專賣')
    P.title(shop, pt=P.pt * 2.6, face='kai')
    P.line(pick(r, '★ 開幕優惠　全品項九折 ★', '★ 包桌・外燴・宅配 ★', '★ 在地食材　現點現做 ★'), align='c', pt=P.pt * 1.3)
    items = r.sample([('客家小炒', 280), ('薑絲炒大腸', 260), ('鹹豬肉', 220), ('粄條（乾／湯）', 60), ('梅干扣肉', 300), ('白斬雞半隻', 380),
                      ('生魚片拼盤', 450), ('火雞肉飯', 40), ('魚丸湯', 35), ('炒山蘇', 150), ('櫻花蝦炒飯', 120)], 7)
    P.grid([[(n, .6, ''), (f'${p}', .4, 'c')] for n, p in items])
    P.line(f'地址：{addr(r, c.g)}', align='c')
    P.line(f'訂位專線：{phone(r, c.g)}　營業時間 11:00-14:00 / 17:00-21:00（週一公休）', align='c', pt=P.pt * .9)

def oo_news(P, r, c, nt):
    P.line(pick(r, '地方新聞', '綜合報導', '生活'), pt=P.pt * .9)
    hd = pick(r, f'{c.town}{pick(r, "老街", "夜市")}週末人潮湧現　攤商笑開懷', f'{c.g["c"]}稻米豐收　農會收購價創新高',
              f'{c.town}國小百年校慶　校友返校重溫舊夢', f'房屋稅2.0上路　{c.g["c"]}民眾關心自住認定')
    P.title(hd, pt=P.pt * 1.7, spaced=False)
    P.line(f'記者{pname(r)}／{c.g["c"]}報導', pt=P.pt * .9)
    for _ in range(3):
        P.para(pick(r, f'{c.town}公所表示，今年活動規模為歷年最大，吸引大批外地遊客，周邊停車場一位難求，警方派員疏導交通。',
                    '地方人士指出，近年返鄉青年增加，帶動地方產業轉型，不少老屋改建為咖啡館與民宿，假日經常客滿。',
                    '有民眾表示，希望縣府能增設公共運輸班次，方便長輩就醫與購物，也讓觀光客更容易前往。',
                    '業者坦言，原物料與人事成本上漲，利潤逐年壓縮，只能靠口碑和回頭客支撐，盼政府提供更多輔導。',
                    f'據統計，今年{c.g["c"]}觀光人次已突破{r.randint(200, 900)}萬，較去年成長約{r.randint(3, 20)}%。'))

def oo_bank(P, r, c, nt):
    b, acc = account(r)
    P.title(f'{b}　存摺交易明細', pt=P.pt * 1.4)
    P.line(f'戶名：{c.name}　帳號：{acc}', pt=P.pt * .95)
    rows = [[('日期', .17, 'bc'), ('摘要', .23, 'bc'), ('支出', .18, 'bc'), ('存入', .18, 'bc'), ('餘額', .24, 'bc')]]
    bal = r.randint(5000, 300000)
    for i in range(r.randint(8, 14)):
        out = r.random() < .6; a = r.randint(100, 30000)
        bal = bal - a if out else bal + a
        rows.append([(f'{c.y}/{r.randint(1, 12):02d}/{r.randint(1, 28):02d}', .17), (pick(r, '跨行轉帳', '提款', '薪資', '電費代繳', '利息', 'ATM轉出', '健保費', '卡費') , .23),
                     (money(a) if out else '', .18), ('' if out else money(a), .18), (money(bal), .24)])
    P.grid(rows, pt=P.pt * .9)

def oo_rent(P, r, c, nt):
    P.title(pick(r, '房屋租賃契約書', '租　賃　契　約　書', '住宅租賃契約'))
    ll, tn = c.name, pname(r)
    P.para(f'立契約書人出租人{ll}（以下簡稱甲方）、承租人{tn}（以下簡稱乙方），茲就下列房屋租賃事宜，雙方同意訂立本契約，條款如下：', indent=0)
    rent = r.randint(5, 25) * 1000
    P.items([f'租賃標的：{c.addr}，{pick(r, "透天厝二樓雅房一間", "公寓全層", "套房一間")}。', f'租賃期間：自{roc(r, y=c.y, style=0)}起至{roc(r, y=c.y + 1, style=0)}止，共一年。',
             f'租金：每月新臺幣{money(rent)}元整，乙方應於每月五日前繳納。', f'押金：新臺幣{money(rent * 2)}元整，於租期屆滿交還房屋時無息返還。',
             '乙方不得將房屋轉租或供非法用途，水電瓦斯費由乙方自行負擔。', '本契約一式二份，雙方各執一份為憑。'])
    P.kv([('甲方', ll), ('乙方', tn), ('乙方電話', phone(r, c.g))], hand=True, underline=True)

def oo_meeting(P, r, c, nt):
    org = pick(r, f'{pick(r, "幸福", "和平", "綠園", "富貴")}{pick(r, "山莊", "家園", "華廈")}社區管理委員會', f'{c.town}{r.choice(VIL)}里辦公處')
    P.title(org, pt=P.pt * 1.5)
    P.title(pick(r, '區分所有權人會議開會通知', '里民大會通知', '住戶會議通知單'), pt=P.pt * 1.4)
    P.kv([('開會時間', f'{roc(r, y=c.y, style=0)}（星期{pick(r, "六", "日")}）{pick(r, "上午10時", "晚上7時30分")}'), ('開會地點', pick(r, '社區交誼廳', '里民活動中心', '地下一樓會議室')),
          ('主持人', f'主任委員 {pname(r)}')], hand=False, underline=False)
    P.line('討論事項：')
    P.items(r.sample(['本年度管理費收支報告。', '社區電梯汰換案。', '停車位抽籤辦法修正案。', '垃圾分類及資源回收時間調整。', '中秋節社區聯誼活動經費。', '監視器增設案。'], 4))
    P.para('敬請各住戶準時出席，如不克出席請填寫委託書委託他人代理。', indent=0)
    P.line(f'{org}　敬啟', align='r')

def oo_school(P, r, c, nt):
    P.title(f'{c.g["c"]}立{c.town[:2]}{pick(r, "國民小學", "國民中學")}　家長通知單', pt=P.pt * 1.4)
    P.para(f'親愛的家長您好：本校訂於{roc(r, y=c.y, style=0)}舉辦{pick(r, "校外教學", "親師座談會", "運動會", "健康檢查")}，請家長協助以下事項：', indent=0)
    P.items(['請督促孩子當日穿著運動服並攜帶水壺。', '如需請假請事先告知導師。', '費用新臺幣350元請於下週三前交給導師。'])
    P.line('－－－－－－－－－－－－－請沿虛線剪下－－－－－－－－－－－－－', align='c')
    P.kv([('學生姓名', pname(r)), ('班級', f'{r.randint(1, 6)}年{r.randint(1, 8)}班'), ('家長簽名', c.name)])

OOS = [oo_water, oo_job, oo_flyer, oo_news, oo_bank, oo_rent, oo_meeting, oo_school]

# ================================================================ driver
LABELS = {
    'house-tax-relief': [ht_form, ht_kv, ht_letter, ht_bz],
    'land-value-tax-self-use': [lv_form, lv_kv, lv_letter, lv_bz],
    'vehicle-license-tax-exemption': [vt_form, vt_kv, vt_note, vt_bz],
    'deed-tax-declaration': [dt_form, dt_kv, dt_letter, dt_bz],
    'land-value-increment-tax-declaration': [li_form, li_kv, li_letter, li_bz],
    'tax-refund-request': [rf_form, rf_kv, rf_heir, rf_note],
    'appeal-reexamination': [ap_form, ap_letter, ap_plain, ap_supp],
    'mailing-address-change': [ma_form, ma_ebill, ma_note, ma_kv],
    'installment-or-deferral': [in_form, in_letter, in_memo],
    'stamp-tax': [st_apply, st_return, st_big, st_letter],
    'amusement-tax': [am_monthly, am_exempt, am_letter, am_temp],
    'official-letter': [ol_formal, ol_order, ol_simple],
}
FACES = ['sans', 'serif', 'ming', 'kai', 'wqy']

def render(fn, seed, nt, path):
    for scale in (1.0, .9, .8, .72, .65, .58):
        r = random.Random(seed)
        face = r.choice(FACES)
        c = Ctx(r)
        P = Page(r, face, scale)
        fn(P, r, c, nt)
        if not P.overflow:
            break
    p = P.finish(r, path)
    return p, P.lines + P.tail, face, scale

def main():
    master = random.Random(SEED)
    jobs = []
    for lab, tl in LABELS.items():
        for k in range(10):
            jobs.append((lab, tl[k % len(tl)], k % 5 == 0))
    for k in range(15):
        jobs.append(('out-of-scope', OOS[k % len(OOS)], False))
    master.shuffle(jobs)
    os.makedirs(f'{OUT}/images', exist_ok=True); os.makedirs(f'{OUT}/texts', exist_ok=True)
    rows = []
    for i, (lab, fn, nt) in enumerate(jobs, 1):
        seed = master.randint(0, 2 ** 31)
        p, lines, face, scale = render(fn, seed, nt, f'{OUT}/images/{i:03d}')
        with open(f'{OUT}/texts/{i:03d}.txt', 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        tname = fn.__name__ + ('_notitle' if nt and fn.__name__ not in ('ht_letter', 'lv_letter', 'vt_note', 'dt_letter', 'li_letter', 'rf_heir', 'rf_note', 'ap_plain', 'ma_note', 'in_letter', 'st_letter', 'am_letter') else '')
        rows.append((os.path.basename(p), lab, tname, face, scale))
        print(i, lab, tname, face, scale, flush=True)
    for sub, ext in (('images', None), ('texts', '.txt')):
        with open(f'{OUT}/{sub}/labels.csv', 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f); w.writerow(['file', 'label', 'template'])
            for fn_, lab, t, _, _ in rows:
                w.writerow([fn_ if ext is None else fn_.rsplit('.', 1)[0] + ext, lab, t])

if __name__ == '__main__':
    main()
