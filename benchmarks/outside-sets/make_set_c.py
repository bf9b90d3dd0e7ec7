#!/usr/bin/python3
# Independent test set generator: central-Taiwan local tax office documents (seed 3301).
import os, sys, math, random, csv
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops

SEED = 3301
if len(sys.argv) != 2:
    sys.exit('usage: python3 make_set.py OUTDIR  (writes OUTDIR/images and OUTDIR/texts)')
OUT = os.path.abspath(sys.argv[1])
FD = '/usr/share/fonts/'
FONTS = {'sans': (FD + 'opentype/noto/NotoSansCJK-Regular.ttc', 3), 'sansb': (FD + 'opentype/noto/NotoSansCJK-Bold.ttc', 3),
         'serif': (FD + 'opentype/noto/NotoSerifCJK-Regular.ttc', 3), 'serifb': (FD + 'opentype/noto/NotoSerifCJK-Bold.ttc', 3),
         'ming': (FD + 'truetype/arphic/uming.ttc', 2), 'kai': (FD + 'truetype/arphic/ukai.ttc', 2),
         'wqy': (FD + 'truetype/wqy/wqy-microhei.ttc', 0)}
_FC = {}
def F(face, px):
    k = (face, px)
    if k not in _FC:
        p, i = FONTS[face]; _FC[k] = ImageFont.truetype(p, px, index=i)
    return _FC[k]

NOSTART = set('，。、；：）」』？！,.;:)%')

# ----------------------------------------------------------------- renderer
class R:
    def __init__(s, st, rng):
        s.st, s.rng = st, rng
        dpi = st['dpi']; s.dpi = dpi
        s.W, s.H = round(8.27 * dpi), round(11.69 * dpi)
        s.img = Image.new('RGB', (s.W, s.H), (255, 255, 255)); s.d = ImageDraw.Draw(s.img)
        s.ov = Image.new('RGB', (s.W, s.H), (255, 255, 255))
        s.mx = int(dpi * st.get('margin', 0.75)); s.y = int(dpi * rng.uniform(0.55, 0.8))
        s.out, s.tail = [], []
        s.bottom = s.H - int(dpi * 0.55)
        s.lw = max(2, dpi // 100)

    def px(s, pt): return max(10, int(pt * s.dpi / 72 * s.st['scale']))
    def body(s): return s.st['pt']

    def tw(s, t, face, pt, hand=False):
        return F(face, s.px(pt)).getlength(t) * (1.045 if hand else 1.0)

    def text(s, x, y, t, face, pt, hand=False, fill=(0, 0, 0)):
        f = F(face, s.px(pt))
        if not hand:
            s.d.text((x, y), t, font=f, fill=fill); return f.getlength(t)
        cx, sz = x, s.px(pt)
        ink = (20 + s.rng.randint(0, 30), 20 + s.rng.randint(0, 30), 40 + s.rng.randint(0, 50))
        for ch in t:
            s.d.text((cx, y + s.rng.gauss(0, sz * 0.035)), ch, font=f, fill=ink)
            cx += f.getlength(ch) * s.rng.uniform(0.99, 1.06)
        return cx - x

    def wrap(s, t, face, pt, maxw, hand=False):
        lines, cur = [], ''
        for ch in t:
            if ch == '\n':
                lines.append(cur); cur = ''; continue
            if cur and s.tw(cur + ch, face, pt, hand) > maxw and ch not in NOSTART:
                lines.append(cur); cur = ch
            else:
                cur += ch
        lines.append(cur)
        return lines

    def lh(s, pt): return int(s.px(pt) * s.st.get('lsp', 1.55))

    def render(s, blocks):
        st = s.st; bf = st['face']; pt = st['pt']; ff, fh = st['fill'], st['fillhand']
        L, R_ = s.mx, s.W - s.mx
        for b in blocks:
            k = b[0]
            if s.y > s.bottom: s.overflow = True
            if k in ('title', 'center', 'sub', 'right', 'left'):
                t = b[1]; mult = b[2] if len(b) > 2 else {'title': 1.7, 'sub': 0.8}.get(k, 1.0)
                face = b[3] if len(b) > 3 and b[3] else (st['tface'] if k == 'title' else bf)
                hand = st['hand'] and k in ('left', 'right') or (len(b) > 4 and b[4])
                p = pt * mult; w = s.tw(t, face, p, hand)
                x = L if k == 'left' else (R_ - w if k == 'right' else (s.W - w) / 2)
                if k == 'left' and len(b) > 5: x = L + b[5] * (R_ - L)
                s.text(x, s.y, t, face, p, hand); s.out.append(t)
                s.y += int(s.lh(p) * (1.25 if k == 'title' else 1.0))
            elif k == 'para':
                t = b[1]; ind = b[2] if len(b) > 2 else 2
                hand = st['hand']; face = 'kai' if hand else bf
                t = '　' * ind + t
                for ln in s.wrap(t, face, pt, R_ - L, hand):
                    s.text(L, s.y, ln, face, pt, hand); s.out.append(ln.strip('　'))
                    s.y += s.lh(pt)
            elif k == 'gap':
                s.y += int(s.lh(pt) * b[1])
            elif k == 'rule':
                th = b[1] if len(b) > 1 else 1
                s.d.line((L, s.y, R_, s.y), fill=(0, 0, 0), width=s.lw * th); s.y += s.lh(pt) // 3
                if th > 1: s.d.line((L, s.y - s.lh(pt) // 6, R_, s.y - s.lh(pt) // 6), fill=(0, 0, 0), width=s.lw)
            elif k == 'kv':
                pairs, nc = b[1], b[2] if len(b) > 2 else 1
                cw = (R_ - L) / nc
                for i in range(0, len(pairs), nc):
                    row = pairs[i:i + nc]; parts = []
                    for j, (kk, vv) in enumerate(row):
                        x = L + j * cw; w = s.text(x, s.y, kk + '：', bf, pt)
                        vx = x + w + s.px(pt) * 0.3
                        s.text(vx, s.y, vv, ff, pt, fh)
                        s.d.line((vx - 4, s.y + s.px(pt) * 1.25, x + cw - s.px(pt), s.y + s.px(pt) * 1.25), fill=(60, 60, 60), width=max(1, s.lw // 2))
                        parts.append(kk + '：' + vv)
                    s.out.append('　'.join(parts)); s.y += int(s.lh(pt) * 1.15)
            elif k == 'table':
                s.table(b[1], b[2], b[3] if len(b) > 3 else {})
            elif k == 'box':
                p = pt * 0.85; lines = []
                for t in b[1]: lines += s.wrap(t, bf, p, R_ - L - s.px(p) * 2)
                h = len(lines) * s.lh(p) + s.px(p)
                s.d.rectangle((L, s.y, R_, s.y + h), outline=(0, 0, 0), width=s.lw)
                yy = s.y + s.px(p) // 2
                for ln in lines:
                    s.text(L + s.px(p), yy, ln, bf, p); s.out.append(ln); yy += s.lh(p)
                s.y += h + s.lh(pt) // 2
            elif k == 'seal':
                s.seal(b[1], b[2] if len(b) > 2 else 'p')
            elif k == 'stamp':
                s.stamp_spec = b[1:]
            elif k == 'letterhead':
                name, info = b[1], b[2]
                s.text((s.W - s.tw(name, st['tface'], pt * 2)) / 2, s.y, name, st['tface'], pt * 2); s.out.append(name)
                s.y += s.lh(pt * 2)
                for t in info:
                    s.text((s.W - s.tw(t, bf, pt * 0.8)) / 2, s.y, t, bf, pt * 0.8); s.out.append(t); s.y += s.lh(pt * 0.8)
                s.d.line((L, s.y, R_, s.y), fill=(0, 0, 0), width=s.lw * 3)
                s.d.line((L, s.y + s.lw * 5, R_, s.y + s.lw * 5), fill=(0, 0, 0), width=s.lw)
                s.y += s.lh(pt)
            elif k == 'ruled':
                pitch = s.lh(pt)
                yy = s.y + int(s.px(pt) * 1.25)
                while yy < s.bottom:
                    s.d.line((L - s.px(pt), yy, R_ + s.px(pt), yy), fill=(170, 170, 170), width=max(1, s.lw // 2)); yy += pitch
                s.d.line((L - s.px(pt) * 0.6, s.y, L - s.px(pt) * 0.6, s.bottom), fill=(190, 190, 190), width=max(1, s.lw // 2))
        if getattr(s, 'stamp_spec', None): s.stamp(*s.stamp_spec)
        return s.y <= s.bottom + s.lh(pt)

    def table(s, rows, widths, opt):
        st = s.st; bf = st['face']; pt = st['pt'] * opt.get('mult', 1.0)
        L, R_ = s.mx, s.W - s.mx; tot = R_ - L
        xs = [L]
        for w in widths: xs.append(xs[-1] + w * tot)
        pad = s.px(pt) * 0.35; lhh = s.lh(pt) * 0.92
        for ri, row in enumerate(rows):
            cells, ci = [], 0
            for c in row:
                span = 1
                if isinstance(c, tuple): c, span = c
                hand = c.startswith('~'); t = c.lstrip('~')
                face = st['fill'] if hand else bf
                hh = hand and st['fillhand']
                x0, x1 = xs[ci], xs[min(ci + span, len(widths))]
                ln = s.wrap(t, face, pt, x1 - x0 - 2 * pad, hh)
                cells.append((x0, x1, ln, face, hh, t)); ci += span
            nl = max(len(c[2]) for c in cells)
            h = int(nl * lhh + 2 * pad + opt.get('minpad', 0) * s.px(pt))
            hdr = ri < opt.get('header', 0)
            for x0, x1, ln, face, hh, t in cells:
                if hdr: s.d.rectangle((x0, s.y, x1, s.y + h), fill=(225, 225, 225))
                s.d.rectangle((x0, s.y, x1, s.y + h), outline=(0, 0, 0), width=s.lw)
                yy = s.y + pad + (h - 2 * pad - len(ln) * lhh) / 2
                for l in ln:
                    w = s.tw(l, face, pt, hh)
                    x = x0 + pad if (not hdr and (len(ln) > 1 or w > (x1 - x0) * 0.6 or hh or opt.get('left'))) else (x0 + x1 - w) / 2
                    s.text(x, yy, l, face, pt, hh); yy += lhh
            s.out.append(' '.join(c[5] for c in cells if c[5]))
            s.y += h
        s.y += s.lh(st['pt']) // 2

    def _stampimg(s, lines, shape, size):
        im = Image.new('L', (size, size), 0); d = ImageDraw.Draw(im); w = max(3, size // 40)
        if shape == 'circle':
            d.ellipse((w, w, size - w, size - w), outline=255, width=w)
            d.ellipse((w * 4, w * 4, size - w * 4, size - w * 4), outline=255, width=max(2, w // 2))
        elif shape == 'rect':
            d.rectangle((w, size // 5, size - w, size * 4 // 5), outline=255, width=w)
        else:
            d.rectangle((w, w, size - w, size - w), outline=255, width=w)
        return im, d

    def stamp(s, org, date, no=None):
        rng = s.rng; shape = rng.choice(['circle', 'rect', 'circle'])
        size = int(s.dpi * rng.uniform(1.25, 1.6))
        im, d = s._stampimg(None, shape, size)
        if shape == 'rect':
            im = Image.new('L', (int(size * 1.7), size), 0); d = ImageDraw.Draw(im); w = max(3, size // 40)
            d.rectangle((w, size // 6, im.width - w, size * 5 // 6), outline=255, width=w)
        word = rng.choice(['收文', '收件', '收　文'])
        lines = [(org, 0.075), (word, 0.15), (date, 0.085)] + ([('第' + no + '號', 0.07)] if no else [])
        if shape == 'rect': lines = [(org, 0.12), (word + ' ' + date, 0.13)] + ([('第' + no + '號', 0.11)] if no else [])
        th = sum(int(size * f * 1.35) for _, f in lines); y = (size - th) // 2
        face = rng.choice(['sansb', 'serifb', 'ming'])
        for t, f in lines:
            ft = F(face, max(10, int(size * f)))
            while ft.getlength(t) > im.width * 0.85 and ft.size > 10: ft = F(face, ft.size - 2)
            d.text(((im.width - ft.getlength(t)) / 2, y), t, font=ft, fill=255); y += int(size * f * 1.35)
        im = im.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)
        col = rng.choice([(200, 40, 50), (190, 30, 30), (120, 120, 120), (60, 60, 150)])
        x = rng.randint(s.mx, s.W - s.mx - im.width); y = rng.randint(int(s.H * 0.08), max(int(s.H * 0.1), min(s.y, s.H - size) - size // 2))
        fa = rng.uniform(0.75, 0.95)
        s.ov.paste(Image.new('RGB', im.size, col), (x, y), im.point(lambda v: int(v * fa)))
        s.tail += [t for t, _ in lines]

    def seal(s, chars, kind):
        rng = s.rng; n = len(chars)
        size = int(s.dpi * (0.55 if kind == 'p' else 1.1) * rng.uniform(0.9, 1.1))
        im = Image.new('L', (size, size), 0); d = ImageDraw.Draw(im); w = max(3, size // 18)
        d.rectangle((w, w, size - w, size - w), outline=255, width=w)
        nc = max(1, math.ceil(math.sqrt(n))); nr = math.ceil(n / nc)
        cw, chh = (size - 4 * w) / nc, (size - 4 * w) / nr
        ft = F('kai' if kind == 'p' else 'serifb', max(10, int(min(cw, chh) * 0.92)))
        for i, ch in enumerate(chars):
            c, r = i // nr, i % nr
            x = size - 2 * w - (c + 1) * cw + (cw - ft.getlength(ch)) / 2
            d.text((x, 2 * w + r * chh), ch, font=ft, fill=255)
        im = im.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC)
        x = int(s.W - s.mx - size * rng.uniform(1.0, 2.2)); y = max(0, s.y - int(size * rng.uniform(0.9, 1.3)))
        s.ov.paste(Image.new('RGB', im.size, (205, 35, 40)), (x, y), im.point(lambda v: int(v * 0.85)))
        s.out.append(chars)

    def final(s):
        return ImageChops.multiply(s.img, s.ov)

def degrade(img, rng, nrng, st):
    g = img.convert('L')
    g = g.rotate(rng.uniform(-2, 2), resample=Image.BICUBIC, expand=False, fillcolor=255)
    g = g.filter(ImageFilter.GaussianBlur(rng.uniform(0.45, 1.1) * st['dpi'] / 250))
    a = np.asarray(g).astype(np.float32)
    bg = rng.uniform(226, 250); a = a * (bg / 255.0)
    h, w = a.shape
    grad = np.linspace(rng.uniform(-10, 4), rng.uniform(-10, 4), w)[None, :]
    a = a + grad + nrng.normal(0, rng.uniform(2.5, 8), a.shape)
    if rng.random() < 0.3:  # dark scanner edge
        e = rng.randint(8, 40); a[:, :e] *= 0.35
    a = np.clip(a, 0, 255).astype(np.uint8)
    if st['bw']:
        thr = rng.uniform(150, 185); b = np.where(a < thr, 0, 255).astype(np.uint8)
        sp = nrng.random(b.shape) < 0.0004; b[sp] = 0
        return Image.fromarray(b).convert('1')
    return Image.fromarray(a)

# ----------------------------------------------------------------- data helpers
LET = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35, P=23, Q=24, R=25,
           S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)
def pid(rng, letters):
    L = rng.choice(letters); n = LET[L]
    d = [rng.choice([1, 2])] + [rng.randrange(10) for _ in range(7)]
    sm = n // 10 + (n % 10) * 9 + sum(x * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2, 1]))
    return L + ''.join(map(str, d)) + str((10 - sm % 10) % 10)

def ubn(rng):
    while True:
        d = [rng.randrange(10) for _ in range(7)]
        if d[6] == 7 or d[0] == 0: continue
        sm = sum((x * w) // 10 + (x * w) % 10 for x, w in zip(d, [1, 2, 1, 2, 1, 2, 4]))
        return ''.join(map(str, d)) + str((10 - sm % 10) % 10)

FD_ = '零壹貳參肆伍陸柒捌玖'
def _sec(x, lead):
    o, pend = '', False
    for p, u in ((1000, '仟'), (100, '佰'), (10, '拾'), (1, '')):
        q = x // p % 10
        if q == 0:
            if o or lead: pend = True
        else:
            if pend: o += '零'; pend = False
            o += FD_[q] + u
    return o
def fin(n):
    if n == 0: return '零元整'
    yi, wan, ge = n // 10 ** 8, n // 10 ** 4 % 10 ** 4, n % 10 ** 4
    s = ''
    if yi: s += _sec(yi, False) + '億'
    if wan: s += _sec(wan, bool(s)) + '萬'
    if ge: s += _sec(ge, bool(s))
    return s + '元整'

CN = '〇一二三四五六七八九'
def cnum(n):
    if n <= 10: return '十' if n == 10 else CN[n]
    if n < 20: return '十' + CN[n % 10]
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
def rd(d, fmt=None, rng=None):
    y, m, dd = d
    fmt = fmt if fmt is not None else rng.randrange(7)
    return [f'{y}年{m}月{dd}日', f'{y}/{m:02d}/{dd:02d}', f'{y}.{m}.{dd}', f'中華民國{y}年{m}月{dd}日',
            ''.join(CN[int(c)] for c in str(y)) + f'年{cnum(m)}月{cnum(dd)}日', f'{y}年{m:02d}月{dd:02d}日',
            f'中華民國{cnum(y // 100) if y >= 100 else ""}百{cnum(y % 100) if y % 100 >= 10 else "零" + cnum(y % 100)}年{cnum(m)}月{cnum(dd)}日'][fmt]
def rdate(rng, y0=113, y1=114):
    return (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
def dshift(d, days):
    y, m, dd = d; dd += days
    while dd > 28: dd -= 28; m += 1
    while dd < 1: dd += 28; m -= 1
    if m > 12: m -= 12; y += 1
    if m < 1: m += 12; y -= 1
    return (y, m, dd)
def money(n): return f'{n:,}'

SUR = '陳林黃張李王吳劉蔡楊許鄭謝郭洪邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫黎涂龔嚴韓粘'
GIV = '志明俊傑淑芬美玲雅婷家豪建宏宗翰怡君惠珍秀英金龍文雄麗華國榮春嬌阿土添丁月娥素貞正雄明德玉蘭淑惠瑞祥冠宇承恩子涵品妤佳蓉培倫振興錦松秋香'
def pname(rng):
    g = [GIV[i:i + 2] for i in range(0, len(GIV), 2)]
    return rng.choice(SUR) + rng.choice(g)

CO = {
 '臺中市': dict(off='臺中市政府地方稅務局', br=['民權分局', '文心分局', '豐原分局', '大屯分局', '沙鹿分局', '東山分局'], L='BL', tel='(04)2{}-{}',
          d={'北屯區': (['崇德路三段', '文心路四段', '太原路三段', '松竹路二段'], ['平田段', '松竹段', '三光段']),
             '西屯區': (['河南路二段', '福科路', '西屯路三段'], ['港尾段', '上石段']), '南屯區': (['大墩路', '公益路二段', '五權西路二段'], ['寶山段', '鎮平段']),
             '豐原區': (['中正路', '圓環東路', '豐勢路一段'], ['豐原段', '圳寮段']), '大里區': (['國光路二段', '中興路二段', '德芳南路'], ['大里段', '草湖段']),
             '太平區': (['中山路一段', '樹孝路'], ['太平段', '新光段']), '沙鹿區': (['中山路', '四平街'], ['沙鹿段', '鹿峰段']),
             '霧峰區': (['中正路', '林森路'], ['峰東段', '本堂段']), '大甲區': (['順天路', '文武路'], ['大甲段', '日南段']), '東勢區': (['豐勢路', '第一橫街'], ['東勢段'])}),
 '彰化縣': dict(off='彰化縣地方稅務局', br=['員林分局', '北斗分局'], L='N', tel='(04)7{}-{}',
          d={'彰化市': (['中山路二段', '民族路', '中華西路'], ['彰化段', '南郭段']), '員林市': (['中山路一段', '光明街', '員東路二段'], ['大饒段', '南平段', '員東段']),
             '鹿港鎮': (['中山路', '民族路', '彰鹿路八段'], ['頂番婆段', '鹿港段']), '和美鎮': (['彰美路五段', '道周路'], ['和美段', '嘉犁段']),
             '溪湖鎮': (['彰水路二段', '員鹿路'], ['溪湖段', '湖東段']), '北斗鎮': (['斗苑路一段', '中華路'], ['北斗段', '新生段']),
             '二林鎮': (['斗苑路四段', '南光路'], ['二林段', '中西段']), '田中鎮': (['中州路一段', '員集路二段'], ['田中段', '沙崙段']),
             '永靖鄉': (['中山路一段', '永福路二段'], ['永靖段', '湳港段']), '大村鄉': (['中正西路', '山腳路'], ['大村段', '過溝段'])}),
 '南投縣': dict(off='南投縣政府稅務局', br=['埔里分局', '竹山分局'], L='M', tel='(049)2{}-{}',
          d={'南投市': (['中興路', '復興路', '三和三路'], ['南投段', '營南段']), '草屯鎮': (['中正路', '太平路一段', '虎山路'], ['新庄段', '碧山段']),
             '埔里鎮': (['中山路三段', '南昌街', '信義路'], ['枇杷城段', '埔里段']), '竹山鎮': (['集山路三段', '下橫街'], ['竹山段', '延平段']),
             '集集鎮': (['民生路', '八張街'], ['集集段']), '名間鄉': (['彰南路', '中正路'], ['名間段', '松柏嶺段']), '魚池鄉': (['中山路', '日月潭中正路'], ['魚池段', '水社段']),
             '鹿谷鄉': (['中正路一段', '仁義路'], ['鹿谷段', '初鄉段'])}),
 '雲林縣': dict(off='雲林縣稅務局', br=['虎尾分局', '北港分局'], L='P', tel='(05)5{}-{}',
          d={'斗六市': (['大學路三段', '中山路', '雲林路二段'], ['久安段', '斗六段']), '虎尾鎮': (['林森路一段', '光復路', '中正路'], ['惠來厝段', '虎尾段']),
             '西螺鎮': (['延平路', '建興路'], ['新社段', '西螺段']), '北港鎮': (['中山路', '文化路', '大同路'], ['北港段', '後溝段']),
             '斗南鎮': (['延平路一段', '中山路'], ['斗南段', '新崙段']), '土庫鎮': (['中正路', '建國路'], ['土庫段']), '麥寮鄉': (['中山路', '中正路'], ['麥寮段']),
             '莿桐鄉': (['中正路', '光明路'], ['莿桐段', '埔尾段'])}),
}
LI = '中山 中正 光明 福興 新興 仁愛 民生 和平 永安 東興 西河 南興 北勢 頂厝 下庄 溪洲 崙仔 竹圍 山腳 三塊'.split()

def pick_region(rng):
    c = rng.choice(list(CO)); dist = rng.choice(list(CO[c]['d'])); return c, dist
def addr(rng, c=None, dist=None, floor=True):
    if c is None: c, dist = pick_region(rng)
    road = rng.choice(CO[c]['d'][dist][0])
    vil = '里' if dist[-1] in '市區鎮' else '村'
    a = f'{c}{dist}'
    if rng.random() < 0.4: a += f'{rng.choice(LI)}{vil}{rng.randint(1, 28)}鄰'
    a += road
    if rng.random() < 0.4: a += f'{rng.randint(2, 480)}巷'
    if rng.random() < 0.15: a += f'{rng.randint(1, 30)}弄'
    a += f'{rng.randint(1, 399)}號'
    if floor and rng.random() < 0.3: a += f'{rng.randint(2, 15)}樓' + (f'之{rng.randint(1, 6)}' if rng.random() < 0.3 else '')
    return a
def tai(t, rng, p=0.5): return t.replace('臺', '台') if rng.random() < p else t
def tel(rng, c):
    if rng.random() < 0.5: return f'09{rng.randint(10, 89)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}'
    return CO[c]['tel'].format(rng.randint(100, 999), f'{rng.randint(0, 9999):04d}')
def parcel(rng, c, dist, fmt=None):
    sec = rng.choice(CO[c]['d'][dist][1]); sub = rng.choice(['', '', '一小段', '二小段', '三小段'])
    a, b = rng.randint(1, 1800), rng.choice([0, 0, rng.randint(1, 60)])
    fmt = rng.randrange(3) if fmt is None else fmt
    no = [f'{a:04d}-{b:04d}', f'{a}-{b}' if b else f'{a}', f'{a:04d}{b:04d}'][fmt]
    return sec, sub, no
def houseno(rng): return f'{rng.randint(1, 99):02d}' + ''.join(str(rng.randrange(10)) for _ in range(10))
def billno(rng): return ''.join(str(rng.randrange(10)) for _ in range(16))
def plate(rng):
    L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    k = rng.random()
    if k < 0.6: return ''.join(rng.choice(L) for _ in range(3)) + '-' + f'{rng.randint(1, 9999):04d}'
    if k < 0.85: return f'{rng.randint(1000, 9999)}-' + ''.join(rng.choice(L) for _ in range(2))
    return ''.join(rng.choice(L) for _ in range(2)) + '-' + f'{rng.randint(1000, 9999)}'
BANKS = ['臺灣土地銀行', '彰化商業銀行', '第一商業銀行', '合作金庫商業銀行', '臺中商業銀行', '華南商業銀行', '中華郵政', '玉山商業銀行', '國泰世華商業銀行']
def bank(rng, c, dist):
    b = rng.choice(BANKS + [dist + '農會'])
    if b == '中華郵政': return b, f'{dist[:2]}郵局', f'局號{rng.randint(0, 9999999):07d} 帳號{rng.randint(0, 9999999):07d}'
    return b, f'{dist[:2]}分行' if '農會' not in b else '本會', ''.join(str(rng.randrange(10)) for _ in range(rng.choice([12, 13, 14])))
CARS = [('TOYOTA', 'ALTIS', 1798), ('TOYOTA', 'SIENTA', 1496), ('TOYOTA', 'RAV4', 1987), ('HONDA', 'CR-V', 1498), ('NISSAN', 'KICKS', 1498),
        ('MITSUBISHI', 'DELICA', 2351), ('FORD', 'FOCUS', 1497), ('LUXGEN', 'U6', 1798), ('SUZUKI', 'SWIFT', 1242), ('VOLKSWAGEN', 'CADDY', 1968)]
def office(rng, c, branch=None):
    o = CO[c]['off']
    if branch is None: branch = rng.random() < 0.35
    if branch: o += rng.choice(CO[c]['br'])
    return tai(o, rng, 0.3)
def spaced(t): return '　'.join(t)

# ----------------------------------------------------------------- skeletons
class X_:
    pass
def person(rng, c, dist):
    return dict(n=pname(rng), id=pid(rng, CO[c]['L']), a=addr(rng, c, dist), t=tel(rng, c))
ORD = '一二三四五六七八九十'
def head(X, titles, sub=None, generic=None):
    r = X.rng; b = []
    withoff = r.random() < 0.75
    if X.nt:
        if withoff: b.append(('center', X.off, 1.2))
        g = r.choice(generic or ['申　請　書', '臨櫃申請單', '申請書', '綜合申請書', ''])
        if g: b.append(('title', g))
        return b
    t = titles if isinstance(titles, str) else r.choice(titles)
    if withoff and r.random() < 0.3: b.append(('title', X.off + t, 1.35))
    else:
        if withoff: b.append(('center', X.off, 1.2))
        b.append(('title', spaced(t) if len(t) <= 8 and r.random() < 0.45 else t))
    if sub and r.random() < 0.65: b.append(('sub', sub, 0.75))
    return b
def checks(opts, sel):
    return '　'.join(('■' if i == sel else '□') + o for i, o in enumerate(opts))
def signoff(X, role='申請人', p=None, seal=True, date=True, agent=False):
    r = X.rng; p = p or X.p; b = [('gap', 0.4)]
    b.append(('kv', [(role, p['n']), ('身分證統一編號', p['id'])], 2))
    if seal: b.append(('seal', p['n'] + ('印' if len(p['n']) == 3 else '')))
    b.append(('kv', [('住址', p['a'])]))
    b.append(('kv', [('聯絡電話', p['t'])] + ([('代理人', pname(r) + '（地政士）')] if agent else []), 2 if agent else 1))
    if date: b.append(('right', '中華民國　' + rd(X.d, 0).replace('年', '　年　').replace('月', '　月　').replace('日', '　日')))
    return b
def stamp(X, b, p=0.6):
    if X.rng.random() < p:
        b.append(('stamp', X.off, rd(dshift(X.d, X.rng.randint(0, 3)), X.rng.choice([1, 2, 5])), str(X.rng.randint(10000, 999999)).zfill(7) if X.rng.random() < 0.5 else None))
    return b
def letter(X, paras, to=None, role='申請人', salute=None, extra=()):
    r = X.rng; p = X.p; b = []
    if r.random() < 0.6: b.append(('ruled',))
    b.append(('left', salute or r.choice(['敬啟者：', '您好：', f'{tai(X.off, r)}承辦先生/小姐您好：', '稅務局長官鈞鑒：', '各位承辦人員好：'])))
    b += [('para', t) for t in paras]
    if r.random() < 0.7: b += [('left', '　　此致'), ('left', to or tai(X.off, r, 0.7))]
    else: b.append(('left', r.choice(['　　謝謝！', '　　麻煩您了，感謝。', '　　敬祝　平安'])))
    b.append(('gap', 0.5))
    b.append(('right', f'{role}：{p["n"]}' + ('　敬上' if r.random() < 0.4 else '')))
    if r.random() < 0.6: b.append(('seal', p['n'] + ('印' if len(p['n']) == 3 else '')))
    if r.random() < 0.5: b.append(('right', f'身分證字號：{p["id"]}'))
    b.append(('right', f'電話：{p["t"]}'))
    b += list(extra)
    b.append(('right', tai(rd(X.d, r.choice([0, 1, 2, 4])), r)))
    return stamp(X, b, 0.5)
def gongwen(X, org, kind, contact, to, subj, expl, zheng, fu, no, attach='', sign=None, letterhead=False, seal=None):
    r = X.rng; b = []
    if letterhead: b.append(('letterhead', org, contact))
    else:
        b.append(('title', (org + '　' + kind) if kind else org, 1.45))
        for t in contact: b.append(('left', t, 0.8, None, False, 0.45))
    b.append(('left', f'受文者：{to}', 1.15))
    b += [('left', f'發文日期：{rd(X.d, r.choice([3, 3, 6]))}', 0.9), ('left', f'發文字號：{no}', 0.9),
          ('left', f'速別：{r.choice(["普通件", "普通件", "速件", "最速件"])}', 0.9), ('left', '密等及解密條件或保密期限：', 0.9),
          ('left', f'附件：{attach}', 0.9), ('gap', 0.3)]
    b.append(('para', '主旨：' + subj, 0))
    b.append(('left', '說明：'))
    for i, e in enumerate(expl): b.append(('para', f'{ORD[i]}、{e}', 1))
    b += [('gap', 0.3), ('left', '正本：' + zheng, 0.9)]
    if fu: b.append(('left', '副本：' + fu, 0.9))
    if sign: b += [('gap', 0.8), ('center', sign, 1.6, X.st_tface)]
    if seal: b.append(('seal', seal, 'c'))
    return stamp(X, b, 0.75)
def contact_lines(X, c, dist, who=None, a=None):
    r = X.rng; ph = CO[c]['tel'].format(r.randint(100, 999), f'{r.randint(0, 9999):04d}')
    l = [f'地址：{a or addr(r, c, dist, floor=False)}', f'聯絡人：{who or pname(r)}', f'電話：{ph}' + (f'#{r.randint(100, 899)}' if r.random() < 0.5 else '')]
    if r.random() < 0.5: l.append(f'傳真：{tel(r, c)}')
    if r.random() < 0.4: l.append(f'電子信箱：{r.choice(["service", "tax", "office", "acct"])}{r.randint(1, 99)}@{r.choice(["gmail.com", "ms1.hinet.net", "yahoo.com.tw"])}')
    return l
def company(X, kind=None):
    r = X.rng
    pre = r.choice(['宏昇', '永豐', '鼎泰', '裕隆', '彰聯', '中欣', '聯發', '台茂', '南順', '雲興', '協和', '冠霖', '金勝', '大成', '佳美', '匯豐'])
    kind = kind or r.choice(['精密機械股份有限公司', '實業股份有限公司', '紡織股份有限公司', '食品有限公司', '營造股份有限公司', '科技股份有限公司', '襪業有限公司', '茶業有限公司'])
    return dict(n=pre + kind, u=ubn(r), boss=pname(r), a=addr(r, X.c, X.dist, floor=False), t=tel(r, X.c))
def comp_sign(X, co, role='負責人'):
    return [('gap', 0.4), ('kv', [('公司名稱', co['n'])]), ('kv', [('統一編號', co['u']), (role, co['boss'])], 2),
            ('seal', co['n'][:-4] if len(co['n']) > 10 else co['n'], 'c'), ('seal', co['boss'] + ('印' if len(co['boss']) == 3 else '')),
            ('kv', [('地址', co['a'])]), ('kv', [('電話', co['t'])])]
def coletter(X, co, to, subj, expl, attach=''):
    r = X.rng
    info = [f'統一編號：{co["u"]}　地址：{co["a"]}', f'電話：{co["t"]}　傳真：{tel(r, X.c)}']
    no = f'{r.choice(["宏", "總", "管", "財"])}字第{X.d[0]}{r.randint(1, 999):03d}號'
    b = gongwen(X, co['n'], '', info, to, subj, expl, to, '', no, attach, None, True, None)
    b = [x for x in b if x[0] != 'stamp']
    b += [('gap', 0.6), ('right', f'{co["n"]}　負責人　{co["boss"]}'), ('seal', co['n'][:-4] if len(co['n']) > 10 else co['n'], 'c')]
    return stamp(X, b, 0.7)

# ----------------------------------------------------------------- house-tax-relief
HTR = [('自住房屋（本人、配偶或直系親屬實際居住使用）', '本屋自{y}年{m}月起由本人及家屬居住使用，戶籍已遷入，未出租亦未供營業使用，請准按自住房屋稅率課徵。'),
       ('房屋受災毀損', '{y}年{m}月颱風豪雨造成屋頂鐵皮掀落、後側牆面倒塌，損毀面積約達三成以上，請准予減徵房屋稅。'),
       ('公共設施保留地上房屋', '本屋坐落於都市計畫公共設施保留地（道路用地），仍供自住使用，請依規定免徵房屋稅。'),
       ('營業用改為住家用', '一樓原供雜貨店營業，已於{y}年{m}月辦理歇業，現改作住家使用，請改按住家用稅率課徵。'),
       ('火災毀損不堪居住', '{y}年{m}月鄰屋失火延燒，本屋二樓以上燒毀，經消防局出具火災證明，已不堪居住，請准予免徵。')]
def htr_grid(X):
    r = X.rng; k = r.randrange(len(HTR)); y, m = X.d[0], r.randint(1, X.d[1])
    b = head(X, ['房屋稅減免申請書', '房屋稅減免暨自住房屋稅率申請書', '房屋稅減免申請書'], 'Application for House Tax Reduction / Exemption')
    b.append(('right', f'收件編號：{r.randint(100000, 999999)}', 0.8))
    rows = [['納稅義務人', '~' + X.p['n'], '身分證統一編號', '~' + X.p['id']],
            ['房屋坐落', ('~' + addr(r, X.c, X.dist), 3)],
            ['房屋稅籍編號', '~' + houseno(r), '持分', '~' + r.choice(['全部', '1/2', '1/3', '2/5'])],
            ['申請事由', (checks([h[0] for h in HTR], k), 3)],
            ['事實說明', ('~' + HTR[k][1].format(y=y, m=m), 3)],
            ['附繳證件', (r.choice(['戶口名簿影本、建物所有權狀影本', '照片三張、里長證明', '火災證明書影本、照片', '歇業核准函影本、水電費收據']), 3)],
            ['聯絡電話', '~' + X.p['t'], '申請日期', '~' + rd(X.d, rng=r)]]
    b.append(('table', rows, [0.18, 0.32, 0.18, 0.32], {'minpad': 0.3}))
    b.append(('box', ['注意事項：一、申請減免應於事實發生之日起三十日內為之。二、自住房屋應無出租或供營業使用，且本人、配偶及未成年子女全國合計三戶以內。三、本申請書填寫不實者，應依法補徵稅款。']))
    return stamp(X, b + signoff(X))
def htr_kv(X):
    r = X.rng; y = X.d[0]
    b = head(X, ['自住房屋稅率申請書', '房屋稅按自住房屋稅率課徵申請書', '住家用房屋稅率申請書'], 'House Tax: Self-Use Residential Rate')
    b.append(('left', '一、申請人資料', 1.05))
    b.append(('kv', [('納稅義務人', X.p['n']), ('身分證統一編號', X.p['id'])], 2))
    b.append(('kv', [('通訊地址', X.p['a'])]))
    b.append(('left', '二、房屋資料', 1.05))
    for i in range(r.randint(1, 2)):
        b.append(('kv', [('房屋稅籍編號', houseno(r)), ('使用面積', f'{r.randint(60, 220)}.{r.randint(10, 99)}㎡')], 2))
        b.append(('kv', [('房屋坐落', addr(r, X.c, X.dist))]))
    b.append(('left', '三、居住情形', 1.05))
    b.append(('left', checks(['本人', '配偶', '直系親屬'], r.randrange(3)) + f'　設籍人：{pname(r)}'))
    b.append(('para', f'本人、配偶及未成年子女全國合計持有自住房屋未超過三戶，上開房屋自{y}年{r.randint(1, 6)}月起無出租、無供營業使用，申請自{y}年{r.choice([7, 8])}月起按自住房屋稅率課徵房屋稅。如有不實，願依房屋稅條例規定補繳稅款。'))
    b += signoff(X)
    return stamp(X, b)
def htr_letter(X):
    r = X.rng; p = X.p; hn = houseno(r); a = tai(addr(r, X.c, X.dist), r)
    ev = r.choice([f'今年{cnum(r.randint(7, 9))}月颱風來的時候，我家後面的鐵皮屋頂整片被風吹走，二樓淹水，牆壁也裂開',
                   f'{X.d[0]}年{r.randint(1, 6)}月隔壁工廠失火，火勢延燒到我家，二樓和三樓都燒壞了',
                   '去年地震之後房子一直漏水，後面廚房的牆倒了一半，目前全家暫時住在親戚家'])
    paras = [f'我是{a}房屋的所有權人{p["n"]}，房屋稅籍編號{hn}。{ev}，現在沒有辦法住人。',
             r.choice(['聽鄰長說房子受災損壞可以申請房屋稅減免，所以寫這封信向貴局申請，請派人來現場看一下，照片附在後面。',
                       '里長說損壞超過一半可以免繳房屋稅，麻煩貴局幫忙看看能不能減少今年的房屋稅，相關照片和消防局證明一併附上。']),
             r.choice(['我年紀大了不太會填表格，有問題請打電話給我兒子', '白天在田裡工作，請晚上打電話聯絡', '如果需要補什麼資料請通知我']) + f'，電話{tel(r, X.c)}。']
    return letter(X, paras)
def htr_table(X):
    r = X.rng; n = r.randint(3, 5)
    b = [('center', X.off, 1.2)] if r.random() < 0.6 else []
    b.append(('title', '申請房屋使用情形變更清冊' if X.nt else r.choice(['房屋稅減免申請清冊', '房屋稅自住稅率申請明細表']), 1.4))
    b.append(('para', f'申請人{X.p["n"]}所有下列房屋，自{X.d[0]}年{r.randint(1, 6)}月起使用情形如下，請依房屋稅條例第5條、第15條規定核定稅率或減免：', 0))
    rows = [['編號', '房屋稅籍編號', '門牌', '面積(㎡)', '使用情形', '申請項目']]
    for i in range(n):
        rows.append([str(i + 1), '~' + houseno(r), '~' + addr(r, X.c, X.dist)[3:], '~' + f'{r.randint(40, 180)}.{r.randint(1, 99):02d}',
                     '~' + r.choice(['本人自住', '父母居住', '子女設籍居住', '閒置']), '~' + r.choice(['自住稅率', '自住稅率', '毀損減半', '住家用稅率'])])
    b.append(('table', rows, [0.07, 0.2, 0.34, 0.11, 0.14, 0.14], {'header': 1}))
    b.append(('para', '以上房屋均無出租或供營業使用，所填屬實。', 0))
    return stamp(X, b + signoff(X))

# ----------------------------------------------------------------- land-value-tax-self-use
def _parcels(X, n):
    r = X.rng; out = []
    for _ in range(n):
        sec, sub, no = parcel(r, X.c, X.dist)
        out.append((X.dist, sec, sub, no, f'{r.randint(30, 420)}.{r.randint(0, 99):02d}', r.choice(['全部', '1/2', '1/4', '1/3', '12/100'])))
    return out
def lvt_grid(X):
    r = X.rng
    b = head(X, ['地價稅自用住宅用地申請書', '地價稅自用住宅用地稅率申請書', '申請適用地價稅特別稅率用地（自用住宅用地）申請書'], 'Application for Self-Use Residential Land Rate (Land Value Tax)')
    b.append(('kv', [('土地所有權人', X.p['n']), ('身分證統一編號', X.p['id'])], 2))
    b.append(('kv', [('戶籍地址', X.p['a'])]))
    rows = [['鄉鎮市區', '段', '小段', '地號', '面積(㎡)', '權利範圍']] + [['~' + a, '~' + bb, '~' + c, '~' + d, '~' + e, '~' + f] for a, bb, c, d, e, f in _parcels(X, r.randint(1, 3))]
    b.append(('table', rows, [0.16, 0.16, 0.13, 0.2, 0.17, 0.18], {'header': 1}))
    rows = [['地上建物門牌', ('~' + addr(r, X.c, X.dist), 3)],
            ['設籍人姓名', '~' + pname(r), '與所有權人關係', '~' + r.choice(['本人', '配偶', '長子', '母', '次女'])],
            ['出租或營業情形', (checks(['無出租、無營業', '部分出租', '部分營業'], 0), 3)]]
    b.append(('table', rows, [0.2, 0.3, 0.2, 0.3]))
    b.append(('para', '本人所有上開土地，地上房屋為本人或配偶、直系親屬所有，並於該地辦竣戶籍登記，無出租或供營業用，申請依土地稅法第九條、第十七條規定按千分之二稅率課徵地價稅。', 2))
    b.append(('box', ['說明：一、地價稅以每年八月三十一日為納稅義務基準日，申請適用特別稅率之期限為九月二十二日前。二、都市土地面積以三公畝、非都市土地以七公畝為限。']))
    return stamp(X, b + signoff(X))
def lvt_kv(X):
    r = X.rng; (d, sec, sub, no, area, sh) = _parcels(X, 1)[0]
    b = head(X, ['地價稅按自用住宅用地稅率課徵申請書', '自用住宅用地申請書'], 'Land Value Tax – Self-Use Residential Land')
    b += [('kv', [('申請人（土地所有權人）', X.p['n'])]), ('kv', [('身分證統一編號', X.p['id']), ('電話', X.p['t'])], 2),
          ('kv', [('土地坐落', f'{X.c}{d}{sec}{sub}{no}地號')]), ('kv', [('面積', area + '平方公尺'), ('權利範圍', sh)], 2),
          ('kv', [('房屋門牌', addr(r, X.c, X.dist))]), ('kv', [('房屋所有權人', r.choice([X.p['n'], pname(r)])), ('設籍人', pname(r))], 2),
          ('left', '申請人聲明事項：'),
          ('left', '■該地上房屋無出租　■無供營業使用　■設籍人為本人、配偶或直系親屬'),
          ('left', checks(['本人、配偶及未成年受扶養親屬以一處為限', '非第一處（已有他處適用）'], 0)),
          ('para', '以上所填屬實，如有不實願補繳稅款並受罰。', 2)]
    return stamp(X, b + signoff(X))
def lvt_letter(X):
    r = X.rng; (d, sec, sub, no, area, sh) = _parcels(X, 1)[0]
    who = r.choice(['我兒子', '我女兒和女婿', '我跟太太', '我媽媽'])
    paras = [f'我在{tai(X.c, r)}{d}{sec}{sub}{no}地號有一塊地，面積大約{area}平方公尺，{r.choice(["以前是種稻子", "原本是種檳榔", "原來是鐵皮倉庫"])}，{X.d[0] - 1}年蓋好透天厝，{who}已經把戶籍遷進去住了。',
             f'今年收到地價稅單還是照一般稅率算，聽代書說自己住的可以用千分之二的自用住宅稅率，所以寫信申請，請幫我改成自用住宅用地。',
             '房子沒有租給別人，也沒有做生意，戶口名簿影本和建物所有權狀影本附在裡面。']
    return letter(X, paras)
def lvt_table(X):
    r = X.rng; ps = _parcels(X, r.randint(3, 6))
    b = [('center', X.off, 1.1)] if r.random() < 0.5 else []
    b.append(('title', '土地清冊' if X.nt else r.choice(['自用住宅用地土地清冊', '地價稅自用住宅用地申請土地明細表']), 1.35))
    b.append(('kv', [('所有權人', X.p['n']), ('身分證統一編號', X.p['id'])], 2))
    rows = [['序', '地段', '地號', '面積(㎡)', '權利範圍', '地上建物門牌', '設籍人']]
    for i, (d, sec, sub, no, area, sh) in enumerate(ps):
        rows.append([str(i + 1), '~' + d + sec + sub, '~' + no, '~' + area, '~' + sh, '~' + addr(r, X.c, X.dist)[6:], '~' + pname(r)])
    b.append(('table', rows, [0.05, 0.2, 0.13, 0.11, 0.1, 0.29, 0.12], {'header': 1, 'mult': 0.9}))
    b.append(('para', '上列土地地上房屋均供本人及直系親屬居住，無出租或營業，請依土地稅法第9條、第17條規定改按自用住宅用地稅率課徵地價稅。', 0))
    return stamp(X, b + signoff(X, agent=r.random() < 0.5))

# ----------------------------------------------------------------- vehicle-license-tax-exemption
DIS = ['肢體障礙', '視覺障礙', '第七類（神經、肌肉、骨骼之移動相關構造及其功能）', '第一類（神經系統構造及精神、心智功能）', '多重障礙']
def _car(X):
    r = X.rng; b, m, cc = r.choice(CARS); return dict(pl=plate(r), b=b, m=m, cc=cc, y=r.randint(2012, 2024))
def vlt_grid(X):
    r = X.rng; car = _car(X); dp = person(r, X.c, X.dist) if r.random() < 0.6 else X.p
    rel = '本人' if dp is X.p else r.choice(['配偶', '父', '母', '子', '女', '同一戶籍之兄'])
    b = head(X, ['身心障礙者使用牌照稅免稅申請書', '使用牌照稅免稅申請書', '身心障礙者專用車輛免徵使用牌照稅申請書'], 'Application for Vehicle License Tax Exemption (Persons with Disabilities)')
    rows = [['車主姓名', '~' + X.p['n'], '身分證統一編號', '~' + X.p['id']],
            ['車牌號碼', '~' + car['pl'], '廠牌／型式', '~' + f'{car["b"]} {car["m"]}'],
            ['汽缸總排氣量', '~' + f'{car["cc"]} c.c.', '出廠年份', '~' + str(car['y'])],
            ['身心障礙者姓名', '~' + dp['n'], '身分證統一編號', '~' + dp['id']],
            ['障礙類別／等級', ('~' + r.choice(DIS) + '／' + r.choice(['輕度', '中度', '重度', '極重度']), 3)],
            ['證明有效期限', '~' + rd(rdate(r, 115, 119), 1), '與車主關係', '~' + rel],
            ['申請項目', (checks(['新申請', '換車重新申請', '車主變更'], r.randrange(3)), 3)]]
    b.append(('table', rows, [0.2, 0.3, 0.2, 0.3], {'minpad': 0.3}))
    b.append(('box', ['一、每一身心障礙者以一輛為限，汽缸排氣量2,400c.c.以下免徵；超過部分仍應課徵。', '二、車輛非由身心障礙者本人所有者，應由其配偶或同一戶籍二親等以內親屬所有。', '三、附身心障礙證明、行車執照及戶口名簿影本。']))
    return stamp(X, b + signoff(X))
def vlt_kv(X):
    r = X.rng; car = _car(X)
    b = head(X, ['使用牌照稅免徵申請書', '身障車輛使用牌照稅免稅申請表'], 'Vehicle License Tax Exemption')
    b += [('kv', [('車號', car['pl']), ('排氣量', f'{car["cc"]}cc')], 2), ('kv', [('廠牌', car['b']), ('車種', r.choice(['自用小客車', '自用小貨車', '機車']))], 2),
          ('kv', [('車主', X.p['n']), ('身分證字號', X.p['id'])], 2), ('kv', [('戶籍地址', X.p['a'])]),
          ('kv', [('身障者', pname(r)), ('證明字號', f'{X.c[:2]}字第{r.randint(100000, 999999)}號')], 2),
          ('left', '車主與身障者關係：' + checks(['本人', '配偶', '同戶籍二親等親屬', '監護人'], r.randrange(4))),
          ('left', '切結事項：', 1.05),
          ('para', '本車確供身心障礙者使用，如有移作他用或身障者死亡、證明失效等情事，願於三十日內向貴局申報並補繳稅款。', 2)]
    return stamp(X, b + signoff(X, role='車主'))
def vlt_letter(X):
    r = X.rng; old, new = _car(X), _car(X); who = r.choice(['我爸爸', '我媽媽', '我先生', '我兒子'])
    paras = [f'{who}是{r.choice(["中度", "重度"])}肢體障礙，有身心障礙證明，原本車號{old["pl"]}的車子已經申請使用牌照稅免稅。',
             f'因為舊車開了十幾年常常故障，已經在{X.d[0]}年{X.d[1]}月報廢，另外買了一台{new["b"]}新車，車號{new["pl"]}，排氣量{new["cc"]}cc，登記在我名下，我和{who}同一個戶籍。',
             '請將免徵使用牌照稅改到新車，身障證明、新車行照和戶口名簿影本都附上，謝謝。']
    return letter(X, paras)
def vlt_org(X):
    r = X.rng; car = _car(X)
    co = company(X, r.choice(['社會福利基金會', '身心障礙者關懷協會', '啟智教養院']))
    co['n'] = tai(X.c, r) + co['n']
    subj = f'本會{r.choice(["購置", "受贈"])}{r.choice(["復康巴士", "身障者接送專用車", "交通車"])}乙輛（車號{car["pl"]}），專供接送身心障礙服務對象使用，請惠予免徵使用牌照稅，請查照。'
    expl = [f'依使用牌照稅法第七條第一項第八款規定辦理。', f'該車為{car["b"]}廠牌，排氣量{car["cc"]}c.c.，行車執照登記日期{rd(dshift(X.d, -10), 2)}，車身標示本會名稱。',
            '檢附財團法人登記證書、行車執照及車輛照片影本各一份。']
    return coletter(X, co, tai(X.off, r), subj, expl, '如說明三')

# ----------------------------------------------------------------- deed-tax-declaration
CK = [('買賣', 6), ('贈與', 6), ('交換', 2), ('分割', 2), ('典權', 4), ('占有', 6)]
def _deed(X):
    r = X.rng; k = r.choice([0, 0, 0, 1, 1, 2, 3, 4]); val = r.randint(180, 2600) * 1000
    return dict(k=k, kind=CK[k][0], rate=CK[k][1], val=val, tax=val * CK[k][1] // 100, hn=houseno(r), a=addr(r, X.c, X.dist),
                cd=dshift(X.d, -r.randint(3, 25)), seller=person(r, X.c, X.dist), area=f'{r.randint(60, 260)}.{r.randint(0, 99):02d}')
def dt_grid(X):
    r = X.rng; D = _deed(X)
    b = head(X, ['契稅申報書', '契稅申報書', '房屋契稅申報書'], 'Deed Tax Return', ['申　報　書', '房屋移轉申報書', ''])
    b.append(('right', f'收件字號：{X.d[0]}{r.choice(["契", "稅", "收"])}字第{r.randint(1000, 99999)}號', 0.8))
    rows = [['契約種類', (checks([k for k, _ in CK], D['k']), 3)],
            ['房屋坐落', ('~' + D['a'], 3)],
            ['房屋稅籍編號', '~' + D['hn'], '面積(㎡)', '~' + D['area']],
            ['移轉價格（契價）', '~新臺幣' + money(D['val']) + '元', '權利範圍', '~' + r.choice(['全部', '1/2', '全部'])],
            ['立契日期', '~' + rd(D['cd'], rng=r), '申報日期', '~' + rd(X.d, rng=r)],
            ['新所有權人（承受人）', '~' + X.p['n'], '身分證統一編號', '~' + X.p['id']],
            ['承受人住址', ('~' + X.p['a'], 3)],
            ['原所有權人（出賣人）', '~' + D['seller']['n'], '身分證統一編號', '~' + D['seller']['id']],
            ['代理人', '~' + pname(r) + '　地政士', '證書字號', '~' + f'({X.d[0] - r.randint(3, 20)})台內地登字第{r.randint(10000, 99999)}號']]
    b.append(('table', rows, [0.2, 0.3, 0.2, 0.3], {'minpad': 0.25}))
    b.append(('box', ['一、不動產之買賣、承典、交換、贈與、分割或因占有而取得所有權者，應於契約成立之日起三十日內申報契稅。', '二、買賣契稅為其契價百分之六，典權契稅為百分之四，交換及分割契稅為百分之二。']))
    return stamp(X, b + signoff(X, role='申報人'))
def dt_kv(X):
    r = X.rng; D = _deed(X)
    b = head(X, [f'契稅申報書（{D["kind"]}）', '房屋契稅申報書'], 'Deed Tax Declaration')
    b += [('kv', [('申報人', X.p['n']), ('身分證統一編號', X.p['id'])], 2), ('kv', [('通訊地址', X.p['a'])]),
          ('kv', [('房屋標示', D['a'])]), ('kv', [('稅籍編號', D['hn']), ('契約種類', D['kind'])], 2),
          ('kv', [('契價', f'{fin(D["val"])}（NT${money(D["val"])}）')]),
          ('kv', [('立約日期', rd(D['cd'], 2)), ('稅率', f'{D["rate"]}%')], 2),
          ('kv', [('義務人（原所有權人）', D['seller']['n'] + '　' + D['seller']['id'])]),
          ('left', '附件：■公定契紙　■建物所有權狀影本　□法院判決書　□遺產分割協議書'),
          ('para', '上列房屋確於上開日期立約移轉，檢同契約文件申報契稅，請核發繳款書。', 2)]
    return stamp(X, b + signoff(X, role='申報人', agent=True))
def _agent(X):
    r = X.rng; n = pname(r)
    co = dict(n=f'{n}地政士事務所', u=ubn(r), boss=n, a=addr(r, X.c, X.dist, floor=False), t=tel(r, X.c))
    return co
def dt_agent(X):
    r = X.rng; D = _deed(X); co = _agent(X)
    subj = f'檢送委任人{X.p["n"]}承受{D["a"]}房屋（稅籍編號{D["hn"]}）{D["kind"]}移轉之申報書件乙份，請核發契稅繳款書，請查照。'
    expl = [f'上開房屋於{rd(D["cd"], 0)}訂立{D["kind"]}契約，移轉價格新臺幣{money(D["val"])}元，原所有權人{D["seller"]["n"]}。',
            '依契稅條例第十六條規定，於契約成立之日起三十日內申報。', '檢附公定契紙、委任書、雙方身分證影本及建物所有權狀影本各乙份。',
            f'繳款書請交本事務所{r.choice(["領取", "轉交"])}，聯絡電話{co["t"]}。']
    return coletter(X, co, tai(X.off, r), subj, expl, '如說明三')
def dt_table(X):
    r = X.rng; co = _agent(X)
    b = [('letterhead', co['n'], [f'地址：{co["a"]}　電話：{co["t"]}'])]
    b.append(('title', '送件清單' if X.nt else '契稅申報案件送件清冊', 1.3))
    b.append(('left', f'送件日期：{rd(X.d, 1)}　受理機關：{X.off}'))
    rows = [['序號', '申報人', '房屋坐落', '契約種類', '契價(元)', '立契日期']]
    for i in range(r.randint(3, 6)):
        D = _deed(X); rows.append([str(i + 1), pname(r), D['a'][3:], D['kind'], money(D['val']), rd(D['cd'], 1)])
    b.append(('table', rows, [0.07, 0.12, 0.37, 0.11, 0.15, 0.18], {'header': 1, 'mult': 0.9}))
    b.append(('para', '以上各案契稅申報書及附件均已備齊，敬請惠予受理並核發繳款書。', 0))
    b += [('gap', 0.5), ('right', f'送件人：{co["boss"]}　地政士'), ('seal', co['boss'] + '印')]
    return stamp(X, b, 0.8)

# ----------------------------------------------------------------- land-value-increment-tax-declaration
def lvit_grid(X):
    r = X.rng; buyer = person(r, X.c, X.dist); ps = _parcels(X, r.randint(1, 3))
    b = head(X, ['土地增值稅（土地現值）申報書', '土地現值申報書', '土地增值稅申報書'], 'Land Value Increment Tax Return', ['申　報　書', '土地移轉申報書', ''])
    b.append(('left', '移轉原因：' + checks(['買賣', '贈與', '拍賣', '交換', '共有物分割'], r.choice([0, 0, 1, 4]))))
    rows = [['地段／地號', '面積(㎡)', '權利範圍', '申報移轉現值(元/㎡)', '前次移轉現值或原規定地價']]
    for d, sec, sub, no, area, sh in ps:
        rows.append(['~' + sec + sub + no, '~' + area, '~' + sh, '~' + money(r.randint(8, 90) * 1000 + r.randint(0, 9) * 100),
                     '~' + f'{r.randint(65, 105)}年{r.randint(1, 12)}月 {money(r.randint(1, 30) * 500)}元/㎡'])
    b.append(('table', rows, [0.22, 0.13, 0.13, 0.22, 0.3], {'header': 1}))
    rows = [['義務人（出賣人）', '~' + X.p['n'], '~' + X.p['id'], ('~' + X.p['a'], 2)],
            ['權利人（買受人）', '~' + buyer['n'], '~' + buyer['id'], ('~' + buyer['a'], 2)]]
    b.append(('table', rows, [0.2, 0.14, 0.18, 0.24, 0.24]))
    b.append(('left', '申請按自用住宅用地稅率課徵：' + checks(['是（一生一次）', '是（一生一屋）', '否'], r.randrange(3))))
    b.append(('left', f'契約訂立日期：{rd(dshift(X.d, -r.randint(2, 25)), 5)}　　申報日期：{rd(X.d, 5)}'))
    b.append(('box', ['依土地稅法第四十九條規定，土地所有權移轉應於訂定契約之日起三十日內申報土地移轉現值。申報現值低於公告土地現值者，主管機關得照價收買或以公告現值為準。']))
    return stamp(X, b + signoff(X, role='義務人', agent=r.random() < 0.6))
def lvit_kv(X):
    r = X.rng; (d, sec, sub, no, area, sh) = _parcels(X, 1)[0]; buyer = person(r, X.c, X.dist)
    b = head(X, ['土地移轉現值申報書', '土地增值稅申報書（自用住宅用地）'], 'Declaration of Current Land Value on Transfer')
    v = r.randint(20, 120) * 1000
    b += [('kv', [('土地坐落', f'{X.c}{d}{sec}{sub}{no}地號')]), ('kv', [('面積', area + '㎡'), ('移轉權利範圍', sh)], 2),
          ('kv', [('申報現值', f'每平方公尺新臺幣{money(v)}元'), ('公告現值', f'{money(v)}元/㎡')], 2),
          ('kv', [('原規定地價或前次移轉現值', f'{r.randint(70, 108)}年{r.randint(1, 12)}月，每平方公尺{money(r.randint(2, 40) * 500)}元')]),
          ('kv', [('土地所有權人（義務人）', X.p['n']), ('統一編號', X.p['id'])], 2),
          ('kv', [('取得權利人', buyer['n']), ('統一編號', buyer['id'])], 2),
          ('left', '地上房屋：' + checks(['有，供自用住宅使用', '有，出租', '無（空地）'], r.randrange(3))),
          ('left', '適用稅率：' + checks(['一般用地稅率', '自用住宅用地稅率（10%）'], r.randrange(2))),
          ('para', '申報人保證以上所填資料屬實，如有虛偽不實，願負法律責任。', 2)]
    return stamp(X, b + signoff(X, role='申報人'))
def lvit_letter(X):
    r = X.rng; (d, sec, sub, no, area, sh) = _parcels(X, 1)[0]
    paras = [f'我的土地在{tai(X.c, r)}{d}{sec}{no}地號，{X.d[0]}年{X.d[1]}月賣給{pname(r)}先生，代書已經幫我送土地現值申報書。',
             f'這塊地上面是我住了{r.randint(15, 40)}年的老家，戶籍一直都在這裡，也沒有出租。聽說自己住的房子土地賣掉，一輩子可以用一次百分之十的自用住宅稅率繳土地增值稅，我以前從來沒有用過。',
             '請幫我把土地增值稅改用自用住宅用地稅率計算，戶籍謄本跟房屋稅單影本附在後面。如果要補文件請跟代書或是我聯絡。']
    return letter(X, paras)
def lvit_agent(X):
    r = X.rng; co = _agent(X); ps = _parcels(X, r.randint(2, 4)); buyer = pname(r)
    b = [('letterhead', co['n'], [f'地址：{co["a"]}', f'電話：{co["t"]}　統一編號：{co["u"]}'])]
    b.append(('left', f'受文者：{tai(X.off, r)}', 1.1))
    b.append(('left', f'日期：{rd(X.d, 3)}'))
    b.append(('para', f'主旨：檢送委任人{X.p["n"]}出售土地予{buyer}之移轉現值申報資料，請核發土地增值稅繳款書。', 0))
    rows = [['地段', '地號', '面積(㎡)', '權利範圍', '申報現值(元/㎡)']] + [[d + sec + sub, no, area, sh, money(r.randint(9, 95) * 1000)] for d, sec, sub, no, area, sh in ps]
    b.append(('table', rows, [0.3, 0.18, 0.16, 0.14, 0.22], {'header': 1}))
    b.append(('para', f'說明：本案買賣契約訂立於{rd(dshift(X.d, -r.randint(3, 20)), 0)}，{r.choice(["義務人申請按一般稅率課徵", "義務人另申請適用自用住宅用地稅率，戶籍資料如附件"])}。附件：土地買賣契約書影本、委任書、身分證影本。', 0))
    b += [('gap', 0.5), ('right', f'代理人：{co["boss"]}　地政士'), ('seal', co['boss'] + '印')]
    return stamp(X, b, 0.8)

# ----------------------------------------------------------------- tax-refund-request
TAXES = ['房屋稅', '地價稅', '使用牌照稅', '契稅', '土地增值稅', '娛樂稅']
RR = ['重複繳納', '溢繳稅款', '減免核准後退還', '核定錯誤更正', '車輛報廢後溢繳']
def tr_grid(X):
    r = X.rng; tx = r.choice(TAXES[:4]); amt = r.randint(800, 58000); bk = bank(r, X.c, X.dist)
    b = head(X, ['退稅申請書', '地方稅退稅申請書', '稅款退還申請書'], 'Tax Refund Application')
    rows = [['申請人', '~' + X.p['n'], '身分證統一編號', '~' + X.p['id']],
            ['稅目', '~' + tx, '課稅年度／期別', '~' + f'{X.d[0] - r.randint(0, 1)}年{r.choice(["", "上期", "全期"])}'],
            ['繳款書編號', ('~' + billno(r), 3)],
            ['繳納日期', '~' + rd(dshift(X.d, -r.randint(5, 40)), 1), '已繳金額', '~' + money(amt) + '元'],
            ['申請退還金額', ('~' + f'新臺幣{fin(amt if r.random() < 0.5 else amt // 2)}', 3)],
            ['退稅原因', (checks(RR, r.randrange(len(RR))), 3)],
            ['退款方式', (checks(['匯入本人帳戶', '臨櫃領取支票', '抵繳其他欠稅'], 0), 3)],
            ['金融機構', '~' + bk[0] + ' ' + bk[1], '帳號', '~' + bk[2]]]
    b.append(('table', rows, [0.2, 0.3, 0.2, 0.3], {'minpad': 0.3}))
    b.append(('box', ['依稅捐稽徵法第二十八條規定，因適用法令、認定事實、計算或其他原因之錯誤，致溢繳稅款者，得自繳納之日起十年內提出具體證明申請退還。', '請檢附存摺封面影本。']))
    return stamp(X, b + signoff(X))
def tr_kv(X):
    r = X.rng; tx = r.choice(TAXES); amt = r.randint(500, 120000); bk = bank(r, X.c, X.dist)
    b = head(X, ['溢繳稅款退還申請書', '申請退還溢繳稅款', '退稅申請表'], 'Refund of Overpaid Tax')
    b += [('kv', [('納稅義務人', X.p['n']), ('身分證／統一編號', X.p['id'])], 2), ('kv', [('地址', X.p['a'])]),
          ('kv', [('稅目', tx), ('稅籍編號', houseno(r) if tx != '使用牌照稅' else plate(r))], 2),
          ('kv', [('繳款書號碼', billno(r))]), ('kv', [('溢繳金額', f'NT${money(amt)}'), ('繳納日', rd(dshift(X.d, -r.randint(5, 60)), 2))], 2),
          ('para', '溢繳原因：' + r.choice(['同一期稅款於超商及約定帳戶扣繳重複繳納。', '房屋已於期限前申請減免並經核准，原已繳稅款應退還差額。', '車輛於期中報廢，按日計算應退還未使用期間稅款。']), 0),
          ('left', '退稅匯款帳戶（限申請人本人）', 1.05),
          ('kv', [('銀行', bk[0]), ('分行', bk[1])], 2), ('kv', [('帳號', bk[2]), ('戶名', X.p['n'])], 2)]
    return stamp(X, b + signoff(X))
def tr_letter(X):
    r = X.rng; tx = r.choice(['房屋稅', '地價稅', '牌照稅']); amt = r.randint(1200, 18000); bk = bank(r, X.c, X.dist)
    paras = [f'我是{X.p["n"]}，今年的{tx}{money(amt)}元，{r.choice(["我先在7-11繳了", "我在郵局繳了"])}，結果後來發現我兒子又用手機{r.choice(["台灣Pay", "網路銀行"])}繳了一次，等於繳了兩次。',
             f'繳款書號碼是{billno(r)}，兩張收據影本都附在後面。請幫忙把多繳的{money(amt)}元退給我，匯到我的{bk[0]}{bk[1]}帳戶，帳號{bk[2]}，存摺封面也影印附上。',
             '如果還要辦什麼手續請打電話告訴我。']
    return letter(X, paras)
def tr_company(X):
    r = X.rng; co = company(X); tx = r.choice(['房屋稅', '地價稅', '使用牌照稅']); amt = r.randint(5000, 380000)
    k = r.randrange(3) if tx != '使用牌照稅' else r.choice([0, 2])
    why = [('重複繳納', '發現同一稅單重複轉帳繳納'), ('減免核准', '經貴局核准部分廠房改按減半課徵' if tx == '房屋稅' else '經貴局核准部分土地改按特別稅率課徵'),
           ('廠房部分拆除', '因廠房拆除經貴局核定減少稅額') if tx != '使用牌照稅' else ('車輛報廢', '公司貨車於期中報廢繳銷牌照，應按日退還稅款')][k]
    subj = f'本公司{X.d[0]}年{tx}因{why[0]}溢繳新臺幣{money(amt)}元，請准予退還，請查照。'
    expl = [f'本公司於{rd(dshift(X.d, -30), 0)}繳納{tx}（繳款書編號{billno(r)}），嗣後{why[1]}。',
            f'請將溢繳稅款{fin(amt)}匯入本公司{r.choice(BANKS[:6])}帳戶，帳號{"".join(str(r.randrange(10)) for _ in range(13))}。', '檢附繳款收據影本及存摺封面影本各乙份。']
    return coletter(X, co, tai(X.off, r), subj, expl, '如文')

# ----------------------------------------------------------------- appeal-reexamination
AR = [('地價稅', '貴局將本人土地自{y}年起改按一般用地稅率課徵，惟該地上房屋仍為本人自住，戶籍未曾遷出，並無出租營業情事，原核定顯有違誤。'),
      ('房屋稅', '貴局認定本屋一樓供營業使用而按非住家用稅率課徵，惟該處僅為自家倉庫堆放農具，並未營業，亦無營利事業登記。'),
      ('土地增值稅', '貴局核定之前次移轉現值有誤，未將本人{y2}年繼承時之公告現值列入計算，致土地漲價總數額計算錯誤，溢課稅額。'),
      ('使用牌照稅', '本車已於{y}年報廢並繳回牌照，貴局仍核定全年使用牌照稅，與事實不符。'),
      ('契稅', '本件係共有物分割，應適用百分之二稅率，貴局按買賣百分之六核課，適用法令錯誤。')]
def ar_grid(X):
    r = X.rng; k = r.randrange(len(AR)); tx, rs = AR[k]; amt = r.randint(2000, 260000)
    b = head(X, ['復查申請書', '稅捐復查申請書', '地方稅復查申請書'], 'Application for Re-examination', ['申　請　書', '陳情書', ''])
    rows = [['申請人', '~' + X.p['n'], '身分證統一編號', '~' + X.p['id']],
            ['住居所', ('~' + X.p['a'], 3)],
            ['原核定稅目', '~' + tx, '課稅年度', '~' + f'{X.d[0] - r.randint(0, 1)}年'],
            ['繳款書編號', '~' + billno(r), '核定稅額', '~' + money(amt) + '元'],
            ['繳納期間', ('~' + f'{rd(dshift(X.d, -45), 1)}至{rd(dshift(X.d, -15), 1)}', 3)],
            ['請求事項', ('~' + r.choice(['請撤銷原核定，准按自用住宅用地稅率重新核計。', '請撤銷原處分，另為適法之處分。', '請更正核定稅額並退還溢繳稅款。']), 3)],
            ['事實及理由', ('~' + rs.format(y=X.d[0], y2=r.randint(80, 105)), 3)],
            ['證據', ('~' + r.choice(['戶籍謄本、水電費單據', '照片、現場平面圖', '繼承登記謄本', '報廢證明書']), 3)]]
    b.append(('table', rows, [0.18, 0.32, 0.18, 0.32], {'minpad': 0.4}))
    b.append(('box', ['依稅捐稽徵法第三十五條規定，納稅義務人對於核定稅捐之處分如有不服，應於繳款書送達後，於繳納期間屆滿之翌日起算三十日內，申請復查。']))
    return stamp(X, b + signoff(X))
def ar_lawyer(X):
    r = X.rng; k = r.randrange(len(AR)); tx, rs = AR[k]; law = pname(r)
    b = [('letterhead', f'{r.choice(["建誠", "中正", "明理", "常青", "大肚山"])}法律事務所', [f'{addr(r, X.c, X.dist, floor=False)}　電話：{tel(r, X.c)}'])]
    b.append(('title', '理　由　書' if X.nt else '復查申請理由書', 1.35))
    b += [('kv', [('申請人', X.p['n']), ('身分證統一編號', X.p['id'])], 2), ('kv', [('代理人', f'{law}律師')]),
          ('kv', [('原處分機關', X.off)]), ('para', f'為不服貴局{X.d[0]}年{tx}核定（繳款書編號{billno(r)}），依法申請復查事：', 0),
          ('left', '請求事項：原處分撤銷。'), ('left', '事實及理由：')]
    b += [('para', f'{ORD[i]}、{t}', 1) for i, t in enumerate([rs.format(y=X.d[0], y2=r.randint(80, 105)),
                                                              '按稅捐稽徵法第三十五條規定，納稅義務人對核定稅捐之處分不服者，得於法定期間內申請復查；本件申請未逾期間，合先敘明。',
                                                              '綜上所述，原處分認事用法均有違誤，懇請貴局詳查，撤銷原核定，以維申請人權益。'])]
    b += [('left', '證據：證一　繳款書影本；證二　戶籍謄本；證三　現場照片。'), ('left', '　　此致'), ('left', tai(X.off, r)),
          ('gap', 0.3), ('right', f'具狀人：{X.p["n"]}'), ('seal', X.p['n'] + ('印' if len(X.p['n']) == 3 else '')), ('right', f'代理人：{law}律師'), ('right', rd(X.d, 3))]
    return stamp(X, b, 0.8)
def ar_letter(X):
    r = X.rng; k = r.choice([0, 1, 3]); tx, rs = AR[k]
    paras = [f'我收到今年的{tx}單，金額比去年多了很多，{rs.format(y=X.d[0], y2=100).replace("貴局", "你們").replace("本人", "我").replace("本屋", "我的房子").replace("本車", "我的車")}',
             r.choice(['我對這次的核定不服，依照規定在三十天內申請復查，請重新審查。', '我不服這次稅單的核定，請貴局重新查核，還我公道。']) + f'稅單號碼{billno(r)}。',
             '相關的證明文件影本附在後面，如果需要我到現場說明，請打電話通知。']
    return letter(X, paras, salute=r.choice(['敬啟者：', '稅務局長官您好：']))

# ----------------------------------------------------------------- mailing-address-change
def ma_grid(X):
    r = X.rng; new = addr(r, *pick_region(r))
    b = head(X, ['送達地址變更申請書', '變更送達地址申請書', '地方稅通訊地址變更申請書'], 'Change of Mailing Address for Tax Bills')
    rows = [['納稅義務人', '~' + X.p['n'], '身分證／統一編號', '~' + X.p['id']],
            ['原送達地址', ('~' + X.p['a'], 3)], ['新送達地址', ('~' + new, 3)],
            ['適用稅目', (checks(['房屋稅', '地價稅', '使用牌照稅', '全部稅目'], r.randrange(4)), 3)],
            ['稅籍編號／車號', ('~' + '、'.join([houseno(r) for _ in range(r.randint(1, 2))] + ([plate(r)] if r.random() < 0.4 else [])), 3)],
            ['聯絡電話', '~' + X.p['t'], '生效日期', '~' + rd(X.d, 1)]]
    b.append(('table', rows, [0.2, 0.3, 0.2, 0.3], {'minpad': 0.3}))
    b.append(('para', '本人所有上列稅籍之各項稅捐繳款書及相關文書，自即日起請寄送至新送達地址。', 2))
    return stamp(X, b + signoff(X))
def ma_ebill(X):
    r = X.rng; em = f'{r.choice(["chen", "lin", "wang", "tea", "farm", "huang"])}{r.randint(10, 999)}@{r.choice(["gmail.com", "yahoo.com.tw", "hotmail.com"])}'
    b = head(X, ['地方稅電子繳款書申請書', '電子稅單申請書', '地方稅電子化繳款書申請（異動）書'], 'e-Bill Application / 電子稅單', ['申　請　書', '資料異動申請表', ''])
    b += [('left', '申請類別：' + checks(['新申請', '變更電子信箱', '取消'], r.choice([0, 0, 1, 2]))),
          ('kv', [('納稅義務人', X.p['n']), ('身分證統一編號', X.p['id'])], 2), ('kv', [('電子郵件信箱 E-mail', em)]),
          ('kv', [('行動電話', f'09{r.randint(10, 89)}-{r.randint(100, 999)}-{r.randint(100, 999)}'), ('市話', tel(r, X.c))], 2),
          ('left', '申請稅目：' + checks(['房屋稅', '地價稅', '使用牌照稅'], r.randrange(3)) + '　（可複選）'),
          ('left', '同意事項 Terms：', 1.0),
          ('para', '一、申請人同意以電子郵件方式送達地方稅繳款書，不再寄送紙本繳款書。二、電子信箱變更時，應主動通知稽徵機關。三、電子繳款書寄出即視為送達。', 0)]
    return stamp(X, b + signoff(X, seal=r.random() < 0.5))
def ma_letter(X):
    r = X.rng; c2, d2 = pick_region(r); new = addr(r, c2, d2)
    paras = [f'我是{X.p["n"]}，身分證字號{X.p["id"]}，原本住在{tai(X.p["a"], r)}，{r.choice(["因為工作的關係", "因為退休後搬去跟女兒住", "房子賣掉了"])}，已經搬到{tai(new, r)}。',
             f'以後我的{r.choice(["房屋稅和地價稅", "牌照稅", "所有稅單"])}請寄到新地址，免得收不到過了繳費期限。' + r.choice(['', '老家的房子還在，稅籍編號是' + houseno(r) + '。']),
             r.choice(['謝謝幫忙。', '麻煩你們了。'])]
    return letter(X, paras, role='納稅義務人')
def ma_company(X):
    r = X.rng; co = company(X); new = addr(r, X.c, r.choice(list(CO[X.c]['d'])), floor=False)
    subj = f'本公司營業地址遷移，請將本公司所有地方稅之繳款書送達地址變更為「{new}」，請查照。'
    expl = [f'本公司已於{rd(dshift(X.d, -20), 0)}辦妥公司變更登記，原址{co["a"]}不再使用。', '本公司所有車輛使用牌照稅及廠房房屋稅、地價稅均請改寄新址，明細如附表。']
    b = coletter(X, co, tai(X.off, r), subj, expl, '車籍及稅籍明細表')
    rows = [['項目', '稅籍編號／車號', '備註']] + [[r.choice(['使用牌照稅', '房屋稅', '地價稅']), plate(r) if i % 2 else houseno(r), r.choice(['', '自用小貨車', '廠房', '辦公室'])] for i in range(r.randint(3, 5))]
    return b + [('table', rows, [0.3, 0.4, 0.3], {'header': 1})]

# ----------------------------------------------------------------- installment-or-deferral
def id_grid(X):
    r = X.rng; tx = r.choice(['房屋稅', '地價稅', '土地增值稅', '契稅']); amt = r.randint(30000, 900000)
    b = head(X, ['延期或分期繳納申請書', '稅捐延期（分期）繳納申請書', '申請延期或分期繳納稅款申請書'], 'Application for Deferral or Instalment Payment')
    n = r.choice([3, 6, 12, 24])
    rows = [['申請人', '~' + X.p['n'], '身分證統一編號', '~' + X.p['id']],
            ['稅目', '~' + tx, '繳款書編號', '~' + billno(r)],
            ['應納稅額', '~' + money(amt) + '元', '原繳納期限', '~' + rd(dshift(X.d, 20), 1)],
            ['申請方式', (checks([f'延期繳納至{rd(dshift(X.d, 80), 0)}', f'分{n}期繳納'], r.randrange(2)), 3)],
            ['申請原因', (checks(['天災', '事變', '不可抗力', '經濟困難'], r.randrange(4)), 3)],
            ['事實說明', ('~' + r.choice(['颱風豪雨造成果園全毀，收入中斷，一時無法籌足稅款。', '本人罹病住院開刀，失業無收入，無力一次繳清。', '經營之小吃店受火災波及停業，暫無收入。']), 3)],
            ['提供擔保', (checks(['無', '不動產', '定期存單'], 0), 3)]]
    b.append(('table', rows, [0.2, 0.3, 0.2, 0.3], {'minpad': 0.3}))
    b.append(('box', ['依稅捐稽徵法第二十六條規定，因天災、事變、不可抗力之事由或為經濟弱勢者，不能於法定期間內繳清稅捐者，得於規定納稅期間內申請延期或分期繳納，延期不得逾三個月，分期不得逾三十六期。']))
    return stamp(X, b + signoff(X))
def id_kv(X):
    r = X.rng; amt = r.randint(60000, 1500000); n = r.choice([6, 10, 12, 18])
    b = head(X, ['稅款分期繳納申請書', '分期繳納申請表'], 'Instalment Payment Request')
    b += [('kv', [('納稅義務人', X.p['n']), ('身分證統一編號', X.p['id'])], 2), ('kv', [('地址', X.p['a'])]),
          ('kv', [('稅目', r.choice(['土地增值稅', '地價稅', '房屋稅'])), ('應納稅額', f'新臺幣{money(amt)}元')], 2),
          ('kv', [('申請期數', f'{n}期'), ('每期金額', f'約{money(amt // n)}元')], 2),
          ('para', '申請理由：' + r.choice(['本人為中低收入戶，經濟困難，無法一次繳納。', '因家中經營之養鴨場遭禽流感撲殺，收入驟減。', '葡萄園遭強風吹毀，需重新整地種植，資金週轉困難。']), 0)]
    rows = [['期別', '繳納期限', '金額(元)']] + [[f'第{i + 1}期', rd(dshift(X.d, 28 * (i + 1)), 1), money(amt // n)] for i in range(min(n, 4))] + [['…', '…', '…']]
    b.append(('table', rows, [0.2, 0.45, 0.35], {'header': 1}))
    return stamp(X, b + signoff(X))
def id_letter(X):
    r = X.rng; tx = r.choice(['地價稅', '房屋稅']); amt = r.randint(8000, 60000)
    crop = r.choice(['葡萄', '芭樂', '文旦', '香蕉', '稻子', '花卉', '茶葉'])
    paras = [f'我是{X.dist}的農民{X.p["n"]}，今年{r.choice(["颱風", "豪雨", "冰雹", "乾旱"])}把我的{crop}打壞了大半，幾乎沒有收成，還欠了農會貸款。',
             f'這期{tx}要繳{money(amt)}元，我現在實在拿不出來，{r.choice(["拜託讓我分成幾期慢慢繳", "請讓我延到三個月後再繳", "能不能讓我分六期繳"])}，我一定會繳清。',
             f'稅單號碼{billno(r)}，鄉公所的災害證明影本附上。']
    return letter(X, paras)
def id_company(X):
    r = X.rng; co = company(X); amt = r.randint(200000, 3000000)
    subj = f'本公司因{r.choice(["豪雨致廠房淹水停工", "火災致廠房及機台燒毀", "主要客戶倒閉致資金週轉困難"])}，{X.d[0]}年地價稅及房屋稅計新臺幣{money(amt)}元，申請分{r.choice([6, 12, 18])}期繳納，請惠予同意。'
    expl = [f'本公司位於{co["a"]}之廠房於{rd(dshift(X.d, -15), 0)}受災，經消防及區公所勘查屬實。', '依稅捐稽徵法第二十六條規定，於繳納期間內提出申請。']
    b = coletter(X, co, tai(X.off, r), subj, expl, '受災證明、繳款書影本')
    rows = [['稅目', '繳款書編號', '稅額(元)']] + [[t, billno(r), money(amt // 2)] for t in ['地價稅', '房屋稅']]
    return b + [('table', rows, [0.25, 0.5, 0.25], {'header': 1})]

# ----------------------------------------------------------------- stamp-tax
ST = [('銀錢收據', '千分之四'), ('買賣動產契據', '每件新臺幣十二元'), ('承攬契據', '千分之一'), ('典賣、讓受及分割不動產契據', '千分之一')]
def st_grid(X):
    r = X.rng; co = company(X)
    b = head(X, ['印花稅彙總繳納申請書', '印花稅彙總繳納申請書', '申請印花稅以彙總方式繳納申請書'], 'Stamp Tax – Application for Lump-Sum Payment', ['申　請　書', '稅務申請表', ''])
    rows = [['營業人名稱', ('~' + co['n'], 3)], ['統一編號', '~' + co['u'], '負責人', '~' + co['boss']],
            ['營業地址', ('~' + co['a'], 3)], ['應稅憑證種類', (checks([s[0] for s in ST], r.randrange(4)), 3)],
            ['每月預估件數', '~' + f'{r.randint(300, 9000):,}件', '每月預估稅額', '~' + money(r.randint(3000, 90000)) + '元'],
            ['申請理由', ('~' + r.choice(['本公司每月開立收據數量龐大，逐件貼用印花稅票不便。', '本公司承攬工程合約數量多，申請按月彙總繳納。']), 3)],
            ['擬開始日期', ('~' + rd(dshift(X.d, 30), 1), 3)]]
    b.append(('table', rows, [0.2, 0.3, 0.2, 0.3], {'minpad': 0.3}))
    b.append(('box', ['核准彙總繳納後，應於每月十日前將上月應納稅額彙總繳納，並於憑證上加蓋「印花稅總繳」戳記及核准字號。']))
    return stamp(X, b + comp_sign(X, co))
def st_return(X):
    r = X.rng; co = company(X); m = X.d[1]
    b = [('center', X.off, 1.1)] if r.random() < 0.6 else []
    b.append(('title', f'{X.d[0]}年{m}月份　申報表' if X.nt else r.choice(['印花稅彙總繳納申報表', '印花稅彙總繳納稅額計算表']), 1.4))
    b += [('kv', [('營業人', co['n']), ('統一編號', co['u'])], 2), ('kv', [('核准字號', f'{X.c[:2]}稅印字第{r.randint(10000, 99999)}號'), ('所屬期間', f'{X.d[0]}年{m}月1日至{m}月{r.choice([28, 30, 31])}日')], 2)]
    rows = [['憑證種類', '件數', '金額(元)', '稅率', '應納稅額(元)']]; tot = 0
    for s, rate in ST[:r.randint(2, 4)]:
        n = r.randint(20, 4000); a = r.randint(100000, 30000000)
        t = n * 12 if '件' in rate else a * (4 if '四' in rate else 1) // 1000; tot += t
        rows.append([s, f'{n:,}', money(a), rate, money(t)])
    rows.append([('合計', 4), money(tot)])
    b.append(('table', rows, [0.3, 0.12, 0.2, 0.18, 0.2], {'header': 1}))
    b.append(('left', f'應納稅額合計（大寫）：{fin(tot)}'))
    return stamp(X, b + comp_sign(X, co))
def st_company(X):
    r = X.rng; co = company(X); k = r.randrange(3)
    subj = ['本公司擬自行印製印花稅票，檢附樣張，請准予核備，請查照。', f'本公司自{X.d[0]}年{X.d[1]}月起停止印花稅彙總繳納，請註銷原核准字號，請查照。',
            f'本公司與{company(X)["n"]}訂立之承攬契約，應納印花稅{money(r.randint(2000, 60000))}元，已以大額憑證繳款書繳納，檢送收據影本，請查照。'][k]
    expl = [['依印花稅法第八條規定，應納稅額較鉅者得申請自行印製印花稅票或彙總繳納。', '印製數量：一元券一萬張、十元券三千張。'],
            [f'原核准文號：{X.c[:2]}稅印字第{r.randint(10000, 99999)}號。', '本公司收據開立數量已大幅減少，改為逐件貼用印花稅票。'],
            ['契約金額新臺幣' + money(r.randint(2, 60) * 1000000) + '元，按千分之一計算印花稅。', '繳款日期：' + rd(dshift(X.d, -3), 0) + '。']][k]
    return coletter(X, co, tai(X.off, r), subj, expl, '如文')
def st_table(X):
    r = X.rng; co = company(X, '營造股份有限公司')
    b = [('letterhead', co['n'], [f'統一編號 {co["u"]}　{co["a"]}'])]
    q = r.randint(1, 4)
    b.append(('title', f'{X.d[0]}年第{q}季承攬契據明細表', 1.3))
    rows = [['編號', '契約名稱', '訂約日期', '契約金額(元)', '印花稅(千分之一)']]; tot = 0
    for i in range(r.randint(4, 7)):
        a = r.randint(3, 400) * 100000; tot += a // 1000
        rows.append([str(i + 1), r.choice(['廠房新建工程', '道路改善工程', '排水溝整修', '農舍新建工程', '校舍補強工程']) + f'（{r.choice(list(CO[X.c]["d"]))}）',
                     rd(rdate(r, X.d[0], X.d[0]), 1), money(a), money(a // 1000)])
    rows.append([('合計', 4), money(tot)])
    b.append(('table', rows, [0.07, 0.38, 0.16, 0.2, 0.19], {'header': 1, 'mult': 0.92}))
    b.append(('para', f'上列契據之印花稅共計新臺幣{money(tot)}元，業已彙總繳納，繳款書影本附後，請貴局備查。', 0))
    return stamp(X, b + comp_sign(X, co))

# ----------------------------------------------------------------- amusement-tax
VEN = [('影城', '電影', 0.015), ('KTV', '歌唱', 0.05), ('保齡球館', '保齡球', 0.05), ('撞球場', '撞球', 0.05), ('室內高爾夫練習場', '高爾夫', 0.05), ('親子樂園', '遊樂設施', 0.03)]
def am_return(X):
    r = X.rng; v = r.choice(VEN); co = company(X, r.choice(['娛樂', '育樂', '休閒']) + '股份有限公司')
    b = head(X, ['娛樂稅代徵申報書', '娛樂稅代徵稅款報繳書', '娛樂稅自動報繳申報表'], 'Amusement Tax Return', [f'{X.d[0]}年{X.d[1]}月份營業報表', '報繳表', ''])
    b += [('kv', [('娛樂場所名稱', co['n'][:-8] + v[0]), ('稅籍編號', f'{r.randint(10, 99)}{r.randint(0, 9999999):07d}')], 2),
          ('kv', [('場所地址', co['a'])]), ('kv', [('代徵人', co['boss']), ('申報期間', f'{X.d[0]}年{X.d[1]}月')], 2)]
    rows = [['票種', '票價(元)', '售出張數', '收入金額(元)', f'稅率', '代徵稅額(元)']]; tot = 0
    for t in r.sample(['全票', '優待票', '早場票', '團體票', '會員票', '時段券'], r.randint(2, 4)):
        p = r.randint(8, 45) * 10; n = r.randint(100, 9000); inc = p * n; tax = round(inc * v[2] / (1 + v[2])); tot += tax
        rows.append([t, money(p), f'{n:,}', money(inc), f'{v[2] * 100:g}%', money(tax)])
    rows.append([('合計', 5), money(tot)])
    b.append(('table', rows, [0.16, 0.14, 0.15, 0.2, 0.13, 0.22], {'header': 1}))
    b.append(('para', f'本月代徵娛樂稅款{fin(tot)}，已於{rd(dshift(X.d, 5), 1)}繳入公庫，檢附繳款書收據聯影本。', 0))
    return stamp(X, b + comp_sign(X, co, '代徵人'))
def am_kv(X):
    r = X.rng; org = tai(X.c, r) + r.choice(['慈善會', '扶輪社', '獅子會', '社會福利基金會', '宮廟管理委員會'])
    ev = r.choice(['愛心義演音樂會', '慈善園遊會暨歌唱表演', '關懷弱勢公益演唱會']); p = r.randint(2, 15) * 100; n = r.randint(300, 3000)
    b = head(X, ['娛樂稅免徵申請書', '舉辦娛樂活動免徵娛樂稅申請書', '娛樂稅免稅申請書'], 'Amusement Tax Exemption (Charity Event)')
    b += [('kv', [('主辦單位', org)]), ('kv', [('負責人', X.p['n']), ('立案字號', f'{X.c[:2]}府社字第{r.randint(1000000, 9999999)}號')], 2),
          ('kv', [('活動名稱', ev)]), ('kv', [('活動日期', rd(dshift(X.d, 25), 5)), ('地點', r.choice(['中興堂', '員林演藝廳', '斗六市立體育館', '南投縣政府文化局演藝廳']))], 2),
          ('kv', [('票價', f'{money(p)}元'), ('預計售票', f'{n:,}張')], 2),
          ('left', '收入用途：' + checks(['全部作為慈善救濟', '教育文化', '公益事業'], 0)),
          ('para', '本活動所有收入扣除必要支出後全數捐作公益使用，依娛樂稅法第四條規定申請免徵娛樂稅，並於活動結束後檢送收支報告。', 2)]
    return stamp(X, b + signoff(X, role='負責人'))
def am_org(X):
    r = X.rng; co = company(X, r.choice(['文教基金會', '婦女會', '青年會']))
    co['n'] = tai(X.c, r) + co['n']
    subj = f'本會訂於{rd(dshift(X.d, 30), 0)}舉辦「{r.choice(["讚聲中台灣", "濁水溪", "八卦山", "日月潭"])}公益音樂會」，售票所得全數捐助弱勢家庭，申請免徵娛樂稅，請查照。'
    expl = [f'票價每張{money(r.randint(3, 12) * 100)}元，預計售出{r.randint(5, 30) * 100}張。', '依娛樂稅法第四條第一款規定，慈善團體舉辦之娛樂活動，其全部收入作為救災或慈善事業者免徵娛樂稅。',
            '檢附活動企劃書、收支預算表及本會立案證書影本。']
    return coletter(X, co, tai(X.off, r), subj, expl, '如說明三')
def am_letter(X):
    r = X.rng; v = r.choice(['撞球場', '卡拉OK', '電子遊藝場', '釣蝦場'])
    paras = [f'我在{tai(X.c, r)}{X.dist}{r.choice(CO[X.c]["d"][X.dist][0])}開了一間小{v}，每個月都是照查定的娛樂稅繳，{r.choice(["一個月", "每個月"])}{money(r.randint(8, 60) * 100)}元。',
             r.choice([f'因為生意不好，{X.d[0]}年{X.d[1]}月底就要收起來不做了，請把我的娛樂稅籍註銷，以後不要再寄稅單來。',
                       f'最近把桌數從{r.randint(8, 14)}台減少到{r.randint(3, 6)}台，請重新查定每個月的娛樂稅。',
                       '這兩個月店面在整修沒有營業，請停徵這兩個月的娛樂稅。']),
             '稅籍資料和照片附上，謝謝。']
    return letter(X, paras, role='負責人')

# ----------------------------------------------------------------- official-letter
def _ag(X, kind):
    r = X.rng; c = X.c; dist = X.dist; cs = tai(c, r, 0.2)
    if kind == 'exe':
        br = {'臺中市': '臺中', '彰化縣': '彰化', '南投縣': r.choice(['彰化', '臺中']), '雲林縣': '嘉義'}[c]
        return (f'法務部行政執行署{br}分署', {'臺中': '中執', '彰化': '彰執', '嘉義': '嘉執'}[br])
    if kind == 'land': return (f'{cs}{r.choice({"臺中市": ["中興", "豐原", "大里", "太平", "雅潭"], "彰化縣": ["彰化", "員林", "北斗", "溪湖"], "南投縣": ["南投", "草屯", "埔里", "竹山"], "雲林縣": ["斗六", "虎尾", "北港", "西螺"]}[c])}地政事務所', '地登')
    if kind == 'hh': return (f'{cs}{dist}戶政事務所', dist[:1] + '戶')
    if kind == 'ntb': return (f'財政部中區國稅局' + r.choice(['', f'{ {"臺中市": "豐原", "彰化縣": "員林", "南投縣": "南投", "雲林縣": "虎尾"}[c]}分局']), '中區國稅')
    return (f'交通部公路局臺中區監理所' + r.choice(['', f'{ {"臺中市": "豐原", "彰化縣": "彰化", "南投縣": "南投", "雲林縣": "雲林"}[c]}監理站']), '中監')
def _ol(X, kind, subj, expl, attach='', table=None, fu=''):
    r = X.rng; org, pre = _ag(X, kind)
    no = f'{pre}{r.choice(["字", "一字", "二字", "登字"])}第{X.d[0]}{r.randint(0, 9999999):07d}號'
    k = r.choice(['書函', '']) if X.nt else r.choice(['函', '函', '執行命令']) if kind == 'exe' else '函'
    head_ = {'exe': '分署長', 'land': '主任', 'hh': '主任', 'ntb': '局長', 'mv': '所長'}[kind]
    ac = X.c if kind != 'exe' else {'臺': '臺中市', '彰': '彰化縣', '嘉': None}[org[8]]
    aa = addr(r, ac, r.choice(list(CO[ac]['d'])), False) if ac else f'嘉義市西區{r.choice(["友愛路", "垂楊路", "北港路"])}{r.randint(1, 300)}號'
    b = gongwen(X, org, k, contact_lines(X, ac or X.c, X.dist, pname(r), aa), tai(X.off, r, 0.3), subj, expl, tai(X.off, r, 0.3), fu, no, attach,
                f'{head_}　{pname(r)}' if r.random() < 0.6 else None, False, org if r.random() < 0.35 else None)
    if table: b.append(('table', table[0], table[1], {'header': 1, 'mult': 0.9}))
    return b
def ol_exe(X):
    r = X.rng; amt = r.randint(5000, 900000); p = X.p
    subj = f'禁止義務人{p["n"]}（身分證統一編號{p["id"]}）收取對貴局之退稅款債權，貴局亦不得對義務人清償，請查照。'
    dk = r.choice([('健保費', '健保', '衛生福利部中央健康保險署'), ('交通違規罰鍰', '交罰', '交通部公路局'), ('綜合所得稅', '綜所稅', '財政部中區國稅局'), ('勞保費', '勞保', '勞動部勞工保險局')])
    expl = [f'義務人滯欠{dk[0]}新臺幣{money(amt)}元，經{dk[2]}移送本分署執行（{X.d[0]}年度{dk[1]}執字第{r.randint(10000, 99999)}號）。',
            '請貴局於收受本命令後，將義務人應受領之退稅款扣押，並於十日內陳報扣押情形；如無退稅款，亦請函復。', '依行政執行法第二十六條準用強制執行法第一百十五條規定辦理。']
    return _ol(X, 'exe', subj, expl, fu='義務人、移送機關')
def ol_land(X):
    r = X.rng; (d, sec, sub, no, area, sh) = _parcels(X, 1)[0]
    subj = f'貴轄{X.c}{d}{sec}{sub}{no}地號土地及其地上建物，業經{r.choice(["法院囑託辦理查封登記", "法院拍賣移轉登記", "辦竣判決移轉登記", "辦竣共有物分割登記"])}，請查照。'
    expl = [f'依臺灣{r.choice(["臺中", "彰化", "南投", "雲林"])}地方法院{X.d[0]}年{r.randint(1, 12)}月{r.randint(1, 28)}日{r.choice(["中院", "彰院", "投院", "雲院"])}民執字第{r.randint(1000, 9999)}號函辦理。',
            f'登記名義人：{X.p["n"]}，權利範圍{sh}，面積{area}平方公尺，收件字號：{X.d[0]}年{r.choice(["中興", "員林", "草屯", "斗六"])}字第{r.randint(10000, 99999)}號。',
            '請貴局查明該標的有無欠繳地價稅、房屋稅及應課徵之土地增值稅，並依規定辦理。']
    return _ol(X, 'land', subj, expl)
def ol_hh(X):
    r = X.rng
    subj = f'本所辦理{X.dist}{r.choice(LI)}{"里" if X.dist[-1] in "市區鎮" else "村"}門牌整編，檢送門牌整編清冊乙份，請更新稅籍資料，請查照。'
    expl = [f'依{X.c}門牌編釘自治條例辦理，整編日期為{rd(dshift(X.d, -5), 0)}。', '整編後門牌號碼業已通知相關住戶，請貴局配合更正房屋稅籍及送達地址。']
    rows = [['原門牌', '整編後門牌']] + [[addr(r, X.c, X.dist, False)[6:], addr(r, X.c, X.dist, False)[6:]] for _ in range(r.randint(3, 6))]
    return _ol(X, 'hh', subj, expl, '門牌整編清冊', (rows, [0.5, 0.5]))
def ol_ntb(X):
    r = X.rng
    subj = r.choice([f'被繼承人{X.p["n"]}遺產稅案，請惠予提供其所遺房屋評定現值及土地公告現值資料，請查照。',
                     f'有關{X.p["n"]}君贈與不動產案，本局已核發贈與稅免稅證明書，檢送影本供貴局辦理土地增值稅及契稅參考，請查照。',
                     f'貴局移送之{X.p["n"]}君土地交易資料，經查應併入房地合一所得稅課稅，請惠復土地增值稅核定資料，請查照。'])
    expl = [f'被查人身分證統一編號：{X.p["id"]}，{rd(dshift(X.d, -60), 0)}{r.choice(["死亡", "訂立贈與契約", "出售土地"])}。',
            f'標的：{X.dist}{_parcels(X, 1)[0][1]}{_parcels(X, 1)[0][3]}地號土地及{addr(r, X.c, X.dist)}房屋（稅籍編號{houseno(r)}）。', '請於文到十日內惠復，俾憑辦理。']
    return _ol(X, 'ntb', subj, expl)
def ol_mv(X):
    r = X.rng
    subj = r.choice(['檢送本站逕行註銷牌照車輛清冊，請貴局停止課徵使用牌照稅，請查照。', '檢送本站受理車輛繳銷、報廢登記清冊乙份，請貴局辦理使用牌照稅註銷，請查照。'])
    expl = [f'依道路交通安全規則規定，期間自{rd(dshift(X.d, -40), 1)}至{rd(dshift(X.d, -10), 1)}。', '如有疑義，請逕洽本站承辦人。']
    rows = [['車號', '車主', '異動原因', '異動日期']] + [[plate(r), pname(r), r.choice(['報廢', '繳銷', '逕行註銷', '失竊']), rd(dshift(X.d, -r.randint(10, 40)), 1)] for _ in range(r.randint(3, 7))]
    return _ol(X, 'mv', subj, expl, '車輛清冊', (rows, [0.25, 0.25, 0.25, 0.25]))

# ----------------------------------------------------------------- out-of-scope
def oos_water(X):
    r = X.rng; w = r.randint(18, 90); amt = w * r.randint(10, 14) + 40
    b = [('center', '台灣自來水股份有限公司第' + r.choice(['四', '五']) + '區管理處', 1.2), ('title', '水費通知單', 1.5),
         ('kv', [('用戶名稱', X.p['n']), ('水號', f'{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(100000, 999999)}-{r.randint(0, 9)}')], 2),
         ('kv', [('用水地址', X.p['a'])]), ('kv', [('本期抄表日', rd(X.d, 1)), ('下次抄表日', rd(dshift(X.d, 56), 1))], 2)]
    rows = [['項目', '度數／金額'], ['本期指針', str(r.randint(1000, 9000))], ['實用度數', f'{w}度'], ['基本費', '40元'], ['用水費', f'{money(amt - 40)}元'],
            ['水源保育與回饋費', f'{w * 0.5:g}元'], ['應繳總金額', f'{money(amt)}元']]
    b.append(('table', rows, [0.5, 0.5], {'header': 1}))
    b.append(('box', ['繳費期限內可至各地超商、金融機構或自來水公司服務所繳納，逾期未繳將停止供水。節約用水，人人有責。']))
    return b
def oos_job(X):
    r = X.rng; job = r.choice(['行政助理', '會計助理', '倉管人員', '門市人員'])
    paras = [f'您好，我在104人力銀行看到貴公司徵求{job}的消息，很希望能有機會加入。我{r.choice(["畢業於國立中興大學", "畢業於建國科技大學", "畢業於雲林科技大學"])}，曾經在{r.choice(["彰化的襪子工廠", "台中的診所", "南投的民宿"])}工作{r.randint(2, 6)}年。',
             '我做事細心，會使用Word、Excel，也有丙級會計證照，可以配合加班。', '附上履歷表，期待有面試的機會，謝謝。']
    return [('ruled',), ('left', '人事主管您好：')] + [('para', t) for t in paras] + [('gap', 0.5), ('right', f'應徵者：{X.p["n"]}'), ('right', f'手機：09{r.randint(10, 89)}-{r.randint(100, 999)}-{r.randint(100, 999)}'), ('right', rd(X.d, 2))]
def oos_menu(X):
    r = X.rng; shop = r.choice(['阿嬌肉圓', '老街爌肉飯', '溪湖羊肉爐', '埔里米粉', '西螺醬油麵館', '大甲芋頭酥'])
    b = [('title', shop, 2.0), ('center', r.choice(['在地好味道・傳承三代', '開幕慶 全品項九折', '新鮮現做 歡迎外帶']), 1.2), ('rule', 2)]
    items = r.sample([('肉圓', 45), ('爌肉飯', 40), ('羊肉湯', 120), ('炒米粉', 50), ('貢丸湯', 30), ('燙青菜', 40), ('滷蛋', 15), ('乾麵', 45), ('魚丸湯', 35), ('滷白菜', 50), ('豬血湯', 35)], 8)
    rows = [['品名', '價格', '品名', '價格']] + [[items[i][0], f'${items[i][1]}', items[i + 1][0], f'${items[i + 1][1]}'] for i in range(0, 8, 2)]
    b.append(('table', rows, [0.3, 0.2, 0.3, 0.2], {'header': 1, 'mult': 1.2}))
    b += [('center', f'地址：{addr(r, X.c, X.dist, False)}', 1.0), ('center', f'訂購專線：{tel(r, X.c)}', 1.1), ('center', '營業時間：06:30～14:00（週一公休）', 1.0)]
    return b
def oos_news(X):
    r = X.rng
    h, body = r.choice([('中部豪雨　農損逾億元', ['連日豪雨造成中部地區農作物嚴重受損，農業部統計農損金額已超過一億元，其中以彰化縣葡萄、雲林縣蔬菜災情最為嚴重。', '縣府表示，將協助受災農民申請現金救助，並請農會提供低利貸款，受災農民可向鄉鎮公所提出申請。']),
                        ('高鐵特定區房價　五年漲三成', ['根據內政部實價登錄資料，臺中烏日高鐵特定區新成屋每坪單價較五年前上漲約三成，吸引不少首購族。', '業者分析，交通便利及重大建設帶動需求，但也提醒民眾購屋前應審慎評估自身負擔能力。']),
                        ('日月潭花火音樂嘉年華開跑', ['一年一度的日月潭花火音樂嘉年華今晚登場，南投縣政府預估將吸引數萬名遊客。', '縣府呼籲民眾多加利用接駁車，並提醒周邊道路將實施交通管制。'])])
    b = [('left', r.choice(['聯合報', '自由時報', '中國時報', '中央社']) + f'　{rd(X.d, 2)}　地方版', 0.8), ('rule',), ('title', h, 1.8), ('left', f'記者{pname(r)}／{X.c[:2]}報導', 0.9)]
    return b + [('para', t) for t in body] + [('gap', 1), ('left', '（剪報）', 0.8)]
def oos_bank(X):
    r = X.rng; bk = bank(r, X.c, X.dist); bal = r.randint(5000, 400000)
    b = [('title', bk[0], 1.4), ('center', '存款對帳單', 1.3), ('kv', [('戶名', X.p['n']), ('帳號', bk[2])], 2), ('kv', [('對帳期間', f'{X.d[0]}/{X.d[1]:02d}/01～{X.d[0]}/{X.d[1]:02d}/28')])]
    rows = [['日期', '摘要', '支出', '存入', '餘額']]
    for i in range(r.randint(6, 10)):
        o, inc = (r.randint(100, 9000), 0) if r.random() < 0.6 else (0, r.randint(1000, 50000)); bal += inc - o
        rows.append([f'{X.d[0]}/{X.d[1]:02d}/{2 + i * 2:02d}', r.choice(['跨行轉帳', 'ATM提款', '薪資轉入', '信用卡款', '電費代扣', '利息', '網銀轉出']) if not inc else r.choice(['薪資轉入', '現金存入', '利息']), money(o) if o else '', money(inc) if inc else '', money(bal)])
    b.append(('table', rows, [0.18, 0.27, 0.17, 0.17, 0.21], {'header': 1}))
    return b + [('left', '本對帳單僅供參考，實際交易以本行帳載為準。', 0.8)]
def oos_rent(X):
    r = X.rng; ll = person(r, X.c, X.dist); rent = r.randint(6, 25) * 1000
    b = [('title', spaced('房屋租賃契約書') if r.random() < 0.5 else '房屋租賃契約書', 1.6), ('para', f'立契約書人出租人{ll["n"]}（以下簡稱甲方）、承租人{X.p["n"]}（以下簡稱乙方），茲為房屋租賃事宜，雙方同意訂立本契約，條款如下：', 0)]
    cl = [f'租賃標的：{addr(r, X.c, X.dist)}，供住家使用。', f'租賃期間：自{rd(X.d, 0)}起至{rd((X.d[0] + 1, X.d[1], X.d[2]), 0)}止，共一年。',
          f'租金：每月新臺幣{fin(rent)}，乙方應於每月五日前支付。', f'押金：新臺幣{money(rent * 2)}元，於租期屆滿交還房屋時無息返還。',
          '稅費負擔：房屋稅、地價稅由甲方負擔；水電費、瓦斯費及管理費由乙方負擔。', '乙方不得將房屋轉租、出借，亦不得供違法使用。']
    b += [('para', f'第{cnum(i + 1)}條　{t}', 0) for i, t in enumerate(cl)]
    b += [('gap', 0.5), ('kv', [('甲方', ll['n']), ('身分證字號', ll['id'])], 2), ('seal', ll['n'] + '印' if len(ll['n']) == 3 else ll['n']), ('kv', [('乙方', X.p['n']), ('身分證字號', X.p['id'])], 2), ('center', rd(X.d, 3))]
    return b
def oos_meet(X):
    r = X.rng; comm = r.choice(['富貴名門', '綠園道', '八卦山景', '晴耕雨讀', '日光大道']) + r.choice(['社區管理委員會', '大廈管理委員會'])
    b = [('title', comm, 1.5), ('title', '開會通知' if r.random() < 0.5 else '區分所有權人會議開會通知', 1.3),
         ('kv', [('開會時間', rd(dshift(X.d, 14), 0) + f'（星期{r.choice("一二三四五六日")}）晚上7時30分')]), ('kv', [('開會地點', '社區一樓交誼廳')]), ('left', '討論事項：')]
    items = r.sample(['管理費調整案', '電梯汰換工程經費案', '監視器更新案', '中庭植栽修剪案', '機車停車位重新抽籤案', '下年度委員選舉'], 3)
    b += [('para', f'{ORD[i]}、{t}', 1) for i, t in enumerate(items)]
    b += [('para', '敬請各住戶準時出席；如無法出席，請填寫委託書委託他人代理。', 0), ('gap', 0.5), ('right', f'主任委員　{pname(r)}'), ('right', rd(X.d, 0))]
    return b
def oos_temple(X):
    r = X.rng; t = r.choice(['大甲鎮瀾宮', '北港朝天宮', '南瑤宮', '草屯敦和宮', '鹿港天后宮'])
    b = [('title', t, 1.8), ('title', r.choice(['進香遶境公告', '平安燈登記通知', '建醮法會公告']), 1.4)]
    b += [('para', f'本宮訂於{rd(dshift(X.d, 20), 4)}舉行{r.choice(["媽祖聖誕祝壽大典", "年度進香遶境", "祈安建醮法會"])}，歡迎各界善信大德踴躍參加。', 0),
          ('para', f'光明燈、太歲燈每盞新臺幣{r.choice([300, 500, 600])}元，即日起至本宮服務台登記。', 0), ('para', '活動期間周邊道路交通管制，請多利用大眾運輸。', 0),
          ('gap', 0.5), ('right', f'{t}管理委員會　敬啟')]
    return b

TPL = {
 'house-tax-relief': [('htr-ruled-grid', htr_grid, 0), ('htr-kv-selfuse', htr_kv, 0), ('htr-hand-letter', htr_letter, 2), ('htr-multi-house-table', htr_table, 0)],
 'land-value-tax-self-use': [('lvt-ruled-grid', lvt_grid, 0), ('lvt-kv-declaration', lvt_kv, 0), ('lvt-hand-letter', lvt_letter, 2), ('lvt-parcel-list-table', lvt_table, 0)],
 'vehicle-license-tax-exemption': [('vlt-ruled-grid', vlt_grid, 0), ('vlt-kv-undertaking', vlt_kv, 0), ('vlt-hand-letter', vlt_letter, 2), ('vlt-foundation-letterhead', vlt_org, 1)],
 'deed-tax-declaration': [('dt-ruled-grid', dt_grid, 0), ('dt-kv-financial-numerals', dt_kv, 0), ('dt-landagent-letter', dt_agent, 1), ('dt-landagent-batch-table', dt_table, 0)],
 'land-value-increment-tax-declaration': [('lvit-ruled-grid', lvit_grid, 0), ('lvit-kv-current-value', lvit_kv, 0), ('lvit-hand-letter', lvit_letter, 2), ('lvit-landagent-table-letter', lvit_agent, 1)],
 'tax-refund-request': [('tr-ruled-grid', tr_grid, 0), ('tr-kv-bank', tr_kv, 0), ('tr-hand-letter', tr_letter, 2), ('tr-company-letterhead', tr_company, 1)],
 'appeal-reexamination': [('ar-ruled-grid', ar_grid, 0), ('ar-lawyer-brief', ar_lawyer, 0), ('ar-hand-letter', ar_letter, 2)],
 'mailing-address-change': [('ma-ruled-grid', ma_grid, 0), ('ma-ebill-kv', ma_ebill, 0), ('ma-hand-letter', ma_letter, 2), ('ma-company-letter-table', ma_company, 1)],
 'installment-or-deferral': [('id-ruled-grid', id_grid, 0), ('id-kv-schedule-table', id_kv, 0), ('id-hand-letter', id_letter, 2), ('id-company-letterhead', id_company, 1)],
 'stamp-tax': [('st-lumpsum-grid', st_grid, 0), ('st-monthly-return-table', st_return, 0), ('st-company-letterhead', st_company, 1), ('st-contract-list-table', st_table, 1)],
 'amusement-tax': [('am-return-table', am_return, 0), ('am-exemption-kv', am_kv, 0), ('am-charity-letterhead', am_org, 1), ('am-hand-letter', am_letter, 2)],
 'official-letter': [('ol-enforcement-order', ol_exe, 0), ('ol-land-office', ol_land, 0), ('ol-household-renumber-table', ol_hh, 0), ('ol-national-tax-bureau', ol_ntb, 0), ('ol-motor-vehicle-table', ol_mv, 0)],
 'out-of-scope': [('oos-water-bill', oos_water, 0), ('oos-job-letter', oos_job, 2), ('oos-restaurant-flyer', oos_menu, 0), ('oos-news-clipping', oos_news, 0),
                  ('oos-bank-statement', oos_bank, 0), ('oos-rental-contract', oos_rent, 0), ('oos-community-meeting', oos_meet, 0), ('oos-temple-notice', oos_temple, 0)],
}
# kind: 0 printed form/table (may be titled), 1 letter on letterhead (titleless by nature), 2 handwritten letter (titleless)

def main():
    M = random.Random(SEED)
    docs = []
    for lab, tl in TPL.items():
        n = 15 if lab == 'out-of-scope' else 10
        order = list(range(len(tl))); M.shuffle(order)
        picks = [tl[order[i % len(tl)]] for i in range(n)]
        nt = [False] * n
        if lab != 'out-of-scope':
            inh = sum(1 for p in picks if p[2] > 0) if lab != 'official-letter' else 0
            cand = [i for i, p in enumerate(picks) if p[2] == 0]
            for i in M.sample(cand, min(len(cand), max(0, 4 - inh))): nt[i] = True
        docs += [(lab, p, nt[i]) for i, p in enumerate(picks)]
    M.shuffle(docs)
    os.makedirs(OUT + '/images', exist_ok=True); os.makedirs(OUT + '/texts', exist_ok=True)
    rows = []; faces = set()
    LIM = int(os.environ.get('LIM', '9999'))
    for idx, (lab, (tn, fn, kind), nt) in enumerate(docs, 1):
        if idx > LIM: break
        for attempt in range(6):
            r = random.Random(SEED * 1000 + idx)
            X = X_(); X.rng = r; X.c, X.dist = pick_region(r); X.p = person(r, X.c, X.dist); X.d = rdate(r)
            X.off = office(r, X.c); X.nt = nt
            hand = kind == 2
            st = dict(dpi=r.choice([200, 240, 300]), scale=1.0, pt=r.uniform(10.5, 12.5), face=r.choice(['sans', 'serif', 'ming', 'wqy']),
                      tface=r.choice(['sansb', 'serifb', 'sans', 'ming']), hand=hand, bw=r.random() < 0.28, lsp=r.uniform(1.5, 1.75))
            if hand: st.update(face='kai', pt=r.uniform(12.5, 14), fill='kai', fillhand=True, lsp=r.uniform(1.7, 1.95))
            else:
                st['fillhand'] = kind == 0 and r.random() < 0.5 and lab != 'official-letter'
                st['fill'] = 'kai' if st['fillhand'] else st['face']
            st['pt'] *= 0.93 ** attempt; st['lsp'] = max(1.35, st['lsp'] - 0.06 * attempt)
            X.st_tface = st['tface']
            blocks = fn(X)
            rr = R(st, r)
            if rr.render(blocks) and not getattr(rr, 'overflow', False): break
        else:
            print('WARN overflow', idx, lab, tn, file=sys.stderr)
        faces.update([st['face'], st['tface'], st['fill']])
        img = degrade(rr.final(), r, np.random.default_rng(SEED + idx), st)
        jpg = not st['bw'] and r.random() < 0.4
        fname = f'{idx:03d}.' + ('jpg' if jpg else 'png')
        if jpg: img.save(f'{OUT}/images/{fname}', quality=r.randint(60, 85))
        else: img.save(f'{OUT}/images/{fname}', optimize=False)
        with open(f'{OUT}/texts/{idx:03d}.txt', 'w', encoding='utf-8') as f:
            f.write('\n'.join(l.strip('　 ') for l in rr.out + rr.tail if l.strip('　 ')) + '\n')
        rows.append((fname, lab, tn, idx, nt, st['pt'], st['dpi']))
        print(idx, lab, tn, 'notitle' if nt else '', f'{st["pt"]:.1f}pt', st['dpi'], file=sys.stderr)
    for sub, key in (('images', lambda x: x[0]), ('texts', lambda x: f'{x[3]:03d}.txt')):
        with open(f'{OUT}/{sub}/labels.csv', 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f); w.writerow(['file', 'label', 'template'])
            for x in rows: w.writerow([key(x), x[1], x[2]])
    print('faces used:', sorted(faces), file=sys.stderr)

if __name__ == '__main__':
    main()
