#!/usr/bin/python3
# Independent test set generator: Taiwanese local-tax-office documents (eastern Taiwan & islands flavour).
import os, sys, random, csv, math
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops

SEED = 8123
if len(sys.argv) != 2:
    sys.exit('usage: python3 make_set.py OUTDIR  (writes OUTDIR/images and OUTDIR/texts)')
OUT = os.path.abspath(sys.argv[1])
R = random.Random(SEED)
np.random.seed(SEED)

FD = '/usr/share/fonts/'
FACES = {
    'sans': (FD + 'opentype/noto/NotoSansCJK-Regular.ttc', 3),
    'serif': (FD + 'opentype/noto/NotoSerifCJK-Regular.ttc', 3),
    'ming': (FD + 'truetype/arphic/uming.ttc', 2),
    'kai': (FD + 'truetype/arphic/ukai.ttc', 2),
    'wqy': (FD + 'truetype/wqy/wqy-microhei.ttc', 0),
    'sansb': (FD + 'opentype/noto/NotoSansCJK-Bold.ttc', 3),
    'serifb': (FD + 'opentype/noto/NotoSerifCJK-Bold.ttc', 3),
}
BODY_FACES = ['sans', 'serif', 'ming', 'kai', 'wqy', 'ming', 'serif']

# ---------------------------------------------------------------- data helpers
COUNTIES = {
    '花蓮縣': dict(letter='U', bureau=['花蓮縣地方稅務局'], branch=['玉里分局', '鳳林分局'],
                towns=['花蓮市', '吉安鄉', '壽豐鄉', '鳳林鎮', '光復鄉', '玉里鎮', '富里鄉', '新城鄉', '秀林鄉', '瑞穗鄉', '豐濱鄉'],
                sections=['美崙段', '國福段', '主權段', '北昌段', '鯉魚潭段', '平和段', '三民段', '大禹段', '樂合段'],
                land='花蓮地政事務所', land2='玉里地政事務所', enf='法務部行政執行署花蓮分署',
                ntb='財政部北區國稅局花蓮分局', dmv='交通部公路局臺北區監理所花蓮監理站'),
    '臺東縣': dict(letter='V', bureau=['臺東縣稅務局'], branch=['關山分局', '成功分局'],
                towns=['臺東市', '卑南鄉', '關山鎮', '池上鄉', '成功鎮', '太麻里鄉', '鹿野鄉', '大武鄉', '綠島鄉', '蘭嶼鄉', '東河鄉'],
                sections=['知本段', '豐里段', '新站段', '卑南段', '池上段', '關山段', '和平段', '寶桑段'],
                land='臺東地政事務所', land2='關山地政事務所', enf='法務部行政執行署花蓮分署',
                ntb='財政部南區國稅局臺東分局', dmv='交通部公路局高雄區監理所臺東監理站'),
    '宜蘭縣': dict(letter='G', bureau=['宜蘭縣政府財政稅務局'], branch=['羅東分局'],
                towns=['宜蘭市', '羅東鎮', '蘇澳鎮', '頭城鎮', '礁溪鄉', '冬山鄉', '五結鄉', '三星鄉', '員山鄉', '壯圍鄉'],
                sections=['宜蘭段', '北門段', '羅東段', '竹林段', '武淵段', '大福段', '二結段', '新馬段'],
                land='宜蘭地政事務所', land2='羅東地政事務所', enf='法務部行政執行署宜蘭分署',
                ntb='財政部北區國稅局宜蘭分局', dmv='交通部公路局臺北區監理所宜蘭監理站'),
    '澎湖縣': dict(letter='X', bureau=['澎湖縣政府稅務局'], branch=[],
                towns=['馬公市', '湖西鄉', '白沙鄉', '西嶼鄉', '望安鄉', '七美鄉'],
                sections=['西衛段', '東衛段', '案山段', '紅木埕段', '鎖港段', '烏崁段', '赤崁段'],
                land='澎湖地政事務所', land2='澎湖地政事務所', enf='法務部行政執行署高雄分署',
                ntb='財政部南區國稅局澎湖分局', dmv='交通部公路局高雄區監理所澎湖監理站'),
    '金門縣': dict(letter='W', bureau=['金門縣稅務局'], branch=[],
                towns=['金城鎮', '金湖鎮', '金沙鎮', '金寧鄉', '烈嶼鄉'],
                sections=['金城段', '湖前段', '新市段', '榜林段', '后湖段', '官澳段', '上林段'],
                land='金門縣地政局', land2='金門縣地政局', enf='法務部行政執行署新北分署',
                ntb='財政部北區國稅局金門服務處', dmv='交通部公路局臺北區監理所金門監理站'),
    '連江縣': dict(letter='Z', bureau=['連江縣政府財政局'], branch=[],
                towns=['南竿鄉', '北竿鄉', '莒光鄉', '東引鄉'],
                sections=['介壽段', '復興段', '福澳段', '塘岐段', '中柳段', '樂華段'],
                land='連江縣地政局', land2='連江縣地政局', enf='法務部行政執行署新北分署',
                ntb='財政部北區國稅局連江服務處', dmv='交通部公路局臺北區監理所連江監理站'),
}
CW = {'花蓮縣': 5, '臺東縣': 4, '宜蘭縣': 4, '澎湖縣': 3, '金門縣': 3, '連江縣': 2}
VILL = ['中正里', '民生村', '中山里', '光復村', '和平里', '豐年村', '復興村', '仁愛里', '建國里', '忠孝村', '大同里', '永安村', '南興村', '北濱里']
STREETS = ['中山路', '中正路', '中華路', '民生路', '自由街', '復興路', '光復路', '和平路', '建國路', '林森路', '新生路', '民權路',
           '博愛街', '信義路', '中興路', '介壽路', '民族路', '成功路', '海岸路', '漁港路', '環島北路', '府前路']
SUR = list('陳林黃張李王吳劉蔡楊許鄭謝郭洪邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘黎涂龔')
GIV = list('志明淑芬美玲俊傑家豪雅婷建宏怡君冠宇佳穎文雄秀英國華麗珠金水阿土春嬌德興永福振榮宗翰欣怡承恩子晴惠珍明德麗雲清泉添財錦堂月娥')
BANKS = ['臺灣土地銀行花蓮分行', '花蓮第二信用合作社', '臺灣銀行臺東分行', '臺東區漁會信用部', '宜蘭縣農會信用部', '中華郵政',
         '臺灣銀行澎湖分行', '金門縣信用合作社', '羅東鎮農會', '第一商業銀行宜蘭分行', '合作金庫商業銀行馬公分行']
TEMPLES = ['慈惠堂', '天后宮', '玄天上帝廟', '福德祠', '城隍廟', '鎮安宮', '保安宮', '媽祖廟', '武聖廟', '觀音寺']

def pick(l): return R.choice(l)

def wpick(d):
    ks = list(d); return R.choices(ks, [d[k] for k in ks])[0]

def name(): return pick(SUR) + pick(GIV) + (pick(GIV) if R.random() < 0.9 else '')

ID_MAP = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35, P=23, Q=24,
              R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)

def nid(letter=None):
    letter = letter or pick(list('UVGXWZAEFHU'))
    n = ID_MAP[letter]
    while True:
        ds = [R.choice([1, 2])] + [R.randint(0, 9) for _ in range(7)]
        s = n // 10 + (n % 10) * 9 + sum(d * w for d, w in zip(ds, [8, 7, 6, 5, 4, 3, 2, 1]))
        c = (10 - s % 10) % 10
        return letter + ''.join(map(str, ds)) + str(c)

def ubn():
    while True:
        ds = [R.randint(0, 9) for _ in range(8)]
        if ds[6] == 7: continue
        s = sum(sum(divmod(d * w, 10)) for d, w in zip(ds, [1, 2, 1, 2, 1, 2, 4, 1]))
        if s % 10 == 0: return ''.join(map(str, ds))

CN = '〇一二三四五六七八九'
def cnum(n):
    if n < 10: return '十' if n == 10 else CN[n]
    t, o = divmod(n, 10)
    return ('' if t == 1 else CN[t]) + '十' + (CN[o] if o else '')

def rdate(y=None, m=None, d=None):
    y = y or R.randint(112, 114); m = m or R.randint(1, 12); d = d or R.randint(1, 28)
    return (y, m, d)

def fdate(t, style=None):
    y, m, d = t
    style = style if style is not None else R.randint(0, 5)
    return [f'{y}年{m}月{d}日', f'{y}/{m:02d}/{d:02d}', f'{y}.{m}.{d}', f'中華民國{y}年{m}月{d}日',
            ''.join(CN[int(c)] for c in str(y)) + f'年{cnum(m)}月{cnum(d)}日', f'民國{y}年{m:02d}月{d:02d}日'][style]

FN = '零壹貳參肆伍陸柒捌玖'
def fin(n):
    def four(x):
        s, zero = '', False
        for i, u in zip(range(3, -1, -1), ['仟', '佰', '拾', '']):
            dgt = (x // 10 ** i) % 10
            if dgt == 0:
                zero = bool(s)
            else:
                if zero: s += '零'; zero = False
                s += FN[dgt] + u
        return s
    if n == 0: return '零元整'
    parts, out = [], ''
    yi, rest = divmod(n, 10 ** 8); wan, ge = divmod(rest, 10 ** 4)
    if yi: out += four(yi) + '億'
    if wan: out += ('零' if out and wan < 1000 else '') + four(wan) + '萬'
    elif out and ge: out += '零'
    if ge: out += ('零' if out and not out.endswith('零') and ge < 1000 else '') + four(ge)
    return out + '元整'

def money(n, style=None):
    style = style if style is not None else R.randint(0, 3)
    return [f'{n:,}元', f'新臺幣{n:,}元', f'NT${n:,}', f'新臺幣{fin(n)}'][style]

def addr(county=None, town=None, short=False):
    county = county or wpick(CW); c = COUNTIES[county]; town = town or pick(c['towns'])
    s = f'{county}{town}' + ('' if short else pick(VILL) + f'{R.randint(1, 30)}鄰') + pick(STREETS)
    if R.random() < 0.4: s += f'{R.randint(1, 3)}段'
    if R.random() < 0.3: s += f'{R.randint(1, 200)}巷'
    s += f'{R.randint(1, 400)}號'
    if R.random() < 0.3: s += f'{R.randint(2, 7)}樓'
    return s

def parcel(county):
    sec = pick(COUNTIES[county]['sections'])
    sub = f'{pick(["一", "二", "三", "四"])}小段' if R.random() < 0.45 else ''
    num = pick([f'{R.randint(1, 2999):04d}-{R.randint(0, 99):04d}', f'{R.randint(1, 1500)}', f'{R.randint(1, 999)}-{R.randint(1, 40)}'])
    return sec, sub, num

def house_no(): return f'{R.randint(10, 99)}{R.randint(0, 99999999):08d}{R.randint(0, 99):02d}'
def phone(county='花蓮縣'):
    ac = {'花蓮縣': '03', '臺東縣': '089', '宜蘭縣': '03', '澎湖縣': '06', '金門縣': '082', '連江縣': '0836'}[county]
    return pick([f'{ac}-{R.randint(2000000, 9999999) if len(ac) < 3 else R.randint(200000, 999999)}', f'09{R.randint(10, 89)}-{R.randint(100, 999)}-{R.randint(100, 999)}'])
def plate(): return pick([f'{"".join(R.choices("ABCDEFGHJKLMNPRSTUVWXYZ", k=3))}-{R.randint(1000, 9999)}',
                          f'{"".join(R.choices("ABCDEFGHJKLMNPRSTUVWXYZ", k=2))}-{R.randint(1000, 9999)}',
                          f'{R.randint(1000, 9999)}-{"".join(R.choices("ABCDEFGHJKLMNPRSTUVWXYZ", k=2))}'])
def billno(): return ''.join(str(R.randint(0, 9)) for _ in range(16))
def docno(pref): return f'{pref}字第{R.randint(1120000000, 1149999999)}號'
def account(): return f'{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(100000, 999999)}-{R.randint(0, 9)}'

# ---------------------------------------------------------------- page engine
class Page:
    def __init__(s, dpi, face, tai, shrink=0):
        s.dpi = dpi; s.W = int(8.27 * dpi); s.H = int(11.69 * dpi)
        s.img = Image.new('L', (s.W, s.H), 255); s.d = ImageDraw.Draw(s.img)
        s.ml = int(s.W * R.uniform(0.075, 0.1)); s.mr = s.W - int(s.W * R.uniform(0.07, 0.095))
        s.mt = int(s.H * R.uniform(0.045, 0.065)); s.mb = s.H - int(s.H * 0.045)
        s.y = s.mt; s.lines = []; s.face = face; s.tai = tai; s.full = False
        s.body = max(10, R.choice([10.5, 11, 11.5, 12, 13]) - shrink); s.small = max(7.5, 8.5 - shrink * 0.5)
        s.cache = {}; s.stamps = []; s.layers = []
    def px(s, pt): return int(round(pt * s.dpi / 72))
    def f(s, pt, face=None):
        face = face or s.face; k = (face, pt)
        if k not in s.cache:
            p, i = FACES[face]; s.cache[k] = ImageFont.truetype(p, s.px(pt), index=i)
        return s.cache[k]
    def fix(s, t): return t.replace('臺', '台') if s.tai else t
    def wrap(s, t, font, width):
        out, cur = [], ''
        for ch in t:
            if font.getlength(cur + ch) > width and cur:
                if ch in '，。、：；）」』,.)' and len(cur) > 1:
                    out.append(cur[:-1]); cur = cur[-1] + ch
                else:
                    out.append(cur); cur = ch
            else:
                cur += ch
        if cur: out.append(cur)
        return out or ['']
    def text(s, t, pt=None, x0=None, x1=None, align='l', face=None, lead=1.5, hang=0, fill=0):
        if s.full: return
        pt = pt or s.body; t = s.fix(t); font = s.f(pt, face)
        x0 = s.ml if x0 is None else x0; x1 = s.mr if x1 is None else x1
        lh = int(s.px(pt) * lead)
        lines = s.wrap(t, font, x1 - x0)
        if hang and len(lines) > 1:
            hx = int(font.getlength(t[:hang]))
            lines = [lines[0]] + s.wrap(t[len(lines[0]):], font, x1 - x0 - hx); hx_ = hx
        else: hx_ = 0
        for i, ln in enumerate(lines):
            if s.y + lh > s.mb: s.full = True; return
            w = font.getlength(ln)
            x = x0 + (hx_ if i else 0)
            if align == 'c': x = x0 + (x1 - x0 - w) / 2
            elif align == 'r': x = x1 - w
            s.d.text((x, s.y), ln, font=font, fill=fill); s.lines.append(ln.strip()); s.y += lh
    def spaced(s, t, sep='　'): return sep.join(t)
    def title(s, t, pt=None, face=None, sep=None):
        if sep: t = sep.join(t)
        s.text(t, pt or s.body * R.uniform(1.5, 1.9), align='c', face=face or pick([s.face, 'sansb', 'serifb']), lead=1.6)
    def gap(s, k=0.6): s.y += int(s.px(s.body) * k)
    def rule(s, w=2, dash=False):
        if dash:
            for x in range(s.ml, s.mr, 24): s.d.line([(x, s.y), (x + 12, s.y)], fill=0, width=w)
        else: s.d.line([(s.ml, s.y), (s.mr, s.y)], fill=0, width=w)
        s.y += int(s.px(s.body) * 0.5)
    def table(s, rows, widths=None, pt=None, pad=None, lw=2, minh=1.9, head=0):
        """rows: list of lists of cells; a row with fewer cells: last cell spans rest."""
        if s.full: return
        pt = pt or s.body; font = s.f(pt); pad = pad or s.px(pt) * 0.35
        ncol = max(len(r) for r in rows); widths = widths or [1] * ncol
        tot = sum(widths); X = [s.ml]
        for w in widths: X.append(X[-1] + (s.mr - s.ml) * w / tot)
        lh = int(s.px(pt) * 1.35)
        for ri, row in enumerate(rows):
            cells = []
            for ci, c in enumerate(row):
                xa = X[ci]; xb = X[-1] if ci == len(row) - 1 else X[ci + 1]
                c = s.fix(c); cells.append((xa, xb, c, s.wrap(c, font, xb - xa - 2 * pad)))
            h = max(int(s.px(pt) * minh), max(len(c[3]) for c in cells) * lh + 2 * pad)
            if s.y + h > s.mb: s.full = True; return
            for xa, xb, c, ls in cells:
                s.d.rectangle([xa, s.y, xb, s.y + h], outline=0, width=lw)
                if ri < head: s.d.rectangle([xa + lw, s.y + lw, xb - lw, s.y + h - lw], fill=225)
                ty = s.y + (h - len(ls) * lh) / 2 + lh * 0.1
                for ln in ls:
                    s.d.text((xa + pad, ty), ln, font=font, fill=0); ty += lh
            s.lines.append(' '.join(c[2] for c in cells if c[2].strip()))
            s.y += h
        s.y += int(s.px(pt) * 0.5)
    def kv(s, pairs, cols=1, pt=None, under=True):
        if s.full: return
        pt = pt or s.body; font = s.f(pt); colw = (s.mr - s.ml) / cols; lh = int(s.px(pt) * 1.9)
        for i in range(0, len(pairs), cols):
            if s.y + lh > s.mb: s.full = True; return
            grp = pairs[i:i + cols]; recs = []
            for j, (k, v) in enumerate(grp):
                x = s.ml + j * colw; k = s.fix(k); v = s.fix(v); kt = k + '：'
                maxw = colw - 20; vt = v
                while font.getlength(kt + vt) > maxw and len(vt) > 2: vt = vt[:-1]
                s.d.text((x, s.y), kt, font=font, fill=0); kw = font.getlength(kt)
                s.d.text((x + kw, s.y), vt, font=font, fill=0)
                if under: s.d.line([(x + kw, s.y + s.px(pt) * 1.3), (x + colw - 25, s.y + s.px(pt) * 1.3)], fill=60, width=1)
                recs.append(kt + vt)
            s.lines.append(' '.join(recs)); s.y += lh
    def box(s, y0, lw=3):
        s.d.rectangle([s.ml - 12, y0 - 10, s.mr + 12, s.y], outline=0, width=lw)
    def stamp(s, org, date, kind=None):
        kind = kind or pick(['circle', 'rect', 'rect'])
        size = int(s.W * R.uniform(0.17, 0.24)); lay = Image.new('L', (size * 2, size * 2), 0)
        d = ImageDraw.Draw(lay); c = size; f1 = s.f(9, 'sansb'); f2 = s.f(10, 'sans')
        org = s.fix(org); short = org if len(org) <= 9 else org[:9]
        t2 = pick(['收文', '收件', '收　文']); t3 = date; t4 = f'收文號 {R.randint(1130000, 1149999)}' if R.random() < 0.5 else ''
        if kind == 'circle':
            d.ellipse([c - size * 0.55, c - size * 0.55, c + size * 0.55, c + size * 0.55], outline=255, width=6)
        else:
            d.rectangle([c - size * 0.75, c - size * 0.45, c + size * 0.75, c + size * 0.45], outline=255, width=6)
            d.line([(c - size * 0.75, c - size * 0.17), (c + size * 0.75, c - size * 0.17)], fill=255, width=3)
        ys = [c - size * 0.4, c - size * 0.12, c + 0.1 * size]
        tl = [short, t3, t4] if kind == 'rect' else [short[:7], t2, t3]
        if kind == 'rect': tl = [short + ' ' + t2.replace('　', ''), t3, t4]
        for yy, t in zip(ys, tl):
            if not t: continue
            ff = f1 if yy == ys[0] else f2
            while ff.getlength(t) > size * (1.4 if kind == 'rect' else 1.0) and ff.size > 8:
                ff = ImageFont.truetype(FACES['sansb'][0], ff.size - 2, index=3)
            d.text((c - ff.getlength(t) / 2, yy), t, font=ff, fill=255)
            s.stamps.append(t)
        lay = lay.rotate(R.uniform(-12, 12), resample=Image.BICUBIC)
        x = int(R.uniform(s.W * 0.45, s.W * 0.8) - size); y = max(int(s.H * 0.01) - int(size * 0.5), int(R.uniform(s.H * 0.03, s.H * 0.45) - size))
        ink = R.randint(70, 150)
        s.layers.append((lay, x, y, ink))
    def finish(s):
        img = s.img
        for lay, x, y, ink in s.layers:
            mask = lay.point(lambda v: int(v * 0.85))
            col = Image.new('L', lay.size, ink)
            img.paste(col, (x, y), mask)
        return img, s.lines + s.stamps

def degrade(img):
    ang = R.uniform(-2, 2)
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(R.uniform(0.4, 1.1)))
    a = np.asarray(img).astype(np.float32)
    tone = R.uniform(0.88, 1.0); a = a * tone + (255 * (1 - tone)) * 0.0
    a += np.random.normal(0, R.uniform(3, 11), a.shape)
    sp = np.random.random(a.shape); a[sp < R.uniform(0.0002, 0.0012)] = R.randint(0, 80)
    if R.random() < 0.5:  # uneven illumination
        g = np.linspace(R.uniform(-12, 0), R.uniform(0, 8), a.shape[1])[None, :]; a += g
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, 'L')
    bw = R.random() < 0.25
    if bw:
        thr = R.choice([150, 165, 180]); img = img.point(lambda v: 255 if v > thr else 0).convert('1')
    return img, bw

# ---------------------------------------------------------------- document context
class Ctx:
    def __init__(s):
        s.county = wpick(CW); s.c = COUNTIES[s.county]; s.town = pick(s.c['towns'])
        s.bureau = pick(s.c['bureau']); s.bureau_full = s.bureau + (pick(s.c['branch']) if s.c['branch'] and R.random() < 0.25 else '')
        s.name = name(); s.id = nid(s.c['letter'] if R.random() < 0.8 else None); s.addr = addr(s.county, s.town)
        s.tel = phone(s.county); s.date = rdate(); s.rec = (s.date[0], s.date[1], min(28, s.date[2] + R.randint(0, 3)))

def sign_block(p, x, who='申請人', extra=None):
    p.gap(0.5)
    for k, v in [(who, x.name + pick(['　　（簽章）', '　（蓋章）', '', '　印'])), ('身分證統一編號', x.id), ('地址', x.addr), ('電話', x.tel)] + (extra or []):
        p.text(f'{k}：{v}', x0=p.ml + int((p.mr - p.ml) * 0.35))

def fine(p, notes, head='注意事項：'):
    p.text(head, pt=p.small + 0.5)
    cn = R.random() < 0.5
    for i, n in enumerate(notes):
        pre = f'{"一二三四五六七八九十"[i]}、' if cn else f'{i + 1}.'
        p.text(pre + n, pt=p.small, lead=1.35, hang=len(pre))

# ---------------------------------------------------------------- generic builders
def b_grid(p, x, d, spaced=False):
    if R.random() < 0.6: p.text(x.bureau_full if R.random() < 0.5 else x.county, align='c', pt=p.body * 1.2)
    t = d['title']
    p.title(t, sep='　' if spaced and len(t) <= 10 else None)
    if R.random() < 0.5: p.text(f'收件編號：＿＿＿＿＿　　申請日期：{fdate(x.date)}', pt=p.small + 1, align='r')
    rows = [[k, v] for k, v in d['fields']]
    if len(rows) > 3 and R.random() < 0.6:
        r2 = []
        for i in range(0, len(rows) - 1, 2): r2.append(rows[i] + rows[i + 1])
        if len(rows) % 2: r2.append(rows[-1])
        p.table(r2, [1.2, 2, 1.2, 2])
    else:
        p.table(rows, [1, 3])
    if d.get('checks'):
        p.table([[d.get('check_head', '申請事由'), '　'.join(d['checks'])]], [1, 4])
    if d.get('table'): p.table(d['table'], d.get('twidth'), head=1)
    if d.get('attach'): p.table([['檢附文件', '、'.join(d['attach'])]], [1, 4])
    p.text(d.get('plea', f'此致　{x.bureau}'))
    sign_block(p, x, d.get('who', '申請人'))
    p.text(fdate(x.date, 3), align='c')
    if d.get('notes'): p.gap(0.3); fine(p, d['notes'])

def b_kv(p, x, d):
    t = d.get('title2', d['title'])
    p.title(t)
    if R.random() < 0.5: p.text(f'受理機關：{x.bureau_full}', pt=p.small + 1)
    p.rule(3)
    p.kv(d['fields'], cols=pick([1, 2]) if len(d['fields']) > 6 else 1)
    if d.get('checks'):
        p.text(d.get('check_head', '申請事由') + '：')
        for c in d['checks']: p.text(c, x0=p.ml + p.px(p.body) * 2)
    if d.get('table'): p.table(d['table'], d.get('twidth'), head=1)
    if d.get('attach'):
        p.text('附件：')
        for i, a in enumerate(d['attach']): p.text(f'{i + 1}. {a}', x0=p.ml + p.px(p.body) * 2)
    p.rule(1, dash=True)
    p.text(d.get('decl', '申請人切結以上所填各項均屬實，如有不實，願負法律責任。'))
    p.text(f'申請人：{x.name}　　（簽名或蓋章）　　{fdate(x.date)}')
    if d.get('notes') and R.random() < 0.8: fine(p, d['notes'], head='說明：')

def b_letter(p, x, d):
    p.gap(R.uniform(0.5, 3))
    p.text(pick(['敬啟者：', f'{x.bureau}　鈞鑒：', f'{x.bureau}承辦人員您好：', '您好：', f'致 {x.bureau}']))
    for para in d['body']: p.text('　　' + para, lead=1.7)
    p.gap(0.5)
    p.text(pick(['此致', '敬請　核辦', '謹此']))
    p.text(x.bureau, x0=p.ml + p.px(p.body) * 2)
    p.gap(0.8)
    p.text(f'申請人　{x.name}', align='r'); p.text(f'身分證號 {x.id}', align='r')
    if R.random() < 0.7: p.text(f'住址：{x.addr}', align='r')
    p.text(f'聯絡電話：{x.tel}', align='r')
    p.text(fdate(x.date, pick([0, 3, 4, 5])), align='r')
    if d.get('attach') and R.random() < 0.8:
        p.gap(0.5); p.text('附：' + '、'.join(d['attach']))

def b_online(p, x, d):
    site = pick([f'{x.bureau}全球資訊網', '地方稅網路申報作業', '線上申辦服務平台', f'{x.bureau} 網路申辦'])
    y, m, dd = x.date
    p.text(f'{y + 1911}/{m}/{dd} 下午{R.randint(1, 5)}:{R.randint(10, 59)}　　{site}', pt=p.small, face='sans')
    p.gap(0.5)
    p.title(pick(['網路申辦案件確認單', '線上申請完成', '申辦案件明細', '線上申請 申請書預覽列印', '網路申辦收件回執']), face='sans')
    p.text(pick(['您的申請案件已送出，本局將於收件後依序審核。', '申請資料已傳送成功，請列印本頁留存。', '本案件已完成線上送件，請注意電子郵件通知。']), align='c', face='sans')
    p.rule(2)
    rows = [['案件編號', f'{R.choice("ABCDEFHW")}{y}{m:02d}{dd:02d}{R.randint(10000, 99999)}'], ['申辦項目', d['item']],
            ['申請時間', f'{y + 1911}-{m:02d}-{dd:02d} {R.randint(8, 22):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}'],
            ['申請人', x.name], ['身分證號/統編', x.id[:3] + '****' + x.id[-3:] if R.random() < 0.5 else x.id],
            ['聯絡電話', x.tel], ['電子郵件', pick(['chen', 'lin', 'hl', 'taitung', 'wu', 'yilan']) + str(R.randint(1, 999)) + pick(['@gmail.com', '@yahoo.com.tw', '@hotmail.com'])]]
    rows += [[k, v] for k, v in d['fields'][:9]]
    if d.get('checks'): rows.append([d.get('check_head', '申請事由'), '；'.join(c.replace('■', '').replace('□', '') for c in d['checks'] if c.startswith('■'))])
    rows.append(['受理機關', x.bureau_full]); rows.append(['處理狀態', pick(['已送件', '收件待審', '待補件', '審核中'])])
    p.table(rows, [1, 2.6], lw=1)
    if d.get('attach'): p.text('上傳附件：' + '、'.join(f'{a}.pdf' if R.random() < 0.3 else a for a in d['attach']), face='sans')
    p.text('※ 本確認單僅證明案件已送達，核准與否以本局書面通知為準。', pt=p.small, face='sans')
    p.text(pick(['列印', '回上一頁', '關閉視窗']) + '　　第 1 頁，共 1 頁', pt=p.small, align='c', face='sans')

def b_han(p, x, d):
    org = d['org']; p.title(f'{org}　函', face=pick(['serifb', 'kai', 'ming']))
    p.text(f'地址：{d.get("oaddr", addr(x.county, x.town, short=True))}', align='r', pt=p.small + 1)
    p.text(f'聯絡人：{name()}　電話：{phone(x.county)}', align='r', pt=p.small + 1)
    p.gap(0.5)
    p.text(f'受文者：{x.bureau_full}')
    p.text(f'發文日期：{fdate(x.date, 3)}'); p.text(f'發文字號：{d.get("dno", docno(org[:2] + pick(["字", "總", "文"])))}'.replace('字字', '字'))
    p.text('速別：普通件'); p.text('附件：' + ('、'.join(d.get('attach', [])) or '無'))
    p.gap(0.5)
    p.text('主旨：' + d['subject'], hang=3, lead=1.7)
    p.text('說明：')
    for i, s in enumerate(d['expl']):
        pre = '一二三四五六七八'[i] + '、'; p.text(pre + s, x0=p.ml + p.px(p.body), hang=2, lead=1.6)
    if d.get('table'): p.table(d['table'], d.get('twidth'), head=1)
    p.gap(0.5)
    p.text('正本：' + x.bureau_full)
    if R.random() < 0.6: p.text('副本：' + pick(['本會', '本宮', '本校', '本所', '存查']))
    p.gap(1)
    p.text(d.get('head_sig', '負責人　' + name()), align='r', pt=p.body * 1.3, face='kai')

# ---------------------------------------------------------------- label content
def c_house(x):
    hn = house_no(); a = addr(x.county, x.town); y = x.date[0]
    kind = R.randint(0, 3)
    reason = ['本人、配偶或直系親屬於該址辦竣戶籍登記，且無出租或供營業使用',
              f'房屋於{fdate(rdate(y))}因{pick(["颱風", "豪雨", "地震", "火災"])}受損，損毀面積約達{pick(["三成", "五成以上", "百分之四十"])}，不堪居住',
              '房屋坐落公共設施保留地，仍供自住使用', '本人領有身心障礙證明，房屋供本人自住'][kind]
    fields = [('納稅義務人', x.name), ('身分證統一編號', x.id), ('房屋稅籍編號', hn), ('房屋坐落', a),
              ('申請面積', f'{R.randint(40, 220)}.{R.randint(0, 99):02d}平方公尺'), ('戶籍登記情形', pick(['本人設籍', '配偶設籍', '直系親屬設籍', '本人及子女設籍'])),
              ('聯絡電話', x.tel)]
    checks = [('■' if i == kind else '□') + s for i, s in enumerate(['自住住家用稅率', '災害毀損減免', '公共設施保留地', '其他（身心障礙等）'])]
    d = dict(title=pick(['房屋稅減免申請書', '房屋稅自住住家用稅率申請書', '房屋稅減免申請書', f'{x.county}房屋稅減免申請書']),
             title2=pick(['申請房屋稅按自用住宅稅率課徵', '房屋稅減免申請', '房屋稅適用自住稅率申請書']),
             fields=fields, checks=checks, check_head='申請項目',
             attach=pick([['身分證影本', '戶口名簿影本'], ['受災照片', '村長證明'], ['身心障礙證明影本', '建物權狀影本', '印章']]),
             notes=['依房屋稅條例第五條規定，自住住家用房屋須供本人、配偶或直系親屬實際居住使用，且本人、配偶及未成年子女於全國僅持有一戶。',
                    '依同條例第十五條第二項規定，房屋遭受重大災害，毀損面積占整棟面積三成以上不及五成者，減半徵收；五成以上者免徵。',
                    '依房屋稅條例第七條規定，納稅義務人應於房屋使用情形變更之日起三十日內申報；每期房屋稅以二月末日為核課基準日，三月二十二日以前申報者當期起適用。',
                    '申請書所填資料如有不實，依稅捐稽徵法相關規定處罰；本申請書所蒐集之個人資料僅供稅務用途。'],
             item=pick(['房屋稅自住住家用稅率申請', '房屋稅減免申請']))
    d['body'] = [f'本人所有坐落{a}之房屋（稅籍編號{hn}），{reason}。',
                 pick([f'懇請貴局准予自{y}年期起按自住住家用稅率核課房屋稅，', '懇請准予減免該屋房屋稅，', '請貴局派員勘查並核減房屋稅，']) + pick(['以減輕負擔。', '不勝感激。', '謝謝。']),
                 pick(['如需補件請來電告知。', '相關證明文件影本隨函附上。', '本人年事已高，行動不便，敬請以電話聯繫。'])]
    tname = pick(TEMPLES); org = f'{x.county}{x.town}{tname}' if R.random() < 0.6 else f'社團法人{x.county}{pick(["老人福利協進會", "原住民文化協會", "漁民互助協會", "社區發展協會"])}'
    d.update(org=org, subject=f'本{("宮" if "法人" not in org else "會")}所有坐落{a}之房屋（稅籍編號{hn}），{pick(["供宗教團體專用", "供社會福利團體會址使用", "供公益活動使用"])}，申請依房屋稅條例第十五條規定免徵房屋稅，請查照惠允。',
             expl=['依房屋稅條例第十五條第一項第五款、第八款及相關規定辦理。', '該房屋無收益且未供營業或出租使用，並經主管機關核准登記在案。',
                   '檢附立案證明書、房屋使用現況照片各一份。'])
    return d

def c_land(x):
    secs = [parcel(x.county) for _ in range(R.randint(1, 3))]; y = x.date[0]
    tab = [['鄉鎮市區', '段', '小段', '地號', '面積(㎡)', '權利範圍']] + [[x.town, s, sb or '－', n, f'{R.randint(60, 600)}.{R.randint(0, 99):02d}', pick(['全部', '1/2', '1/4', '1/3'])] for s, sb, n in secs]
    hs = addr(x.county, x.town)
    fields = [('土地所有權人', x.name), ('身分證統一編號', x.id), ('地價稅稅籍編號', f'{R.randint(100000000, 999999999)}'),
              ('地上房屋門牌', hs), ('設籍人', f'{pick(["本人", "配偶", "長子", "母親"])} {name()}'), ('聯絡電話', x.tel)]
    d = dict(title=pick(['地價稅自用住宅用地申請書', '地價稅按自用住宅用地稅率課徵申請書', f'{x.county}地價稅自用住宅用地優惠稅率申請書']),
             title2=pick(['申請適用自用住宅用地稅率', '自用住宅用地優惠稅率申請']),
             fields=fields, table=tab, twidth=[1.2, 1.2, 0.8, 1.4, 1.1, 1],
             checks=['■無出租', '■無供營業使用', '□地上房屋為本人或配偶、直系親屬所有', '□本人、配偶及未成年受扶養親屬僅此一處'],
             check_head='使用情形', attach=pick([['戶口名簿影本'], ['建物所有權狀影本', '戶籍謄本'], ['身分證影本', '房屋稅單影本']]),
             notes=['依土地稅法第九條及第十七條規定，自用住宅用地以都市土地面積未超過三公畝、非都市土地未超過七公畝部分為限，按千分之二計徵地價稅。',
                    '土地所有權人與其配偶及未成年之受扶養親屬，適用自用住宅用地稅率繳納地價稅者，以一處為限。',
                    '依土地稅法第四十一條規定，應於每年（期）地價稅開徵四十日前（九月二十二日）提出申請；逾期申請者，自申請之次年期開始適用。',
                    '前已核准而用途未變更者，以後免再申請；用途變更時應即向主管稽徵機關申報恢復按一般用地稅率課徵。'],
             item='地價稅自用住宅用地稅率申請')
    s, sb, n = secs[0]
    d['body'] = [f'本人所有{x.town}{s}{sb}{n}地號土地，地上房屋門牌{hs}，現由{pick(["本人全家", "本人與配偶", "家母"])}設籍居住，並無出租或營業。',
                 f'依土地稅法規定申請自{y}年起地價稅改按自用住宅用地千分之二稅率課徵，' + pick(['請准予辦理。', '煩請核准。', '懇請惠予核定。'])]
    d.update(org=f'{x.county}{x.town}公所', subject='x', expl=['x'])
    return d

def c_vehicle(x):
    pl = plate(); cc = pick([1198, 1497, 1598, 1798, 1987, 2359, 124, 149, 2494])
    owner_rel = pick(['本人', '配偶', '父', '母', '子', '女', '同戶籍兄弟'])
    fields = [('車牌號碼', pl), ('車主姓名', x.name), ('車主身分證統一編號', x.id), ('汽缸排氣量', f'{cc} c.c.'),
              ('身心障礙者姓名', name() if owner_rel != '本人' else x.name), ('與車主關係', owner_rel),
              ('身心障礙證明有效期限', fdate(rdate(R.randint(115, 119)), 1)), ('車籍地址', addr(x.county, x.town))]
    d = dict(title=pick(['使用牌照稅免稅申請書', '身心障礙者使用車輛免徵使用牌照稅申請書', '使用牌照稅　免稅申請書']),
             title2=pick(['使用牌照稅免稅申請', '身障車輛免稅申請書']), fields=fields,
             checks=['■身心障礙者本人所有', '□同一戶籍配偶、親屬所有', '□社福團體專供載運身心障礙者使用', '□其他'],
             check_head='免稅身分', attach=pick([['身心障礙證明正反面影本', '行車執照影本', '駕照影本'], ['戶口名簿影本', '身心障礙證明影本']]),
             notes=['依使用牌照稅法第七條第一項第八款規定，供身心障礙者使用之車輛，以每人一輛為限，汽缸總排氣量2,400立方公分以下者全額免徵，超過部分之稅額仍應課徵。',
                    '車主須為身心障礙者本人、配偶或同一戶籍二親等以內親屬；駕駛人須為本人或經核准之親屬。',
                    '免稅車輛辦理過戶、報廢或身心障礙證明失效者，應於三十日內向稽徵機關申報註銷免稅。'],
             item='使用牌照稅身心障礙免稅申請')
    d['body'] = [f'我家{pick(["父親", "母親", "兒子", "本人"])}領有身心障礙證明，車號{pl}（排氣量{cc}cc）專供其就醫及日常接送使用。',
                 pick(['依規定申請免徵使用牌照稅，', '想申請使用牌照稅免稅，', '請貴局准予免徵牌照稅，']) + pick(['附上證明影本，請協助辦理。', '麻煩了。', '謝謝。'])]
    d.update(org=f'社團法人{x.county}{pick(["身心障礙者福利協會", "智障者家長協會", "肢體障礙者協會"])}',
             subject=f'本會所有復康巴士（車號{pl}）專供載送身心障礙者使用，請惠予免徵使用牌照稅，請查照。',
             expl=['依使用牌照稅法第七條第一項第八款規定辦理。', '本會業經主管機關立案，該車輛專供載送身心障礙會員就醫、就學使用。', '檢附立案證書影本、行車執照影本各一份。'])
    return d

def c_deed(x):
    seller = name(); price = R.randint(80, 900) * 10000; assess = int(price * R.uniform(0.15, 0.35)) // 100 * 100
    kind = pick(['買賣', '買賣', '贈與', '交換', '分割', '典權']); rate = {'買賣': 6, '贈與': 6, '交換': 2, '分割': 2, '典權': 4}[kind]
    ha = addr(x.county, x.town); cd = rdate(x.date[0], x.date[1], max(1, x.date[2] - 10))
    fields = [('契約種類', kind), ('立約日期', fdate(cd, 1)), ('房屋坐落', ha), ('房屋稅籍編號', house_no()),
              ('承受人（新所有人）', f'{x.name} {x.id}'), ('讓與人（原所有人）', f'{seller} {nid()}'),
              ('移轉價格', money(price, 1)), ('評定標準價格', f'{assess:,}元'), ('應納稅額', f'{assess * rate // 100:,}元（稅率{rate}%）'),
              ('權利範圍', pick(['全部', '1/2', '持分1/3'])), ('代理人', f'地政士 {name()}（{pick(["花", "東", "宜", "澎"])}地字第{R.randint(100, 999)}號）')]
    d = dict(title=pick(['契稅申報書', '契稅申報書', '房屋契稅申報書', f'{x.county}契稅申報書']), title2=pick(['契稅申報', '契稅申報書（買賣）']),
             fields=fields, attach=pick([['公定契紙', '買賣契約書影本', '身分證影本'], ['贈與契約書', '印鑑證明'], ['分割協議書', '建物測量成果圖']]),
             notes=['依契稅條例第十六條規定，納稅義務人應於不動產買賣、承典、交換、贈與及分割契約成立之日起，或因占有而依法申請為所有人之日起三十日內，填具契稅申報書表，檢附公定格式契約書及有關文件，向當地主管稽徵機關申報契稅。',
                    '依契稅條例第三條規定，契稅稅率：買賣契稅百分之六、典權契稅百分之四、交換契稅百分之二、贈與契稅百分之六、分割契稅百分之二、占有契稅百分之六。',
                    '逾期申報者，依契稅條例第二十四條規定，每逾三日加徵應納稅額百分之一之怠報金，最高以應納稅額為限，但不得超過新臺幣一萬五千元。'],
             item='契稅申報', who='承受人', plea=f'謹依契稅條例規定申報{kind}契稅，此致　{x.bureau}')
    d['body'] = [f'本人於{fdate(cd, 0)}向{seller}{"購買" if kind == "買賣" else "受" + kind}坐落{ha}之房屋一棟，',
                 f'移轉價格{money(price, 3)}，依契稅條例第十六條規定於期限內申報{kind}契稅。',
                 '檢附契約書正本及相關文件，敬請核發稅單。']
    d.update(org='x', subject='x', expl=['x'])
    return d

def c_luvit(x):
    s, sb, n = parcel(x.county); buyer = name(); area = R.randint(50, 900) + R.randint(0, 99) / 100
    cv = R.randint(3000, 60000); pv = int(cv * R.uniform(0.3, 0.8))
    fields = [('土地坐落', f'{x.town}{s}{sb}{n}地號'), ('面積', f'{area:.2f}平方公尺'), ('權利範圍', pick(['全部', '1/2', '3/10'])),
              ('申報移轉現值', f'每平方公尺{cv:,}元'), ('前次移轉現值或原規定地價', f'每平方公尺{pv:,}元（{R.randint(70, 105)}年{R.randint(1, 12)}月）'),
              ('義務人（出賣人）', f'{x.name} {x.id}'), ('權利人（買受人）', f'{buyer} {nid()}'),
              ('訂約日期', fdate(rdate(x.date[0]), 2)), ('移轉原因', pick(['買賣', '贈與', '拍賣', '配偶贈與'])),
              ('是否申請自用住宅用地稅率', pick(['■是 □否', '□是 ■否']))]
    d = dict(title=pick(['土地增值稅（土地現值）申報書', '土地增值稅申報書', '土地現值申報書']), title2=pick(['土地移轉現值申報', '土地增值稅申報書']),
             fields=fields, attach=pick([['土地所有權狀影本', '買賣契約書'], ['戶口名簿影本', '土地改良費用證明'], ['印鑑證明', '身分證影本']]),
             notes=['依土地稅法第四十九條規定，土地所有權移轉或設定典權時，權利人及義務人應於訂定契約之日起三十日內，檢附契約影本及有關文件，共同向主管稽徵機關申報其土地移轉現值。',
                    '依土地稅法第三十四條規定，出售自用住宅用地，都市土地面積未超過三公畝部分或非都市土地面積未超過七公畝部分，其土地增值稅統就該部分之土地漲價總數額按百分之十徵收，每人一生以一次為限。',
                    '申報移轉現值低於當期公告土地現值者，得依平均地權條例第四十六條照價收買或以公告現值為準徵收。', '土地增值稅由原土地所有權人為納稅義務人；無償移轉者以取得所有權之人為納稅義務人。'],
             item='土地增值稅（土地現值）申報', who='義務人', plea=f'此致　{x.bureau}')
    d['body'] = [f'本人出售{x.town}{s}{sb}{n}地號土地（面積{area:.2f}平方公尺）予{buyer}，已於近日簽訂買賣契約。',
                 pick(['該地為本人自用住宅用地，請依一生一次規定按百分之十稅率核計土地增值稅。', '請依申報移轉現值核計土地漲價總數額並核發繳款書。']),
                 f'前次移轉現值每平方公尺{pv:,}元，謹此申報，煩請查核。']
    d.update(org='x', subject='x', expl=['x'])
    return d

def c_refund(x):
    tax = pick(['房屋稅', '地價稅', '使用牌照稅', '契稅', '土地增值稅']); amt = R.randint(300, 45000); y = x.date[0]
    bk = pick(BANKS)
    fields = [('稅目', tax), ('課稅年期', f'{y - R.randint(0, 1)}年'), ('稅單銷帳編號', billno()), ('繳納日期', fdate(rdate(y), 2)),
              ('已繳稅額', f'{amt + R.randint(100, 9000):,}元'), ('申請退還金額', money(amt, pick([0, 1, 3]))),
              ('退稅原因', pick(['重複繳納', '溢繳', '減免核准後溢繳', '車輛已報廢仍被課稅'])), ('退稅帳戶', f'{bk} 帳號{account()}'), ('戶名', x.name)]
    d = dict(title=pick(['退稅申請書', '申請退還溢繳稅款申請書', '重複（溢）繳稅款退稅申請書', '地方稅退稅申請書']), title2=pick(['申請退稅', '溢繳稅款退還申請']),
             fields=fields, attach=pick([['繳款書收據聯影本', '存摺封面影本'], ['身分證影本', '存摺影本'], ['報廢證明', '收據影本']]),
             notes=['依稅捐稽徵法第二十八條規定，納稅義務人自行適用法令錯誤或計算錯誤溢繳之稅款，得自繳納之日起十年內提出具體證明，申請退還；屆期未申請者，不得再行申請。',
                    '因稽徵機關適用法令錯誤、計算錯誤或其他可歸責於政府機關之錯誤，致溢繳稅款者，應自知有錯誤原因之日起二年內查明退還，並加計利息一併退還。',
                    '退稅款如經行政執行分署扣押或有欠稅，依法先行抵繳。'],
             item=f'{tax}退稅申請')
    d['body'] = [f'本人{tax}於{fdate(rdate(y), 0)}繳納後，發現{pick(["已由家人重複繳納一次", "減免案核准後仍以原稅額繳納", "車輛已於年初報廢", "金額計算有誤而多繳"])}，',
                 f'計多繳{money(amt, 1)}，依規定申請退還，' + pick([f'請匯入本人{bk}帳戶。', '請以支票寄回或匯入附上之帳戶。', '請協助處理退款。']),
                 pick(['謝謝貴局協助。', '煩請儘速辦理。', ''])]
    d.update(org=f'{x.county}{pick(["私立海星高級中學", "私立四維高級中學", "漁會", "農會", "天主堂"])}', subject=f'本單位{y}年期{tax}因重複繳納，請惠予退還溢繳稅款{amt:,}元，請查照。',
             expl=[f'本單位所有稅籍編號{house_no()}之{tax}，已於{fdate(rdate(y), 3)}繳納，嗣經會計室查核發現重複繳納。', f'請將溢繳稅款匯入本單位{bk}帳戶（帳號{account()}）。', '檢附繳款書收據聯影本二份。'])
    return d

def c_appeal(x):
    tax = pick(['房屋稅', '地價稅', '土地增值稅', '契稅', '使用牌照稅', '娛樂稅']); y = x.date[0]; amt = R.randint(2000, 380000)
    fields = [('申請人', x.name), ('身分證統一編號', x.id), ('稅目及年期', f'{y - 1}年{tax}' if R.random() < 0.5 else f'{y}年期{tax}'),
              ('核定通知書（繳款書）文號', billno()), ('繳納期限', fdate(rdate(y), 1)), ('核定稅額', f'{amt:,}元'),
              ('不服之處分', pick(['稅率核定', '現值核定', '補徵稅額及罰鍰', '不准減免'])), ('代理人', pick(['無', f'{name()}律師']))]
    d = dict(title=pick(['復查申請書', f'{tax}復查申請書', '申請復查書']), title2=pick(['稅捐復查申請', '復查申請書']), fields=fields,
             attach=pick([['繳款書影本', '照片', '租賃契約書影本'], ['證明文件影本', '委任書'], ['核定通知書影本']]),
             notes=['依稅捐稽徵法第三十五條規定，納稅義務人對於核定稅捐之處分如有不服，應依規定格式，敘明理由，連同證明文件於繳款書送達後，於繳納期間屆滿之翌日起三十日內申請復查。',
                    '依前條規定申請復查者，得就復查決定之應納稅額繳納半數並提供相當擔保，申請暫緩移送強制執行。', '復查決定書應於接到申請書之翌日起二個月內作成。',
                    '對復查決定不服者，得依法提起訴願。'],
             item=f'{tax}復查申請')
    d['body'] = [f'本人於日前收到貴局核定之{y - 1}年{tax}{pick(["繳款書", "補徵通知書", "核定通知書"])}，稅額{amt:,}元，',
                 pick(['本人認為該房屋實際供自住使用，不應按非自住稅率課徵，', '貴局認定之現值顯然過高，與實際情形不符，', '該車輛於課稅期間早已失竊並報案，不應課稅，']) +
                 '依稅捐稽徵法第三十五條規定於法定期間內申請復查，',
                 pick(['請撤銷原處分，重新核定。', '懇請重新審查並更正。', '請貴局依法重核。'])]
    d.update(org='x', subject='x', expl=['x'])
    return d

def c_addr(x):
    new = addr(); taxes = R.sample(['房屋稅', '地價稅', '使用牌照稅', '全部稅目'], R.randint(1, 2))
    fields = [('納稅義務人', x.name), ('身分證統一編號', x.id), ('原送達地址', x.addr), ('新送達地址', new),
              ('適用稅目', '、'.join(taxes)), ('稅籍編號／車號', house_no() if R.random() < 0.6 else plate()), ('聯絡電話', x.tel)]
    ebill = R.random() < 0.4
    if ebill: fields.append(('電子郵件信箱', f'{pick(["hl", "ttc", "yl", "ph", "km"])}{R.randint(10, 9999)}@gmail.com'))
    d = dict(title=pick(['變更送達地址申請書', '稅單寄送地址變更申請書', '地方稅電子繳款書申請書' if ebill else '申請變更通訊地址', '變更稅單送達地址申請表']),
             title2=pick(['送達地址變更', '稅單寄送地址更正申請', '電子稅單（E-mail）申請' if ebill else '通訊地址變更']),
             fields=fields, checks=[('■' if ebill else '□') + '改寄電子繳款書（E-mail）', '■變更送達地址', '□恢復寄送紙本'], check_head='申請項目',
             attach=pick([['身分證影本'], []]),
             notes=['依稅捐稽徵法第十九條規定，為稽徵稅捐所發之各種文書，得向納稅義務人之代理人、代表人、經理人或管理人以為送達。',
                    '申請變更後之地址，自受理之次期起適用；已寄發之稅單如未收到，請至各分局申請補發。', '電子繳款書申請成功後即不再寄發紙本，請確認電子郵件信箱正確。'],
             item='稅單送達地址變更／電子繳款書申請' if ebill else '變更送達地址')
    d['body'] = [f'本人已搬家，{"、".join(taxes)}稅單請改寄至新地址：{new}。', f'原地址：{x.addr}。' if R.random() < 0.7 else '',
                 pick(['以後稅單請寄新址，謝謝。', '請更改寄送地址，感謝。', '麻煩更新資料。'])]
    d.update(org=f'{x.county}{x.town}{pick(["鎮安宮管理委員會", "社區發展協會", "漁業合作社"])}', subject=f'本會會址遷移，請將本會所有稅捐之送達地址變更為「{new}」，請查照。',
             expl=['本會會址業經理監事會議決議遷移，並已向主管機關辦理變更登記。', f'原送達地址：{x.addr}。'])
    return d

def c_install(x):
    tax = pick(['房屋稅', '地價稅', '土地增值稅', '使用牌照稅', '契稅']); amt = R.randint(15000, 900000); n = pick([3, 6, 12, 24, 36])
    why = pick(['颱風致漁船及房屋受損', '經營民宿遭逢疫情收入銳減', '本人罹患重病住院', '家中遭受火災', '農作物受颱風損害', '失業中無力一次繳清'])
    fields = [('稅目', tax), ('稅單銷帳編號', billno()), ('應納稅額', money(amt, pick([0, 1]))), ('原繳納期限', fdate(rdate(x.date[0]), 1)),
              ('申請方式', pick([f'分{n}期繳納', '延期三個月繳納', f'分{n}期繳納'])), ('申請原因', why), ('納稅義務人', f'{x.name} {x.id}')]
    d = dict(title=pick(['延期或分期繳納稅捐申請書', '申請分期繳納稅款', '稅捐延期繳納申請書', '地方稅分期繳納申請書']),
             title2=pick(['分期繳納申請', '延期繳納申請書']), fields=fields, attach=pick([['診斷證明書', '收入證明'], ['受災證明', '照片'], ['財產清單', '薪資證明']]),
             notes=['依稅捐稽徵法第二十六條規定，納稅義務人因天災、事變、不可抗力之事由或為經濟弱勢者，不能於法定期間內繳清稅捐者，得於規定納稅期間內，向稅捐稽徵機關申請延期或分期繳納，其延期或分期繳納之期間，不得逾三年。',
                    '依同法第二十七條規定，經核准分期繳納者，如有一期不依限繳納，稽徵機關應即就未繳清之餘額稅款，發單通知限十日內一次全部繳清；逾期仍未繳納者，移送強制執行。',
                    '申請應於繳納期間屆滿前提出；逾期申請者不予受理。'],
             item=f'{tax}分期（延期）繳納申請')
    d['body'] = [f'本人{why}，經濟困難，無法於期限內一次繳清{tax}{money(amt, 1)}。',
                 pick([f'懇請准予分{n}期繳納，', '懇請准予延期三個月繳納，', '希望能分期付款，']) + pick(['本人必按期繳納。', '感謝貴局體恤。', '如核准請寄分期繳款書。'])]
    d.update(org=f'{x.county}{x.town}{pick(["區漁會", "農會", "天后宮"])}', subject=f'本會因{why.replace("本人", "")}，財務週轉困難，所欠{tax}{amt:,}元，請准予分{n}期繳納，請查照。',
             expl=['依稅捐稽徵法第二十六條規定辦理。', '本會已擬具還款計畫，並將依核准期數按期繳納。'])
    return d

def c_stamp(x):
    co = f'{pick(["東岸", "洄瀾", "太平洋", "蘭陽", "澎湖灣", "浯島", "馬祖", "後山"])}{pick(["營造", "觀光", "海產", "物流", "建材", "食品", "客運"])}{pick(["股份有限公司", "有限公司", "企業社"])}'
    bn = ubn(); rc = R.randint(200, 8000); amt = R.randint(500000, 30000000); y, m = x.date[0], x.date[1]
    tax = int(amt * 0.004)
    fields = [('營利事業名稱', co), ('統一編號', bn), ('負責人', x.name), ('營業地址', addr(x.county, x.town, short=True)),
              ('申請期間', f'{y}年{max(1, m - 1)}月份'), ('銀錢收據件數', f'{rc:,}件'), ('收據總金額', f'{amt:,}元'), ('應納印花稅額', f'{tax:,}元')]
    tab = [['憑證種類', '件數', '金額（元）', '稅率', '稅額（元）']]
    for k, r in [('銀錢收據', 0.004), ('買賣動產契據', 0.0), ('承攬契據', 0.001), ('典賣讓受及分割不動產契據', 0.001)][:R.randint(2, 4)]:
        c_ = R.randint(1, 2000); a_ = R.randint(10000, 9000000)
        tab.append([k, str(c_), f'{a_:,}', '4‰' if r == 0.004 else ('每件12元' if r == 0 else '1‰'), f'{(int(a_ * r) if r else c_ * 12):,}'])
    d = dict(title=pick(['印花稅彙總繳納申請書', '印花稅繳款書申報（彙總）', '印花稅彙總繳納印花稅明細表', '印花稅申報書']),
             title2=pick(['印花稅彙總繳納申請', '彙總繳納印花稅申請書']), fields=fields, table=tab, twidth=[2.4, 1, 1.6, 1, 1.4],
             attach=pick([['公司登記資料影本', '收據樣張'], ['統一發票或收據存根'], ['營業登記證明']]), who='申請人（負責人）',
             notes=['依印花稅法第八條第二項規定，應納印花稅之憑證，其稅額巨大不便貼用印花稅票者，得請由稽徵機關開給繳款書繳納之；其需用數量頻繁者，得請由稽徵機關核准彙總繳納。',
                    '依印花稅法第五條規定，銀錢收據每件按金額千分之四，買賣動產契據每件稅額新臺幣十二元，承攬契據每件按金額千分之一，典賣、讓受及分割不動產契據每件按金額千分之一。',
                    '經核准彙總繳納者，應於每二個月（奇數月十五日前）將前二個月應納稅款繳納並申報；違反規定者依印花稅法第二十三條處罰。'],
             item='印花稅彙總繳納申請')
    d['body'] = [f'本公司{co}（統一編號{bn}）因營業收據數量龐大，每月開立銀錢收據約{rc:,}件，',
                 '逐件貼用印花稅票甚為不便，依印花稅法第八條規定申請准予以彙總方式繳納印花稅，', '敬請核准。']
    d.update(org=co, subject=f'本公司開立銀錢收據數量頻繁，請准予彙總繳納印花稅，請查照。',
             expl=['依印花稅法第八條第二項規定辦理。', f'本公司統一編號{bn}，營業地址{addr(x.county, x.town, short=True)}。', f'預估每期開立收據{rc:,}件，總金額約{amt:,}元。'],
             head_sig=f'負責人　{x.name}')
    x.name_org = co
    return d

def c_amuse(x):
    venue = x.town[:2] + pick(['KTV', '影城', '戲院', '海洋遊樂園', '歡樂歌城', '電影院', '撞球館', '音樂餐廳', '視聽歌唱'])
    bn = ubn(); y, m = x.date[0], x.date[1]; price = pick([150, 220, 280, 300, 350, 500]); cnt = R.randint(500, 18000)
    rate = pick([0.01, 0.02, 0.05]); gross = price * cnt; tax = int(gross * rate)
    fields = [('場所名稱', venue), ('統一編號', bn), ('娛樂稅稅籍編號', f'{R.randint(10000000, 99999999)}'),
              ('所屬期間', f'{y}年{max(1, m - 1)}月1日至{y}年{max(1, m - 1)}月{pick([28, 30, 31])}日'), ('票價', f'{price}元'),
              ('售出張數', f'{cnt:,}張'), ('總收入', f'{gross:,}元'), ('稅率', f'{rate * 100:g}%'), ('代徵稅額', f'{tax:,}元')]
    tab = [['票別', '單價', '張數', '金額', '代徵稅額']]
    for k in pick([['全票', '優待票', '團體票'], ['包廂（小）', '包廂（大）'], ['成人', '兒童']]):
        c_ = R.randint(50, 5000); tab.append([k, str(price), f'{c_:,}', f'{price * c_:,}', f'{int(price * c_ * rate):,}'])
    charity = R.random() < 0.35
    d = dict(title=pick(['娛樂稅代徵稅款申報書', '娛樂稅月報表', '娛樂稅代徵申報書', '娛　樂　稅　申　報　書']),
             title2=pick(['娛樂稅申報', '娛樂稅代徵稅款繳款書申報']), fields=fields, table=tab, twidth=[1.4, 1, 1, 1.4, 1.4],
             attach=pick([['票根存根', '銷售日報表'], ['繳款書收據聯'], ['節目單']]), who='代徵人',
             notes=['依娛樂稅法第二條規定，娛樂稅就所列娛樂場所、娛樂設施或娛樂活動之票價或收費額徵收之，由出售人或提供人代徵。',
                    '代徵人應於每月十日以前，將上月代徵稅款向公庫繳納，並填具代徵稅款報告表，檢同繳款書收據聯報送主管稽徵機關。',
                    '依娛樂稅法第四條規定，教育文化、公益慈善、勞軍等活動，其全部收入作為本事業或活動之用者，得申請免徵娛樂稅，並應於舉辦前檢同有關文件申請核准。'],
             item='娛樂稅代徵稅款申報')
    ev = pick(['慈善義演音樂會', '原住民豐年祭文化表演', '愛心園遊會暨義賣', '國中管樂團公益巡演', '媽祖遶境藝文晚會'])
    d['body'] = [f'本{pick(["協會", "基金會", "學校"])}訂於{fdate(rdate(y), 0)}假{x.town}{pick(["文化中心演藝廳", "活動中心", "體育館", "觀光夜市廣場"])}舉辦「{ev}」，',
                 f'門票每張{price}元，全部收入均作為{pick(["弱勢兒童課輔", "獨居老人送餐", "災區重建", "本校樂團經費"])}之用，',
                 '依娛樂稅法第四條規定申請免徵娛樂稅，檢附活動計畫書及預算表，請准予核備。']
    d.update(org=pick([f'財團法人{x.county}{pick(["慈善基金會", "文教基金會"])}', f'{x.county}私立{pick(["海星", "聖心", "育英"])}高級中學', f'{x.county}{x.town}{pick(TEMPLES)}']),
             subject=f'本單位舉辦「{ev}」，全部收入作為公益用途，請依娛樂稅法第四條規定免徵娛樂稅，請查照。',
             expl=['依娛樂稅法第四條第一項第三款規定辦理。', f'活動時間：{fdate(rdate(y), 0)}；票價{price}元，預計售出{cnt:,}張。', '檢附活動計畫書、收支預算表各一份。'])
    if charity: d['fields'] = d['fields'][:1] + [('活動名稱', ev)] + d['fields'][3:6]; d['table'] = None; d['title'] = pick(['娛樂稅免稅申請書', '申請免徵娛樂稅'])
    return d

CONTENT = {'house-tax-relief': c_house, 'land-value-tax-self-use': c_land, 'vehicle-license-tax-exemption': c_vehicle,
           'deed-tax-declaration': c_deed, 'land-value-increment-tax-declaration': c_luvit, 'tax-refund-request': c_refund,
           'appeal-reexamination': c_appeal, 'mailing-address-change': c_addr, 'installment-or-deferral': c_install,
           'stamp-tax': c_stamp, 'amusement-tax': c_amuse}

# ---------------------------------------------------------------- extra label-specific templates
def t_terse(p, x, d):
    """Short handwritten-style note: a few lines, kai font."""
    p.face = 'kai'; p.gap(2)
    for b in d['body'][:2]: p.text(b, pt=p.body + 2, lead=1.9)
    p.gap(1); p.text(f'{x.name}　{fdate(x.date, 2)}', align='r', pt=p.body + 2); p.text(x.tel, align='r', pt=p.body + 1)

def t_oldform(p, x, d):
    """Older dense bureau form: code box, fields in narrow grid, long legal fine print both above and below."""
    p.text(f'表{R.randint(1, 30):02d}　（{R.randint(95, 108)}.{R.randint(1, 12)}修訂）', pt=p.small)
    p.title(d['title'], sep='　' if len(d['title']) <= 9 else None, face='ming')
    p.text(f'{x.bureau_full}　{pick(["稽徵科", "房屋稅科", "土地稅科", "消費稅科", "服務科"])}', align='c', pt=p.small + 1)
    p.text(pick(['（本申請書填寫一份，以正楷書寫）', '（請以黑色或藍色原子筆填寫）', '（申請人請詳閱背面說明）']), align='c', pt=p.small)
    rows = []
    f = d['fields']
    for i in range(0, len(f), 3):
        r = []
        for k, v in f[i:i + 3]: r += [k, v]
        rows.append(r)
    p.table(rows, [1, 1.5, 1, 1.5, 1, 1.5][:max(len(r) for r in rows)], pt=max(10, p.body - 1), lw=1)
    if d.get('checks'): p.text(d.get('check_head', '申請事由') + '：' + '　'.join(d['checks']), pt=max(10, p.body - 1))
    if d.get('table'): p.table(d['table'], d.get('twidth'), pt=max(10, p.body - 1), lw=1, head=1)
    p.table([['審核欄', '承辦人', '股長', '科長', '分局長']], [0.6, 1, 1, 1, 1], pt=p.small, minh=3.0, lw=1)
    fine(p, d['notes'] + ['本表所蒐集之個人資料，依個人資料保護法第八條規定告知，僅供稅捐稽徵目的使用，保存期限依檔案法規定辦理。'], head='附註：')
    p.gap(0.4); p.text(f'申請人：{x.name}（蓋章）　　身分證統一編號：{x.id}　　{fdate(x.date, 4)}', pt=max(10, p.body - 1))

def t_table(p, x, d):
    """Tabular statement (stamp / amusement / land): header table + grid + totals."""
    p.title(d['title'])
    p.text(f'{x.bureau}　{fdate(x.date, 1)}', align='r', pt=p.small + 1)
    p.table([[k, v] for k, v in d['fields'][:4]], [1, 2.5], lw=1)
    if d.get('table'): p.table(d['table'], d.get('twidth'), head=1)
    p.table([[k, v] for k, v in d['fields'][4:]], [1, 2.5], lw=1)
    p.text(f'申報人：{getattr(x, "name_org", x.name)}　負責人：{x.name}（蓋章）')
    if d.get('notes'): fine(p, d['notes'][:2], head='說明：')

# ---------------------------------------------------------------- official letters
def official(p, x, variant):
    c = x.c; y = x.date[0]; obl = name(); oid = nid()
    agencies = [
        (c['enf'], '執', lambda: (f'貴局應予退還義務人{obl}（身分證統一編號{oid}）之{pick(["房屋稅", "地價稅", "使用牌照稅"])}退稅款，請於收受本命令後予以扣押，並不得對義務人為清償，請查照。',
                                   [f'本分署{y}年度{pick(["綜所稅", "健保", "罰鍰"])}執字第{R.randint(10000, 99999)}號義務人{obl}欠繳{money(R.randint(5000, 300000), 0)}，業經移送本分署執行。',
                                    '依行政執行法第二十六條準用強制執行法第一百十五條規定辦理。',
                                    '貴局如認義務人無退稅款或有其他異議，請於收受本命令之日起十日內具狀聲明異議。'], '分署長'),
         '執行命令'),
        (f'{x.county}{c["land"]}', '地登', lambda: (f'檢送本所{y}年{x.date[1]}月份受理土地及建物所有權移轉登記案件清冊一份，請查照並辦理稅籍異動。',
                                   ['依土地登記規則及地籍異動通報作業規定辦理。', f'本月計移轉登記{R.randint(20, 300)}件，詳如附件清冊。', '如有疑義請洽本所登記課。'], '主任'), '函'),
        (f'{x.county}{x.town}戶政事務所', '戶', lambda: (f'本所辦理{x.town}{pick(VILL)}門牌整編，檢送門牌整編前後對照表，請惠予更正房屋稅籍資料，請查照。',
                                   [f'依戶籍法及門牌整編要點辦理，整編生效日期為{fdate(rdate(y), 0)}。', f'原門牌「{addr(x.county, x.town, short=True)}」改編為「{addr(x.county, x.town, short=True)}」等{R.randint(3, 80)}戶。'], '主任'), '函'),
        (c['ntb'], '北區國稅' if '北' in c['ntb'] else '南區國稅', lambda: (f'被繼承人{obl}遺產稅案業經核定，檢送遺產稅核定通知書影本及不動產清單，請查照依法辦理。',
                                   [f'被繼承人{obl}（身分證統一編號{oid}）於{fdate(rdate(y - 1), 0)}死亡。', '依遺產及贈與稅法第四十二條規定，地政機關及稽徵機關辦理移轉登記時應查驗完稅證明。',
                                    f'遺產中坐落{x.town}{"".join(parcel(x.county))}地號土地，併請查明有無欠繳地價稅。'], '分局長'), '函'),
        (c['dmv'], '監', lambda: (f'檢送本站{y}年{x.date[1]}月份辦理{pick(["報廢", "繳銷牌照", "過戶", "停駛"])}車輛異動清冊，請依使用牌照稅法規定辦理稅籍異動，請查照。',
                                   [f'本月異動車輛計{R.randint(10, 400)}輛，其中身心障礙免稅車輛{R.randint(0, 12)}輛。', f'車號{plate()}等車輛已辦理報廢，請停止課徵使用牌照稅。'], '站長'), '函'),
        (f'{x.county}{x.town}公所', '鄉建' if '鄉' in x.town else '鎮建', lambda: (f'本{x.town[-1]}{pick(["颱風", "豪雨", "地震"])}受災房屋清冊業經村里長及本所派員會勘完竣，檢送受損房屋清冊，請依房屋稅條例第十五條規定核減房屋稅。',
                                   [f'{fdate(rdate(y), 0)}{pick(["凱米颱風", "山陀兒颱風", "花蓮地震", "豪雨"])}造成轄內房屋受損。', f'受損房屋計{R.randint(5, 120)}戶，損毀程度詳如清冊。', '請貴局派員複勘並主動減免。'], '鄉長'), '函'),
    ]
    ag, pref, fn, kind = agencies[variant % len(agencies)]
    subj, expl, head = fn(); dno = f'{pref}字第{y}{R.randint(1000000, 9999999)}號'; dt = fdate(x.date, pick([0, 3, 4]))
    style = [0, 1, 2, 2, 0, 1, 2, 0, 1, 2][variant % 10]
    if style == 0:
        p.title(f'{ag}　{"執行命令" if kind == "執行命令" else "函"}', face=pick(['serifb', 'kai', 'ming']))
        p.text(f'檔　　號：{y}/{R.randint(100, 999)}', pt=p.small); p.text(f'保存年限：{pick(["3年", "5年", "10年"])}', pt=p.small)
        p.text(f'地址：{addr(x.county, x.town, short=True)}', align='r', pt=p.small + 1)
        p.text(f'承辦人：{name()}　電話：{phone(x.county)}#{R.randint(100, 399)}', align='r', pt=p.small + 1)
        p.gap(0.5)
        p.text(f'受文者：{x.bureau_full}', pt=p.body * 1.15)
        p.text(f'發文日期：{dt}'); p.text(f'發文字號：{dno}'); p.text('速別：普通件'); p.text('密等及解密條件或保密期限：')
        p.text(f'附件：{pick(["如說明", "清冊1份", "無", "電子檔"])}')
        p.gap(0.5)
        p.text('主旨：' + subj, hang=3, lead=1.7, pt=p.body * 1.1)
        p.text('說明：', pt=p.body * 1.1)
        for i, e in enumerate(expl): p.text(f'{"一二三四"[i]}、{e}', x0=p.ml + p.px(p.body), hang=2, lead=1.6)
        if kind == '函' and R.random() < 0.5:
            p.table([['項次', '姓名', '地址／車號', '異動原因']] + [[str(i + 1), name(), pick([addr(x.county, x.town, short=True), plate()]), pick(['移轉', '報廢', '整編', '受損五成以上'])] for i in range(R.randint(2, 5))], [0.5, 1, 3, 1], head=1)
        p.gap(0.5)
        p.text(f'正本：{x.bureau_full}'); p.text(f'副本：{pick(["本分署", "本所", "本站", "本局", "本公所"])}')
        p.gap(1)
        p.text(f'{head}　{name()}', align='r', pt=p.body * 1.6, face='kai')
    elif style == 1:   # compact 書函, header as two-column key-value, ends with agency seal line
        p.title(f'{ag}　書函', face=pick(['serifb', 'ming']))
        p.rule(3)
        p.kv([('受文者', x.bureau_full), ('發文日期', dt), ('發文字號', dno), ('附件', pick(['如文', '無']))], cols=2, under=False)
        p.rule(1)
        p.text('主旨：' + subj, hang=3, lead=1.7)
        p.text('說明：' + '；'.join(expl), hang=3, lead=1.7)
        p.text(f'正本：{x.bureau_full}')
        p.gap(1.5)
        p.text(f'（{ag}條戳）', align='r', face='kai')
    else:   # e-document printout / 通報 table layout, no 函 title
        p.text(f'電子交換公文　列印時間 {y + 1911}/{x.date[1]:02d}/{x.date[2]:02d} {R.randint(8, 17):02d}:{R.randint(0, 59):02d}', pt=p.small, face='sans')
        p.text(pick([f'{ag}', f'{ag}　通報單', f'{ag}（稅籍異動通報）']), pt=p.body * 1.4, align='c')
        p.table([['發文機關', ag], ['受文者', x.bureau_full], ['發文日期', dt], ['發文字號', dno], ['速別', pick(['普通件', '速件'])],
                 ['密等及解密條件', '普通'], ['附件', pick(['如文', '清冊1份', '無'])], ['主旨', subj]], [1, 3.5])
        p.text('說明：')
        for i, e in enumerate(expl): p.text(f'{"一二三四"[i]}、{e}', x0=p.ml + p.px(p.body), hang=2)
        p.text(f'正本：{x.bureau_full}'); p.text(f'副本：{pick(["本分署", "本所", "本站", "本局"])}（含附件）')
    atype = ['enforcement', 'land-office', 'household-registration', 'national-tax-bureau', 'vehicle-registration', 'township-office'][variant % 6]
    return f'official-letter:{["han-full", "shuhan-compact", "edoc-table"][style]}:{atype}'

# ---------------------------------------------------------------- out-of-scope
def oos(p, x, k):
    y, m, dd = x.date
    if k == 0:
        p.title('臺灣自來水公司　水費通知單', face='sans')
        p.table([['用戶名稱', x.name], ['用水地址', x.addr], ['水號', f'{R.randint(1, 9)}-{R.randint(10, 99)}-{R.randint(100000, 999999)}-{R.randint(0, 9)}'],
                 ['計費期間', f'{y}/{max(1, m - 2):02d}/01～{y}/{m:02d}/01'], ['本期指針', str(R.randint(1000, 9999))], ['用水度數', f'{R.randint(10, 80)}度'],
                 ['應繳總金額', f'{R.randint(200, 2500):,}元'], ['繳費期限', fdate(rdate(y), 1)]], [1, 3])
        p.text('第十二區管理處 ' + pick(['花蓮', '臺東', '宜蘭', '澎湖']) + '服務所　服務電話 1910', pt=p.small)
        p.text('※本通知單非收據，請於期限內持至超商、郵局或代收金融機構繳納，逾期將依規定收取滯納金。', pt=p.small)
    elif k == 1:
        p.title('履　歷　表', face='serifb')
        p.table([['姓名', x.name, '性別', pick(['男', '女'])], ['出生日期', fdate(rdate(R.randint(70, 90)), 2), '電話', x.tel], ['地址', x.addr],
                 ['學歷', f'國立{pick(["東華", "臺東", "宜蘭", "澎湖科技"])}大學{pick(["會計學系", "觀光休閒學系", "資訊工程學系"])}畢業'],
                 ['經歷', pick(['民宿櫃檯人員二年', '超商店長三年', '會計事務所助理一年'])], ['專長', 'Word、Excel、會計丙級證照']], [1, 2, 1, 2])
        p.text('自傳', pt=p.body * 1.3)
        for s in ['我出生於' + x.county + '，從小在海邊長大，個性開朗踏實。', '大學期間曾在學校行政單位擔任工讀生，學會處理文書與接待民眾。',
                  '得知貴單位招募約聘人員，希望能有機會為家鄉服務，懇請給予面試機會。']: p.text('　　' + s, lead=1.7)
    elif k == 2:
        rn = pick(['海味小館', '阿嬤的灶腳', '後山野菜', '浪花海鮮熱炒', '金門廣東粥', '馬祖魚麵坊'])
        p.title(rn, pt=p.body * 2.6, face='sansb'); p.text('開幕慶　全品項九折', align='c', pt=p.body * 1.8, face='sansb')
        for it in R.sample(['招牌炒飯　120', '鮮魚湯　180', '三杯小卷　250', '炒山蘇　150', '蚵仔煎　90', '紅糟肉　200', '海菜煎蛋　120', '石斑魚　時價'], 6):
            p.text(it, align='c', pt=p.body * 1.3)
        p.text(f'地址：{addr(x.county, x.town, short=True)}', align='c'); p.text(f'訂位專線：{x.tel}', align='c'); p.text('營業時間 11:00-14:00／17:00-21:00　週二公休', align='c')
    elif k == 3:
        p.text(f'更生日報　{fdate(x.date, 3)}　地方綜合', pt=p.small, face='sans'); p.rule(2)
        p.title(pick([f'{x.town}漁港整建完工 漁民盼帶動觀光', f'{x.county}推動低碳島 電動機車補助加碼', f'{x.town}豐年祭登場 族人盛裝共舞']), face='sansb')
        for s in [f'【記者{name()}／{x.county}報導】', f'{x.county}政府今天表示，{x.town}相關工程已於上月底完工，總經費約新臺幣{R.randint(2, 30)}千萬元。',
                  '地方民眾對於建設成果多表肯定，但也有居民反映停車空間不足，希望縣府再研議改善。', f'鄉長{name()}指出，未來將持續爭取中央補助，讓地方發展更均衡。',
                  '縣議員則呼籲，相關設施完工後的維護管理經費應編列充足，避免淪為蚊子館。']:
            p.text('　　' + s, lead=1.6)
    elif k == 4:
        bk = pick(BANKS); p.title(f'{bk}　存款交易明細', face='sans')
        p.text(f'戶名：{x.name}　帳號：{account()}　查詢期間：{y}/{max(1, m - 1):02d}/01～{y}/{m:02d}/{dd:02d}', pt=p.small + 1)
        bal = R.randint(5000, 300000); rows = [['日期', '摘要', '支出', '存入', '餘額']]
        for i in range(R.randint(8, 14)):
            o = R.random() < 0.6; a = R.randint(100, 30000); bal = bal - a if o else bal + a
            rows.append([f'{y}/{m:02d}/{min(28, i * 2 + 1):02d}', pick(['跨行提款', '轉帳', '薪資', '電費', '利息', 'ATM', '信用卡款']) if o else pick(['薪資', '轉入', '利息', '現金存款']),
                         f'{a:,}' if o else '', '' if o else f'{a:,}', f'{bal:,}'])
        p.table(rows, [1.2, 1.4, 1, 1, 1.2], head=1, lw=1)
        p.text('本明細僅供參考，實際餘額以本行帳載為準。', pt=p.small)
    elif k == 5:
        p.title('房屋租賃契約書', face='serifb'); land = name()
        for s in [f'立契約書人出租人{land}（以下簡稱甲方）、承租人{x.name}（以下簡稱乙方），茲為房屋租賃事宜，雙方同意本契約條款如下：',
                  f'第一條　租賃標的：{addr(x.county, x.town)}，房屋全部。', f'第二條　租賃期間：自{fdate(rdate(y), 0)}起至{fdate(rdate(y + 1), 0)}止，計壹年。',
                  f'第三條　租金：每月新臺幣{R.randint(6, 25)}仟元整，乙方應於每月五日前支付。', f'第四條　押金：新臺幣{R.randint(12, 50)}仟元整，於租期屆滿交還房屋時無息返還。',
                  '第五條　乙方不得將房屋轉租、出借，亦不得供非法用途使用。', '第六條　水電費、管理費由乙方負擔。', '第七條　本契約一式二份，雙方各執一份為憑。']:
            p.text(s, lead=1.7)
        p.gap(1); p.text(f'甲方：{land}　　乙方：{x.name}'); p.text(fdate(x.date, 3), align='c')
    elif k == 6:
        org = f'{pick(["海景", "太平洋", "日出", "蘭陽"])}{pick(["社區", "大廈", "新城"])}管理委員會'
        p.title(f'{org}\n區分所有權人會議開會通知' if False else f'{org}　開會通知', face='sansb')
        p.kv([('開會時間', f'{fdate(rdate(y), 0)}（星期{pick("一二三四五六日")}）下午{R.randint(2, 7)}時'), ('開會地點', '社區一樓交誼廳'), ('主持人', f'主任委員 {name()}')], under=False)
        p.text('討論事項：')
        for i, s in enumerate(['本年度管理費收支報告', '電梯汰換工程案', '頂樓防水修繕費用分攤案', '選舉下屆管理委員']): p.text(f'{i + 1}. {s}', x0=p.ml + 60)
        p.text('敬請各住戶準時出席，如不克出席請填寫委託書。'); p.text(f'{org}　敬啟　{fdate(x.date, 2)}', align='r')
    elif k == 7:
        t = pick(TEMPLES)
        p.title(f'{x.town}{t}　公告', face='kai')
        for s in [f'本{t[-1]}謹訂於農曆{cnum(R.randint(1, 12))}月{cnum(R.randint(1, 28))}日舉行{pick(["建醮祈安法會", "神明聖誕遶境", "中元普渡"])}，', '誠邀各界信眾踴躍參加，共襄盛舉。',
                  f'當日上午八時起鑼鼓陣頭沿{pick(STREETS)}遶境，請沿線住戶配合暫停車輛。', '添油香及報名光明燈請洽廟務人員。']:
            p.text('　　' + s, pt=p.body * 1.2, lead=1.8, face='kai')
        p.gap(1); p.text(f'主任委員　{name()}　敬啟', align='r', face='kai'); p.text(fdate(x.date, 4), align='r', face='kai')
    elif k == 8:
        sch = f'{x.county}{x.town}{pick(["中正", "復興", "明義", "光復", "中山"])}國民小學'
        p.title(f'{sch}　家長通知單', face='sans')
        for s in [f'親愛的家長您好：本校訂於{fdate(rdate(y), 0)}舉辦{pick(["校外教學", "運動會", "親師座談會", "健康檢查"])}，', '請家長協助提醒學生準時到校，並穿著運動服裝。',
                  '如有疑問請洽學務處。', '------------------------------（請沿虛線剪下）', f'學生姓名：＿＿＿＿＿　班級：＿＿＿　□同意參加　□不同意參加', '家長簽名：＿＿＿＿＿']:
            p.text(s, lead=1.8)
    elif k == 9:
        p.title(pick(['台華輪　航班時刻表', '臺馬之星　船班公告', '綠島客輪　開航時刻']), face='sans')
        rows = [['日期', '開航時間', '航線', '備註']] + [[f'{m}/{d_}', f'{R.randint(7, 20):02d}:{pick(["00", "30"])}', pick(['高雄-馬公', '馬公-高雄', '基隆-南竿', '臺東-綠島', '南竿-東引']), pick(['', '視海象', '加開', ''])] for d_ in range(1, R.randint(10, 16))]
        p.table(rows, [1, 1, 2, 1], head=1)
        p.text('※ 如遇天候不佳或海象惡劣，船班將臨時取消，請旅客出發前致電確認。', pt=p.small)
    elif k == 10:
        p.title(f'{pick(["慈濟", "門諾", "馬偕", "部立"])}醫院　醫療費用收據', face='sans')
        p.kv([('病歷號碼', str(R.randint(1000000, 9999999))), ('姓名', x.name), ('就診日期', fdate(x.date, 1)), ('科別', pick(['家醫科', '骨科', '眼科', '牙科']))], cols=2)
        p.table([['項目', '金額'], ['掛號費', '150'], ['部分負擔', str(R.randint(50, 450))], ['藥費', str(R.randint(0, 200))], ['合計', str(R.randint(300, 900))]], [2, 1], head=1)
        p.text('本收據請妥善保存，可供所得稅醫藥費列舉扣除使用，遺失恕不補發。', pt=p.small)
    else:
        p.title('遺失聲明', face='serifb')
        p.text(f'　　本人{x.name}不慎遺失{pick(["國民身分證", "機車行照", "存摺及印章", "學生證"])}乙份，特此聲明作廢。', pt=p.body * 1.2, lead=1.9)
        p.text(f'聲明人：{x.name}　{fdate(x.date, 0)}', align='r')
    names = ['water-bill', 'resume', 'restaurant-flyer', 'news-clipping', 'bank-statement', 'rental-contract', 'residents-meeting', 'temple-notice',
             'school-notice', 'ferry-timetable', 'hospital-receipt', 'lost-notice']
    return 'out-of-scope:' + names[k]

# ---------------------------------------------------------------- plan & main
LABELS = list(CONTENT) + ['official-letter']
# per-label template plan (10 docs); templates flagged '*' carry no obvious title
PLAN = {
    'house-tax-relief': ['grid', 'grid-spaced', 'oldform', 'kv', 'kv', 'letter*', 'letter*', 'online*', 'han*', 'terse*'],
    'land-value-tax-self-use': ['grid', 'oldform', 'oldform', 'kv', 'table', 'letter*', 'letter*', 'online*', 'online*', 'terse*'],
    'vehicle-license-tax-exemption': ['grid', 'grid-spaced', 'oldform', 'kv', 'kv', 'letter*', 'online*', 'online*', 'han*', 'terse*'],
    'deed-tax-declaration': ['grid', 'grid-spaced', 'oldform', 'oldform', 'kv', 'table', 'letter*', 'letter*', 'online*', 'online*'],
    'land-value-increment-tax-declaration': ['grid', 'grid', 'oldform', 'oldform', 'kv', 'table', 'letter*', 'letter*', 'online*', 'online*'],
    'tax-refund-request': ['grid', 'oldform', 'kv', 'kv', 'grid-spaced', 'letter*', 'letter*', 'online*', 'han*', 'terse*'],
    'appeal-reexamination': ['grid', 'grid-spaced', 'oldform', 'kv', 'kv', 'letter*', 'letter*', 'letter*', 'online*', 'terse*'],
    'mailing-address-change': ['grid', 'oldform', 'kv', 'kv', 'grid-spaced', 'letter*', 'online*', 'online*', 'han*', 'terse*'],
    'installment-or-deferral': ['grid', 'oldform', 'kv', 'grid-spaced', 'kv', 'letter*', 'letter*', 'online*', 'han*', 'terse*'],
    'stamp-tax': ['grid', 'oldform', 'table', 'table', 'kv', 'letter*', 'letter*', 'online*', 'han*', 'han*'],
    'amusement-tax': ['grid', 'oldform', 'table', 'table', 'grid-spaced', 'kv', 'letter*', 'online*', 'han*', 'han*'],
}

def render(label, tmpl, seed):
    for shrink in range(4):
        R.seed(seed)
        x = Ctx(); dpi = pick([200, 200, 240, 300, 300]); face = pick(BODY_FACES)
        p = Page(dpi, face, R.random() < 0.35, shrink)
        if label == 'official-letter':
            name_ = official(p, x, tmpl)
        elif label == 'out-of-scope':
            name_ = oos(p, x, tmpl)
        else:
            d = CONTENT[label](x); t = tmpl.rstrip('*')
            if t in ('grid', 'grid-spaced'): b_grid(p, x, d, spaced=(t == 'grid-spaced'))
            elif t == 'kv': b_kv(p, x, d)
            elif t == 'letter': b_letter(p, x, d)
            elif t == 'online': b_online(p, x, d)
            elif t == 'han': b_han(p, x, d)
            elif t == 'terse': t_terse(p, x, d)
            elif t == 'oldform': t_oldform(p, x, d)
            elif t == 'table': t_table(p, x, d)
            name_ = f'{label}:{t}'
        if not p.full: break
    stamped = False
    if label != 'out-of-scope' and R.random() < 0.55 or label == 'out-of-scope' and R.random() < 0.2:
        p.stamp(x.bureau_full if R.random() < 0.8 else x.bureau, fdate(x.rec, pick([1, 2]))); stamped = True
    img, lines = p.finish()
    return img, lines, name_, p.full

def main():
    os.makedirs(f'{OUT}/images', exist_ok=True); os.makedirs(f'{OUT}/texts', exist_ok=True)
    jobs = []
    for lab in CONTENT:
        for t in PLAN[lab]: jobs.append((lab, t))
    for i in range(10): jobs.append(('official-letter', i))
    oos_k = list(range(12)) + [0, 3, 4]
    for k in oos_k: jobs.append(('out-of-scope', k))
    R.seed(SEED); R.shuffle(jobs); seeds = [R.randint(0, 10 ** 9) for _ in jobs]
    rows = []; trunc = 0
    for i, ((lab, t), sd) in enumerate(zip(jobs, seeds), 1):
        img, lines, tname, full = render(lab, t, sd); trunc += full
        R.seed(sd + 1); np.random.seed(sd % (2 ** 32))
        img, bw = degrade(img)
        stem = f'{i:03d}'; jpg = (not bw) and R.random() < 0.45
        fn = stem + ('.jpg' if jpg else '.png')
        if jpg: img.save(f'{OUT}/images/{fn}', quality=R.randint(60, 85))
        else: img.save(f'{OUT}/images/{fn}', optimize=False)
        with open(f'{OUT}/texts/{stem}.txt', 'w', encoding='utf-8') as f: f.write('\n'.join(l for l in lines if l.strip()) + '\n')
        rows.append((fn, stem + '.txt', lab, tname))
        print(i, fn, lab, tname, img.size, 'TRUNC' if full else '', flush=True)
    with open(f'{OUT}/images/labels.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['file', 'label', 'template']); [w.writerow([a, c, d]) for a, b, c, d in rows]
    with open(f'{OUT}/texts/labels.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['file', 'label', 'template']); [w.writerow([b, c, d]) for a, b, c, d in rows]
    print('truncated pages:', trunc)

if __name__ == '__main__':
    main()
