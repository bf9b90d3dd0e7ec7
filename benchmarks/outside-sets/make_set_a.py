#!/usr/bin/python3
"""Independent test set of Taiwanese local-tax-office documents (seed 41).
Run: /usr/bin/python3 make_set.py  -> images/, texts/ next to this file."""
import sys
import os, re, csv, math, random
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops

SEED = 41
if len(sys.argv) != 2:
    sys.exit('usage: python3 make_set.py OUTDIR  (writes OUTDIR/images and OUTDIR/texts)')
OUT = os.path.abspath(sys.argv[1])
R = random.Random(SEED)
NP = np.random.default_rng(SEED)

FONTS = {'sans': ('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 3),
         'sansb': ('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', 3),
         'serif': ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 3),
         'serifb': ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', 3),
         'ming': ('/usr/share/fonts/truetype/arphic/uming.ttc', 2),
         'kai': ('/usr/share/fonts/truetype/arphic/ukai.ttc', 2),
         'wqy': ('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 0)}
_FC = {}
STAMPNAME = {'高雄市': '高市稽徵處', '臺南市': '南市財稅局', '屏東縣': '屏東財稅局', '嘉義市': '嘉市財稅局', '嘉義縣': '嘉縣財稅局'}
def F(face, px):
    k = (face, px)
    if k not in _FC:
        p, i = FONTS[face]
        _FC[k] = ImageFont.truetype(p, px, index=i)
    return _FC[k]

# ---------------------------------------------------------------- data helpers
LET = 'ABCDEFGHJKLMNPQRSTUVXYWZIO'
CITY_LET = {'高雄市': 'ES', '臺南市': 'DR', '屏東縣': 'T', '嘉義市': 'I', '嘉義縣': 'Q'}
def rid(city=None, sex=None):
    L = R.choice(CITY_LET.get(city, 'EDTIQRSAB'))
    n = LET.index(L) + 10
    ds = [sex or R.choice([1, 2])] + [R.randint(0, 9) for _ in range(7)]
    s = n // 10 + (n % 10) * 9 + sum(d * w for d, w in zip(ds, [8, 7, 6, 5, 4, 3, 2, 1]))
    return L + ''.join(map(str, ds)) + str((10 - s % 10) % 10)

def ubn():
    while True:
        ds = [R.randint(0, 9) for _ in range(7)]
        if ds[6] == 7 or ds[0] == 0:
            continue
        for c in range(10):
            x = ds + [c]
            if sum(sum(divmod(d * w, 10)) for d, w in zip(x, [1, 2, 1, 2, 1, 2, 4, 1])) % 10 == 0:
                return ''.join(map(str, x))

DG = '零壹貳參肆伍陸柒捌玖'
def _four(x):
    s, zero = '', False
    for i, u in zip((1000, 100, 10, 1), ('仟', '佰', '拾', '')):
        d = x // i % 10
        if d:
            if zero:
                s += '零'; zero = False
            s += DG[d] + u
        elif s:
            zero = True
    return s
def fin(n, unit='元整'):
    yi, wan, ge = n // 10**8, n // 10**4 % 10**4, n % 10**4
    s = ''
    if yi: s += _four(yi) + '億'
    if wan: s += ('零' if s and wan < 1000 else '') + _four(wan) + '萬'
    if ge: s += ('零' if s and ge < 1000 else '') + _four(ge)
    return (s or '零') + unit
def money(n): return f'{n:,}'

CN = '〇一二三四五六七八九'
def cnum(n):
    if n <= 10: return '十' if n == 10 else CN[n]
    if n < 20: return '十' + CN[n % 10]
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
def cyear(y): return cnum(y // 100) + '百' + (cnum(y % 100) if y % 100 >= 10 else '零' + CN[y % 100]) if y >= 100 else cnum(y)
def rdate(y=None, m=None, d=None):
    y = y or R.choice([113, 113, 114, 114, 115]); m = m or R.randint(1, 12); d = d or R.randint(1, 28)
    return (y, m, d)
def ds(t, st=None):
    y, m, d = t
    st = st if st is not None else R.randint(0, 6)
    return [f'{y}年{m}月{d}日', f'{y}/{m:02d}/{d:02d}', f'{y}.{m}.{d}', ''.join(CN[int(c)] for c in str(y)) + f'年{cnum(m)}月{cnum(d)}日',
            f'中華民國{y}年{m}月{d}日', f'民國{cyear(y)}年{cnum(m)}月{cnum(d)}日', f'{y}年{m:02d}月{d:02d}日'][st]
def dshift(t, days):
    y, m, d = t
    d += days
    while d > 28: d -= 28; m += 1
    while d < 1: d += 28; m -= 1
    while m > 12: m -= 12; y += 1
    while m < 1: m += 12; y -= 1
    return (y, m, d)
def spaced(t): return '　'.join(t)

SUR = '陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴方宋'
GIV = '志明俊宏家豪冠宇承翰怡君淑芬雅婷美玲建宏文雄國華正雄宗憲秀蘭佳穎柏宇品妤育誠振興明德信良麗華惠美'
OLDG = ['金水', '秀英', '阿嬌', '春花', '清田', '添丁', '罔市', '玉蘭', '水木', '阿足', '天賜', '火旺', '素珠', '月娥', '萬福', '招治', '進發', '阿桃', '錦雲', '福來']
def name(old=False):
    if old: return R.choice(SUR) + R.choice(OLDG)
    g = GIV[R.randrange(0, len(GIV) // 2) * 2:][:2]
    return R.choice(SUR) + (g if R.random() < 0.6 else R.choice(GIV) + R.choice(GIV))

OFFICE = {'高雄市': (['高雄市稅捐稽徵處', '高雄市政府稅捐稽徵處'], ['鳳山分處', '岡山分處', '旗山分處', '前鎮分處', '新興分處', '三民分處', '左營分處'], '高市稽'),
          '臺南市': (['臺南市政府財政稅務局', '臺南市政府稅務局'], ['新營分局', '新化分局', '麻豆分局', '永康服務處'], '南市稅'),
          '屏東縣': (['屏東縣政府財稅局', '屏東縣稅捐稽徵處'], ['潮州分局', '東港分局', '恆春分局'], '屏稅'),
          '嘉義市': (['嘉義市政府財政稅務局', '嘉義市稅捐稽徵處'], ['服務科', '房屋稅科'], '嘉市稅'),
          '嘉義縣': (['嘉義縣財政稅務局', '嘉義縣稅捐稽徵處'], ['朴子分局', '民雄分局', '大林分局'], '嘉縣稅')}
PLACES = {
 '高雄市': {'鳳山區': (['光復路二段', '五甲二路', '青年路一段', '維新路', '自由路'], ['五甲段', '鳳山段', '過埤段', '赤山段']),
           '三民區': (['建工路', '九如一路', '大昌二路', '陽明路'], ['灣子內段', '寶珠段', '三民段']),
           '左營區': (['自由二路', '博愛三路', '華夏路', '左營大路'], ['新庄段', '菜公段', '左營段']),
           '岡山區': (['岡山路', '柳橋東路', '大仁北路'], ['岡山段', '嘉興段', '碧紅段']),
           '旗山區': (['中山路', '延平一路', '中華路'], ['旗山段', '旗尾段']),
           '前鎮區': (['瑞隆路', '一心二路', '中華五路'], ['前鎮段', '草衙段'])},
 '臺南市': {'東區': (['林森路一段', '崇德路', '東寧路', '大學路'], ['崇德段', '東門段', '大東段']),
           '北區': (['公園路', '開元路', '長榮路五段'], ['公園段', '北園段']),
           '安南區': (['安中路三段', '海佃路一段', '安和路五段'], ['海佃段', '新和順段', '安順段']),
           '永康區': (['中正南路', '中華路', '大橋三街'], ['永康段', '大灣段', '網寮段']),
           '新營區': (['三民路', '中山路', '民治路'], ['新營段', '新東段']),
           '麻豆區': (['興中路', '中山路', '民族路'], ['麻豆段', '總爺段'])},
 '屏東縣': {'屏東市': (['自由路', '廣東路', '民生路', '勝利路'], ['屏東段', '崇蘭段', '大武段']),
           '潮州鎮': (['新生路', '延平路', '四維路'], ['潮州段', '八爺段']),
           '東港鎮': (['中正路', '光復路一段', '朝隆路'], ['東港段', '下廍段']),
           '內埔鄉': (['光明路', '建興路'], ['內埔段', '隘寮段'])},
 '嘉義市': {'東區': (['民族路', '垂楊路', '忠孝路', '興達路'], ['嘉義段', '北門段', '垂楊段']),
           '西區': (['友愛路', '北港路', '世賢路二段'], ['劉厝段', '湖子內段'])},
 '嘉義縣': {'民雄鄉': (['中樂路', '建國路二段', '神農路'], ['民雄段', '東湖段']),
           '太保市': (['祥和一路', '北港路二段'], ['祥和段', '後潭段']),
           '朴子市': (['山通路', '開元路', '大同路'], ['朴子段', '大鄉段'])}}
LI = ['福德', '仁愛', '中正', '光華', '興仁', '忠孝', '新興', '和平', '永安', '大同', '文化', '成功', '復興', '東興', '南華']
def addr(city=None, dist=None, li=None):
    city = city or R.choice(list(PLACES)); dist = dist or R.choice(list(PLACES[city]))
    road = R.choice(PLACES[city][dist][0])
    vil = ('村' if dist[-1] == '鄉' else '里')
    s = f'{city}{dist}'
    if li or R.random() < 0.4: s += f'{R.choice(LI)}{vil}{R.randint(1, 30)}鄰'
    s += road
    if R.random() < 0.45: s += f'{R.randint(1, 400)}巷'
    if R.random() < 0.15: s += f'{R.randint(1, 30)}弄'
    s += f'{R.randint(1, 300)}號'
    if R.random() < 0.3: s += f'{R.randint(2, 14)}樓'
    return s
def parcel(city, dist):
    sec = R.choice(PLACES[city][dist][1])
    sub = R.choice(['', '', '一小段', '二小段', '三小段'])
    a, b = R.randint(1, 2500), (R.randint(1, 80) if R.random() < 0.6 else 0)
    no = R.choice([f'{a:04d}-{b:04d}', f'{a}-{b}' if b else f'{a}', f'{a:04d}-{b:04d}'])
    return {'dist': dist, 'sec': sec, 'sub': sub, 'no': no, 'area': round(R.uniform(30, 900), 2),
            'share': R.choice(['全部', '1/1', '1/2', '1/3', '1/4', '2/5', '10000分之356'])}
def ptxt(p): return f"{p['dist']}{p['sec']}{p['sub']}{p['no']}地號"
def plate(): return ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + '-' + f'{R.randint(1, 9999):04d}'
def taxno(): return f'{R.randint(1, 99):02d}{R.randint(1, 99):02d}{R.randint(0, 9999):04d}{R.randint(0, 9999):04d}'
def billno(): return ''.join(str(R.randint(0, 9)) for _ in range(16))
def phone(city):
    code = {'高雄市': '07', '臺南市': '06', '屏東縣': '08', '嘉義市': '05', '嘉義縣': '05'}[city]
    if R.random() < 0.5: return f'09{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(100, 999)}'
    return f'({code}){R.randint(2, 8)}{R.randint(10, 99)}-{R.randint(1000, 9999)}'
BANKS = ['臺灣銀行', '土地銀行', '高雄銀行', '合作金庫銀行', '第一銀行', '彰化銀行', '中華郵政', '臺南區中小企業銀行', '鳳山區農會', '華南銀行']
TAXES = ['房屋稅', '地價稅', '使用牌照稅', '契稅', '土地增值稅', '娛樂稅', '印花稅']
COMP = ['興隆', '永豐', '南和', '大發', '順益', '金福', '勝華', '宏昌', '聯成', '佳美', '鴻運', '德興']
def company(): return R.choice(COMP) + R.choice(['實業', '企業', '建設', '科技', '食品', '貿易', '營造']) + R.choice(['股份有限公司', '有限公司'])
def cb(opts, chosen): return '　'.join(('■' if i in chosen else '□') + o for i, o in enumerate(opts))

def ctx():
    city = R.choice(['高雄市', '高雄市', '臺南市', '臺南市', '屏東縣', '嘉義市', '嘉義縣'])
    dist = R.choice(list(PLACES[city]))
    bnames, branches, short = OFFICE[city]
    c = dict(city=city, dist=dist, bureau=bnames[0] if R.random() < 0.75 else bnames[1], branch=R.choice(branches), short=short)
    c['old'] = R.random() < 0.5
    c['name'] = name(c['old']); c['id'] = rid(city); c['addr'] = addr(city, dist); c['tel'] = phone(city)
    c['date'] = rdate(); c['taxno'] = taxno()
    return c

# ---------------------------------------------------------------- rendering
TOKEN = re.compile(r'[A-Za-z0-9,.\-/:$%()（）㎡@_]+|.', re.S)
class Doc:
    def __init__(s, face='sans', valface=None, pt=None):
        s.ops, s.face, s.valface, s.pt = [], face, valface or face, pt
    def __getattr__(s, nm):
        if nm.startswith('__'): raise AttributeError(nm)
        def f(*a, **k):
            s.ops.append((nm, a, k)); return s
        return f

class Page:
    def __init__(s, face, valface, dpi, pt, gapf=1.0):
        s.dpi, s.W, s.H = dpi, int(8.27 * dpi), int(11.69 * dpi)
        s.img = Image.new('RGB', (s.W, s.H), 'white'); s.d = ImageDraw.Draw(s.img)
        s.face, s.valface, s.pt, s.gapf = face, valface, pt, gapf
        s.px = int(pt * dpi / 72); s.mx = int(s.W * 0.085); s.y = int(s.H * 0.055)
        s.lines, s.extra, s.ink, s.lw = [], [], (25, 25, 25), max(2, dpi // 110)
    def f(s, px, face=None): return F(face or s.face, px)
    def tw(s, t, px, face=None): return s.d.textlength(t, font=s.f(px, face))
    def wrap(s, t, px, w, face=None):
        out, cur = [], ''
        for tok in TOKEN.findall(t):
            if cur and s.tw(cur + tok, px, face) > w and not (tok in '，。、：；）」' and len(tok) == 1):
                out.append(cur); cur = tok
            else:
                cur += tok
        out.append(cur)
        return out
    def adv(s, px, g): s.y += int(px * (1 + g * s.gapf))
    def text(s, t, size=1.0, align='l', x=0, face=None, bold=False, gap=0.55, rec=True, under=False):
        px = int(s.px * size); w = s.tw(t, px, face)
        xx = (s.W - w) / 2 if align == 'c' else (s.W - s.mx - w - x if align == 'r' else s.mx + x * s.px)
        s.d.text((xx, s.y), t, font=s.f(px, face), fill=s.ink, stroke_width=(max(1, px // 30) if bold else 0), stroke_fill=s.ink)
        if under: s.d.line([xx, s.y + px * 1.25, xx + w, s.y + px * 1.25], fill=s.ink, width=s.lw)
        if rec and t.strip(): s.lines.append(t)
        s.adv(px, gap)
    def title(s, t, size=1.7, align='c', face=None, gap=0.7, under=False):
        s.text(t, size, align, face=face or s.face, bold=True, gap=gap, under=under)
    def pair(s, a, b, size=1.0, face=None):
        px = int(s.px * size)
        s.d.text((s.mx, s.y), a, font=s.f(px, face), fill=s.ink)
        s.d.text((s.W - s.mx - s.tw(b, px, face), s.y), b, font=s.f(px, face), fill=s.ink)
        s.lines.append((a + '　' + b).strip('　')); s.adv(px, 0.55)
    def para(s, t, size=1.0, x=0, hang=0, face=None, gap=0.55):
        px = int(s.px * size); face = face or s.face
        w0 = s.W - 2 * s.mx - x * s.px
        first = s.wrap(t, px, w0, face)[0]
        rest = t[len(first):]
        s.text(first, size, x=x, face=face, gap=gap)
        if rest:
            for l in s.wrap(rest, px, w0 - hang * px, face): s.text(l, size, x=x + hang, face=face, gap=gap)
    def space(s, n=1.0): s.y += int(s.px * n)
    def hline(s, thick=1):
        s.d.line([s.mx, s.y, s.W - s.mx, s.y], fill=s.ink, width=s.lw * thick); s.y += int(s.px * 0.5)
    def kv(s, pairs, size=1.0, under=False, x=0):
        px = int(s.px * size); kx = s.mx + x * px
        kw = max(s.tw(k + '：', px) for k, v in pairs) + px * 0.5
        for k, v in pairs:
            s.d.text((kx, s.y), k + '：', font=s.f(px), fill=s.ink)
            ls = s.wrap(v, px, s.W - s.mx - kx - kw, s.valface) if v else ['']
            for i, l in enumerate(ls):
                s.d.text((kx + kw, s.y), l, font=s.f(px, s.valface), fill=s.ink)
                if under: s.d.line([kx + kw, s.y + px * 1.3, s.W - s.mx, s.y + px * 1.3], fill=s.ink, width=1)
                s.lines.append((k + '：' if i == 0 else '') + l)
                s.adv(px, 0.7)
    def grid(s, rows, size=0.92, pad=0.35, minh=1.9):
        px = int(s.px * size); TW = s.W - 2 * s.mx; lh = px * 1.4
        for row in rows:
            cells = [c if isinstance(c, tuple) else (c, 1) for c in row]
            tot = sum(f for _, f in cells); xs = [s.mx]
            for _, f in cells: xs.append(xs[-1] + TW * f / tot)
            wr = []
            for (c, _), a, b in zip(cells, xs, xs[1:]):
                face = s.valface if c.startswith('\v') else s.face
                c = c.lstrip('\v'); ctr = c.startswith('^'); c = c.lstrip('^'); ls = []
                for part in c.split('\n'): ls += s.wrap(part, px, b - a - 2 * pad * px, face) if part else []
                wr.append((ls, face, ctr))
            h = max(minh * px, max(len(l) for l, _, _ in wr) * lh + 2 * pad * px)
            for (ls, face, ctr), a, b in zip(wr, xs, xs[1:]):
                s.d.rectangle([a, s.y, b, s.y + h], outline=s.ink, width=s.lw)
                ty = s.y + (h - len(ls) * lh) / 2 + px * 0.15
                for l in ls:
                    tx = (a + b - s.tw(l, px, face)) / 2 if ctr else a + pad * px
                    s.d.text((tx, ty), l, font=s.f(px, face), fill=s.ink); ty += lh
            txt = ' '.join(''.join(ls) for ls, _, _ in wr if ls)
            if txt.strip(): s.lines.append(txt)
            s.y += int(h)
        s.y += int(px * 0.7)
    def seal(s, t, dx=0.0, red=True):
        t = (t + '印')[:4] if len(t) < 4 else t[:4]
        sz = int(s.px * 2.6); x = int(s.W - s.mx - sz - dx * s.W); y = int(s.y - sz * 1.05)
        col = (205, 40, 40) if red else (90, 90, 90)
        lay = Image.new('RGB', (sz, sz), 'white'); dd = ImageDraw.Draw(lay)
        dd.rectangle([2, 2, sz - 3, sz - 3], outline=col, width=max(3, sz // 18))
        fp = int(sz * 0.38); fo = F('kai', fp)
        order = [t[0], t[1], t[2], t[3]]  # right column top-down, then left column
        pos = [(sz * 0.52, sz * 0.1), (sz * 0.52, sz * 0.52), (sz * 0.1, sz * 0.1), (sz * 0.1, sz * 0.52)]
        for ch, (px_, py_) in zip(order, pos): dd.text((px_, py_), ch, font=fo, fill=col)
        lay = lay.rotate(R.uniform(-8, 8), fillcolor='white')
        s.multiply(lay, x, y); s.extra.append(t)
    def multiply(s, lay, x, y):
        x, y = max(0, min(x, s.W - lay.width)), max(0, min(y, s.H - lay.height))
        box = (x, y, x + lay.width, y + lay.height)
        s.img.paste(ImageChops.multiply(s.img.crop(box), lay), box)
    def stamp(s, c, date):
        grey = R.random() < 0.35; col = (110, 110, 110) if grey else (200, 35, 45)
        short = R.choice([STAMPNAME[c['city']], c['branch'] or STAMPNAME[c['city']], c['bureau']])
        dt = R.choice([f'{date[0]}.{date[1]:02d}.{date[2]:02d}', f'{date[0]}年{date[1]}月{date[2]}日', f'{date[0]} {date[1]:02d} {date[2]:02d}'])
        if R.random() < 0.5:
            sz = int(s.px * 7.5); lay = Image.new('RGB', (sz, sz), 'white'); dd = ImageDraw.Draw(lay)
            dd.ellipse([4, 4, sz - 5, sz - 5], outline=col, width=max(4, sz // 45))
            txt = [short[:6], '收文', dt]
            sizes = [0.11, 0.2, 0.1]
        else:
            sz = int(s.px * 9); lay = Image.new('RGB', (sz, int(sz * 0.62)), 'white'); dd = ImageDraw.Draw(lay)
            dd.rectangle([4, 4, lay.width - 5, lay.height - 5], outline=col, width=max(4, sz // 50))
            txt = [short[:10], '收文 ' + dt, f'第{R.randint(1000000, 9999999)}號']
            sizes = [0.085, 0.085, 0.08]
        tot = sum(z * sz * 1.3 for z in sizes); yy = (lay.height - tot) / 2
        for t, z in zip(txt, sizes):
            fo = F('sansb' if t == '收文' else 'sans', max(8, int(z * sz)))
            w = dd.textlength(t, font=fo); w = min(w, lay.width * 0.84)
            dd.text(((lay.width - w) / 2, yy), t, font=fo, fill=col); yy += z * sz * 1.3
        lay = lay.rotate(R.uniform(-15, 15), expand=True, fillcolor='white')
        x = int(R.uniform(0.45, 0.75) * s.W); y = int(R.uniform(0.04, 0.45) * s.H)
        s.multiply(lay, x, y); s.extra += txt

def render(doc, c, stamp):
    dpi = R.choice([200, 200, 240, 300, 300]); pt = doc.pt or R.uniform(10.5, 13.0); gapf = 1.0
    for _ in range(8):
        p = Page(doc.face, doc.valface, dpi, pt, gapf)
        for nm, a, k in doc.ops: getattr(p, nm)(*a, **k)
        if p.y < p.H * 0.965: break
        if pt > 10.2: pt = max(10.0, pt * 0.92)
        else: gapf *= 0.8
    else:
        print('  overflow', p.y / p.H)
    if stamp: p.stamp(c, dshift(c['date'], R.randint(0, 6)))
    return p

def degrade(img):
    g = img.convert('L').rotate(R.uniform(-2, 2), resample=Image.BICUBIC, fillcolor=255)
    g = g.filter(ImageFilter.GaussianBlur(R.uniform(0.4, 1.0)))
    a = np.asarray(g).astype(np.float32)
    a = a * R.uniform(0.86, 0.97) + R.uniform(4, 22)
    a += NP.normal(0, R.uniform(2.5, 7), a.shape)
    n = int(a.size * R.uniform(1e-5, 6e-5)); a.flat[NP.integers(0, a.size, n)] = R.randint(20, 90)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if R.random() < 0.35:
        return Image.fromarray(((a > R.randint(135, 175)) * 255).astype(np.uint8)).convert('1'), 'bw'
    return Image.fromarray(a), 'grey'

# ---------------------------------------------------------------- shared blocks
def to_office(c): return R.choice([c['bureau'], c['bureau'] + c['branch'], c['bureau'].replace('政府', '')])
def closing(d, c, who='申請人', extra=(), seal=True, st=None):
    d.space(0.6); d.text('此　致', x=1); d.text(to_office(c), x=3); d.space(0.5)
    d.text(f"{who}：{c['name']}　　（簽名或蓋章）")
    if seal: d.seal(c['name'], 0.05)
    d.text(f"身分證統一編號：{c['id']}")
    for e in extra: d.text(e)
    d.text(f"通訊地址：{c['addr']}"); d.text(f"聯絡電話：{c['tel']}")
    d.space(0.5); d.text(spaced('中華民國') + '　' + f"{c['date'][0]}　年　{c['date'][1]}　月　{c['date'][2]}　日" if st is None else ds(c['date'], st), align='c')
def office_use(d):
    d.text('以下由稽徵機關填寫', size=0.8)
    d.grid([[('收件日期', 1), ('', 1.3), ('收件編號', 1), ('', 1.3)], [('承辦人', 1), ('', 1.3), ('審核', 1), ('', 1.3)]], size=0.8, minh=2.4)
def head(d, c, t, titled, alt='申請書'):
    if R.random() < 0.6: d.text(c['bureau'] if R.random() < 0.6 else c['bureau'] + c['branch'], 1.2, 'c')
    if titled: d.title(spaced(t) if len(t) <= 7 and R.random() < 0.6 else t, size=R.uniform(1.5, 1.9))
    elif alt: d.title(alt, size=1.5)
    d.space(0.3)
def letter_open(d, c):
    d.text(R.choice(['稅捐處的長官您好：', '承辦先生、小姐您好：', f"{to_office(c)}　鈞鑒：", '敬啟者：', '各位長官好：']))

# ---------------------------------------------------------------- templates
def house_form(c, titled):
    d = Doc(R.choice(['ming', 'sans', 'serif']), 'kai' if R.random() < 0.6 else None)
    head(d, c, R.choice(['房屋稅減免申請書', '房屋稅減免稅申請書', '房屋稅減免暨適用稅率申請書']), titled)
    reason = R.randint(0, 4)
    opts = ['房屋受災毀損面積占整棟面積三成以上不及五成', '房屋受災毀損面積占整棟面積五成以上', '坐落公共設施保留地內之房屋', '身心障礙者自住房屋', '經主管機關認定之古蹟建築']
    start = dshift(c['date'], -R.randint(10, 60))
    d.grid([[('納稅義務人', 2), ('\v' + c['name'], 3), ('身分證統一編號', 2), ('\v' + c['id'], 3)],
            [('房屋稅籍編號', 2), ('\v' + c['taxno'], 3), ('聯絡電話', 2), ('\v' + c['tel'], 3)],
            [('房屋坐落', 2), ('\v' + (c['addr'] if R.random() < 0.6 else addr(c['city'])), 8)],
            [('申請減免事由', 2), ('\n'.join(('■' if i == reason else '□') + o for i, o in enumerate(opts)), 8)],
            [('減免期間', 2), (f"\v自 {ds(start, 0)} 起至 {ds(dshift(start, R.randint(30, 200)), 0)} 止", 8)],
            [('檢附文件', 2), (cb(['建物所有權狀影本', '受災現場照片', '村里長證明', '身心障礙證明影本', '其他'], {reason % 4, 1 if reason < 2 else 3}), 8)],
            [('備註', 2), ('一、房屋遭受火災、颱風、地震等不可抗力災害損毀者，應於災害發生後30日內申報。\n二、本申請書所填各項均屬實，如有不實願負法律責任。', 8)]])
    closing(d, c, '申請人（納稅義務人）')
    d.space(0.4); office_use(d)
    return d

def house_kv(c, titled):
    d = Doc(R.choice(['sans', 'serif', 'wqy']), R.choice(['kai', None]))
    head(d, c, R.choice(['自住住家用房屋稅率申請書', '房屋稅自住住家用稅率申請書', '申請房屋按自用住宅稅率課徵房屋稅']), titled, alt=R.choice(['申請書', '']))
    d.kv([('納稅義務人', c['name']), ('身分證統一編號', c['id']), ('出生日期', ds((R.randint(20, 70), R.randint(1, 12), R.randint(1, 28)), 0)),
          ('房屋稅籍編號', c['taxno']), ('房屋坐落', c['addr']), ('戶籍登記人', '本人' + R.choice(['', '、配偶', '、配偶及長子'])),
          ('聯絡電話', c['tel'])], under=True)
    d.text('申請人聲明事項（請勾選）：')
    for t in ['本人、配偶及未成年子女全國僅持有一戶房屋供住家使用', '該房屋無出租或供營業使用', '供本人、配偶或直系親屬實際居住使用且已辦竣戶籍登記',
              '房屋現值在財政部公告之一定金額以下']:
        d.para(('■' if R.random() < 0.85 else '□') + t, x=1, hang=1)
    d.text('注意事項：', size=0.9)
    for t in ['一、依房屋稅條例第5條及第15條規定辦理。', '二、本申請書應於每期房屋稅開徵40日以前（即3月22日前）提出，逾期申請者自次期起適用。',
              '三、嗣後使用情形如有變更，應於變更之日起30日內向稽徵機關申報。']:
        d.para(t, 0.88, hang=2)
    closing(d, c, R.choice(['申請人', '納稅義務人']), st=R.choice([None, 4, 6]))
    return d

def house_letter(c, titled):
    d = Doc(R.choice(['kai', 'kai', 'ming']), pt=R.uniform(12.5, 14))
    letter_open(d, c)
    h = c['addr']; v = R.randint(0, 2)
    body = [
        [f"我叫{c['name']}，今年{R.randint(68, 88)}歲，住在{h}。今年{ds(dshift(c['date'], -30), 0)}颱風來的時候，後面的屋頂被吹掉一大半，一樓也淹水，到現在還不能住人，只好暫時住在女兒家。",
         f"里長有來看過，也拍了照片。聽說房子壞掉超過一半，房屋稅可以免，壞掉三成以上可以減一半。我的房屋稅籍編號是{c['taxno']}，請你們派人來看一下，幫我辦減免房屋稅。",
         '照片和里長寫的證明我都附在後面。我年紀大了，字寫不好，有不清楚的地方請打電話給我兒子。'],
        [f"我住的房子在{h}，以前一樓租給人家開麵店，所以房屋稅都是算營業用的。去年年底麵店收起來了，現在整間都是我跟老伴自己住，戶口也都在這裡。",
         f"可是今年收到的房屋稅單還是照營業用的算，比以前多很多。我想申請改成自己住的住家用，看能不能用自住的稅率來算，稅籍編號{c['taxno']}。",
         '附上戶口名簿影本。如果還要什麼資料，請跟我說，謝謝。'],
        [f"我是{c['name']}，身分證{c['id']}，我和太太都是身心障礙的人，住在{h}這間老房子已經四十幾年了，這是我們唯一的房子。",
         f"聽區公所的社工說，像我們這種情形，自己住的房子可以申請用自住住家用的稅率繳房屋稅，也可能有減免，所以寫這封信來申請。稅籍編號是{c['taxno']}。",
         '身心障礙證明影本和戶口名簿影本一起寄上，麻煩你們幫忙。']][v]
    for b in body: d.para('　　' + b)
    d.text(R.choice(['敬祝　平安', '感恩', '敬祝　身體健康 萬事如意', '謝謝你們']), x=1)
    d.space(1); d.text(f"{R.choice(['申請人', '', '寫信人'])}{c['name']}　敬上", align='r', x=2); d.seal(c['name'], 0.02)
    d.text(f"電話：{c['tel']}", align='r', x=2); d.text(ds(c['date'], R.choice([0, 2, 3])), align='r', x=2)
    return d

def lvt_form(c, titled):
    d = Doc(R.choice(['ming', 'sans', 'serif']), R.choice(['kai', None]))
    head(d, c, R.choice(['地價稅按自用住宅用地稅率課徵申請書', '地價稅自用住宅用地稅率申請書', '申請適用地價稅自用住宅用地優惠稅率']), titled)
    ps = [parcel(c['city'], c['dist']) for _ in range(R.randint(1, 3))]
    d.grid([[('土地所有權人', 2), ('\v' + c['name'], 3), ('身分證統一編號', 2), ('\v' + c['id'], 3)],
            [('出生日期', 2), ('\v' + ds((R.randint(25, 75), R.randint(1, 12), R.randint(1, 28)), 1), 3), ('電話', 2), ('\v' + c['tel'], 3)]])
    d.text('申請土地標示：', size=0.95)
    d.grid([['^鄉鎮市區', '^段', '^小段', '^地號', '^面積（㎡）', '^權利範圍']] +
           [['\v^' + p['dist'], '\v^' + p['sec'], '\v^' + (p['sub'] or '－'), '\v^' + p['no'], '\v^' + f"{p['area']:,}", '\v^' + p['share']] for p in ps])
    d.grid([[('地上房屋門牌', 2), ('\v' + c['addr'], 8)], [('房屋稅籍編號', 2), ('\v' + c['taxno'], 8)]])
    d.text('設籍人員：', size=0.95)
    rows = [['^姓名', '^與所有權人關係', '^身分證統一編號', '^設籍日期']]
    rel = ['本人', '配偶', '長子', '長媳', '孫女']
    for i in range(R.randint(1, 3)):
        rows.append(['\v^' + (c['name'] if i == 0 else name()), '\v^' + rel[i if i < 2 else R.randint(2, 4)], '\v^' + (c['id'] if i == 0 else rid(c['city'])),
                     '\v^' + ds((R.randint(70, 110), R.randint(1, 12), R.randint(1, 28)), 2)])
    d.grid(rows)
    d.para('一、上開土地地上房屋確無出租或供營業使用，所有權人或其配偶、直系親屬於該地辦竣戶籍登記，如有不實願依法補稅並受處罰。', 0.88, hang=2)
    d.para('二、於地價稅開徵40日前（9月22日以前）提出申請者，當年即可適用自用住宅用地稅率。', 0.88, hang=2)
    closing(d, c, '申請人', seal=True)
    return d

def lvt_kv(c, titled):
    d = Doc(R.choice(['sans', 'wqy', 'serif']), R.choice(['kai', None]))
    head(d, c, R.choice(['自用住宅用地申請書（地價稅）', '地價稅自用住宅用地申請書']), titled, alt=R.choice(['申請書', '']))
    p = parcel(c['city'], c['dist'])
    d.kv([('申請人', c['name']), ('身分證號', c['id']), ('戶籍地址', c['addr']),
          ('土地坐落', f"{c['city']}{ptxt(p)}"), ('面積', f"{p['area']}平方公尺"), ('權利範圍', p['share']),
          ('地上建物', R.choice(['透天住宅', '公寓', '華廈', '平房'])), ('房屋門牌', c['addr']), ('連絡電話', c['tel'])], under=R.random() < 0.5)
    d.para('茲申請上開土地自' + str(c['date'][0]) + '年起按自用住宅用地稅率（千分之二）課徵地價稅，並聲明下列事項：')
    for t in ['土地所有權人或配偶、直系親屬已於該地辦竣戶籍登記。', '地上房屋為本人或配偶、直系親屬所有。', '無出租或供營業使用。',
              '本人與配偶及未成年受扶養親屬以一處為限。']:
        d.para(('■' if R.random() < 0.9 else '□') + t, x=1, hang=1)
    d.text('檢附：' + cb(['戶口名簿影本', '建物所有權狀影本', '土地所有權狀影本', '其他'], {0, R.randint(1, 2)}))
    d.space(0.5); d.text(f"申請人：{c['name']}（簽章）", align='r', x=4); d.seal(c['name'], 0.02)
    d.text(f"申請日期：{ds(c['date'], R.choice([1, 0, 2]))}", align='r', x=4)
    return d

def lvt_letter(c, titled):
    d = Doc(R.choice(['kai', 'ming']), pt=R.uniform(12.5, 14))
    letter_open(d, c)
    p = parcel(c['city'], c['dist']); yrs = R.randint(20, 45)
    body = [f"我是{c['name']}，和老伴住在{c['addr']}已經{yrs}年了，房子底下的土地是{ptxt(p)}，都是我的名字。",
            f"今年收到地價稅單，金額好像比隔壁鄰居多很多。鄰居說自己住的房子，土地可以申請自用住宅的稅率，只要繳千分之二，我以前都不知道可以申請。",
            R.choice([f"我們的戶口都在這裡，我兒子{name()[1:]}一家也設籍在這裡，房子沒有租給別人，也沒有做生意。",
                      '房子一樓以前有租人當倉庫，前年就收回來了，現在只有我們自己住，沒有租人也沒有做生意。']),
            '請你們幫我把這筆地改成自用住宅用地的稅率來算地價稅。戶口名簿和權狀影本附在信裡面。']
    for b in body: d.para('　　' + b)
    d.text('拜託各位，謝謝。', x=1); d.space(1)
    d.text(f"土地所有權人　{c['name']}", align='r', x=2); d.seal(c['name'], 0.02)
    d.text(f"身分證：{c['id']}", align='r', x=2); d.text(f"電話：{c['tel']}", align='r', x=2)
    d.text(ds(c['date'], R.choice([0, 2, 3, 5])), align='r', x=2)
    return d

def veh_form(c, titled):
    d = Doc(R.choice(['ming', 'sans']), R.choice(['kai', None]))
    head(d, c, R.choice(['身心障礙者使用牌照稅免稅申請書', '使用牌照稅免稅申請書', '身心障礙者車輛免徵使用牌照稅申請書']), titled)
    moto = R.random() < 0.25; cc = R.choice([125, 150]) if moto else R.choice([1497, 1598, 1798, 1998, 2359, 1198])
    dis = c['name'] if R.random() < 0.5 else name(True); rel = '本人' if dis == c['name'] else R.choice(['配偶', '父', '母', '子', '女'])
    d.grid([[('車主姓名', 2), ('\v' + c['name'], 3), ('身分證統一編號', 2), ('\v' + c['id'], 3)],
            [('車牌號碼', 2), ('\v' + plate(), 3), ('車輛種類', 2), ('普通重型機車' if moto else R.choice(['自用小客車', '自用小客貨車']), 3)],
            [('廠牌', 2), ('\v' + R.choice(['TOYOTA', 'NISSAN', 'HONDA', 'MITSUBISHI', 'FORD', 'SUZUKI']), 3), ('汽缸總排氣量', 2), (f'\v{cc} cc', 3)],
            [('身心障礙者姓名', 2), ('\v' + dis, 3), ('與車主關係', 2), ('\v' + rel, 3)],
            [('身心障礙者身分證號', 2), ('\v' + (c['id'] if rel == '本人' else rid(c['city'])), 3), ('證明有效期限', 2), ('\v' + ds((c['date'][0] + R.randint(1, 5), R.randint(1, 12), R.randint(1, 28)), 1), 3)],
            [('障礙類別', 2), (cb(['神經系統構造及精神心智功能', '眼、耳及相關構造', '神經、肌肉、骨骼之移動相關構造', '其他'], {R.randint(0, 3)}), 8)],
            [('戶籍地址', 2), ('\v' + c['addr'], 8)],
            [('附繳證件', 2), ('1.身心障礙證明正反面影本　2.行車執照影本　3.戶口名簿影本（非本人所有者）', 8)]])
    d.para('※每一身心障礙者以一輛為限，汽缸總排氣量2,400立方公分以下或機車150立方公分以下者免徵；超過者就超過部分課徵。', 0.85)
    closing(d, c, '申請人（車主）', st=R.choice([None, 0, 4]))
    return d

def veh_kv(c, titled):
    d = Doc(R.choice(['serif', 'wqy']), 'kai')
    head(d, c, R.choice(['使用牌照稅免徵申請書（身心障礙者專用）', '身障車輛牌照稅免稅申請']), titled, alt=R.choice(['申請書', '']))
    dis = name(True)
    d.kv([('申請人（車主）', c['name']), ('身分證統一編號', c['id']), ('車號', plate()), ('排氣量', f"{R.choice([1497, 1798, 2000])}c.c."),
          ('身心障礙者', dis), ('關係', R.choice(['母子', '父女', '夫妻', '同戶籍之兄弟'])), ('身心障礙證明', f"{R.choice(['中度', '重度', '極重度'])}，鑑定日期{ds(rdate(112), 2)}"),
          ('申請免稅起日', ds(c['date'], 0)), ('地址', c['addr']), ('電話', c['tel'])])
    d.para('本人所有上開車輛專供身心障礙者' + dis + '使用，依使用牌照稅法第7條規定申請免徵使用牌照稅。嗣後車輛過戶、報廢或身心障礙證明有效期限屆滿未重新鑑定，應即向稽徵機關申報，並補繳稅款。')
    d.space(1); d.pair('此致　' + to_office(c), f"申請人：{c['name']}"); d.seal(c['name'], 0.0)
    d.text(ds(c['date'], R.choice([4, 6])), align='r')
    return d

def veh_letter(c, titled):
    d = Doc(R.choice(['kai', 'ming', 'wqy']), pt=R.uniform(11.5, 13.5))
    letter_open(d, c)
    mom = name(True); p = plate()
    for b in [f"我是{c['name']}，我{R.choice(['母親', '父親', '太太'])}{mom}去年中風以後行動不方便，今年{c['date'][1]}月領到身心障礙證明，是中度的肢體障礙。",
              f"家裡那台車車牌{p}，登記在我的名下，是{R.choice([1500, 1600, 1800])}cc的，現在都是我載她去醫院復健、洗腎，幾乎每天都要用。",
              '聽醫院的社工說，這種情形車子的牌照稅可以申請免稅，我們同一個戶口。所以寫信申請，請幫我們辦理使用牌照稅免稅。',
              '附上身心障礙證明影本、行照影本和戶口名簿影本。我白天在上班，有問題請打我手機。']:
        d.para('　　' + b)
    d.text('謝謝！', x=1); d.space(1)
    d.text(f"車主：{c['name']}　身分證：{c['id']}", align='r', x=1)
    d.text(f"地址：{c['addr']}", align='r', x=1); d.text(f"手機：{c['tel']}", align='r', x=1)
    d.text(ds(c['date'], R.choice([1, 2, 0])), align='r', x=1)
    return d

def deed_form(c, titled):
    d = Doc(R.choice(['ming', 'serif', 'sans']), R.choice(['kai', None]))
    kind = R.choice([0, 0, 0, 1, 2, 3]); rate = [6, 6, 2, 2][kind]
    head(d, c, R.choice(['契稅申報書', '房屋契稅申報書', '契稅申報書（買賣）' if kind == 0 else '契稅申報書']), titled)
    price = R.randint(20, 300) * 10000 + R.choice([0, 5000]); seller = name(); agent = name()
    d.pair(f"房屋稅籍編號：{c['taxno']}", f"收件號：{R.choice(['', str(R.randint(10000, 99999))])}", 0.9)
    d.grid([[('契約種類', 2), (cb(['買賣', '贈與', '交換', '分割', '典權', '占有'], {kind}), 8)],
            [('房屋坐落', 2), ('\v' + addr(c['city']), 8)],
            [('建號', 2), (f"\v{R.choice(PLACES[c['city']][c['dist']][1])}{R.randint(100, 9999)}建號", 3), ('權利範圍', 2), ('\v' + R.choice(['全部', '1/2', '1/1']), 3)],
            [('立約日期', 2), ('\v' + ds(dshift(c['date'], -R.randint(3, 25)), 0), 3), ('申報契價', 2), (f"\v新臺幣{money(price)}元", 3)],
            [('契價大寫', 2), ('\v' + fin(price), 8)],
            [('^承受人', 1), ('姓名', 1), ('\v' + c['name'], 2), ('身分證統一編號', 1.6), ('\v' + c['id'], 2), ('住址', 0.8), ('\v' + c['addr'], 3)],
            [('^出賣人\n（讓與人）', 1), ('姓名', 1), ('\v' + seller, 2), ('身分證統一編號', 1.6), ('\v' + rid(), 2), ('住址', 0.8), ('\v' + addr(), 3)],
            [('^代理人', 1), ('姓名', 1), ('\v' + agent + '（地政士）', 2), ('證書字號', 1.6), (f"\v({R.choice(['85', '92', '101'])})台內地登字第{R.randint(10000, 99999)}號", 2), ('電話', 0.8), ('\v' + phone(c['city']), 3)],
            [('附件', 2), (cb(['公定契紙', '買賣契約書影本', '身分證影本', '建物登記謄本', '其他'], {0, 1, 2}), 8)]])
    d.para(f"※契稅稅率：買賣、贈與、占有6%，典權4%，交換、分割2%。應於不動產買賣、承典、交換、贈與及分割契約成立之日起30日內申報。", 0.85)
    d.space(0.4); d.pair('申報人（承受人）：' + c['name'] + '　（蓋章）', '代理人：' + agent + '　（蓋章）'); d.seal(c['name'], 0.35); d.seal(agent, 0.0)
    d.text(spaced('中華民國') + f"　{c['date'][0]}年{c['date'][1]}月{c['date'][2]}日", align='c')
    return d

def deed_table(c, titled):
    d = Doc(R.choice(['sans', 'wqy']), 'kai')
    head(d, c, R.choice(['不動產契稅申報書', '契　稅　申　報　書', '房屋移轉契稅申報書']), titled, alt='')
    d.text(f"申報日期：{ds(c['date'], 1)}　　　房屋稅籍編號：{c['taxno']}", size=0.95)
    n = R.randint(1, 3); price = R.randint(30, 500) * 10000
    rows = [['^承受人', '^身分證統一編號', '^持分', '^通訊地址']]
    for i in range(n):
        rows.append(['\v' + (c['name'] if i == 0 else name()), '\v' + (c['id'] if i == 0 else rid(c['city'])), '\v^' + (f'1/{n}' if n > 1 else '全部'), '\v' + c['addr']])
    d.grid(rows)
    d.grid([['^讓與人', '^身分證統一編號', '^持分', '^通訊地址'], ['\v' + name(), '\v' + rid(), '\v^全部', '\v' + addr()]])
    d.grid([[('移轉原因', 1), ('\v' + R.choice(['買賣', '贈與', '夫妻贈與', '買賣（法拍）']), 2), ('契約成立日', 1), ('\v' + ds(dshift(c['date'], -R.randint(2, 20)), 2), 2)],
            [('房屋門牌', 1), ('\v' + addr(c['city']), 5)],
            [('申報移轉價格', 1), (f"\vNT${money(price)}", 2), ('評定標準價格', 1), (f"\vNT${money(int(price * R.uniform(0.1, 0.25)) // 100 * 100)}", 2)],
            [('應納稅額', 1), ('（由稽徵機關核定）', 5)]])
    d.text('注意：房屋移轉應同時申報契稅，如屬土地與房屋一併移轉，請另填土地現值申報書。', 0.85)
    d.space(0.6); d.text(f"申報人：{c['name']}", align='r', x=3); d.seal(c['name'], 0.02); d.text(f"電話：{c['tel']}", align='r', x=3)
    return d

def deed_letter(c, titled):
    old = R.random() < 0.5
    d = Doc(R.choice(['kai', 'ming']) if old else R.choice(['sans', 'serif']), pt=R.uniform(11.5, 13.0))
    letter_open(d, c); h = addr(c['city']); price = R.randint(80, 600) * 10000
    if old:
        for b in [f"我是{c['name']}，我要把我住的這間房子{h}過戶給我兒子{c['name'][0]}{R.choice(GIV)}{R.choice(GIV)}，是用贈與的方式，代書說房子要先報契稅才能去地政事務所辦過戶。",
                  f"贈與的契約是{ds(dshift(c['date'], -7), 0)}簽的，房屋稅籍編號{c['taxno']}。契稅要繳多少錢，請你們算好寄單子來，由我兒子繳。",
                  '契約影本、權狀影本跟我們兩個的身分證影本都附在裡面，謝謝你們幫忙。']:
            d.para('　　' + b)
    else:
        ag = name()
        for b in [f"本人{ag}地政士，受買受人{c['name']}君委託，檢附契稅申報書及不動產買賣契約書影本各乙份，代為申報坐落{h}房屋（稅籍編號{c['taxno']}）之買賣契稅。",
                  f"本案買賣契約於{ds(dshift(c['date'], -12), 4)}訂立，申報契價新臺幣{money(price)}元整（{fin(price)}），權利範圍全部。",
                  '敬請惠予核發契稅繳款書，俾便辦理移轉登記。如有資料不全之處，請逕與本事務所聯繫。']:
            d.para('　　' + b)
        c = dict(c, name=ag)
    d.space(1); d.text(f"{c['name']}　敬上", align='r', x=2); d.seal(c['name'], 0.02)
    d.text(f"電話：{c['tel']}", align='r', x=2); d.text(ds(c['date'], R.choice([0, 2, 3])), align='r', x=2)
    return d

def lvit_form(c, titled):
    d = Doc(R.choice(['ming', 'sans', 'serif']), R.choice(['kai', None]))
    head(d, c, R.choice(['土地增值稅（土地現值）申報書', '土地現值申報書', '土地增值稅申報書']), titled)
    ps = [parcel(c['city'], c['dist']) for _ in range(R.randint(1, 3))]
    rows = [['^鄉鎮市區', '^段', '^小段', '^地號', '^面積㎡', '^權利範圍', '^申報現值\n元/㎡', '^前次移轉現值\n元/㎡']]
    for p in ps:
        cur = R.randint(8, 90) * 1000
        rows.append(['\v^' + p['dist'], '\v^' + p['sec'], '\v^' + (p['sub'] or '－'), '\v^' + p['no'], '\v^' + str(p['area']), '\v^' + p['share'], '\v^' + money(cur), '\v^' + money(int(cur * R.uniform(0.3, 0.8)) // 100 * 100)])
    d.grid([[('移轉原因', 2), (cb(['買賣', '贈與', '拍賣', '交換', '共有物分割', '其他'], {R.choice([0, 0, 1, 4])}), 8)],
            [('契約訂立日期', 2), ('\v' + ds(dshift(c['date'], -R.randint(3, 25)), 0), 3), ('申報日期', 2), ('\v' + ds(c['date'], 0), 3)]])
    d.grid(rows, size=0.82)
    sel = R.random() < 0.5
    d.grid([[('^義務人\n（出賣人）', 2), ('\v' + c['name'] + '\n' + c['id'] + '\n' + c['addr'], 8)],
            [('^權利人\n（買受人）', 2), ('\v' + name() + '\n' + rid() + '\n' + addr(), 8)],
            [('申請適用稅率', 2), (cb(['一般稅率', '自用住宅用地稅率（一生一次）', '自用住宅用地稅率（一生一屋）'], {1 if sel else 0}), 8)],
            [('地上房屋門牌', 2), ('\v' + (c['addr'] if sel else '無'), 8)],
            [('代理人', 2), ('\v' + name() + '　地政士　電話 ' + phone(c['city']), 8)]])
    d.para('※土地所有權移轉或設定典權，應於訂定契約之日起30日內申報土地移轉現值；申報現值低於公告土地現值者，得依公告土地現值徵收土地增值稅。', 0.85)
    d.pair('義務人：' + c['name'] + '（蓋章）', '權利人：＿＿＿（蓋章）'); d.seal(c['name'], 0.4)
    return d

def lvit_kv(c, titled):
    d = Doc(R.choice(['sans', 'wqy', 'serif']), 'kai')
    head(d, c, R.choice(['土地移轉現值申報書', '土地增值稅自用住宅用地稅率申請書', '土地增值稅申報書']), titled, alt=R.choice(['申報書', '']))
    p = parcel(c['city'], c['dist']); cur = R.randint(10, 80) * 1000
    d.kv([('土地坐落', f"{c['city']}{ptxt(p)}"), ('面積', f"{p['area']}平方公尺"), ('權利範圍', p['share']),
          ('公告土地現值', f"每平方公尺{money(cur)}元"), ('申報移轉現值', R.choice(['按公告土地現值', f"每平方公尺{money(cur + 1000)}元"])),
          ('原規定地價或前次移轉現值', f"每平方公尺{money(int(cur * 0.45) // 10 * 10)}元（{R.randint(70, 105)}年{R.randint(1, 12)}月）"),
          ('移轉原因', R.choice(['買賣', '贈與', '夫妻贈與'])), ('出賣人（土地增值稅納稅義務人）', f"{c['name']}　{c['id']}"), ('買受人', f"{name()}　{rid()}"),
          ('契約日期', ds(dshift(c['date'], -10), 1)), ('聯絡電話', c['tel'])])
    d.para('上開土地如符合自用住宅用地條件，申請按' + R.choice(['一生一次', '一生一屋']) + '自用住宅用地稅率（10%）課徵土地增值稅：' + cb(['是', '否'], {R.randint(0, 1)}))
    d.para('本人保證上列申報資料均屬實，如有虛偽不實，願負法律責任。')
    d.space(1); d.text(f"申報人：{c['name']}　（蓋章）", align='r', x=3); d.seal(c['name'], 0.02)
    d.text(ds(c['date'], R.choice([0, 4, 6])), align='r', x=3)
    return d

def lvit_letter(c, titled):
    d = Doc(R.choice(['kai', 'ming']), pt=R.uniform(12.5, 14))
    letter_open(d, c); p = parcel(c['city'], c['dist'])
    for b in [f"我是{c['name']}，今年{R.randint(65, 85)}歲。我有一塊地在{c['city']}{ptxt(p)}，面積大約{int(p['area'])}平方公尺，是我爸爸留給我的，最近談好要賣給{name()}先生，契約已經在{ds(dshift(c['date'], -9), 0)}簽好了。",
              '代書跟我說，土地過戶要先報土地增值稅，賣地的人要繳。我和太太在這塊地上面的房子住了三十幾年，戶口一直都在這裡，也沒有租給人，代書說可以申請自用住宅用地的稅率，一輩子可以用一次，我以前從來沒有用過。',
              '所以寫這封信跟土地現值申報書一起送進來，申請土地增值稅按自用住宅用地稅率課徵，稅單請寄到我家，謝謝。']:
        d.para('　　' + b)
    d.space(1); d.text(f"{c['name']}　敬上", align='r', x=2); d.seal(c['name'], 0.02)
    d.text(f"身分證號：{c['id']}", align='r', x=2); d.text(f"電話：{c['tel']}", align='r', x=2); d.text(ds(c['date'], R.choice([2, 3, 0])), align='r', x=2)
    return d

def refund_form(c, titled):
    d = Doc(R.choice(['ming', 'sans', 'serif']), R.choice(['kai', None]))
    head(d, c, R.choice(['退稅申請書', '地方稅退稅申請書', '溢繳稅款退還申請書']), titled)
    tax = R.choice(TAXES[:4]); amt = R.randint(300, 40000); paid = dshift(c['date'], -R.randint(10, 60))
    d.grid([[('申請人', 2), ('\v' + c['name'], 3), ('身分證統一編號\n（統一編號）', 2), ('\v' + c['id'], 3)],
            [('稅目', 2), (cb(['房屋稅', '地價稅', '使用牌照稅', '契稅', '其他'], {TAXES.index(tax)}), 8)],
            [('課稅年度（期別）', 2), (f"\v{paid[0]}年{R.choice(['全期', '上期', '下期', ''])}", 3), ('稅籍編號／車號', 2), ('\v' + (plate() if tax == '使用牌照稅' else c['taxno']), 3)],
            [('繳款書銷帳編號', 2), ('\v' + billno(), 3), ('繳納日期', 2), ('\v' + ds(paid, 1), 3)],
            [('退稅原因', 2), (cb(['重複繳納', '溢繳', '減免核准', '更正核定', '其他'], {R.randint(0, 3)}), 8)],
            [('申請退稅金額', 2), (f"\v新臺幣{money(amt)}元（{fin(amt)}）", 8)],
            [('退稅方式', 2), ('■轉帳存入下列帳戶　□開立退稅支票', 8)],
            [('金融機構', 2), ('\v' + R.choice(BANKS) + R.choice(['', c['dist'][:-1] + '分行']), 3), ('帳號', 2), ('\v' + ''.join(str(R.randint(0, 9)) for _ in range(R.choice([12, 14]))), 3)],
            [('戶名', 2), ('\v' + c['name'] + '（須與納稅義務人相同）', 8)]])
    d.para('檢附：繳款書收據聯影本、存摺封面影本。依稅捐稽徵法第28條規定申請退還。', 0.9)
    closing(d, c, '申請人', st=R.choice([None, 0]))
    return d

def refund_kv(c, titled):
    d = Doc(R.choice(['sans', 'wqy', 'serif']), R.choice(['kai', None]))
    head(d, c, R.choice(['申請退還重複繳納稅款', '退稅申請', '溢繳稅款退還申請']), titled, alt=R.choice(['申請書', '']))
    tax = R.choice(TAXES[:3]); amt = R.randint(500, 20000)
    comp = R.random() < 0.35
    nm = company() if comp else c['name']
    d.kv([('申請人', nm), ('統一編號' if comp else '身分證字號', ubn() if comp else c['id']), ('地址', c['addr']), ('電話', c['tel']),
          ('稅目', tax), ('所屬年度', f"{c['date'][0] - R.randint(0, 1)}年度"), ('銷帳編號', billno()), ('重複（溢繳）金額', f"{money(amt)}元"),
          ('退款帳戶', f"{R.choice(BANKS)}　帳號 {R.randint(10**11, 10**12 - 1)}　戶名 {nm}")])
    d.para('說明：' + R.choice([f'上開{tax}已於{ds(dshift(c["date"], -20), 0)}以信用卡繳納，後又於超商重複繳納，請將重複部分退還。',
                              f'上開{tax}經 貴處核准減免在案，惟核准前已全額繳納，請將溢繳稅款退還。',
                              f'上開{tax}因課稅面積更正，原繳稅額多於更正後稅額，請退還差額。']))
    d.space(1); d.text(f"申請人：{nm}", align='r', x=2); d.seal(nm if not comp else nm[:4], 0.02)
    d.text(ds(c['date'], R.choice([0, 4, 2])), align='r', x=2)
    return d

def refund_letter(c, titled):
    d = Doc(R.choice(['kai', 'ming', 'wqy']), pt=R.uniform(12.5, 14))
    letter_open(d, c); tax = R.choice(['房屋稅', '地價稅', '牌照稅']); amt = R.randint(800, 9000)
    for b in [f"我是{c['name']}，住{c['addr']}。今年的{tax}{money(amt)}元，我在{R.choice(['7-11', '全家', '郵局'])}繳過了，後來我女兒說銀行帳戶本來就有設定自動扣繳，也扣了一次，所以繳了兩次。",
              f"我是退休的老人，這筆錢對我來說不是小數目，拜託你們查一下，把多繳的{money(amt)}元退給我。",
              f"請匯到我的{R.choice(['郵局', '農會', '土地銀行'])}帳戶，帳號{R.randint(10**12, 10**13 - 1)}，戶名{c['name']}。存摺影本和超商收據都附在後面。"]:
        d.para('　　' + b)
    d.text('謝謝你們。', x=1); d.space(1)
    d.text(f"{c['name']}　{c['id']}", align='r', x=2); d.seal(c['name'], 0.02); d.text(f"電話：{c['tel']}", align='r', x=2)
    d.text(ds(c['date'], R.choice([2, 3, 0])), align='r', x=2)
    return d

def appeal_form(c, titled):
    d = Doc(R.choice(['ming', 'sans', 'serif']), R.choice(['kai', None]))
    head(d, c, R.choice(['復查申請書', '地方稅復查申請書', '申請復查書']), titled)
    tax = R.choice(TAXES[:5]); amt = R.randint(2000, 300000); due = dshift(c['date'], -R.randint(5, 25))
    d.grid([[('申請人', 2), ('\v' + c['name'], 3), ('身分證統一編號', 2), ('\v' + c['id'], 3)],
            [('住居所', 2), ('\v' + c['addr'], 8)],
            [('代理人', 2), ('\v' + (name() + '律師' if R.random() < 0.4 else '無'), 3), ('電話', 2), ('\v' + c['tel'], 3)],
            [('原處分稅目', 2), ('\v' + tax, 3), ('課稅年度', 2), (f"\v{due[0] - 1}年" if tax in ('房屋稅', '地價稅') else f"\v{due[0]}年", 3)],
            [('繳款書編號', 2), ('\v' + billno(), 3), ('核定稅額', 2), (f"\v{money(amt)}元", 3)],
            [('繳納期間', 2), (f"\v{ds(dshift(due, -30), 2)}～{ds(due, 2)}", 3), ('收受日期', 2), ('\v' + ds(dshift(due, -28), 2), 3)],
            [('請求事項', 2), ('\v' + R.choice(['原處分撤銷。', '原核定稅額應予註銷，並按自用住宅用地稅率重新核計。', '請求重新核定課稅現值。']), 8)],
            [('事實及理由', 2), ('\v' + R.choice(['系爭房屋自本年起已全部供自住使用，並無營業情事，原處分按營業用稅率核課顯有違誤。',
                                              '系爭土地為農業用地，現況仍作農業使用，不應課徵地價稅。',
                                              '原處分核定之房屋構造等級與實際不符，房屋係加強磚造而非鋼筋混凝土造，核定現值偏高。']) + '\n（詳如附件理由書）', 8)],
            [('證據', 2), ('1.繳款書影本　2.現場照片　3.' + R.choice(['租賃契約終止證明', '農業用地作農業使用證明書', '使用執照影本']), 8)]])
    d.para('※依稅捐稽徵法第35條規定，納稅義務人對核定稅捐處分如有不服，應於繳款書送達後，繳納期間屆滿之翌日起30日內申請復查。', 0.85)
    closing(d, c, '申請人', seal=True, st=R.choice([None, 4]))
    return d

def appeal_brief(c, titled):
    d = Doc(R.choice(['serif', 'ming']), pt=R.uniform(11, 12.5))
    if titled: d.title(R.choice(['復　查　申　請　書', '稅捐復查申請書', '行政救濟（復查）申請書']))
    law = name(); tax = R.choice(['房屋稅', '地價稅', '契稅', '土地增值稅']); y = c['date'][0]
    d.kv([('申請人', f"{c['name']}　身分證統一編號：{c['id']}"), ('住所', c['addr']), ('代理人', f"{law}律師"),
          ('事務所', addr(c['city']) + '　電話：' + phone(c['city']))])
    d.para(f"為不服 {to_office(c)}{y}年{R.randint(1, 12)}月{R.randint(1, 28)}日核定{y - 1 if tax in ('房屋稅', '地價稅') else y}年{tax}處分（繳款書編號：{billno()}），依法申請復查事：")
    d.text('請求事項', bold=True); d.para('一、原處分關於' + tax + '核定部分撤銷。', x=1, hang=2); d.para('二、請另為適法之處分。', x=1, hang=2)
    d.text('事實及理由', bold=True)
    for i, t in enumerate([f"緣申請人所有坐落{addr(c['city'])}之房地，前經 貴處核定{tax}新臺幣{money(R.randint(5000, 200000))}元，申請人已於繳納期間內收受繳款書。",
                           '惟查系爭房地自始即由申請人及其配偶居住使用，並已於該址辦竣戶籍登記，且無出租或營業之情事，依法應適用自用住宅稅率課徵，原處分認事用法顯有違誤。',
                           '次查原處分未斟酌申請人所提出之水電費單據及鄰里證明，逕依一般用地稅率核課，有違稅捐稽徵法第11條之3實質課稅原則，爰依同法第35條規定申請復查。']):
        d.para('一二三'[i] + '、' + t, x=1, hang=2)
    d.text('證據', bold=True); d.para('證一：繳款書影本。證二：戶籍謄本。證三：水電費收據影本。證四：委任狀。', x=1)
    d.text('謹　呈', x=1); d.text(to_office(c), x=2)
    d.space(0.5); d.text(f"申請人：{c['name']}", align='r', x=5); d.seal(c['name'], 0.0); d.text(f"代理人：{law}律師", align='r', x=5)
    d.text(ds(c['date'], 4), align='c')
    return d

def appeal_letter(c, titled):
    d = Doc(R.choice(['kai', 'ming']), pt=R.uniform(12.5, 14))
    letter_open(d, c); tax = R.choice(['地價稅', '房屋稅'])
    for b in [f"我是{c['name']}，住在{c['addr']}。這次收到的{c['date'][0] - 1}年{tax}單子，要繳{money(R.randint(3000, 60000))}元，比去年多了快一倍，我看不懂為什麼。",
              R.choice(['我那塊地一直都在種菜種果樹，是農地，沒有蓋房子也沒有做別的用途，怎麼會要繳這麼多？',
                        '房子是我自己住的，兒子們都在外地工作，戶口也都在這裡，沒有租人也沒有做生意，不應該照營業的算。',
                        '房子很舊了，是民國六十幾年蓋的磚造房子，有一半都沒有在用，稅怎麼會越繳越多？']),
              f"我對這次的{tax}不服，聽說可以在期限裡面申請復查，請你們重新查一查、算一算。單子的影本附在後面，需要什麼資料我再補。"]:
        d.para('　　' + b)
    d.text('拜託了，謝謝。', x=1); d.space(1)
    d.text(f"{c['name']}　敬上", align='r', x=2); d.seal(c['name'], 0.02); d.text(f"身分證：{c['id']}", align='r', x=2)
    d.text(f"電話：{c['tel']}", align='r', x=2); d.text(ds(c['date'], R.choice([0, 2, 3])), align='r', x=2)
    return d

def addr_form(c, titled):
    d = Doc(R.choice(['ming', 'sans', 'serif']), R.choice(['kai', None]))
    head(d, c, R.choice(['地方稅送達地址變更申請書', '稅籍資料異動申請書（通訊地址）', '變更繳款書送達地址申請書']), titled)
    new = addr()
    d.grid([[('納稅義務人', 2), ('\v' + c['name'], 3), ('身分證統一編號\n／統一編號', 2), ('\v' + c['id'], 3)],
            [('變更稅目', 2), (cb(['房屋稅', '地價稅', '使用牌照稅', '其他'], {0, 1} if R.random() < 0.6 else {2}), 8)],
            [('稅籍編號\n／車牌號碼', 2), ('\v' + c['taxno'] + '　' + (taxno() if R.random() < 0.4 else ''), 8)],
            [('原送達地址', 2), ('\v' + c['addr'], 8)], [('新送達地址', 2), ('\v' + new, 8)],
            [('郵遞區號', 2), ('\v' + str(R.randint(700, 930)), 3), ('聯絡電話', 2), ('\v' + c['tel'], 3)],
            [('變更原因', 2), (cb(['遷居', '寄居親友處', '委託他人代收', '其他'], {R.randint(0, 2)}), 8)]])
    d.para('※本申請書適用於轄內房屋稅、地價稅、使用牌照稅之繳款書寄送；變更後，各稅目之稅單及通知文書均寄送新地址。', 0.85)
    closing(d, c, '申請人', st=R.choice([None, 4, 6]))
    return d

def ebill_form(c, titled):
    d = Doc(R.choice(['sans', 'wqy']), R.choice(['kai', None]))
    head(d, c, R.choice(['地方稅電子繳款書申請書', '電子稅單（e-mail寄送）申請書', '地方稅電子化繳款書申請／變更書']), titled, alt=R.choice(['申請書', '']))
    mail = ''.join(R.choice('abcdefghkmnprstwy') for _ in range(R.randint(5, 9))) + str(R.randint(1, 99)) + R.choice(['@gmail.com', '@yahoo.com.tw', '@hotmail.com', '@ms1.hinet.net'])
    d.kv([('申請類別', cb(['新申請', '變更', '取消'], {R.choice([0, 0, 1])})), ('納稅義務人', c['name']), ('身分證統一編號', c['id']),
          ('電子郵件信箱', mail), ('行動電話', f'09{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(100, 999)}'),
          ('適用稅目', cb(['房屋稅', '地價稅', '使用牌照稅'], {0, 1, 2} if R.random() < 0.5 else {0, 1})), ('住址', c['addr'])], under=True)
    d.text('同意事項：', size=0.95)
    for t in ['一、申請人同意自核准之次期起，以電子郵件方式寄送繳款書，不再寄送紙本繳款書。', '二、電子郵件信箱如有變更，應主動申請變更，因信箱錯誤致未收到繳款書者，仍應於期限內繳納。',
              '三、申請電子繳款書並經核准者，得參加地方稅電子化繳納抽獎活動。']:
        d.para(t, 0.9, hang=2)
    d.space(1); d.text(f"申請人簽章：{c['name']}", align='r', x=3); d.seal(c['name'], 0.02)
    d.text(f"申請日期：{ds(c['date'], R.choice([1, 0]))}", align='r', x=3)
    return d

def addr_letter(c, titled):
    d = Doc(R.choice(['kai', 'ming', 'wqy']), pt=R.uniform(12.5, 14))
    letter_open(d, c); new = addr()
    for b in [f"我是{c['name']}，原本住在{c['addr']}，因為年紀大了一個人住不方便，{R.choice(['上個月', '今年過年後', '前幾個月'])}已經搬到{R.choice(['女兒', '兒子', '大媳婦'])}家住。",
              f"以後我的房屋稅、地價稅的單子，請不要再寄到舊的地方，改寄到：{new}。舊房子現在沒有人住，信寄去都沒人收，怕會漏繳。",
              f"房屋稅籍編號是{c['taxno']}。若有問題請打電話{c['tel']}，謝謝。"]:
        d.para('　　' + b)
    d.space(1); d.text(f"{c['name']}　{R.choice(['敬上', '上', ''])}", align='r', x=2); d.seal(c['name'], 0.02)
    d.text(f"身分證：{c['id']}", align='r', x=2); d.text(ds(c['date'], R.choice([0, 2, 3])), align='r', x=2)
    return d

def inst_form(c, titled):
    d = Doc(R.choice(['ming', 'sans', 'serif']), R.choice(['kai', None]))
    head(d, c, R.choice(['延期或分期繳納稅捐申請書', '申請延期（分期）繳納稅款申請書', '地方稅分期繳納申請書']), titled)
    tax = R.choice(TAXES[:5]); amt = R.randint(20000, 900000); n = R.choice([3, 6, 12, 24, 36])
    d.grid([[('納稅義務人', 2), ('\v' + c['name'], 3), ('身分證統一編號', 2), ('\v' + c['id'], 3)],
            [('稅目', 2), ('\v' + tax, 3), ('繳款書編號', 2), ('\v' + billno(), 3)],
            [('應納稅額', 2), (f"\v新臺幣{money(amt)}元", 3), ('原繳納期限', 2), ('\v' + ds(dshift(c['date'], R.randint(5, 25)), 1), 3)],
            [('申請事項', 2), ((f"□延期繳納至　年　月　日止\n■分{n}期繳納" if R.random() < 0.7 else f"■延期繳納至{ds(dshift(c['date'], 80), 0)}止\n□分　期繳納"), 8)],
            [('申請原因', 2), (cb(['天災', '事變', '不可抗力之事故', '經濟困難'], {R.randint(0, 3)}) + '\n\v' + R.choice(['颱風造成工廠淹水停工，營收驟減。', '罹患重病住院治療，無力一次繳清。', '受疫情影響營業收入大幅減少。', '家中遭受火災，財物損失慘重。']), 8)],
            [('提供擔保', 2), (cb(['無', '有（擔保品：　　　　）'], {0}), 8)],
            [('檢附證明', 2), (cb(['繳款書影本', '受災證明', '診斷證明書', '財務狀況資料'], {0, R.randint(1, 3)}), 8)]])
    d.para('※依稅捐稽徵法第26條規定，納稅義務人因天災、事變、不可抗力之事故或為其他經財政部認定之事由，不能於法定期間內繳清稅捐者，得於規定納稅期間內，向稅捐稽徵機關申請延期或分期繳納，其延期或分期繳納之期間，不得逾三年。', 0.84)
    closing(d, c, '申請人', st=R.choice([None, 4]))
    return d

def inst_company_letter(c, titled):
    d = Doc(R.choice(['serif', 'ming', 'sans']), pt=R.uniform(11, 12.5))
    co = company(); tax = R.choice(['地價稅', '房屋稅']); amt = R.randint(150000, 3000000); n = R.choice([6, 12, 18, 24])
    d.title(co + ('　函' if titled or R.random() < 0.5 else ''), size=1.5)
    d.text(f"地址：{addr(c['city'])}", 0.85, 'r'); d.text(f"聯絡人：{name()}　電話：{phone(c['city'])}", 0.85, 'r')
    d.kv([('受文者', to_office(c)), ('發文日期', ds(c['date'], 4)), ('發文字號', f"{co[:2]}字第{c['date'][0]}{R.randint(100, 999)}號")])
    d.para(f"主旨：本公司{c['date'][0]}年{tax}新臺幣{money(amt)}元，因{R.choice(['受颱風豪雨影響廠房受損停工', '主要客戶倒閉致應收帳款無法收回', '受景氣影響營收大幅衰退'])}，無法於繳納期限內一次繳清，懇請准予分{n}期繳納，請　查照惠允。", hang=3)
    d.text('說明：')
    for i, t in enumerate([f"依稅捐稽徵法第26條規定辦理。", f"本公司統一編號{ubn()}，{tax}繳款書編號{billno()}，繳納期限至{ds(dshift(c['date'], 20), 0)}止。",
                           '檢附受損照片、近三個月營業收入明細及財務報表影本各乙份，敬請鑒核。']):
        d.para('一二三'[i] + '、' + t, x=1, hang=2)
    d.space(1); d.text(f"負責人　{name()}", align='r', x=2, size=1.2); d.seal(co[:4], 0.02)
    return d

def inst_letter(c, titled):
    d = Doc(R.choice(['kai', 'ming']), pt=R.uniform(12.5, 14))
    letter_open(d, c); tax = R.choice(['房屋稅', '地價稅', '房屋稅和地價稅']); amt = R.randint(12000, 90000)
    for b in [f"我是{c['name']}，今年{R.randint(65, 85)}歲。{R.choice(['我先生上個月開刀住院，醫藥費花了很多', '今年颱風把我的魚塭和房子都弄壞了，修理花掉不少錢', '我兒子工作的工廠倒了，家裡現在都沒有收入'])}，手頭很緊。",
              f"這期的{tax}一共要繳{money(amt)}元，期限快到了，我一下子真的拿不出這麼多錢。我不是不繳，是想請你們讓我分{R.choice(['三', '六', '十二'])}次慢慢繳，或者讓我晚兩三個月再繳。",
              '附上稅單影本和醫院（或村長）的證明。拜託各位長官幫幫忙，體諒我們老人家。']:
        d.para('　　' + b)
    d.space(1); d.text(f"{c['name']}　敬上", align='r', x=2); d.seal(c['name'], 0.02)
    d.text(f"住址：{c['addr']}", align='r', x=1); d.text(f"電話：{c['tel']}", align='r', x=2); d.text(ds(c['date'], R.choice([0, 2, 3])), align='r', x=2)
    return d

def stamp_form(c, titled):
    d = Doc(R.choice(['ming', 'sans', 'serif']), R.choice(['kai', None]))
    head(d, c, R.choice(['印花稅彙總繳納申請書', '申請印花稅以彙總方式繳納申請書', '印花稅總繳申請書']), titled)
    co = company(); boss = name()
    d.grid([[('營利事業名稱', 2), ('\v' + co, 8)], [('統一編號', 2), ('\v' + ubn(), 3), ('負責人', 2), ('\v' + boss, 3)],
            [('營業地址', 2), ('\v' + addr(c['city']), 8)],
            [('應納印花稅憑證種類', 2), (cb(['銀錢收據', '買賣動產契據', '承攬契據', '典賣、讓受及分割不動產契據'], {0} if R.random() < 0.6 else {0, 2}), 8)],
            [('預估每月開立件數', 2), (f'\v約{R.randint(50, 3000)}件', 3), ('預估每月金額', 2), (f'\v約{money(R.randint(50, 5000) * 10000)}元', 3)],
            [('彙總繳納方式', 2), (cb(['按月彙總', '按季彙總'], {R.randint(0, 1)}), 3), ('開始日期', 2), ('\v' + ds(dshift(c['date'], 20), 0), 3)],
            [('聯絡人／電話', 2), ('\v' + name() + '　' + phone(c['city']), 8)]])
    d.para('※經核准彙總繳納者，應於憑證上加蓋「印花稅總繳」戳記，並於次月（季）底前自行填具繳款書繳納，銀錢收據稅率千分之四，承攬契據千分之一。', 0.85)
    d.space(0.5); d.pair('此致　' + to_office(c), ''); d.text(f"申請人：{co}", align='r', x=3); d.seal(co[:4], 0.02)
    d.text(f"負責人：{boss}", align='r', x=3); d.text(ds(c['date'], R.choice([4, 0])), align='c')
    return d

def stamp_table(c, titled):
    d = Doc(R.choice(['sans', 'wqy', 'ming']), pt=R.uniform(10.5, 12))
    if titled: d.title(R.choice(['印花稅大額憑證總繳申報表', '印花稅彙總繳納明細申報表', '印花稅總繳申報書']), 1.5)
    else: d.text(c['bureau'], 1.2, 'c')
    co = company(); y = c['date'][0]
    d.kv([('營利事業名稱', co), ('統一編號', ubn()), ('核准總繳文號', f"{c['short']}字第{R.randint(10**9, 10**10 - 1)}號"), ('申報期間', f"{y}年{R.choice(['1-3', '4-6', '7-9', '10-12'])}月")])
    rows = [['^月份', '^憑證種類', '^件數', '^憑證金額（元）', '^稅率', '^應納稅額（元）']]; tot = 0
    for m in range(3):
        for k, r in [('銀錢收據', 4), ('承攬契據', 1)][:R.randint(1, 2)]:
            n = R.randint(20, 900); a = R.randint(30, 3000) * 1000; t = a * r // 1000; tot += t
            rows.append([f'\v^{m + 1}', '\v' + k, f'\v^{n}', f'\v^{money(a)}', f'^千分之{"四一"[r != 4]}', f'\v^{money(t)}'])
    rows.append([('^合計', 4), (f'\v^{money(tot)}', 1)])
    d.grid(rows, size=0.88)
    d.text(f"應納稅額合計新臺幣　{fin(tot)}")
    d.para('本期總繳憑證已加蓋總繳戳記並依序編號保存備查，如有不實願受處罰。', 0.9)
    d.space(1); d.text(f"申報人：{co}　（蓋章）", align='r', x=2); d.seal(co[:4], 0.02); d.text(ds(c['date'], 1), align='r', x=2)
    return d

def stamp_letter(c, titled):
    d = Doc(R.choice(['serif', 'ming', 'kai']), pt=R.uniform(11.5, 13))
    co = company(); d.text(co, 1.2, 'c') if R.random() < 0.5 else None
    letter_open(d, c); v = R.randint(0, 2)
    txt = [[f"本公司（統一編號{ubn()}）因營業需要，每月開立之銀錢收據數量龐大，逐張貼用印花稅票實有不便。",
            '依印花稅法第8條規定，擬申請自下月起以彙總方式繳納印花稅，並於收據上加蓋總繳戳記，按月自行填寫繳款書繳納。',
            '檢附公司登記資料影本及收據樣張各乙份，敬請核准。'],
           [f"本公司（統一編號{ubn()}）前經 貴處核准以彙總方式繳納印花稅在案，因本公司已於{ds(dshift(c['date'], -15), 0)}辦理解散登記，不再開立收據。",
            '特函申請註銷印花稅總繳，並將剩餘未使用之總繳戳記繳回，請 查照。'],
           [f"本公司前於{ds(dshift(c['date'], -60), 0)}承攬{c['city']}某國小校舍修繕工程，契約金額新臺幣{money(R.randint(100, 900) * 10000)}元，應貼用之印花稅票因承辦人員疏忽未貼，",
            '現主動向 貴處申報補貼印花稅，請開立繳款書以便補繳。']][v]
    for b in txt: d.para('　　' + b)
    d.text('此致', x=1); d.text(to_office(c), x=2); d.space(1)
    d.text(f"{co}", align='r', x=2); d.seal(co[:4], 0.02); d.text(f"負責人：{name()}　電話：{phone(c['city'])}", align='r', x=2)
    d.text(ds(c['date'], 4), align='r', x=2)
    return d

def amuse_table(c, titled):
    d = Doc(R.choice(['sans', 'ming', 'wqy']), R.choice(['kai', None]), pt=R.uniform(10.5, 12))
    kind, rate = R.choice([('電影', 0.015), ('歌廳、舞廳、卡拉OK', 0.05), ('撞球場', 0.05), ('高爾夫球場', 0.1), ('職業性運動表演', 0.05)])
    head(d, c, R.choice(['娛樂稅代徵月報表', '娛樂稅代徵稅款申報書', '娛　樂　稅　申　報　表']), titled, alt='')
    venue = R.choice(['星光', '歡樂', '金曲', '大眾', '王者', '好樂']) + {'電影': '影城', '撞球場': '撞球館', '高爾夫球場': '高爾夫球場', '職業性運動表演': '體育館'}.get(kind, 'KTV')
    y, m = c['date'][0], max(1, c['date'][1] - 1)
    d.kv([('代徵人（場所名稱）', venue), ('統一編號', ubn()), ('營業地址', addr(c['city'])), ('娛樂種類', f"{kind}（稅率{rate * 100:g}%）"), ('所屬期間', f"{y}年{m}月1日至{y}年{m}月{R.choice([28, 30, 31])}日")], size=0.95)
    rows = [['^票價（元）', '^售出張（人）數', '^票價收入（元）', '^代徵稅額（元）']]; tt = ta = 0
    for p in sorted(R.sample([120, 180, 250, 280, 300, 350, 399, 450, 600, 1200], R.randint(2, 5))):
        n = R.randint(100, 6000); a = p * n; t = round(a * rate / (1 + rate)); tt += t; ta += a
        rows.append([f'\v^{p}', f'\v^{money(n)}', f'\v^{money(a)}', f'\v^{money(t)}'])
    rows.append(['^合計', '', f'\v^{money(ta)}', f'\v^{money(tt)}'])
    d.grid(rows)
    d.text(f"代徵稅額合計：{fin(tt)}")
    d.para('※代徵人應於每月十日前將上月代徵稅款向公庫繳納，並填具本表向稽徵機關申報。', 0.85)
    d.space(1); d.text(f"代徵人：{venue}　負責人：{name()}　（蓋章）", align='r'); d.seal(venue[:4], 0.02); d.text(ds(c['date'], R.choice([1, 4])), align='r')
    return d

def amuse_exempt(c, titled):
    d = Doc(R.choice(['serif', 'sans']), R.choice(['kai', None]))
    head(d, c, R.choice(['娛樂稅免徵申請書', '舉辦慈善義演免徵娛樂稅申請書', '申請免徵娛樂稅']), titled)
    org = R.choice(['社團法人', '財團法人']) + c['city'] + R.choice(['慈愛', '關懷', '希望', '福田']) + R.choice(['協會', '基金會', '慈善會'])
    ev = R.choice(['關懷獨居老人慈善音樂會', '弱勢兒童助學義演晚會', '賑災義賣演唱會', '長照據點募款園遊會'])
    n = R.randint(300, 3000); p = R.choice([200, 300, 500, 800])
    d.grid([[('主辦單位', 2), ('\v' + org, 8)], [('立案字號', 2), (f"\v{c['city'][:2]}府社字第{R.randint(10**9, 10**10 - 1)}號", 3), ('負責人', 2), ('\v' + name(), 3)],
            [('活動名稱', 2), ('\v' + ev, 8)], [('演出日期', 2), ('\v' + ds(dshift(c['date'], 25), 0), 3), ('場次', 2), (f'\v{R.randint(1, 3)}場', 3)],
            [('演出地點', 2), ('\v' + addr(c['city']), 8)], [('票價', 2), (f'\v每張{p}元', 3), ('預計售票張數', 2), (f'\v{money(n)}張', 3)],
            [('收入用途', 2), ('\v全部收入扣除必要費用後，悉數捐作' + R.choice(['獨居老人送餐', '清寒學生獎助學金', '災區重建', '社區長照服務']) + '之用', 8)],
            [('檢附文件', 2), ('1.立案證書影本　2.活動計畫書　3.收支預算表　4.場地租借契約影本', 8)]])
    d.para('依娛樂稅法第4條規定，教育、文化、公益、慈善機關或團體舉辦之各種娛樂，其全部收入作為本事業之用者，免徵娛樂稅。本會保證於活動結束後30日內檢送收支決算表及捐贈收據。', 0.9)
    d.space(0.5); d.text('此致　' + to_office(c)); d.text(f"申請單位：{org}", align='r'); d.seal(org[4:8], 0.02)
    d.text(f"聯絡人：{name()}　電話：{phone(c['city'])}", align='r'); d.text(ds(c['date'], 4), align='c')
    return d

def amuse_letter(c, titled):
    d = Doc(R.choice(['kai', 'ming', 'serif']), pt=R.uniform(11.5, 13))
    letter_open(d, c); v = R.randint(0, 1)
    if v == 0:
        tm = R.choice(['福德宮', '天后宮', '代天府', '清水宮', '保安宮'])
        txt = [f"本宮{c['dist']}{tm}訂於{ds(dshift(c['date'], 30), 0)}晚上，在廟前廣場舉辦「{R.choice(['中元普渡', '建醮', '媽祖聖誕'])}祈福晚會」，請歌仔戲團和歌手來表演。",
               f"晚會入場有賣票，一張{R.choice([100, 150, 200])}元，所得扣掉開支以後，全部要捐給鄉內的清寒家庭和獨居老人。",
               '管理委員會的人說這種慈善的演出可以申請免繳娛樂稅，所以寫信申請，請你們幫忙核准。活動計畫和預算表附在後面。']
        sig = f"{c['dist']}{tm}管理委員會　主任委員 {c['name']}"
    else:
        sh = R.choice(['好歌', '金嗓', '歡唱']) + 'KTV'
        txt = [f"我是{sh}的負責人{c['name']}，店開在{addr(c['city'])}，每個月都有照規定代收娛樂稅、按時申報。",
               f"因為{c['date'][0]}年{max(1, c['date'][1] - 2)}月起店面整修，停業了兩個月，這兩個月完全沒有營業收入，所以沒有代徵娛樂稅可以報。",
               '怕你們以為我們沒申報，特別寫信說明，停業的證明和整修的照片附上，請查核。']
        sig = f"{sh}　負責人 {c['name']}"
    for b in txt: d.para('　　' + b)
    d.space(1); d.text(sig, align='r', x=1); d.seal(c['name'], 0.02); d.text(f"電話：{c['tel']}", align='r', x=1)
    d.text(ds(c['date'], R.choice([0, 3, 2])), align='r', x=1)
    return d

AGENCIES = ['enf', 'land', 'hh', 'nta', 'mv']
def agency_letter_content(c, kind):
    city = c['city']; y = c['date'][0]; n1 = name(); ag = ''
    if kind == 'enf':
        br = {'高雄市': '高雄', '臺南市': '臺南', '屏東縣': '屏東', '嘉義市': '嘉義', '嘉義縣': '嘉義'}[city]
        ag = f'法務部行政執行署{br}分署'; word = br[0] + '執' + R.choice('甲乙丙丁')
        subj = f"義務人{n1}（身分證統一編號{rid(city)}）欠繳{R.choice(['綜合所得稅', '全民健康保險費', '交通違規罰鍰', '營業稅'])}等行政執行事件，請　貴處就義務人如有應退之各項稅款，惠予扣押並函復本分署，請查照。"
        exp = ['依行政執行法第26條準用強制執行法第115條規定辦理。', f"本案義務人欠款新臺幣{money(R.randint(10000, 2000000))}元，經移送機關移送執行在案（案號：{y}年度{word[:2]}執字第{R.randint(10000, 99999)}號）。",
               '嗣後除本分署撤銷扣押命令外，應退之稅款不得支付予義務人；如無應退稅款，亦請函復本分署。']
        boss = '分署長'; cc = ['移送機關', '義務人']
    elif kind == 'land':
        off = c['dist'][:2] + '地政事務所'; ag = f"{city}{off}"; word = off[:2] + '地登'
        p = parcel(city, c['dist'])
        subj = R.choice([f"檢送本所{y}年{c['date'][1]}月份辦竣土地所有權移轉登記及建物第一次登記通報清冊乙份，請查照。",
                         f"本轄{ptxt(p)}土地，業經本所辦竣地籍圖重測（面積更正為{p['area']}平方公尺），請　貴處配合更正地價稅籍資料，請查照。",
                         f"有關{ptxt(p)}所有權人{n1}申請更正登記乙案，本所已辦竣更正登記，請　貴處配合更正稅籍，請查照。"])
        exp = ['依土地登記規則及地籍異動通報作業規定辦理。', '檢附異動清冊或登記謄本影本乙份。']
        boss = '主任'; cc = ['本所登記課', '']
    elif kind == 'hh':
        d_ = R.choice(list(PLACES[city])); ag = f"{city}{d_}戶政事務所"; word = d_[:2] + '戶'
        subj = R.choice([f"本轄{R.choice(LI)}里部分門牌業經整編，檢送門牌整編對照清冊乙份，請　貴處配合更正房屋稅籍門牌資料，請查照。",
                         f"函復　貴處查詢{n1}君之戶籍資料乙案，詳如說明，請查照。"])
        exp = [f"復　貴處{y}年{R.randint(1, 12)}月{R.randint(1, 28)}日{c['short']}字第{R.randint(10**9, 10**10 - 1)}號函。",
               f"當事人{n1}已於{ds(rdate(y), 0)}{R.choice(['死亡除籍', '遷出本轄', '辦理門牌整編'])}，相關資料如附件。", '本案資料僅供稅務用途，請依個人資料保護法規定妥善保管。']
        boss = '主任'; cc = ['本所戶籍課', '']
    elif kind == 'nta':
        ag = f"財政部南區國稅局{R.choice(['', R.choice(list(PLACES[city]))[:2] + '稽徵所'])}" if city != '高雄市' else '財政部高雄國稅局' + R.choice(['', '鳳山分局', '岡山稽徵所'])
        word = '南區國稅' if '南區' in ag else '財高國稅'
        subj = R.choice([f"被繼承人{n1}（{ds(rdate(y - 1), 0)}死亡）遺產稅案，請　貴處提供其所遺房屋評定現值及土地公告現值資料，俾憑核課，請查照。",
                         f"有關{company()}（統一編號{ubn()}）涉嫌漏報營業收入案，請　貴處提供該公司{y - 1}年度印花稅及娛樂稅申報資料，請查照。"])
        exp = ['依遺產及贈與稅法及稅捐稽徵法第30條規定辦理。', '請於文到10日內函復本局，並檢附相關資料影本。']
        boss = '局長'; cc = ['本局審查科', '']
    else:
        ag = R.choice(['交通部公路局高雄區監理所', '交通部公路局嘉義區監理所']) + R.choice(['', '屏東監理站', '臺南監理站', '麻豆監理站']); word = '高監' if '高雄' in ag else '嘉監'
        p_ = plate()
        subj = R.choice([f"車號{p_}車輛業於{ds(rdate(y), 0)}辦理報廢登記，請　貴處依規定停止課徵使用牌照稅，請查照。",
                         f"檢送本站{y}年{c['date'][1]}月份身心障礙者專用車輛異動（過戶、報廢）清冊乙份，請　貴處辦理使用牌照稅免稅資料異動，請查照。"])
        exp = ['依使用牌照稅法及監理業務通報規定辦理。', f"車主{n1}，車號{p_}。"]
        boss = R.choice(['所長', '站長']); cc = ['本站牌照課', '']
    return ag, word, subj, exp, boss + '|' + R.choice(cc)

def off_std(c, titled):
    d = Doc(R.choice(['serif', 'ming', 'sans']), pt=R.uniform(11, 12.5))
    ag, word, subj, exp, boss = agency_letter_content(c, R.choice(AGENCIES))
    d.text(f"檔　　號：{c['date'][0]}/{R.randint(100, 999)}", 0.8); d.text(f"保存年限：{R.choice(['5年', '10年', '永久'])}", 0.8)
    d.title(ag + ('　函' if titled else ''), 1.6)
    d.text(f"地址：{addr(c['city'])}", 0.85, 'r'); d.text(f"承辦人：{name()}", 0.85, 'r'); d.text(f"電話：{phone(c['city'])}", 0.85, 'r')
    d.text(f"傳真：{phone(c['city'])}", 0.85, 'r')
    d.space(0.5)
    d.kv([('受文者', to_office(c))], size=1.1)
    d.kv([('發文日期', ds(c['date'], 4)), ('發文字號', f"{word}字第{c['date'][0]}{R.randint(1000000, 9999999)}號"), ('速別', R.choice(['普通件', '最速件', '速件'])),
          ('密等及解密條件或保密期限', R.choice(['普通', ''])), ('附件', R.choice(['如文', '無', '清冊乙份']))], size=0.9)
    d.para('主旨：' + subj, 1.05, hang=3)
    d.text('說明：', 1.05)
    for i, t in enumerate(exp): d.para('一二三四'[i] + '、' + t, x=1, hang=2)
    d.space(0.5); d.text(f"正本：{to_office(c)}", 0.9); d.text(f"副本：{boss.split('|')[1]}", 0.9)
    d.space(1); d.text(f"{boss.split('|')[0]}　{name()}", 1.6, 'r', x=3, face='kai')
    return d

def off_short(c, titled):
    d = Doc(R.choice(['serif', 'ming', 'sans']), pt=R.uniform(11, 12.5))
    ag, word, subj, exp, boss = agency_letter_content(c, R.choice(AGENCIES))
    d.title(ag + ('　書函' if titled else ''), 1.5)
    d.pair(f"受文者：{c['bureau']}", f"{ds(c['date'], 0)}")
    d.text(f"發文字號：{word}字第{c['date'][0]}{R.randint(1000000, 9999999)}號", 0.9)
    d.hline()
    d.para('主旨：' + subj, hang=3)
    d.text('說明：')
    for i, t in enumerate(exp): d.para(f'{i + 1}.' + t, x=1, hang=1)
    d.space(1); d.text(ag, 1.1, 'r', x=1); d.seal(ag[-6:-2], 0.02)
    d.text(f"聯絡人：{name()}　{phone(c['city'])}", 0.85, 'r')
    return d

def off_list(c, titled):
    d = Doc(R.choice(['serif', 'sans', 'ming']), pt=R.uniform(10.5, 12))
    city = c['city']; kind = R.choice(['land', 'enf', 'mv'])
    ag, word, subj, exp, boss = agency_letter_content(c, kind)
    d.title(ag + ('　函' if titled else ''), 1.5)
    d.kv([('受文者', to_office(c)), ('發文日期', ds(c['date'], R.choice([4, 5]))), ('發文字號', f"{word}字第{c['date'][0]}{R.randint(1000000, 9999999)}號"), ('附件', '清冊乙份')], size=0.9)
    if kind == 'land':
        subj = f"檢送本所{c['date'][0]}年{c['date'][1]}月份土地所有權移轉登記通報清冊，請查照。"; hdr = ['^收件字號', '^土地坐落', '^登記原因', '^權利人', '^權利範圍']
        rows = [[f"\v{c['date'][0]}{word[:2]}字{R.randint(1000, 99999)}", '\v' + ptxt(parcel(city, c['dist'])), '\v' + R.choice(['買賣', '贈與', '繼承', '拍賣']), '\v' + name(), '\v^' + R.choice(['全部', '1/2', '1/3'])] for _ in range(R.randint(4, 7))]
    elif kind == 'enf':
        subj = '檢送本分署執行案件義務人名冊，請　貴處查明渠等如有應退稅款，惠予扣押並函復，請查照。'; hdr = ['^案號', '^義務人', '^身分證統一編號', '^欠款金額（元）']
        rows = [[f"\v{c['date'][0]}年度執字第{R.randint(10000, 99999)}號", '\v' + name(), '\v' + rid(city), '\v^' + money(R.randint(5000, 900000))] for _ in range(R.randint(4, 7))]
    else:
        subj = '檢送本站報廢、繳銷牌照車輛清冊，請　貴處依規定停徵使用牌照稅，請查照。'; hdr = ['^車號', '^車主', '^異動原因', '^異動日期']
        rows = [['\v^' + plate(), '\v' + name(), '\v' + R.choice(['報廢', '繳銷牌照', '註銷牌照', '吊銷']), '\v^' + ds(rdate(c['date'][0]), 1)] for _ in range(R.randint(4, 7))]
    d.para('主旨：' + subj, hang=3)
    d.text('說明：'); d.para('一、' + exp[0], x=1, hang=2); d.para('二、清冊如下：', x=1, hang=2)
    d.grid([hdr] + rows, size=0.85)
    d.text(f"正本：{to_office(c)}", 0.9); d.space(0.8); d.text(f"{boss.split('|')[0]}　{name()}", 1.5, 'r', x=2, face='kai')
    return d

# ---------------------------------------------------------------- out-of-scope
def oos_water(c, titled):
    d = Doc(R.choice(['sans', 'wqy']), pt=R.uniform(10.5, 12))
    d.title('台灣自來水股份有限公司', 1.4); d.text(R.choice(['第七區管理處', '第六區管理處', '第五區管理處']) + '　水費繳費通知單', 1.2, 'c')
    deg = R.randint(10, 80); base = R.choice([68, 136, 204]); use = deg * R.choice([10, 11, 12]); cons = deg * 0.5
    d.kv([('用戶名稱', c['name'][0] + 'Ｏ' + c['name'][2:]), ('用水地址', c['addr']), ('水號', f"{R.randint(10, 99)}-{R.randint(10**7, 10**8 - 1)}-{R.randint(1, 9)}"),
          ('計費期間', f"{ds(dshift(c['date'], -60), 1)}～{ds(c['date'], 1)}"), ('本期抄見度數', f'{deg}度')], size=0.95)
    tot = int(base + use + cons + round((base + use) * 0.05))
    d.grid([['^項目', '^金額（元）'], ['基本費', f'^{base}'], ['用水費', f'^{use}'], ['水源保育與回饋費', f'^{cons:g}'], ['營業稅', f'^{round((base + use) * 0.05)}'], ['^應繳總金額', f'^{money(tot)}']])
    d.para(f"繳費期限：{ds(dshift(c['date'], 14), 0)}。可至便利商店、金融機構或行動支付繳納；申請代繳者將自帳戶扣款。逾期未繳將依規定停止供水。", 0.9)
    d.text('客服專線：1910　　本單據經蓋章或機器列印始生效', 0.85)
    return d

def oos_job(c, titled):
    d = Doc(R.choice(['serif', 'sans', 'kai']))
    if R.random() < 0.5: d.title('求　職　信', 1.6)
    nm = name(); sch = R.choice(['國立高雄科技大學', '國立成功大學', '國立屏東大學', '國立中正大學', '南臺科技大學'])
    d.text(R.choice(['人事主管您好：', '敬啟者：']))
    for b in [f"我是{nm}，畢業於{sch}{R.choice(['會計系', '財務金融系', '企業管理系', '資訊管理系'])}，從網站上看到貴單位招募{R.choice(['約僱人員', '行政助理', '臨時人員'])}的消息，非常希望能有機會加入。",
              '在學期間我曾在學校課外活動組擔任工讀生，負責文書處理與活動經費核銷，熟悉Word、Excel等文書軟體，也考取了電腦軟體應用丙級證照。',
              '我個性細心、有耐心，喜歡與人溝通，相信能勝任櫃檯服務及資料建檔的工作。隨信附上履歷表及畢業證書影本，懇請撥冗審閱，若有面試機會，將準時出席。']:
        d.para('　　' + b)
    d.text('敬祝　鈞安', x=1); d.space(1); d.text(f"應徵人　{nm}　敬上", align='r', x=2)
    d.text(f"手機：09{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(100, 999)}", align='r', x=2); d.text(ds(c['date'], 0), align='r', x=2)
    return d

def oos_flyer(c, titled):
    d = Doc(R.choice(['sansb', 'wqy', 'kai']), pt=R.uniform(12, 14))
    shop = R.choice(['阿嬤的灶腳', '老街肉燥飯', '港口海產粥', '好呷牛肉麵', '甘仔店早午餐'])
    d.title('★ ' + shop + ' ★', 2.2); d.text(R.choice(['盛大開幕', '週年慶']) + '　全品項九折', 1.5, 'c')
    d.text(f"地址：{addr(c['city'])}", align='c'); d.text(f"訂位電話：{phone(c['city'])}", align='c'); d.space(0.5)
    items = R.sample([('招牌肉燥飯', 35), ('虱目魚肚湯', 90), ('滷肉飯', 30), ('燙青菜', 40), ('牛肉麵', 160), ('海產粥', 120), ('碗粿', 35), ('肉圓', 45), ('鍋燒意麵', 70), ('蚵仔煎', 75)], 7)
    d.grid([['^品名', '^價格'] ] + [[i, f'^{p}元'] for i, p in items], size=1.05)
    d.para(f"營業時間：每日 10:30～20:00（週{R.choice('一二三')}公休）。憑本傳單消費滿200元送{R.choice(['紅茶一杯', '滷蛋一顆', '小菜一份'])}。外帶自備餐具再折5元！", 1.0)
    return d

def oos_news(c, titled):
    d = Doc(R.choice(['serif', 'ming']), pt=R.uniform(10.5, 12))
    v = R.randint(0, 2)
    heads = ['房屋稅2.0上路　非自住稅率最高4.8%', f"颱風豪雨重創{c['city']}　農損逾{R.randint(2, 9)}億元", '銀髮族詐騙手法翻新　假冒公務員要求匯款']
    d.text(R.choice(['自由時報', '聯合報', '中國時報', '台灣時報', '中華日報']) + '　' + ds(c['date'], 1) + f'　{R.choice(["A", "B"])}{R.randint(1, 12)}版', 0.85)
    d.title(heads[v], 1.8, align='l')
    d.text(f"〔記者{name()}／{c['city'][:2]}報導〕", 0.9)
    body = [[f"房屋稅差別稅率2.0自{c['date'][0] - 1}年7月起實施，今年5月開徵的房屋稅將首度反映新制。財政部表示，全國單一自住房屋稅率降為1%，非自住房屋則依全國總持有戶數適用2%至4.8%累進稅率。",
             '地方稅務機關提醒，符合自住條件但尚未申請者，應儘速提出申請，以免適用較高稅率。專家指出，多屋族的持有成本將明顯上升，部分屋主可能選擇出租或出售。',
             '也有民眾質疑，老舊房屋現值本來就低，新制對一般家庭影響不大，真正受影響的是大量囤房的投資客。'],
            [f"受颱風外圍環流及西南氣流影響，{c['city']}連日豪雨，多處低窪地區積水，農業部門初步統計農損金額逾數億元，以香蕉、芒果及養殖漁業受創最重。",
             f"{c['city']}政府表示，已啟動災害救助機制，受災農民可於公告期限內向區（鄉鎮）公所申請現金救助；房屋受損民眾亦可洽詢相關單位申請減免。",
             '氣象署預估，未來一週仍有午後雷陣雨，請民眾注意防範。'],
            ['警方近日接獲多起報案，歹徒假冒檢察官或稅務人員，以「帳戶涉及洗錢」或「有退稅款未領」為由，要求長者到ATM操作或交付存摺。',
             '警方強調，政府機關絕不會以電話要求民眾操作提款機或監管帳戶，接到可疑電話應立即掛斷，撥打165反詐騙專線查證。',
             f"{c['dist']}一名{R.randint(70, 85)}歲婦人險些受騙，所幸銀行行員警覺，及時通報警方攔阻。"]][v]
    for b in body: d.para('　　' + b)
    return d

def oos_bank(c, titled):
    d = Doc(R.choice(['sans', 'wqy', 'ming']), pt=R.uniform(10, 11.5))
    bank = R.choice(BANKS[:6] + ['國泰世華銀行', '玉山銀行'])
    d.title(bank + '　' + R.choice(['存款交易明細', '活期儲蓄存款對帳單', '綜合存款往來明細']), 1.4)
    d.kv([('戶名', c['name']), ('帳號', f"{R.randint(10**11, 10**12 - 1)}"), ('查詢期間', f"{ds(dshift(c['date'], -56), 1)} 至 {ds(c['date'], 1)}")], size=0.9)
    bal = R.randint(20000, 800000); rows = [['^日期', '^摘要', '^支出', '^存入', '^餘額']]; t = dshift(c['date'], -56)
    for _ in range(R.randint(8, 14)):
        t = dshift(t, R.randint(1, 6)); s = R.choice(['ATM提款', '薪資轉入', '跨行轉帳', '電費代繳', '水費代繳', '信用卡款', '利息', '國民年金', '老農津貼', '電信費', '現金存款'])
        inc = s in ('薪資轉入', '利息', '國民年金', '老農津貼', '現金存款')
        amt = R.randint(50, 5000) if s in ('利息', '電費代繳', '水費代繳', '電信費') else R.randint(1000, 40000)
        bal += amt if inc else -amt
        rows.append([f'^{ds(t, 1)}', s, '' if inc else f'^{money(amt)}', f'^{money(amt)}' if inc else '', f'^{money(bal)}'])
    d.grid(rows, size=0.85, minh=1.6)
    d.text('本明細僅供參考，實際餘額以本行帳載為準。', 0.8)
    return d

def oos_rent(c, titled):
    d = Doc(R.choice(['serif', 'ming']), pt=R.uniform(10.5, 12))
    d.title('房屋租賃契約書', 1.7)
    ll, tt = name(True), name(); rent = R.randint(6, 25) * 1000
    d.para(f"立契約書人　出租人{ll}（以下簡稱甲方）、承租人{tt}（以下簡稱乙方），茲為房屋租賃事宜，雙方同意訂定本契約，條款如下：")
    cl = [f"租賃標的：{addr(c['city'])}，{R.choice(['整層', '三樓雅房一間', '透天厝一、二樓'])}。",
          f"租賃期間：自{ds(c['date'], 0)}起至{ds((c['date'][0] + 1, c['date'][1], c['date'][2]), 0)}止，共一年。",
          f"租金：每月新臺幣{fin(rent, '元整')}（{money(rent)}元），乙方應於每月{R.randint(1, 10)}日前支付。",
          f"押金：新臺幣{money(rent * 2)}元，於租期屆滿交還房屋時無息返還。",
          '稅費負擔：房屋稅、地價稅由甲方負擔；水電費、瓦斯費及管理費由乙方負擔。',
          '使用限制：乙方不得將房屋轉租、出借或供違法使用，亦不得供營業使用。',
          '其他未盡事宜，依民法及相關法令規定辦理。']
    for i, t in enumerate(cl): d.para(f"第{cnum(i + 1)}條　" + t, hang=4)
    d.space(0.5)
    d.text(f"甲方：{ll}　身分證統一編號：{rid(c['city'])}"); d.seal(ll, 0.05); d.text(f"乙方：{tt}　身分證統一編號：{rid()}"); d.seal(tt, 0.05)
    d.space(0.5); d.text(spaced('中華民國') + f"　{c['date'][0]}　年　{c['date'][1]}　月　{c['date'][2]}　日", align='c')
    return d

def oos_meeting(c, titled):
    d = Doc(R.choice(['sans', 'serif', 'kai']))
    com = R.choice(['幸福', '長春', '富貴', '翠湖', '陽光']) + R.choice(['社區管理委員會', '大廈管理委員會', '社區發展協會'])
    d.title(com, 1.5); d.title(R.choice(['開會通知單', '會員大會開會通知', '區分所有權人會議通知']), 1.4)
    dt = dshift(c['date'], 14)
    d.kv([('受文者', '本社區全體住戶'), ('開會時間', f"{ds(dt, 0)}（星期{R.choice('日六')}）{R.choice(['上午9時30分', '下午2時', '晚上7時30分'])}"),
          ('開會地點', R.choice(['社區活動中心', '一樓交誼廳', f"{R.choice(LI)}里活動中心"])), ('主持人', f"主任委員 {name()}")])
    d.text('討論事項：')
    for i, t in enumerate(['112年度收支決算及113年度預算審議案。', '社區電梯汰換及修繕費用分攤案。', '中秋節聯誼晚會及敬老活動辦理案。', '管理費調整案（每坪由' + str(R.randint(40, 60)) + '元調整）。', '臨時動議。']):
        d.para(f"{i + 1}. " + t, x=1, hang=1)
    d.para('請各住戶準時出席，如無法出席，請填寫委託書委託他人代理出席。出席人數未達法定人數時，將另行召集。', 0.95)
    d.space(1); d.text(com + '　敬啟', align='r', x=1); d.text(ds(c['date'], 1), align='r', x=1)
    return d

def oos_clinic(c, titled):
    d = Doc(R.choice(['sans', 'wqy']), pt=R.uniform(10.5, 12))
    cl = R.choice(['仁愛', '安康', '博愛', '慈心', '和平']) + R.choice(['診所', '骨科診所', '中醫診所', '眼科診所'])
    d.title(cl, 1.5); d.text('醫療費用收據', 1.2, 'c')
    d.kv([('病患姓名', c['name']), ('身分證號', c['id']), ('就診日期', ds(c['date'], 1)), ('科別', R.choice(['家醫科', '骨科', '中醫科', '眼科'])), ('身分', R.choice(['健保一般', '健保榮民', '健保低收']))])
    reg, part, drug = R.choice([50, 100, 150]), R.choice([50, 0]), R.randint(0, 200)
    d.grid([['^項目', '^金額（元）'], ['掛號費', f'^{reg}'], ['部分負擔', f'^{part}'], ['自費藥品', f'^{drug}'], ['^合計', f'^{reg + part + drug}']])
    d.text(f"院址：{addr(c['city'])}　電話：{phone(c['city'])}", 0.85); d.text('本收據可作為醫療費用列舉扣除之證明，請妥善保存。', 0.85)
    return d

# ---------------------------------------------------------------- registry
T = {
 'house-tax-relief': [('house_form: ruled grid 房屋稅減免申請書 (disaster/public-land/heritage reasons)', house_form),
                      ('house_kv: key-value 自住住家用稅率申請 with declarations & notes', house_kv),
                      ('house_letter: elderly free letter (typhoon damage / shop closed / disabled couple)', house_letter)],
 'land-value-tax-self-use': [('lvt_form: grid with parcel & household-registration tables', lvt_form),
                             ('lvt_kv: key-value 自用住宅用地 form with check declarations', lvt_kv),
                             ('lvt_letter: elderly letter asking for 千分之二 rate', lvt_letter)],
 'vehicle-license-tax-exemption': [('veh_form: ruled grid 身心障礙者使用牌照稅免稅申請書', veh_form),
                                   ('veh_kv: key-value form with statutory statement', veh_kv),
                                   ('veh_letter: family member letter (mother/father disabled)', veh_letter)],
 'deed-tax-declaration': [('deed_form: ruled 契稅申報書 with contract types, parties, agent', deed_form),
                          ('deed_table: party tables + price table (multiple buyers)', deed_table),
                          ('deed_letter: elderly gift letter or 地政士 cover letter', deed_letter)],
 'land-value-increment-tax-declaration': [('lvit_form: grid 土地現值申報書 with parcel value table', lvit_form),
                                          ('lvit_kv: key-value 土地移轉現值 with self-use rate option', lvit_kv),
                                          ('lvit_letter: elderly seller letter asking self-use 10% rate', lvit_letter)],
 'tax-refund-request': [('refund_form: grid 退稅申請書 with bank account', refund_form),
                        ('refund_kv: key-value 重複/溢繳 refund (person or company)', refund_kv),
                        ('refund_letter: elderly letter, paid twice (store + auto-debit)', refund_letter)],
 'appeal-reexamination': [('appeal_form: grid 復查申請書', appeal_form),
                          ('appeal_brief: lawyer-style 書狀 (請求事項/事實及理由/證據/謹呈)', appeal_brief),
                          ('appeal_letter: elderly objection letter naming 復查 in body', appeal_letter)],
 'mailing-address-change': [('addr_form: grid 送達地址變更申請書', addr_form),
                            ('ebill_form: key-value 電子繳款書 (e-mail bill) application', ebill_form),
                            ('addr_letter: elderly moved-in-with-children letter', addr_letter)],
 'installment-or-deferral': [('inst_form: grid 延期或分期繳納申請書', inst_form),
                             ('inst_company_letter: company 函-style request for instalments', inst_company_letter),
                             ('inst_letter: elderly hardship letter', inst_letter)],
 'stamp-tax': [('stamp_form: grid 印花稅彙總繳納申請書', stamp_form),
               ('stamp_table: quarterly 總繳 return table with totals in financial numerals', stamp_table),
               ('stamp_letter: company letter (apply / cancel 總繳 / late stamping)', stamp_letter)],
 'amusement-tax': [('amuse_table: monthly 代徵 return table by ticket price', amuse_table),
                   ('amuse_exempt: grid 慈善義演免徵申請書', amuse_exempt),
                   ('amuse_letter: temple charity-show letter or KTV closure letter', amuse_letter)],
 'official-letter': [('off_std: full 函 layout (檔號, 受文者, 發文字號, 速別, 主旨/說明, 正本/副本)', off_std),
                     ('off_short: 書函 compact layout with agency seal', off_short),
                     ('off_list: 函 with attached 清冊 table (land transfers / debtors / scrapped cars)', off_list)],
 'out-of-scope': [('oos_water: water bill', oos_water), ('oos_job: job application letter', oos_job), ('oos_flyer: restaurant flyer', oos_flyer),
                  ('oos_news: news clipping (tax news / typhoon / fraud)', oos_news), ('oos_bank: bank statement', oos_bank),
                  ('oos_rent: rental contract', oos_rent), ('oos_meeting: residents\' association meeting notice', oos_meeting),
                  ('oos_clinic: clinic receipt', oos_clinic)],
}
LETTERS = {house_letter, lvt_letter, veh_letter, deed_letter, lvit_letter, refund_letter, appeal_letter, addr_letter, inst_letter, stamp_letter, amuse_letter, inst_company_letter}

def taiwanise(doc):
    def sw(x):
        if isinstance(x, str): return x.replace('臺', '台')
        if isinstance(x, list): return [sw(y) for y in x]
        if isinstance(x, tuple): return tuple(sw(y) for y in x)
        return x
    doc.ops = [(n, sw(a), {k: sw(v) for k, v in kw.items()}) for n, a, kw in doc.ops]

def main():
    img_dir, txt_dir = os.path.join(OUT, 'images'), os.path.join(OUT, 'texts')
    os.makedirs(img_dir, exist_ok=True); os.makedirs(txt_dir, exist_ok=True)
    jobs = []
    for li, (lab, tpls) in enumerate(T.items()):
        n = 15 if lab == 'out-of-scope' else 10
        plan = [(tpls[i % len(tpls)], True) for i in range(n)]
        if lab not in ('out-of-scope',):
            want = 3 + (li % 2); have = sum(1 for (t, f), _ in plan if f in LETTERS)
            for i in range(n):
                if have >= want: break
                if plan[i][0][1] not in LETTERS and i % 3 != 2:
                    plan[i] = (plan[i][0], False); have += 1
        jobs += [(lab, t, titled) for t, titled in plan]
    R.shuffle(jobs)
    rows = []
    for k, (lab, (tname, fn), titled) in enumerate(jobs, 1):
        c = ctx(); doc = fn(c, titled)
        if R.random() < 0.3: taiwanise(doc)
        stamp = R.random() < (0.2 if lab == 'out-of-scope' else 0.55)
        p = render(doc, c, stamp)
        img, mode = degrade(p.img)
        ext = 'jpg' if (mode == 'grey' and R.random() < 0.7) else 'png'
        fn_ = f'{k:03d}.{ext}'
        if ext == 'jpg': img.save(os.path.join(img_dir, fn_), quality=R.randint(60, 85))
        else: img.save(os.path.join(img_dir, fn_), optimize=True)
        with open(os.path.join(txt_dir, f'{k:03d}.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(p.lines + p.extra) + '\n')
        tn = tname.split(':')[0] + ('' if titled or fn in LETTERS else '-notitle')
        rows.append((fn_, lab, tn))
        print(k, lab, tn, p.dpi, mode, ext, f'{p.y / p.H:.2f}', flush=True)
    for dd, key in ((img_dir, 0), (txt_dir, 1)):
        with open(os.path.join(dd, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f); w.writerow(['file', 'label', 'template'])
            for fn_, lab, tn in rows: w.writerow([fn_ if key == 0 else fn_.rsplit('.', 1)[0] + '.txt', lab, tn])

if __name__ == '__main__':
    main()
