#!/usr/bin/python3
# Independent test set generator: Taiwanese local-tax-office documents (Taipei / New Taipei / Kaohsiung flavour).
import sys
import os, re, csv, math, random
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

SEED = 5150
if len(sys.argv) != 2:
    sys.exit('usage: python3 make_set.py OUTDIR  (writes OUTDIR/images and OUTDIR/texts)')
OUT = os.path.abspath(sys.argv[1])
R = random.Random(SEED)
np.random.seed(SEED)

FONTS = {
    'sans': ('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 3, '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', 3),
    'serif': ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 3, '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', 3),
    'uming': ('/usr/share/fonts/truetype/arphic/uming.ttc', 2, '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', 3),
    'ukai': ('/usr/share/fonts/truetype/arphic/ukai.ttc', 2, '/usr/share/fonts/truetype/arphic/ukai.ttc', 2),
    'wqy': ('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 0, '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', 3),
}
MONO = ('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 8)
_fc = {}
def font(path, idx, px):
    k = (path, idx, int(px))
    if k not in _fc:
        _fc[k] = ImageFont.truetype(path, int(px), index=idx)
    return _fc[k]

# ---------------------------------------------------------------- identifiers, numbers, dates
LETTER = dict(A=10,B=11,C=12,D=13,E=14,F=15,G=16,H=17,I=34,J=18,K=19,L=20,M=21,N=22,O=35,P=23,Q=24,R=25,S=26,T=27,U=28,V=29,W=32,X=30,Y=31,Z=33)
def pid(letter=None, sex=None):
    letter = letter or R.choice('AAAAFFFEEESH')
    d = [sex or R.choice([1, 2])] + [R.randint(0, 9) for _ in range(7)]
    n = LETTER[letter]
    s = n // 10 + (n % 10) * 9 + sum(x * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2, 1]))
    return letter + ''.join(map(str, d)) + str((10 - s % 10) % 10)
def ubn():
    while True:
        d = [R.randint(0, 9) for _ in range(7)]
        if d[6] == 7: continue
        for last in range(10):
            dd = d + [last]
            s = sum(sum(divmod(x * w, 10)) for x, w in zip(dd, [1, 2, 1, 2, 1, 2, 4, 1]))
            if s % 10 == 0:
                return ''.join(map(str, dd))
def money(n): return f'{n:,}'
DIG = '零壹貳參肆伍陸柒捌玖'
def fin(n):
    if n == 0: return '零元整'
    def four(x):
        s, z = '', False
        for i, u in enumerate(['仟', '佰', '拾', '']):
            dv = (x // 10 ** (3 - i)) % 10
            if dv == 0: z = bool(s)
            else:
                if z: s += '零'; z = False
                s += DIG[dv] + u
        return s
    parts, out = [], ''
    yi, wan, rest = n // 10 ** 8, (n // 10 ** 4) % 10 ** 4, n % 10 ** 4
    if yi: out += four(yi) + '億'
    if wan: out += ('零' if yi and wan < 1000 else '') + four(wan) + '萬'
    elif yi and rest: out += '零'
    if rest: out += ('零' if (yi or wan) and rest < 1000 and not out.endswith('零') else '') + four(rest)
    return out + '元整'
CN = '〇一二三四五六七八九'
def cnnum(n):
    if n < 10: return '一二三四五六七八九'[n - 1] if n else '〇'
    if n < 20: return '十' + (CN[n % 10] if n % 10 else '')
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
def rdate(y=None, m=None, d=None, style=None):
    y = y or R.choice([112, 113, 113, 114]); m = m or R.randint(1, 12); d = d or R.randint(1, 28)
    st = style if style is not None else R.randint(0, 5)
    if st == 0: return f'中華民國{y}年{m}月{d}日'
    if st == 1: return f'{y}年{m:02d}月{d:02d}日'
    if st == 2: return f'{y}/{m:02d}/{d:02d}'
    if st == 3: return f'{y}.{m}.{d}'
    if st == 4: return f'民國{y}年{m}月{d}日'
    return '中華民國' + ''.join(CN[int(c)] for c in str(y)) + '年' + cnnum(m) + '月' + cnnum(d) + '日'
def spaced(t): return '　'.join(t)

SUR = '陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡朱鍾游彭詹胡施沈余趙盧梁顏柯翁魏孫戴'
GIV = '志明淑芬美玲家豪俊傑雅婷怡君宗翰建宏冠宇佩珊淑惠文雄麗華秀英國榮俊宏承恩思妤宜蓁柏翰欣怡振興金水阿月春嬌信義'
def name():
    return R.choice(SUR) + R.choice(GIV) + R.choice(GIV)
CITIES = {
    '臺北市': (['大安區', '信義區', '中山區', '內湖區', '士林區', '文山區', '松山區', '萬華區', '北投區', '中正區'],
             ['忠孝東路', '信義路', '復興南路', '敦化北路', '民生東路', '內湖路', '士東路', '木柵路', '西園路', '光明路', '和平東路', '南京東路'], 'A'),
    '新北市': (['板橋區', '新莊區', '中和區', '三重區', '永和區', '新店區', '汐止區'],
             ['文化路', '中正路', '景平路', '重新路', '中山路', '北新路', '大同路', '民族路'], 'F'),
    '高雄市': (['苓雅區', '前鎮區', '三民區', '鼓山區', '左營區', '鳳山區', '楠梓區', '新興區', '小港區'],
             ['四維三路', '中華五路', '九如一路', '明誠四路', '博愛二路', '建國路', '青年一路', '自由二路', '翠華路', '五福一路', '光華二路'], 'E'),
}
def city(): return R.choice(['臺北市', '臺北市', '高雄市', '高雄市', '新北市'])
def addr(c=None, tw=None):
    c = c or city(); dists, roads, _ = CITIES[c]
    s = c + R.choice(dists) + R.choice(roads)
    if R.random() < 0.35 and not re.search('[一二三四五]路$', s): s += R.choice(['一', '二', '三']) + '段'
    if R.random() < 0.5: s += f'{R.randint(2, 350)}巷'
    if R.random() < 0.25: s += f'{R.randint(1, 30)}弄'
    s += f'{R.randint(1, 250)}號'
    if R.random() < 0.6: s += f'{R.randint(2, 18)}樓' + (f'之{R.randint(1, 6)}' if R.random() < 0.3 else '')
    if tw is not None and tw: s = s.replace('臺', '台')
    elif R.random() < 0.3: s = s.replace('臺', '台')
    return s
SEC = {'臺北市': ['仁愛段三小段', '敦化段二小段', '福德段一小段', '三張犁段四小段', '永春段', '西湖段五小段', '芝山段一小段', '萬盛段二小段'],
       '新北市': ['江翠段', '新海段', '員山段', '頂崁段', '永和段', '二重埔段'],
       '高雄市': ['林德段', '五權段', '三民段', '龍水段', '新光段', '凹子底段', '興中段', '鳳山段', '後勁段']}
def parcel(c):
    return R.choice(SEC[c]), f'{R.randint(1, 1200):04d}-{R.randint(0, 60):04d}' if R.random() < 0.6 else f'{R.randint(1, 900)}-{R.randint(1, 40)}'
def plate(moto=False):
    L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    if moto: return ''.join(R.choice(L) for _ in range(3)) + '-' + f'{R.randint(0, 9999):04d}'
    return ''.join(R.choice(L) for _ in range(3)) + '-' + f'{R.randint(1000, 9999)}'
def taxno(): return f'{R.randint(1, 99):02d}{R.randint(0, 99999999):08d}{R.randint(0, 9)}'
def phone(c):
    return {'臺北市': '02-27', '新北市': '02-29', '高雄市': '07-33'}[c] + f'{R.randint(10, 99)}-{R.randint(1000, 9999)}'
def mobile(): return f'09{R.randint(10, 89)}-{R.randint(100, 999)}-{R.randint(100, 999)}'
def bureau(c, branch=True, tw=None):
    br = {'臺北市': ['大安分處', '信義分處', '中正分處', '士林分處', '內湖分處', '北投分處', '文山分處', '松山分處', '中南分處'],
          '新北市': ['板橋分處', '新莊分處', '中和分處', '三重分處', '新店分處'],
          '高雄市': ['苓雅分處', '前鎮分處', '三民分處', '鼓山分處', '左營分處', '鳳山分處', '楠梓分處', '新興分處', '小港分處']}[c]
    b = (c + '政府稅捐稽徵處') if c == '新北市' else (c + '稅捐稽徵處')
    if branch: b += R.choice(br)
    if (tw is None and R.random() < 0.3) or tw: b = b.replace('臺', '台')
    return b
CO_A = ['永豐盛', '大昌', '宏達', '聯合', '嘉新', '福懋', '鼎泰', '興隆', '群益', '利新', '正和', '旭昇', '南星', '鴻圖', '佳美', '東揚', '金峰', '新港']
CO_B = ['實業', '國際', '企業', '建設', '開發', '貿易', '科技', '工業', '餐飲', '物流', '營造', '娛樂', '影城', '電子']
def company(kind=None): return R.choice(CO_A) + (kind or R.choice(CO_B)) + R.choice(['股份有限公司', '有限公司', '股份有限公司'])
def agent_office(kind='地政士'):
    return name() + kind + '事務所' if R.random() < 0.5 else R.choice(['信成', '安家', '永信', '誠正', '立達', '和平', '大德']) + kind + ('聯合事務所' if R.random() < 0.4 else '事務所')
BANKS = ['臺灣銀行', '合作金庫商業銀行', '第一商業銀行', '華南商業銀行', '彰化商業銀行', '中華郵政', '高雄銀行', '臺北富邦銀行', '國泰世華商業銀行', '玉山商業銀行']
def bank(): b = R.choice(BANKS); return b, b + ('' if '郵政' in b else R.choice(['信義分行', '苓雅分行', '三民分行', '板橋分行', '大安分行', '民生分行', '左營分行'])), ''.join(str(R.randint(0, 9)) for _ in range(R.choice([12, 13, 14])))

# ---------------------------------------------------------------- page layout engine
class Page:
    def __init__(self, dpi, face, body_pt):
        self.dpi = dpi; self.face = face
        self.W = int(round(8.27 * dpi)); self.H = int(round(11.69 * dpi))
        self.img = Image.new('RGB', (self.W, self.H), 'white')
        self.d = ImageDraw.Draw(self.img)
        self.ml = int(dpi * R.uniform(0.7, 0.95)); self.mr = self.W - int(dpi * R.uniform(0.7, 0.95))
        self.y = int(dpi * R.uniform(0.65, 0.9)); self.bottom = self.H - int(dpi * 0.6)
        self.body_pt = body_pt; self.lines = []; self.overflow = False; self.post = []
    def px(self, pt): return pt * self.dpi / 72.0
    def f(self, pt=None, bold=False, face=None):
        fa = FONTS[face or self.face]
        p, i = (fa[2], fa[3]) if bold else (fa[0], fa[1])
        return font(p, i, self.px(pt or self.body_pt))
    def wrap(self, text, fnt, width):
        toks = re.findall(r'[A-Za-z0-9,.\-/:$()%@_~]+|\s+|.', text)
        lines, cur = [], ''
        for t in toks:
            if fnt.getlength(cur + t) <= width or not cur or t in '，。、；：）」』！？)':
                cur += t
            else:
                lines.append(cur.rstrip()); cur = t.lstrip()
        if cur.strip() or not lines: lines.append(cur.rstrip())
        return lines
    def fits(self, h):
        if self.y + h > self.bottom: self.overflow = True; return False
        return True
    def text(self, s, pt=None, bold=False, align='left', face=None, indent=0, gap=0.35, fill='black', hang=0, record=True):
        fnt = self.f(pt, bold, face); lh = fnt.size * 1.42
        width = self.mr - self.ml - indent
        for i, ln in enumerate(self.wrap(s, fnt, width - (hang if True else 0))):
            if not self.fits(lh): return
            x = self.ml + indent + (hang if i > 0 else 0)
            w = fnt.getlength(ln)
            if align == 'center': x = (self.ml + self.mr - w) / 2
            elif align == 'right': x = self.mr - w
            self.d.text((x, self.y), ln, font=fnt, fill=fill)
            if record: self.lines.append(ln)
            self.y += lh
        self.y += fnt.size * gap
    def title(self, s, pt=None, bold=True, gap=0.6, face=None):
        pt = pt or self.body_pt * R.uniform(1.5, 1.9)
        while pt > self.body_pt * 1.1 and self.f(pt, bold, face).getlength(s) > (self.mr - self.ml) * 0.96: pt *= 0.93
        if self.f(pt, bold, face).getlength(s) > (self.mr - self.ml) * 0.96 and '　' in s: s = s.replace('　', '')
        self.text(s, pt, bold, 'center', face, gap=gap)
    def space(self, k=1.0): self.y += self.px(self.body_pt) * k
    def hline(self, w=2, double=False):
        self.d.line([(self.ml, self.y), (self.mr, self.y)], fill='black', width=w)
        if double: self.d.line([(self.ml, self.y + w * 3), (self.mr, self.y + w * 3)], fill='black', width=max(1, w // 2))
        self.y += self.px(self.body_pt) * 0.6
    def pair(self, left, right, pt=None):
        fnt = self.f(pt); lh = fnt.size * 1.45
        if not self.fits(lh): return
        self.d.text((self.ml, self.y), left, font=fnt, fill='black')
        self.d.text((self.mr - fnt.getlength(right), self.y), right, font=fnt, fill='black')
        self.lines.append(left + ' ' + right if left and right else left or right); self.y += lh
    def grid(self, rows, pt=None, shade=True, lw=None, hand=None):
        """rows: list of rows; row = list of (text, frac[, kind]); kind 'L' label (shaded, centered), 'V' value, 'C' centered value."""
        fnt = self.f(pt); lw = lw or max(2, self.dpi // 100)
        hf = self.f(pt, face=hand) if hand else fnt
        pad = fnt.size * 0.35; lh = fnt.size * 1.35
        W = self.mr - self.ml
        top = self.y
        self.d.line([(self.ml, top), (self.mr, top)], fill='black', width=lw)
        for row in rows:
            tot = sum(c[1] for c in row)
            cells, x = [], self.ml
            for c in row:
                kind = c[2] if len(c) > 2 else 'V'
                w = W * c[1] / tot
                ff = hf if kind == 'H' else fnt
                ls = [] if c[0] == '' else sum((self.wrap(part, ff, w - 2 * pad) for part in c[0].split('\n')), [])
                cells.append((x, w, ls, kind, ff)); x += w
            h = max(1, max(len(c[2]) for c in cells)) * lh + 2 * pad
            if not self.fits(h): break
            for (x, w, ls, kind, ff) in cells:
                if kind == 'L' and shade:
                    self.d.rectangle([x + 1, self.y + 1, x + w - 1, self.y + h - 1], fill=(232, 232, 232))
                for i, ln in enumerate(ls):
                    tx = x + pad
                    if kind in ('L', 'C'): tx = x + (w - ff.getlength(ln)) / 2
                    self.d.text((tx, self.y + pad + i * lh), ln, font=ff, fill='black')
                self.d.line([(x, self.y), (x, self.y + h)], fill='black', width=lw)
            self.d.line([(self.mr, self.y), (self.mr, self.y + h)], fill='black', width=lw)
            self.y += h
            self.d.line([(self.ml, self.y), (self.mr, self.y)], fill='black', width=lw)
            self.lines.append(' '.join(' '.join(c[2]) for c in cells if c[2]))
        self.y += fnt.size * 0.6
    def table(self, header, rows, fracs, pt=None, total=None):
        r = [[(h, f, 'L') for h, f in zip(header, fracs)]]
        for row in rows: r.append([(str(v), f, 'C') for v, f in zip(row, fracs)])
        if total: r.append([(str(v), f, 'C') for v, f in zip(total, fracs)])
        self.grid(r, pt)
    def kv(self, items, pt=None, keyw=None, hand=None, colon='：', underline=False):
        fnt = self.f(pt); hf = self.f(pt, face=hand) if hand else fnt
        kw = keyw or max(fnt.getlength(k + colon) for k, v in items) + fnt.size * 0.4
        for k, v in items:
            lh = fnt.size * 1.55
            vl = self.wrap(v, hf, self.mr - self.ml - kw) if v else ['']
            if not self.fits(lh * len(vl)): return
            self.d.text((self.ml, self.y), k + colon, font=fnt, fill='black')
            for i, ln in enumerate(vl):
                self.d.text((self.ml + kw, self.y + i * lh), ln, font=hf, fill='black')
                if underline: self.d.line([(self.ml + kw, self.y + (i + 1) * lh - 4), (self.mr, self.y + (i + 1) * lh - 4)], fill=(90, 90, 90), width=1)
            self.lines.append(k + colon + ' '.join(vl).strip() if len(vl) == 1 else k + colon + vl[0])
            for ln in vl[1:] if len(vl) > 1 else []: self.lines.append(ln)
            self.y += lh * len(vl)
        self.y += fnt.size * 0.3
    def checks(self, label, opts, chosen, pt=None, per_line=None):
        s = (label + '：' if label else '') + '　'.join(('■' if o in chosen else '□') + o for o in opts)
        self.text(s, pt)
    def paras(self, ps, indent_first=True, pt=None, face=None, gap=0.35):
        for p in ps:
            self.text(('　　' if indent_first else '') + p, pt, face=face, gap=gap)
    def numbered(self, items, pt=None, face=None, style='cn'):
        fnt = self.f(pt, face=face)
        for i, it in enumerate(items):
            pre = {'cn': '一二三四五六七八九'[i] + '、', 'ar': f'{i + 1}.', 'par': f'({i + 1})', 'full': '１２３４５６７８９'[i] + '．'}[style]
            self.text(pre + it, pt, face=face, hang=fnt.getlength(pre))
    def letterhead(self, comp, ubn_, ad, tel, fax=None, pt=None):
        self.text(comp, (pt or self.body_pt) * 1.6, bold=True, align='center')
        s = f'統一編號：{ubn_}　地址：{ad}'
        self.text(s, self.body_pt * 0.85, align='center', gap=0.1)
        self.text(f'電話：{tel}' + (f'　傳真：{fax}' if fax else ''), self.body_pt * 0.85, align='center', gap=0.2)
        self.hline(max(2, self.dpi // 80), double=R.random() < 0.5)
    def faxhead(self, sender, faxno, pg='P.01'):
        fnt = font(MONO[0], MONO[1], self.px(8.5))
        s = f'{R.randint(2023, 2025)}/{R.randint(1, 12):02d}/{R.randint(1, 28):02d} {R.randint(8, 17):02d}:{R.randint(0, 59):02d}   FAX {faxno}   {sender}   {pg}'
        self.d.text((int(self.dpi * 0.3), int(self.dpi * 0.18)), s, font=fnt, fill='black')
        self.lines.insert(0, s); self.fax = True
    def sign(self, items, pt=None, seal=None):
        self.space(0.5)
        for k, v in items: self.text(f'{k}：{v}', pt, indent=int((self.mr - self.ml) * 0.45), gap=0.15)
        if seal: self.post.append(('seal', seal, self.mr - self.px(self.body_pt) * 4.5, self.y - self.px(self.body_pt) * 3.6))
    def stamp(self, org, date, where=None):
        self.post.append(('stamp', org, date, where))
    def render_post(self):
        for p in self.post:
            if p[0] == 'seal': draw_seal(self, p[1], p[2], p[3])
            else: draw_stamp(self, p[1], p[2], p[3])

def draw_seal(pg, nm, x, y):
    s = int(pg.px(pg.body_pt) * 2.6); ch = (nm + '印')[:4] if len(nm) == 3 else nm[:4]
    im = Image.new('RGBA', (s, s), (0, 0, 0, 0)); d = ImageDraw.Draw(im)
    col = (200, 30, 30, 200)
    d.rectangle([2, 2, s - 3, s - 3], outline=col, width=max(3, s // 22))
    f = font(FONTS['serif'][2], 3, s * 0.38)
    order = [ch[2:4] if len(ch) > 2 else '', ch[:2]]
    # traditional seal: right column first, top to bottom
    cols = [ch[0:2], ch[2:4]]
    for ci, colchars in enumerate(cols):
        for ri, c in enumerate(colchars):
            cx = s - (ci + 1) * s / 2 + s * 0.06; cy = ri * s / 2 + s * 0.04
            d.text((cx, cy), c, font=f, fill=col)
    im = im.rotate(R.uniform(-8, 8), expand=True)
    pg.img.paste(im, (int(x), int(y)), im); pg.lines.append(ch)

def draw_stamp(pg, org, date, where):
    s = int(pg.dpi * R.uniform(1.15, 1.45)); circle = R.random() < 0.5
    w, h = (s, s) if circle else (int(s * 1.45), int(s * 0.8))
    im = Image.new('RGBA', (w, h), (0, 0, 0, 0)); d = ImageDraw.Draw(im)
    col = R.choice([(205, 35, 40, 170), (190, 40, 60, 160), (90, 90, 140, 170), (110, 110, 110, 170)])
    lw = max(3, s // 60)
    if circle:
        d.ellipse([lw, lw, w - lw, h - lw], outline=col, width=lw); d.ellipse([lw * 4, lw * 4, w - lw * 4, h - lw * 4], outline=col, width=max(1, lw // 2))
    else:
        d.rectangle([lw, lw, w - lw, h - lw], outline=col, width=lw)
    f1 = font(FONTS['sans'][2], 3, h * 0.12); f2 = font(FONTS['sans'][0], 3, h * 0.13); f3 = font(FONTS['sans'][2], 3, h * 0.17)
    num = f'收文字號 {R.randint(11, 99)}{R.randint(10000, 99999)}' if R.random() < 0.5 else ''
    tl = [(org, f1), ('收　文', f3), (date, f2)] + ([(num, f1)] if num else [])
    fitted = []
    for t, f in tl:
        tw = f.getlength(t); lim = w * (0.7 if circle else 0.86)
        if tw > lim: f = font(f.path, 3 if 'Noto' in f.path else 0, f.size * lim / tw)
        fitted.append((t, f))
    tot = sum(f.size * 1.3 for t, f in fitted); avail = h * (0.72 if circle else 0.86)
    if tot > avail:
        k = avail / tot; fitted = [(t, font(f.path, 3, f.size * k)) for t, f in fitted]; tot = avail
    ty = (h - tot) / 2
    for t, f in fitted:
        tw = f.getlength(t)
        d.text(((w - tw) / 2, ty), t, font=f, fill=col); ty += f.size * 1.3
    im = im.rotate(R.uniform(-15, 15), expand=True)
    if where is None: where = (R.uniform(0.45, 0.75), R.uniform(0.05, 0.6))
    x = int(pg.W * where[0]); y = int(pg.H * where[1])
    pg.img.paste(im, (x, y), im)
    for t, f in tl: pg.lines.append(t)

def degrade(pg, idx):
    im = pg.img.convert('L')
    fax = getattr(pg, 'fax', False)
    paper = R.randint(228, 252)
    a = np.asarray(im).astype(np.float32)
    a = paper - (255 - a) * (paper / 255.0) * R.uniform(0.85, 1.0)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if fax:
        sw, sh = im.size; im = im.resize((sw // 2, sh // 2), Image.BILINEAR).resize((sw, sh), Image.NEAREST)
    im = im.rotate(R.uniform(-2, 2), resample=Image.BICUBIC, fillcolor=paper, expand=False)
    im = im.filter(ImageFilter.GaussianBlur(R.uniform(0.3, 0.9)))
    a = np.asarray(im).astype(np.float32) + np.random.normal(0, R.uniform(2, 7), (im.size[1], im.size[0]))
    if R.random() < 0.3:  # uneven lighting / scanner shadow at an edge
        g = np.linspace(R.uniform(-25, 0), 0, a.shape[1])[None, :]; a += g if R.random() < 0.5 else g[:, ::-1]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    bw = fax or R.random() < 0.2
    if bw:
        im = im.point(lambda v: 255 if v > R.choice([150, 160, 170]) else 0).convert('1')
        if fax:
            a = np.asarray(im.convert('L')).copy()
            for _ in range(R.randint(2, 6)):
                r0 = R.randint(0, a.shape[0] - 3); a[r0:r0 + R.randint(1, 3), :] = np.where(np.random.rand(a.shape[1]) < 0.4, 0, a[r0, :])
            im = Image.fromarray(a).convert('1')
    if not bw and R.random() < 0.45:
        fn = f'{idx:03d}.jpg'; im.save(os.path.join(OUT, 'images', fn), quality=R.randint(60, 85))
    else:
        fn = f'{idx:03d}.png'; im.save(os.path.join(OUT, 'images', fn), optimize=True)
    return fn

def build(fn, face=None, dpi=None):
    dpi = dpi or R.choice([200, 240, 300, 300])
    face = face or R.choice(list(FONTS))
    st = R.getstate()
    for pt in [R.uniform(11, 13.5), 11, 10.5, 10]:
        R.setstate(st)
        pg = Page(dpi, face, pt); fn(pg)
        if not pg.overflow: break
    pg.render_post(); return pg

def idcopy(pg):
    """ID-card copy paste boxes found at the foot of many bureau forms (only when room is left)."""
    need = pg.px(pg.body_pt) * 12
    if pg.y + need > pg.bottom: return
    pg.space(1.5)
    w = (pg.mr - pg.ml) * 0.44; h = w * 0.63; f = pg.f(pg.body_pt * 0.9)
    labels = R.choice([('身分證正面影本黏貼處', '身分證反面影本黏貼處'), ('國民身分證正面影本', '國民身分證反面影本'), ('負責人身分證影本（正面）', '負責人身分證影本（反面）')])
    for i, t in enumerate(labels):
        x = pg.ml + i * (pg.mr - pg.ml - w)
        pg.d.rectangle([x, pg.y, x + w, pg.y + h], outline=(110, 110, 110), width=2)
        pg.d.text((x + (w - f.getlength(t)) / 2, pg.y + h / 2 - f.size / 2), t, font=f, fill=(90, 90, 90))
    pg.lines.append(' '.join(labels))
    pg.y += h + pg.px(pg.body_pt)

# ---------------------------------------------------------------- shared content helpers
def person(c=None):
    c = c or city()
    return dict(n=name(), id=pid(CITIES[c][2]), c=c, a=addr(c), tel=R.choice([phone(c), mobile()]))
def to_bureau(c):
    return R.choice(['此致', '謹致', '此　致']), bureau(c, R.random() < 0.7)
def closing(pg, c, who, extra=None, seal=True, date=True):
    a, b = to_bureau(c)
    pg.text(a, indent=pg.px(pg.body_pt) * 2, gap=0.1); pg.text(b, gap=0.5)
    items = [('申請人' if extra is None else extra, who['n'])] + ([('身分證字號', who['id'])] if R.random() < 0.6 else []) + [('電話', who['tel'])]
    pg.sign(items, seal=who['n'] if seal else None)
    if date: pg.text(rdate(), align='right' if R.random() < 0.5 else 'left')
def maybe_stamp(pg, c, p=0.6, where=None):
    if R.random() < p:
        pg.stamp(bureau(c, R.random() < 0.6, tw=False).replace('稅捐稽徵處', '稽徵處') if R.random() < 0.4 else bureau(c, True), rdate(style=R.choice([2, 3])), where)
def attach(pg, items, label=None):
    pg.text(label or R.choice(['附件：', '檢附文件：', '附繳證件：', '附件']), gap=0.1)
    pg.numbered(items, style=R.choice(['ar', 'par', 'full']))
def keep(lst, k):
    idx = sorted(R.sample(range(len(lst)), k)); return [lst[i] for i in idx]
def shuffle_take(lst, k): l = lst[:]; R.shuffle(l); return l[:k]
def bureau_head(pg, c, words):
    """form title: sometimes with bureau prefix, sometimes letter-spaced"""
    r = R.random()
    if r < 0.35: t = bureau(c, False) + words
    elif r < 0.55 and len(words) <= 10: t = spaced(words)
    else: t = words
    pg.title(t)
    return t

# ---------------------------------------------------------------- house-tax-relief
def htr_grid(pg):
    c = city(); p = person(c); tn = taxno()
    bureau_head(pg, c, R.choice(['房屋稅減免申請書', '房屋稅自住住宅稅率申請書', '房屋稅減免及自住稅率申請書']))
    pg.text(f'收件編號：____________　　申請日期：{rdate(style=1)}', pg.body_pt * 0.9, align='right')
    pg.grid([
        [('納稅義務人', 2, 'L'), (p['n'], 3, 'H'), ('身分證統一編號', 2, 'L'), (p['id'], 3, 'H')],
        [('房屋稅籍編號', 2, 'L'), (tn, 3, 'H'), ('聯絡電話', 2, 'L'), (p['tel'], 3, 'H')],
        [('房屋坐落', 2, 'L'), (addr(c), 8, 'H')],
        [('通訊地址', 2, 'L'), (p['a'], 8, 'H')],
        [('申請項目', 2, 'L'), ('\n'.join(('■' if i == 0 else '□') + t for i, t in enumerate(shuffle_take(
            ['自住住宅稅率（本人、配偶或直系親屬於該屋辦竣戶籍登記且無出租或供營業使用）', '房屋受災毀損面積達三成以上減徵', '騎樓走廊供公眾通行免徵', '公共設施保留地上房屋減半徵收', '身心障礙者自住房屋'], 4))), 8)],
        [('使用情形', 2, 'L'), (f'共{(fl := R.randint(3, 7))}層，申請範圍第{R.randint(1, fl)}層，面積{R.randint(40, 160)}.{R.randint(10, 99)}平方公尺，設籍人：{p["n"]}及家屬{R.randint(1, 4)}人', 8, 'H')],
    ], hand=R.choice(['ukai', None, None]))
    pg.text('※ 本人切結上開房屋無出租、無供營業使用，如有不實願依法補稅並受罰。', pg.body_pt * 0.9)
    attach(pg, shuffle_take(['戶口名簿影本', '身分證正反面影本', '房屋所有權狀影本', '委託書', '現場照片'], 3))
    closing(pg, c, p)
    (idcopy(pg) if R.random() < 0.6 else None); maybe_stamp(pg, c, 0.8)
def htr_generic(pg):
    c = city(); p = person(c); tn = taxno()
    pg.title(R.choice(['申　請　書', '申請書', '陳 情 書']))
    pg.kv([('申請人', p['n']), ('身分證統一編號', p['id']), ('住址', p['a']), ('聯絡電話', p['tel']),
           ('稅籍編號', tn), ('房屋地址', addr(c))], underline=True)
    why = R.choice([
        f'上址房屋於{rdate(style=4)}因鄰屋失火延燒，二樓以上燒毀，經消防局出具火災證明，毀損面積已超過五成，懇請准予房屋稅減免。',
        f'本人已於{rdate(style=4)}將戶籍遷入上址，原承租人於同月搬離，目前全家自住，無出租亦無營業，請改按自住住宅稅率課徵房屋稅。',
        f'該屋一樓騎樓依規定留設，供公眾通行，未設置任何攤位及阻礙物，請依房屋稅條例規定免徵該部分房屋稅。',
        f'因颱風豪雨造成屋頂坍塌，住屋已無法使用，現仍在修繕中，請派員勘查並按受損比例減徵本期房屋稅。'])
    pg.text('申請事由：', bold=True); pg.paras([why])
    attach(pg, shuffle_take(['火災證明書', '戶籍謄本', '照片六張', '建物登記謄本', '里長證明'], R.randint(2, 3)))
    closing(pg, c, p); (idcopy(pg) if R.random() < 0.6 else None); maybe_stamp(pg, c, 0.6)
def htr_letter(pg):
    c = city(); p = person(c); tn = taxno(); yr = R.choice([113, 114])
    pg.space(1)
    pg.text(R.choice(['敬啟者：', f'{bureau(c, True)}　承辦人員您好：', '稽徵處長官鈞鑒：']), gap=0.4)
    ps = R.sample([
        f'我是住在{p["a"]}的{p["n"]}，名下有一間房子在{addr(c)}（稅籍編號{tn}），{yr}年度的房屋稅單寄來之後，發現仍按非自住的稅率計算，金額是新臺幣{money(R.randint(8000, 42000))}元。',
        f'這間房子原本出租給學生，去年{R.randint(3, 11)}月租約到期以後就沒有再出租了，我兒子結婚後搬進去住，戶籍也在{rdate(yr - 1, style=4)}遷進去。',
        '麻煩貴處依照規定幫我改成自住用的稅率，若需要補什麼資料，請打電話通知我，我會儘快送過去。',
        '另外想請問若本期已經繳納，是否可以退還差額，或是抵繳下一期的稅款。'], 3)
    pg.paras(ps)
    pg.space(0.5); pg.text('謹此　敬祝　公安', gap=0.8)
    pg.text(f'{p["n"]}　敬上', align='right'); pg.text(f'聯絡電話 {p["tel"]}', align='right'); pg.text(rdate(style=R.choice([1, 2, 3])), align='right')
    maybe_stamp(pg, c, 0.7, (R.uniform(0.05, 0.5), R.uniform(0.6, 0.75)))
def htr_office(pg):
    c = city(); p = person(c); co = agent_office(R.choice(['地政士', '記帳士'])); oc = city(); fx = phone(oc)
    if R.random() < 0.5: pg.faxhead(co, fx)
    pg.letterhead(co, ubn(), addr(oc), phone(oc), fx)
    pg.kv([('受文者', bureau(c, True)), ('日期', rdate()), ('主旨', f'代{p["n"]}君申請所有房屋（稅籍編號{taxno()}）自用住宅稅率，檢附相關文件，請查照。')], keyw=None)
    pg.text('說明：', gap=0.1)
    pg.numbered([f'本所受委任人{p["n"]}（身分證字號{p["id"]}）之委託辦理本案，委託書如附件。',
                 f'房屋坐落{addr(c)}，委任人本人於該址設有戶籍，且全國僅持有該戶住家用房屋，符合房屋稅條例第5條規定。',
                 '檢附戶口名簿影本、所有權狀影本及委託書各乙份，敬請惠予核准。'])
    pg.sign([('地政士' if '地政' in co else '記帳士', name()), ('證書字號', f'({R.randint(90, 112)})台內地登字第{R.randint(10000, 99999)}號' if '地政' in co else f'({R.randint(95, 112)})台財稅登字第{R.randint(1000, 9999)}號')])
    maybe_stamp(pg, c, 0.7)

# ---------------------------------------------------------------- land-value-tax-self-use
def lvt_grid(pg):
    c = city(); p = person(c); d = R.choice(CITIES[c][0])
    bureau_head(pg, c, R.choice(['地價稅自用住宅用地申請書', '地價稅按自用住宅用地稅率課徵申請書', '適用自用住宅用地稅率申請書']))
    pg.text(f'申請年度：{R.choice([113, 114])}年度　　　　　　單位：平方公尺', pg.body_pt * 0.9)
    rows = []
    for _ in range(R.randint(1, 4)):
        s, n = parcel(c)
        rows.append([d, s, n, f'{R.randint(20, 400)}.{R.randint(10, 99)}', R.choice(['1/1', '1/2', '1/4', f'{R.randint(1, 99)}/10000', f'{R.randint(100, 999)}/100000'])])
    pg.table(['鄉鎮市區', '段　小段', '地號', '面積', '權利範圍'], rows, [2, 3, 2, 2, 2])
    pg.grid([[('土地所有權人', 2, 'L'), (p['n'], 3), ('身分證統一編號', 2, 'L'), (p['id'], 3)],
             [('地上建物門牌', 2, 'L'), (addr(c), 8)],
             [('設籍人姓名', 2, 'L'), ('、'.join([p['n']] + [name() for _ in range(R.randint(0, 3))]), 4), ('與所有權人關係', 2, 'L'), (R.choice(['本人', '本人、配偶', '本人、子女', '配偶、直系親屬']), 2)],
             [('使用情形', 2, 'L'), ('■無出租　■無供營業使用　□部分出租　□部分營業', 8)]])
    pg.text('注意事項：本申請應於每年9月22日以前提出，逾期申請者自申請之次年開始適用。都市土地面積以三公畝、非都市土地以七公畝為限。', pg.body_pt * 0.85)
    closing(pg, c, p, '申請人（土地所有權人）')
    maybe_stamp(pg, c, 0.8)
def lvt_table(pg):
    c = city(); p = person(c); d = R.choice(CITIES[c][0])
    pg.title(R.choice(['土地使用情形清冊', '申請案件土地明細表', '土地明細表']))
    pg.kv([('所有權人', p['n']), ('統一編號', p['id']), ('申請事項', R.choice(['地價稅改按千分之二稅率課徵', '申請適用自用住宅用地優惠稅率', '地價稅特別稅率']))])
    rows = []
    for i in range(R.randint(5, 11)):
        s, n = parcel(c)
        rows.append([i + 1, d + s, n, f'{R.randint(10, 300)}.{R.randint(10, 99)}', R.choice(['1/1', '1/3', f'{R.randint(1, 999)}/10000']), R.choice(['自住', '自住', '自住', '空地', '出租'])])
    pg.table(['序號', '地段', '地號', '面積(㎡)', '持分', '現況'], rows, [1, 4, 2, 2, 2, 1.5])
    pg.text(f'地上房屋門牌：{addr(c)}；設籍：{p["n"]}及配偶，無出租、無營業。', gap=0.3)
    pg.sign([('申請人', p['n']), ('電話', p['tel'])], seal=p['n'])
    pg.text(rdate(style=R.choice([0, 2])), align='right')
    maybe_stamp(pg, c, 0.6)
def lvt_letter(pg):
    c = city(); p = person(c); s, n = parcel(c); d = R.choice(CITIES[c][0])
    pg.space(1.5)
    pg.text(R.choice(['承辦先生／小姐您好：', '敬啟者：', f'{bureau(c, False)}　鈞鑒：']), gap=0.5)
    pg.paras(keep([
        f'本人{p["n"]}（身分證{p["id"]}）於{rdate(style=4)}因繼承取得{d}{s}{n}地號土地，持分{R.choice(["二分之一", "全部", "四分之一"])}，地上房屋現由本人全家居住。',
        f'戶籍已於{rdate(style=1)}遷入{addr(c)}，房屋沒有出租，也沒有做生意，符合自用住宅用地的條件。',
        '懇請貴處自今年起地價稅按千分之二的自用住宅用地稅率核課，需要的戶口名簿影本及土地謄本已附在後面。',
        '如果今年度來不及適用，也請告知從哪一年開始，謝謝。'], R.randint(3, 4)))
    pg.space(1)
    pg.text(f'申請人　{p["n"]}　（簽章）', align='right'); pg.text(f'手機：{mobile()}', align='right'); pg.text(rdate(style=R.choice([2, 3, 5])), align='right')
    maybe_stamp(pg, c, 0.7)
def lvt_cover(pg):
    c = city(); p = person(c); co = agent_office('地政士'); oc = c; fx = phone(oc)
    if R.random() < 0.5: pg.faxhead(co, fx, 'P.1/3')
    pg.letterhead(co, ubn(), addr(oc), phone(oc), fx)
    pg.space(0.5); pg.text(f'致：{bureau(c, True)}', gap=0.2); pg.text(f'日期：{rdate(style=2)}', gap=0.5)
    s, n = parcel(c)
    pg.paras([f'本所受{p["n"]}君委託，就其所有{R.choice(CITIES[c][0])}{s}{n}地號土地，申請自{R.choice([113, 114])}年起按自用住宅用地稅率課徵地價稅，謹檢送申請書及附件如下，敬請核辦。',
              f'所有權人與配偶、未成年子女全國僅此一處適用，地上建物{addr(c)}並無出租或營業情事。'])
    pg.table(['附件名稱', '份數'], [['申請書', '1'], ['戶口名簿影本', '1'], ['土地登記謄本', '1'], ['建物登記謄本', '1'], ['委託書', '1']], [5, 1])
    pg.text('如有疑義請逕洽本所承辦人 ' + name() + ' 分機 ' + str(R.randint(10, 39)), gap=0.3)
    pg.sign([('地政士', name())], seal=None)
    maybe_stamp(pg, c, 0.7)

# ---------------------------------------------------------------- vehicle-license-tax-exemption
def vlt_grid(pg):
    c = city(); p = person(c); o = person(c)
    bureau_head(pg, c, R.choice(['身心障礙者使用車輛免徵使用牌照稅申請書', '使用牌照稅免稅申請書', '身心障礙者免徵使用牌照稅申請書']))
    moto = R.random() < 0.2
    pg.grid([[('車主姓名', 2, 'L'), (o['n'], 3, 'H'), ('身分證統一編號', 2, 'L'), (o['id'], 3, 'H')],
             [('車牌號碼', 2, 'L'), (plate(moto), 3, 'H'), ('汽缸總排氣量', 2, 'L'), (f'{R.choice([1298, 1496, 1598, 1798, 1998, 2362, 2494]) if not moto else R.choice([124, 149])} c.c.', 3, 'H')],
             [('身心障礙者姓名', 2, 'L'), (p['n'], 3, 'H'), ('身分證統一編號', 2, 'L'), (p['id'], 3, 'H')],
             [('與車主關係', 2, 'L'), ('　'.join(('■' if i == 0 else '□') + t for i, t in enumerate(shuffle_take(['本人', '配偶', '同一戶籍親屬', '監護人'], 4))), 8)],
             [('身心障礙證明', 2, 'L'), (f'障礙類別：{R.choice(["第7類", "第1類", "第2類", "肢障", "視障"])}　等級：{R.choice(["輕度", "中度", "重度", "極重度"])}　重新鑑定日期：{rdate(style=2)}', 8, 'H')],
             [('戶籍地址', 2, 'L'), (p['a'], 8, 'H')],
             [('聯絡電話', 2, 'L'), (p['tel'], 8, 'H')]], hand=R.choice(['ukai', None]))
    pg.text('※每一身心障礙者以一輛為限；車輛過戶、報廢或障礙者死亡時應於30日內申報。', pg.body_pt * 0.85)
    attach(pg, shuffle_take(['身心障礙證明影本', '行車執照影本', '戶口名簿影本', '駕照影本'], 3))
    closing(pg, c, o); (idcopy(pg) if R.random() < 0.6 else None); maybe_stamp(pg, c, 0.8)
def vlt_org(pg):
    c = city(); org = R.choice(['社團法人' + c + '身心障礙者福利協進會', '財團法人' + R.choice(['慈心', '伊甸', '樂扶', '心路']) + '社會福利基金會', c + R.choice(['仁愛', '博愛', '安康']) + '醫院']); u = ubn(); ad = addr(c)
    if R.random() < 0.4: pg.faxhead(org[:12], phone(c))
    pg.letterhead(org, u, ad, phone(c))
    pg.kv([('受文者', bureau(c, False)), ('發文日期', rdate()), ('主旨', R.choice(['本會新購復康巴士乙輛，申請免徵使用牌照稅，請　核准。', '本院救護車申請免徵使用牌照稅，請惠予辦理。', '申請專供載運身心障礙者之交通車免稅，敬請核辦。']))])
    pg.text('說明：', gap=0.1)
    pg.numbered([f'車牌號碼：{plate()}，廠牌：{R.choice(["福特", "豐田", "福斯", "中華"])}，排氣量{R.choice([1998, 2488, 2694, 2982])}c.c.，領照日期：{rdate(style=3)}。',
                 '該車輛專供本單位服務使用，車身兩側已漆印單位名稱及用途，未作其他用途。',
                 '檢附行車執照、立案證書及車輛照片影本各乙份。'])
    pg.sign([('負責人', name()), ('聯絡人', name() + ' ' + phone(c))])
    maybe_stamp(pg, c, 0.7)
def vlt_letter(pg):
    c = city(); p = person(c); s = person(c); pl = plate()
    pg.space(2)
    pg.paras(keep([
        f'家{R.choice(["母", "父", "兄", "妹"])}{s["n"]}領有身心障礙證明（{R.choice(["中度", "重度"])}），平日就醫與復健都需要家人開車接送。',
        f'我名下車號{pl}的自用小客車，就是專門用來載{R.choice(["她", "他"])}往返醫院，我們同住在{p["a"]}，戶籍在同一戶。',
        '聽說這種情形可以申請免繳使用牌照稅，因此寫信申請，請問還需要準備什麼文件？',
        f'附上證明影本、行照影本與戶口名簿影本，若有不足請來電{p["tel"]}。'], 4))
    pg.space(1); pg.text(f'車主 {p["n"]} 敬上', align='right'); pg.text(f'身分證字號 {p["id"]}', align='right'); pg.text(rdate(style=R.choice([1, 3])), align='right')
    maybe_stamp(pg, c, 0.7)
def vlt_checkform(pg):
    c = city(); p = person(c)
    pg.title(R.choice(['地方稅申請書', '申　請　書', '各項稅捐申請書']))
    pg.text(f'受理機關：{bureau(c, True)}', gap=0.3)
    pg.checks('稅目', ['房屋稅', '地價稅', '使用牌照稅', '契稅', '其他'], ['使用牌照稅'])
    pg.checks('申請事項', ['免稅', '減稅', '註銷免稅', '更正', '換車'], [R.choice(['免稅', '換車'])])
    pg.kv([('車號', plate()), ('車主', p['n']), ('證號', p['id']), ('身障者', name()), ('住址', p['a']), ('電話', p['tel'])], hand='ukai', underline=True)
    pg.text('說明（請填寫）：', gap=0.1)
    pg.text(R.choice(['舊車已報廢，原免稅資格請轉到新車，新車今天剛領牌。', '本人為身心障礙者，車子自己駕駛，請申請免牌照稅。', '兒子是身障者，車輛登記在我名下，請准予免稅。']), face='ukai')
    pg.sign([('申請人', p['n'])], seal=p['n']); (idcopy(pg) if R.random() < 0.6 else None); maybe_stamp(pg, c, 0.8)

# ---------------------------------------------------------------- deed-tax-declaration
def deed_grid(pg):
    c = city(); b = person(c); s = person(); kind = R.choice(['買賣', '買賣', '贈與', '交換', '分割', '典權'])
    t = R.choice(['契稅申報書', '房屋契稅申報書', '契稅申報書'])
    pg.title(spaced(t) if R.random() < 0.5 else (bureau(c, False) + t if R.random() < 0.5 else t))
    pg.checks('契約種類', ['買賣', '典權', '交換', '贈與', '分割', '占有'], [kind])
    pr = R.randint(60, 900) * 10000
    pg.grid([[('房屋坐落', 2, 'L'), (addr(c), 6), ('稅籍編號', 2, 'L'), (taxno(), 3)],
             [('立約日期', 2, 'L'), (rdate(style=R.choice([0, 4])), 4), ('申報移轉價格', 2, 'L'), (f'新臺幣{money(pr)}元', 5)],
             [('移轉範圍', 2, 'L'), (R.choice(['全部', '1/2', '持分1/3']), 4), ('房屋評定現值', 2, 'L'), (money(R.randint(80000, 900000)) + '元', 5)],
             [('', 1, 'L'), ('姓名或名稱', 3, 'L'), ('統一編號', 3, 'L'), ('住址', 6, 'L')],
             [('權利人(新所有權人)', 1, 'L'), (b['n'], 3, 'C'), (b['id'], 3, 'C'), (b['a'], 6)],
             [('義務人(原所有權人)', 1, 'L'), (s['n'], 3, 'C'), (s['id'], 3, 'C'), (s['a'], 6)]])
    pg.text(f'代理人：{agent_office()}　地政士 {name()}　電話：{phone(c)}', pg.body_pt * 0.9)
    pg.text('本契稅申報應於不動產移轉契約成立之日起30日內為之，逾期依契稅條例規定加徵怠報金。', pg.body_pt * 0.85)
    pg.sign([('申報人', b['n'])], seal=b['n']); pg.text(rdate(style=2), align='right')
    maybe_stamp(pg, c, 0.8)
def deed_kv(pg):
    c = city(); b = person(c); s = person(c); pr = R.randint(50, 1500) * 10000
    pg.title(R.choice(['不動產移轉契稅申報', '契稅申報書（買賣）', '房屋移轉申報契稅']))
    pg.kv([('受理機關', bureau(c, True)), ('房屋門牌', addr(c)), ('建號', f'{R.choice(SEC[c])}{R.randint(100, 9999)}建號'), ('買受人', f'{b["n"]}（{b["id"]}）'),
           ('出賣人', f'{company("建設")}（統一編號{ubn()}）' if R.random() < 0.5 else f'{s["n"]}（{s["id"]}）'),
           ('契約成立日', rdate()), ('買賣價款', f'新臺幣{fin(pr)}（NT${money(pr)}）'), ('應納稅額（試算）', f'{money(R.randint(5000, 60000))}元')])
    attach(pg, ['公定契紙（契稅申報用）正副本', '買賣契約書影本', '雙方身分證明文件影本'])
    pg.sign([('申報人', b['n']), ('代理人', name() + '（地政士）')], seal=b['n'])
    maybe_stamp(pg, c, 0.7)
def deed_cover(pg):
    c = city(); b = person(c); s = person(c); co = agent_office('地政士'); fx = phone(c)
    if R.random() < 0.6: pg.faxhead(co, fx)
    pg.letterhead(co, ubn(), addr(c), phone(c), fx)
    pg.text(f'受文者：{bureau(c, True)}', gap=0.2)
    pg.text(f'中華民國{R.choice([113, 114])}年{R.randint(1, 12)}月{R.randint(1, 28)}日', gap=0.6)
    kind = R.choice(['買賣', '贈與', '夫妻贈與'])
    pg.paras([f'茲受{b["n"]}君委託，就其向{s["n"]}君{("購買" if kind == "買賣" else "受贈")}之房屋一棟（門牌：{addr(c)}），檢具公定契紙及相關文件，於法定期限內向貴處辦理申報，並請核發繳款書以便繳納。',
              f'本件契約於{rdate(style=4)}成立，{"申報價格依契約所載新臺幣" + money(R.randint(300, 2500) * 10000) + "元" if kind == "買賣" else "以房屋評定標準價格為準"}；土地部分之移轉現值申報另案辦理。',
              '隨函附送：公定契紙、契約書影本、雙方身分證影本、委任書各一份。'])
    pg.sign([('地政士', name()), ('承辦', name())], seal=None); maybe_stamp(pg, c, 0.6)
def deed_letter(pg):
    c = city(); b = person(c); comp = company('建設')
    pg.space(1.5); pg.text('您好：', gap=0.4)
    pg.paras(keep([
        f'我是{b["n"]}，最近向{comp}買了預售屋，建物已經完成第一次登記，門牌為{addr(c)}。',
        f'建商說房屋的移轉要在契約日起三十天內報稅，所以今天把蓋好章的契紙和買賣合約影本一起寄給你們。',
        '想確認一下：這間是新成屋，契稅應該是用評定現值乘以百分之六來算，對嗎？',
        f'繳款書請寄到我現在住的地方：{b["a"]}。'], 4))
    pg.space(1); pg.text(f'{b["n"]} 上', align='right'); pg.text(b['tel'], align='right'); pg.text(rdate(style=3), align='right')
    maybe_stamp(pg, c, 0.7)

# ---------------------------------------------------------------- land-value-increment-tax-declaration
def lvi_grid(pg):
    c = city(); s = person(c); b = person(); d = R.choice(CITIES[c][0])
    t = R.choice(['土地增值稅(土地現值)申報書', '土地增值稅申報書', '土地現值申報書'])
    pg.title(spaced(t) if len(t) < 8 and R.random() < 0.5 else t)
    pg.text(f'受理機關：{bureau(c, True)}　　收件日期：______　收件號：______', pg.body_pt * 0.85)
    rows = []
    for _ in range(R.randint(1, 3)):
        sec, no = parcel(c)
        rows.append([d, sec, no, f'{R.randint(30, 500)}.{R.randint(10, 99)}', R.choice(['1/1', '1/2', f'{R.randint(10, 999)}/10000']),
                     money(R.randint(60000, 900000)), f'{R.randint(80, 105)}.{R.randint(1, 12):02d}'])
    pg.table(['區', '段小段', '地號', '面積㎡', '移轉持分', '申報現值(元/㎡)', '前次移轉年月'], rows, [1.2, 2.3, 1.8, 1.5, 1.5, 2, 1.8], pt=pg.body_pt * 0.9)
    pg.grid([[('義務人(出賣人)', 2, 'L'), (f'{s["n"]}　{s["id"]}', 5), ('電話', 1, 'L'), (s['tel'], 3)],
             [('權利人(買受人)', 2, 'L'), (f'{b["n"]}　{b["id"]}', 5), ('電話', 1, 'L'), (b['tel'], 3)],
             [('移轉原因', 2, 'L'), ('　'.join(('■' if i == 0 else '□') + x for i, x in enumerate(shuffle_take(['買賣', '贈與', '交換', '共有物分割', '拍賣'], 5))), 9)],
             [('自用住宅用地', 2, 'L'), (R.choice(['■申請按自用住宅用地稅率課徵（一生一次）', '■申請按自用住宅用地稅率課徵（一生一屋）', '□申請按自用住宅用地稅率課徵']), 9)],
             [('契約訂定日', 2, 'L'), (rdate(style=1), 4), ('地上房屋門牌', 2, 'L'), (addr(c), 5)]])
    pg.text('義務人應於訂定契約之日起三十日內，會同權利人申報土地移轉現值。', pg.body_pt * 0.85)
    pg.sign([('義務人', s['n']), ('權利人', b['n']), ('代理人', name())])
    maybe_stamp(pg, c, 0.8)
def lvi_kv(pg):
    c = city(); s = person(c); b = person(c); sec, no = parcel(c)
    pg.title(R.choice(['土地移轉現值申報', '土地增值稅自用住宅用地申請', '增值稅申報附表']))
    pg.kv([('土地標示', f'{c}{R.choice(CITIES[c][0])}{sec}{no}地號'), ('面積', f'{R.randint(20, 300)}.{R.randint(10, 99)}平方公尺'), ('權利範圍', R.choice(['全部', '二分之一', '10000分之248'])),
           ('本次申報現值', f'每平方公尺新臺幣{money(R.randint(50000, 800000))}元'), ('前次移轉現值', f'{rdate(style=3)} 每平方公尺{money(R.randint(20000, 300000))}元'),
           ('出賣人', f'{s["n"]}（{s["id"]}）'), ('買受人', f'{b["n"]}（{b["id"]}）'), ('改良土地費用', R.choice(['無', f'{money(R.randint(50000, 500000))}元（附工程受益費收據）'])),
           ('適用稅率', R.choice(['一般稅率', '自用住宅用地稅率10%', '自用住宅用地稅率10%（一生一屋）']))])
    pg.paras(['上開土地確為出賣前一年內無出租、無營業使用，出賣人本人或配偶、直系親屬於該地辦竣戶籍登記，特此申報。'])
    pg.sign([('申報人', s['n'])], seal=s['n']); pg.text(rdate(), align='right'); maybe_stamp(pg, c, 0.7)
def lvi_cover(pg):
    c = city(); s = person(c); b = person(); co = agent_office('地政士'); fx = phone(c); sec, no = parcel(c)
    if R.random() < 0.5: pg.faxhead(co, fx, 'P.01/04')
    pg.letterhead(co, ubn(), addr(c), phone(c), fx)
    pg.kv([('致', bureau(c, True)), ('日期', rdate(style=2)), ('事由', f'{s["n"]}出售{sec}{no}地號土地')])
    pg.paras([f'本所代理出賣人{s["n"]}與買受人{b["n"]}辦理上開土地之所有權移轉，業於{rdate(style=4)}訂立買賣契約，依限檢送土地現值申報書正副本各乙份。',
              f'出賣人於該地設籍逾{R.randint(2, 20)}年，出售前一年內未出租、未營業，且未曾使用過自用住宅用地優惠稅率，請依土地稅法第34條規定按百分之十稅率核課土地增值稅。',
              '另同時申報之房屋契稅一併送件，繳款書請寄本所代轉。'])
    pg.sign([('地政士', name())]); maybe_stamp(pg, c, 0.7)
def lvi_letter(pg):
    c = city(); s = person(c); sec, no = parcel(c)
    pg.space(1.5); pg.text(R.choice(['稅捐處承辦人員，您好：', '敬啟者：', '您好：']), gap=0.4)
    pg.paras(keep([
        f'我們家住在{s["a"]}已經二十多年，現在因為要搬去與子女同住，把房子連同土地（{sec}{no}地號）賣掉了。',
        '代書說土地增值稅可以申請自用住宅的優惠稅率，但是我十幾年前賣過另一間房子，不確定當時有沒有用過一生一次的優惠。',
        '如果已經用過，是否能符合一生一屋的條件？我名下只有這一間，持有也超過六年。',
        f'隨信附上申報書影本與戶籍謄本，懇請協助審核，聯絡電話{s["tel"]}。'], 4))
    pg.space(1); pg.text(f'{s["n"]}　敬上　{rdate(style=R.choice([1, 2]))}', align='right'); maybe_stamp(pg, c, 0.7)

# ---------------------------------------------------------------- tax-refund-request
TAXES = ['房屋稅', '地價稅', '使用牌照稅', '契稅', '土地增值稅', '印花稅', '娛樂稅']
def bill(): return f'{R.randint(10, 99)}{R.randint(10000000, 99999999)}{R.randint(1000, 9999)}'
def ref_grid(pg):
    c = city(); p = person(c); bk, br, acct = bank(); tax = R.choice(TAXES[:5]); amt = R.randint(300, 45000)
    bureau_head(pg, c, R.choice(['退稅申請書', '申請退還溢繳稅款申請書', '地方稅退稅申請書']))
    pg.grid([[('申請人', 2, 'L'), (p['n'], 3, 'H'), ('身分證/統一編號', 2, 'L'), (p['id'], 3, 'H')],
             [('稅目', 2, 'L'), (tax, 3, 'H'), ('年度/期別', 2, 'L'), (f'{R.choice([112, 113])}年{R.choice(["全期", "上期", "下期", "第1期"])}', 3, 'H')],
             [('繳款書編號', 2, 'L'), (bill(), 3, 'H'), ('繳納日期', 2, 'L'), (rdate(style=2), 3, 'H')],
             [('退稅原因', 2, 'L'), ('\n'.join(('■' if i == 0 else '□') + x for i, x in enumerate(shuffle_take(['重複繳納', '溢繳（稅額更正後）', '減免核准', '適用稅率錯誤', '其他'], 5))), 8)],
             [('申請退還金額', 2, 'L'), (f'新臺幣{fin(amt)}', 8, 'H')],
             [('退稅方式', 2, 'L'), (f'■轉帳　□支票　　金融機構：{br}　帳號：{acct}　戶名：{p["n"]}', 8)]], hand=R.choice(['ukai', None]))
    attach(pg, shuffle_take(['繳款書收據聯影本', '存摺封面影本', '身分證影本', '委任書'], 3))
    closing(pg, c, p); (idcopy(pg) if R.random() < 0.6 else None); maybe_stamp(pg, c, 0.8)
def ref_company(pg):
    c = city(); co = company(); u = ubn(); ad = addr(c); bk, br, acct = bank(); amt = R.randint(2000, 300000)
    if R.random() < 0.4: pg.faxhead(co[:10], phone(c))
    pg.letterhead(co, u, ad, phone(c))
    pg.text(f'受文者：{bureau(c, True)}', gap=0.1); pg.text(f'發文日期：{rdate()}', gap=0.1); pg.text(f'發文字號：{co[:2]}字第{R.randint(1130001, 1149999)}號', gap=0.4)
    tax = R.choice(['房屋稅', '地價稅', '印花稅', '娛樂稅'])
    pg.text(f'主旨：本公司{R.choice([112, 113])}年度{tax}溢繳新臺幣{money(amt)}元，請准予退還，請　查照。', gap=0.3)
    pg.text('說明：', gap=0.1)
    pg.numbered([R.choice([f'本公司所有{addr(c)}房屋，經貴處重新核定使用面積後，營業用部分減少，惟本期稅款已依原核定額繳納。',
                           f'本公司{R.randint(1, 12)}月份因作業疏失，同一繳款書於超商及銀行各繳納一次，造成重複繳納。',
                           '經會計師查核發現印花稅大額憑證彙總繳納之金額誤植，多繳一筆。']),
                 f'退款請匯入本公司帳戶：{br}，帳號{acct}，戶名{co}。', '檢附繳款書影本、存摺影本各乙份。'], style='cn')
    pg.sign([('負責人', name()), ('經辦', name())], seal=None); maybe_stamp(pg, c, 0.7)
def ref_letter(pg):
    c = city(); p = person(c); pl = plate(); bk, br, acct = bank()
    pg.space(1.5)
    pg.paras(keep([
        f'車號{pl}的今年使用牌照稅，我在{rdate(style=2)}用手機繳了一次，後來家人不知道，又拿紙本單子到便利商店再繳一次，總共繳了兩次。',
        f'兩次都是{money(R.choice([4800, 7120, 11230, 15210]))}元，收據都有附在後面。',
        f'請把多繳的那一筆退給我，可以直接匯到我的{bk}帳戶，帳號{acct}，存摺封面影本也附上。',
        f'我的住址是{p["a"]}，有問題打{p["tel"]}找我。'], 4))
    pg.space(1); pg.text(f'{p["n"]}（{p["id"]}）', align='right'); pg.text(rdate(style=R.choice([1, 3])), align='right'); maybe_stamp(pg, c, 0.7)
def ref_cpa(pg):
    c = city(); co = company(); off = agent_office('記帳士'); fx = phone(c); amt = R.randint(500, 80000)
    pg.faxhead(off, fx, 'P.01/02')
    pg.text('傳　真　函' if R.random() < 0.5 else 'FAX', pg.body_pt * 1.5, bold=True, align='center')
    pg.grid([[('TO', 1, 'L'), (bureau(c, True) + ' ' + R.choice(['房屋稅股', '地價稅股', '消費稅股']), 4), ('FROM', 1, 'L'), (off, 4)],
             [('日期', 1, 'L'), (rdate(style=2), 4), ('頁數', 1, 'L'), ('含本頁共2頁', 4)]])
    pg.paras([f'客戶{co}（統一編號{ubn()}）於{rdate(style=4)}繳納之{R.choice(["房屋稅", "地價稅", "使用牌照稅"])}，因稅籍更正後稅額降低，溢繳{money(amt)}元。',
              '經電話洽詢承辦人，可先傳真申請資料，正本隨後郵寄。請准予辦理退稅，退還款項請以支票寄至公司登記地址。',
              '如需補正請與本事務所聯絡，謝謝。'])
    pg.sign([('記帳士', name()), ('電話', phone(c))]); maybe_stamp(pg, c, 0.5)

# ---------------------------------------------------------------- appeal-reexamination
def app_grid(pg):
    c = city(); p = person(c); tax = R.choice(TAXES[:6]); t = R.choice(['復查申請書', '稅捐復查申請書', '地方稅復查申請書'])
    pg.title(spaced(t) if R.random() < 0.5 else t)
    pg.grid([[('申請人', 2, 'L'), (p['n'], 3), ('身分證統一編號', 2, 'L'), (p['id'], 3)],
             [('住址', 2, 'L'), (p['a'], 8)],
             [('代理人', 2, 'L'), (R.choice(['無', name() + '律師', name() + '會計師']), 3), ('電話', 2, 'L'), (p['tel'], 3)],
             [('稅目', 2, 'L'), (tax, 3), ('年度/期別', 2, 'L'), (f'{R.choice([112, 113])}年度', 3)],
             [('繳款書編號', 2, 'L'), (bill(), 3), ('核定稅額', 2, 'L'), (money(R.randint(3000, 300000)) + '元', 3)],
             [('繳納期間', 2, 'L'), (f'{rdate(style=2)}至{rdate(style=2)}', 8)],
             [('申請復查事項', 2, 'L'), (R.choice(['不服核定按營業用稅率課徵，請改按住家用稅率核課。', '不服土地增值稅未准按自用住宅用地稅率核課。', '不服補徵地價稅及其差額。', '不服契稅核定之評定現值。']), 8)],
             [('事實及理由', 2, 'L'), ('詳如附件理由書。' if R.random() < 0.4 else '該房屋一樓雖設有公司登記，但實際並未營業，僅作為住家使用，有水電費單可證。稽徵機關僅憑登記資料即認定營業使用，與事實不符。', 8)]])
    pg.text('依稅捐稽徵法第35條規定，申請復查應於繳款書繳納期間屆滿之翌日起30日內為之。', pg.body_pt * 0.85)
    attach(pg, shuffle_take(['繳款書影本', '水電費收據', '現場照片', '委任書', '租賃契約終止證明'], 3))
    closing(pg, c, p); (idcopy(pg) if R.random() < 0.6 else None); maybe_stamp(pg, c, 0.85)
def app_lawyer(pg):
    c = city(); p = person(c); off = R.choice(['理律', '正義', '宏道', '誠信', '大成']) + '法律事務所'; fx = phone(c)
    if R.random() < 0.4: pg.faxhead(off, fx)
    pg.letterhead(off, ubn(), addr(c), phone(c), fx)
    tax = R.choice(['地價稅', '房屋稅', '土地增值稅'])
    pg.kv([('受文者', bureau(c, R.random() < 0.5)), ('發文日期', rdate(style=0)), ('發文字號', f'{off[:2]}字第{R.randint(1130100, 1140999)}號'),
           ('主旨', f'代理委任人{p["n"]}就貴處核定{R.choice([112, 113])}年度{tax}（繳款書編號{bill()}）不服，依法申請復查，請　查照。')])
    pg.text('說明：', gap=0.1)
    pg.numbered([f'依委任人{p["n"]}（身分證統一編號{p["id"]}，住{p["a"]}）委任辦理，委任狀如附件一。',
                 R.choice(['原處分以系爭土地部分出租為由否准自用住宅用地稅率，惟該租約早於前一年終止，承租人已遷出，原處分認事用法顯有違誤。',
                           '原核定以房屋現值計算錯誤之構造等級，致稅額過高，委任人已檢具建築執照及竣工圖說證明其實際構造。',
                           '原處分未查明系爭土地為公共設施保留地，仍按一般稅率核課，與土地稅法規定不符。']),
                 '綜上，請撤銷原核定，另為適法之處分。證物清單如附件二。'])
    pg.sign([('律師', name())], seal=None); maybe_stamp(pg, c, 0.8)
def app_letter(pg):
    c = city(); p = person(c); tax = R.choice(['地價稅', '房屋稅', '房屋稅'])
    pg.space(1.5); pg.text(R.choice(['敬啟者：', '稽徵處　台鑒：', '主管先生您好：']), gap=0.4)
    pg.paras(keep([
        f'我收到{R.choice([113, 114])}年的{tax}繳款書，金額{money(R.randint(5000, 90000))}元，比去年多了快兩倍，完全無法接受。',
        '打電話問過，說是因為你們認定一樓有在做生意，但是那家店去年就關了，招牌也拆掉了，現在只是放雜物。',
        '我不服這次的核定，請你們重新審查，必要時可以派人到現場看。',
        f'繳款書編號是{bill()}，繳納期限還沒過，我會在期限內先繳一半。相關照片和停業證明附在後面。'], 4))
    pg.space(1); pg.text(f'納稅義務人　{p["n"]}', align='right'); pg.text(f'地址：{p["a"]}', align='right'); pg.text(rdate(style=R.choice([1, 2, 5])), align='right')
    maybe_stamp(pg, c, 0.8)

# ---------------------------------------------------------------- mailing-address-change
def addr_grid(pg):
    c = city(); p = person(c)
    bureau_head(pg, c, R.choice(['變更送達地址申請書', '地方稅送達地址變更申請書', '稅單寄送地址變更申請書']))
    pg.grid([[('納稅義務人', 2, 'L'), (p['n'], 3, 'H'), ('統一編號', 2, 'L'), (p['id'], 3, 'H')],
             [('稅目', 2, 'L'), ('　'.join(('■' if R.random() < 0.5 else '□') + x for x in ['房屋稅', '地價稅', '使用牌照稅']) + '　■全部', 8)],
             [('稅籍編號/車號', 2, 'L'), ('、'.join([taxno()] + ([plate()] if R.random() < 0.5 else [])), 8, 'H')],
             [('原送達地址', 2, 'L'), (addr(c), 8, 'H')],
             [('新送達地址', 2, 'L'), (f'({R.randint(100, 999)}){addr()}', 8, 'H')],
             [('聯絡電話', 2, 'L'), (p['tel'], 3, 'H'), ('電子郵件', 2, 'L'), (R.choice(['', f'{R.choice(["chen", "lin", "wang", "amy", "kevin"])}{R.randint(10, 999)}@gmail.com']), 3, 'H')]], hand=R.choice(['ukai', None]))
    pg.text('※ 變更後之地址適用於申請人名下同稅目之全部稅單；如需變更戶籍地址請逕洽戶政事務所。', pg.body_pt * 0.85)
    closing(pg, c, p); (idcopy(pg) if R.random() < 0.6 else None); maybe_stamp(pg, c, 0.7)
def addr_ebill(pg):
    c = city(); p = person(c)
    pg.title(R.choice(['地方稅電子繳款書申請書', '電子稅單服務申請表', '申請以電子方式送達繳款書']))
    pg.checks('申請項目', ['新申請', '變更電子郵件', '取消'], ['新申請'])
    pg.kv([('姓名', p['n']), ('身分證統一編號', p['id']), ('出生日期', rdate(R.randint(45, 85), style=2)), ('行動電話', mobile()),
           ('電子郵件信箱', f'{R.choice(["huang", "yuchen", "tina", "jason", "hsu"])}.{R.randint(1, 99)}@{R.choice(["gmail.com", "yahoo.com.tw", "hotmail.com", "ms1.hinet.net"])}'),
           ('適用稅目', R.choice(['房屋稅、地價稅', '使用牌照稅', '房屋稅、地價稅、使用牌照稅']))], hand='ukai', underline=True)
    pg.paras(['申請人同意自下一開徵期起，稅單不再以紙本寄送，改以電子郵件通知，並以電子郵件送達時視為已合法送達。如電子郵件退信，稽徵機關得改以紙本寄送至戶籍地址。'], pt=pg.body_pt * 0.9)
    pg.sign([('申請人簽章', p['n'])], seal=p['n']); pg.text(rdate(style=1), align='right'); maybe_stamp(pg, c, 0.5)
def addr_letter(pg):
    c = city(); p = person(c); old = addr(c); new = addr()
    pg.space(1.5)
    pg.paras(keep([
        f'本人{p["n"]}（身分證字號{p["id"]}）已從{old}搬到{new}，但房子還沒賣，戶籍暫時沒遷。',
        '以後房屋稅和地價稅的單子請寄到新的地址，以免收不到而逾期繳納。',
        '舊家現在沒有人住，信箱也很少去看，去年就差點錯過繳稅期限。',
        f'若有需要本人簽名的表格，請寄到新地址或打{p["tel"]}。'], 4))
    pg.space(1); pg.text(f'{p["n"]}　敬上', align='right'); pg.text(rdate(style=R.choice([2, 3])), align='right'); maybe_stamp(pg, c, 0.6)
def addr_company(pg):
    c = city(); co = company(); u = ubn(); old = addr(c); new = addr(c)
    if R.random() < 0.6: pg.faxhead(co[:8], phone(c))
    pg.letterhead(co, u, new, phone(c))
    pg.text(f'致：{bureau(c, True)}', gap=0.3)
    pg.paras([f'本公司自{rdate(style=4)}起遷移至新址辦公（{new}），原址（{old}）已不再使用。',
              f'本公司名下房屋稅籍{taxno()}、{taxno()}及公務車{plate()}之各項稅單、通知書，請自即日起改寄新址，收件人：財務部 {name()}。',
              '檢附公司變更登記表影本乙份，敬請惠予更新送達地址資料，謝謝。'])
    pg.sign([('負責人', name()), ('日期', rdate(style=2))]); maybe_stamp(pg, c, 0.6)

# ---------------------------------------------------------------- installment-or-deferral
def inst_grid(pg):
    c = city(); p = person(c); amt = R.randint(30000, 900000); tax = R.choice(['地價稅', '房屋稅', '土地增值稅', '契稅'])
    bureau_head(pg, c, R.choice(['延期或分期繳納稅款申請書', '延期或分期繳納申請書', '稅款分期繳納申請書']))
    k = R.choice([3, 6, 12, 24])
    pg.grid([[('申請人', 2, 'L'), (p['n'], 3), ('身分證統一編號', 2, 'L'), (p['id'], 3)],
             [('稅目/年度', 2, 'L'), (f'{tax}　{R.choice([113, 114])}年', 3), ('繳款書編號', 2, 'L'), (bill(), 3)],
             [('應納稅額', 2, 'L'), (f'新臺幣{money(amt)}元', 3), ('原繳納期限', 2, 'L'), (rdate(style=2), 3)],
             [('申請事項', 2, 'L'), (R.choice([f'■分期繳納，共{k}期，每期約{money(amt // k)}元　□延期繳納', f'□分期繳納　■延期繳納，延至{rdate(style=2)}']), 8)],
             [('申請原因', 2, 'L'), ('　'.join(('■' if i == 0 else '□') + x for i, x in enumerate(shuffle_take(['天災', '事變', '不可抗力', '經濟困難', '其他'], 5))) + '\n' + R.choice(['本人失業中，家中尚有病患需照顧，一次繳清確有困難。', '店面遭颱風淹水，停業整修，資金周轉困難。', '公司營收大幅下滑，現金不足。']), 8)]])
    pg.text('※ 經核准分期者，如有一期逾期未繳，稽徵機關得就未繳清餘額稅款一次全部徵收。', pg.body_pt * 0.85)
    attach(pg, shuffle_take(['繳款書影本', '財產及所得資料', '受災證明', '醫療證明'], 2))
    closing(pg, c, p); (idcopy(pg) if R.random() < 0.6 else None); maybe_stamp(pg, c, 0.8)
def inst_company(pg):
    c = city(); co = company(); amt = R.randint(200000, 5000000)
    if R.random() < 0.4: pg.faxhead(co[:8], phone(c))
    pg.letterhead(co, ubn(), addr(c), phone(c))
    pg.kv([('受文者', bureau(c, False)), ('日期', rdate()),
           ('主旨', f'本公司{R.choice([113, 114])}年{R.choice(["地價稅", "房屋稅"])}計新臺幣{money(amt)}元，懇請准予分{R.choice([6, 12, 18])}期繳納，請鑒核。')])
    pg.text('說明：', gap=0.1)
    pg.numbered([R.choice([f'本公司位於{R.choice(CITIES[c][0])}之廠房於{rdate(style=4)}遭受火災，機具損毀，目前停工中。', '近年受國際景氣影響，訂單減少逾五成，營運資金吃緊。', f'本公司經營之旅館因{R.choice(["颱風", "地震"])}受損，暫停營業。']),
                 '為維持營運並保障員工生計，一次繳納上開稅款確有困難，依稅捐稽徵法第26條規定申請分期繳納，並願依限按期繳納。',
                 '檢附財務報表及損失證明資料供參。'])
    pg.sign([('負責人', name())]); maybe_stamp(pg, c, 0.7)
def inst_letter(pg):
    c = city(); p = person(c); amt = R.randint(20000, 200000)
    pg.space(1.5); pg.text(R.choice(['敬愛的稅務人員您好：', '敬啟者：', '承辦人員鈞鑒：']), gap=0.4)
    pg.paras(keep([
        f'今年收到的地價稅單金額為{money(amt)}元，繳納期限在{R.choice(["11月30日", "5月31日", "12月1日"])}。',
        '我是單親媽媽，在餐廳打工，月收入只有兩萬多元，土地是父親過世留下來的，目前還沒有辦法賣掉。',
        '請問能不能讓我分幾次慢慢繳？我每個月最多可以繳五千元左右，或是讓我晚三個月再繳。',
        '我不是不繳，只是一次拿不出這麼多錢，請貴處體諒，謝謝。'], 4))
    pg.space(1); pg.text(f'{p["n"]}　{p["tel"]}', align='right'); pg.text(rdate(style=R.choice([1, 2])), align='right'); maybe_stamp(pg, c, 0.7)
def inst_table(pg):
    c = city(); p = person(c); amt = R.randint(60000, 600000); k = R.choice([4, 6, 8, 10, 12])
    pg.title(R.choice(['分期繳納計畫表', '分期繳款明細', '繳款計畫']))
    pg.text(f'納稅義務人：{p["n"]}　　稅目：{R.choice(["房屋稅", "地價稅", "土地增值稅"])}　　應納總額：{money(amt)}元', pg.body_pt * 0.95)
    y, m = 114, R.randint(1, 12); rows = []; per = amt // k
    for i in range(k):
        v = per if i < k - 1 else amt - per * (k - 1)
        rows.append([f'第{i + 1}期', f'{y}/{m:02d}/{R.choice([10, 15, 20])}', money(v), money(amt - per * i - v if i < k - 1 else 0)])
        m += 1
        if m > 12: m, y = 1, y + 1
    pg.table(['期別', '繳納期限', '金額(元)', '未繳餘額'], rows, [1, 2, 2, 2], total=['合計', '', money(amt), ''])
    pg.text('申請人同意按上表期限繳納，如有一期未依限繳納，其餘未繳稅款視為到期，由稽徵機關一次徵收並依法移送強制執行。', pg.body_pt * 0.9)
    pg.sign([('申請人', p['n'])], seal=p['n']); maybe_stamp(pg, c, 0.6)

# ---------------------------------------------------------------- stamp-tax
def stamp_grid(pg):
    c = city(); co = company(); u = ubn()
    bureau_head(pg, c, R.choice(['印花稅彙總繳納申請書', '申請彙總繳納印花稅申請書', '印花稅以彙總方式繳納申請書']))
    pg.grid([[('營利事業名稱', 2, 'L'), (co, 5), ('統一編號', 2, 'L'), (u, 3)],
             [('負責人', 2, 'L'), (name(), 5), ('電話', 2, 'L'), (phone(c), 3)],
             [('營業地址', 2, 'L'), (addr(c), 10)],
             [('憑證種類', 2, 'L'), ('　'.join(('■' if R.random() < 0.5 else '□') + x for x in ['銀錢收據', '買賣動產契據', '承攬契據', '典賣讓受不動產契據']), 10)],
             [('預估每月件數', 2, 'L'), (f'約{money(R.randint(300, 20000))}件', 5), ('開始日期', 2, 'L'), (rdate(style=2), 3)],
             [('申請理由', 2, 'L'), (R.choice(['本公司每月開立收據數量龐大，逐件貼用印花稅票不便，申請按月彙總繳納。', '門市銷貨收據數量多，請核准以彙總方式繳納，於次月底前自行繳納。']), 10)]])
    pg.text('※ 經核准彙總繳納者，應於每月底前將上月應納稅額彙總繳納，並於憑證上加蓋「印花稅總繳」戳記。', pg.body_pt * 0.85)
    pg.sign([('申請人（營利事業）', co), ('負責人', name())]); pg.text(rdate(), align='right'); maybe_stamp(pg, c, 0.75)
def stamp_table(pg):
    c = city(); co = company(); u = ubn(); y = R.choice([113, 114])
    pg.title(R.choice([f'{y}年度印花稅彙總繳納明細表', '印花稅總繳憑證統計表', '大額憑證總繳申報表']))
    pg.text(f'納稅義務人：{co}　統一編號：{u}　總繳核准文號：{R.choice(["北市稽", "高市稽", "新北稅"])}{R.choice(["大安", "苓雅", "板橋", "信義", "三民"])}字第{R.randint(1100000000, 1139999999)}號', pg.body_pt * 0.9)
    rows = []; tot_n = tot_a = tot_t = 0
    for m in range(1, R.randint(7, 13)):
        n = R.randint(200, 4000); a = n * R.randint(800, 9000); t = round(a * 0.004)
        rows.append([f'{y}/{m:02d}', R.choice(['銀錢收據', '銀錢收據', '承攬契據']), money(n), money(a), money(t), rdate(y, min(m + 1, 12), R.randint(1, 28), 2)])
        tot_n += n; tot_a += a; tot_t += t
    pg.table(['月份', '憑證種類', '件數', '憑證金額', '應納稅額', '繳納日期'], rows, [1.3, 1.8, 1.2, 2.2, 1.6, 1.8], pt=pg.body_pt * 0.9, total=['合計', '', money(tot_n), money(tot_a), money(tot_t), ''])
    pg.text('註：銀錢收據按金額千分之四、承攬契據按千分之一計算。', pg.body_pt * 0.85)
    pg.sign([('填表人', name()), ('負責人', name())]); maybe_stamp(pg, c, 0.5)
def stamp_letter(pg):
    c = city(); co = company(); u = ubn()
    if R.random() < 0.5: pg.faxhead(co[:8], phone(c))
    pg.letterhead(co, u, addr(c), phone(c))
    pg.text(f'受文者：{bureau(c, True)}', gap=0.4)
    pg.paras([R.choice([f'本公司前經貴處核准以彙總方式繳納銀錢收據之稅款，因自{rdate(style=4)}起全面改開統一發票，不再開立收據，擬申請註銷彙總繳納之核准。',
                        f'本公司承攬{R.choice(["台電", "捷運局", "市政府工務局"])}工程契約一件，契約金額新臺幣{money(R.randint(500, 9000) * 10000)}元，擬以繳款書繳納其應貼之千分之一稅款，敬請核發繳款書。',
                        '本公司自行印製之收據已於右上角印有「印花稅總繳」字樣，惟上月份統計時漏列分公司之件數，特此補報並補繳差額。']),
              '隨函附上相關資料，敬請　核辦。如有疑問請洽會計部門 ' + name() + '，分機' + str(R.randint(100, 399)) + '。'])
    pg.sign([('負責人', name())]); pg.text(rdate(style=2), align='right'); maybe_stamp(pg, c, 0.6)
def stamp_cover(pg):
    c = city(); co = company(); off = agent_office('記帳士'); fx = phone(c); amt = R.randint(800, 60000)
    pg.faxhead(off, fx, 'P.1')
    pg.text(off, pg.body_pt * 1.4, bold=True, align='center'); pg.hline(2)
    pg.kv([('收件單位', bureau(c, True) + ' 消費稅科'), ('發件人', name() + ' 記帳士'), ('日期', rdate(style=2)), ('內容', f'{co}（{ubn()}）印花稅')])
    pg.paras([f'茲檢送上開客戶{R.randint(1, 12)}月份彙總繳納之印花稅繳款書收據聯影本乙份，稅額{money(amt)}元，已於{rdate(style=3)}在{R.choice(BANKS)}繳訖。',
              '另該公司之總繳戳記已遺失，擬重新刻製，並請貴處備查。'])
    pg.text('（本傳真如有不清楚請來電）', align='right'); maybe_stamp(pg, c, 0.4)

# ---------------------------------------------------------------- amusement-tax
def amu_table(pg):
    c = city(); co = company(R.choice(['影城', '娛樂', '育樂'])); y, m = R.choice([113, 114]), R.randint(1, 12)
    rate = R.choice([1, 5, 5, 10])
    pg.title(R.choice([f'娛樂稅代徵月報表', '娛樂稅代徵稅款月報', '代徵娛樂稅申報表']))
    pg.text(f'代徵人：{co}　　場所地址：{addr(c)}　　所屬期間：{y}年{m}月', pg.body_pt * 0.9)
    pg.text(f'娛樂稅籍編號：{R.choice(["A", "E", "F"])}{R.randint(10000000, 99999999)}　　稅率：{rate}%　　統一編號：{ubn()}', pg.body_pt * 0.9)
    rows = []; tn = tr = 0
    prices = R.sample([150, 200, 250, 280, 300, 320, 380, 450, 500, 800], R.randint(3, 5))
    for pr in sorted(prices):
        n = R.randint(100, 9000); rv = pr * n; tn += n; tr += rv
        rows.append([R.choice(['全票', '優待票', '會員票', '早場', '包廂', '團體票', '人次']), money(pr), money(n), money(rv), money(round(rv * rate / (100 + rate)))])
    pg.table(['票種', '票價(元)', '售出張數', '收入總額', '代徵稅額'], rows, [2, 1.5, 1.5, 2, 2], total=['合計', '', money(tn), money(tr), money(round(tr * rate / (100 + rate)))])
    pg.text('註：票價已含娛樂稅。代徵稅款應於次月10日前填具繳款書繳納。', pg.body_pt * 0.85)
    pg.sign([('代徵人', co), ('負責人', name())]); maybe_stamp(pg, c, 0.6)
def amu_exempt(pg):
    c = city(); org = R.choice(['財團法人' + R.choice(['陽光', '家扶', '創世', '華山']) + '基金會', '社團法人' + c + R.choice(['獅子會', '扶輪社', '愛樂協會', '慈善會'])])
    bureau_head(pg, c, R.choice(['娛樂稅免稅申請書', '義演活動免徵娛樂稅申請書', '娛樂稅免徵申請書']))
    pg.grid([[('主辦單位', 2, 'L'), (org, 5), ('統一編號', 2, 'L'), (ubn(), 3)],
             [('活動名稱', 2, 'L'), (R.choice(['愛心公益音樂會', '慈善義演晚會', '關懷弱勢兒童義賣演唱會', '歲末公益劇場']), 10)],
             [('演出日期', 2, 'L'), (rdate(style=1), 5), ('場次', 2, 'L'), (f'{R.randint(1, 3)}場', 3)],
             [('演出地點', 2, 'L'), (R.choice(['臺北國際會議中心', '高雄文化中心至德堂', '衛武營國家藝術文化中心', '新北市藝文中心演藝廳', '中山堂']), 10)],
             [('票價', 2, 'L'), ('、'.join(f'{x}元' for x in sorted(R.sample([300, 500, 800, 1000, 1200, 1500, 2000], 3))), 5), ('預計售票張數', 2, 'L'), (money(R.randint(500, 3000)), 3)],
             [('收入用途', 2, 'L'), (R.choice(['全部收入扣除必要費用後捐贈弱勢家庭', '全數作為清寒學生獎助學金', '捐助偏鄉課後照顧班']), 10)]])
    pg.text('依娛樂稅法規定，教育、文化、公益、慈善機關或團體舉辦之各種娛樂，其全部收入作為本事業之用者，免徵娛樂稅；應於舉辦前申請核准。', pg.body_pt * 0.85)
    attach(pg, ['立案證書影本', '活動企劃書', '票券樣張'])
    pg.sign([('申請單位', org), ('負責人', name())]); maybe_stamp(pg, c, 0.75)
def amu_letter(pg):
    c = city(); org = c.replace('市', '') + R.choice(['國小家長會', '社區發展協會', '青年商會', '合唱團']); p = person(c)
    pg.space(1.5); pg.text(R.choice(['敬啟者：', '您好：']), gap=0.4)
    pg.paras(keep([
        f'本會預定於{rdate(style=4)}晚間在{R.choice(["學校活動中心", "社區公園", "市立演藝廳"])}舉辦一場募款演唱會，邀請在地樂團演出。',
        f'門票每張{R.choice([200, 300, 500])}元，所得將全數用於{R.choice(["獨居長者送餐", "社區圖書室", "弱勢學童營養午餐"])}。',
        '聽說公益性質的表演可以不用繳娛樂稅，想請問需要準備哪些文件、多久前要提出？',
        '隨信先附上本會立案證書影本及活動簡介，煩請協助，謝謝。'], 4))
    pg.space(1); pg.text(f'{org}　理事長　{p["n"]}', align='right'); pg.text(f'聯絡人手機 {mobile()}', align='right'); pg.text(rdate(style=R.choice([1, 2])), align='right')
    maybe_stamp(pg, c, 0.6)
def amu_ktv(pg):
    c = city(); co = company(R.choice(['娛樂', '育樂', '休閒'])); u = ubn()
    if R.random() < 0.5: pg.faxhead(co[:8], phone(c))
    pg.letterhead(co, u, addr(c), phone(c))
    pg.text(f'受文者：{bureau(c, True)}', gap=0.4)
    v = R.choice(['KTV', '視聽歌唱', '保齡球館', '撞球場', '電子遊戲場', '室內釣蝦場'])
    pg.paras([R.choice([f'本公司經營之{v}，{R.choice(["因裝修", "因房東收回", "因經營不善"])}自{rdate(style=4)}起停業{R.randint(2, 6)}個月，請自停業日起停止查定課徵，停業期間不另申報。',
                        f'本公司{v}營業場所包廂（或機台）數量由{R.randint(10, 30)}間減為{R.randint(4, 9)}間，請重新核定每月查定課徵之稅額。',
                        f'本公司{v}已於{rdate(style=4)}歇業，請註銷娛樂稅籍，並結算停業前應納稅款。']),
              '檢附經濟部（或市府）營業登記變更表及現場照片，敬請惠准。'])
    pg.sign([('負責人', name()), ('電話', phone(c))]); pg.text(rdate(style=2), align='right'); maybe_stamp(pg, c, 0.7)

# ---------------------------------------------------------------- official-letter (公文)
def gw_head(pg, org, addr_, person_, c, kind=None):
    pg.text(org + ' ' + (kind or R.choice(['函', '函', '書函'])), pg.body_pt * 1.6, bold=True, align='center')
    for s in [f'地址：{addr_}', f'承辦人：{person_}', f'電話：{phone(c)}#{R.randint(100, 999)}']:
        pg.text(s, pg.body_pt * 0.85, align='right', gap=0.05)
    pg.space(0.5)
def gw_fields(pg, to, short):
    pg.text(f'受文者：{to}', gap=0.3)
    y = R.choice([113, 114])
    pg.text(f'發文日期：中華民國{y}年{R.randint(1, 12)}月{R.randint(1, 28)}日', gap=0.05)
    pg.text(f'發文字號：{short}字第{y}{R.randint(1000000, 9999999)}號', gap=0.05)
    pg.text(f'速別：{R.choice(["普通件", "最速件", "速件"])}', gap=0.05)
    pg.text(f'密等及解密條件或保密期限：{R.choice(["", "普通"])}', gap=0.05)
    pg.text(f'附件：{R.choice(["如文", "無", "如說明二", "執行命令影本1份"])}', gap=0.4)
def gw_body(pg, subject, items, orig, copies):
    pg.text('主旨：' + subject, hang=pg.f().getlength('主旨：'))
    pg.text('說明：', gap=0.1)
    pg.numbered(items)
    pg.space(0.5)
    pg.text('正本：' + orig, pg.body_pt * 0.9, gap=0.05); pg.text('副本：' + copies, pg.body_pt * 0.9)
def gw_sig(pg, title):
    pg.space(1); pg.text(title, pg.body_pt * 2.0, bold=True, align='center', face='ukai')
def off_enforce(pg):
    c = city(); br = {'臺北市': '臺北分署', '新北市': '新北分署', '高雄市': '高雄分署'}[c]; p = person(); org = '法務部行政執行署' + br
    gw_head(pg, org, addr(c), name(), c, R.choice([None, '執行命令'])); to = bureau(c, False); gw_fields(pg, to, br[:2] + '執' + R.choice(['甲', '乙', '丙', '庚']))
    ck, what = R.choice([('健保', '滯納全民健康保險費'), ('交罰', '違反道路交通管理處罰條例罰鍰'), ('綜所稅', '欠繳綜合所得稅'), ('勞保', '欠繳勞工保險費')])
    case = f'{R.choice([112, 113])}年度{ck}執字第{R.randint(10000, 99999)}號'
    gw_body(pg, R.choice([f'本分署執行義務人{p["n"]}{what}事件，請貴處扣押義務人之退稅款，並逕解繳本分署，請查照。',
                          f'有關義務人{p["n"]}欠稅強制執行事件，請查復義務人名下不動產及車輛之稅籍資料，請查照。']),
           [f'義務人：{p["n"]}，身分證統一編號：{p["id"]}，住{p["a"]}。', f'案號：{case}，執行金額新臺幣{money(R.randint(3000, 900000))}元及執行必要費用。',
            '請於文到後將義務人得領取之各項退稅款，在上開金額範圍內予以扣押，並將扣押情形函復本分署。'], f'{to}', f'義務人{p["n"]}、{R.choice(["衛生福利部中央健康保險署", "臺北市政府交通局", "財政部" + c.replace("市", "") + "國稅局"])}')
    gw_sig(pg, R.choice(['分署長　' + name(), '分署長 ' + name() + '（決行）'])); maybe_stamp(pg, c, 0.85)
def off_land(pg):
    c = city(); d = R.choice(CITIES[c][0]); org = c + R.choice(['古亭', '建成', '松山', '士林', '中山', '大安', '新興', '鳳山', '楠梓', '板橋']) + '地政事務所'; sec, no = parcel(c); p = person(c)
    gw_head(pg, org, addr(c), name(), c); to = bureau(c, True); gw_fields(pg, to, org[3:5] + '地' + R.choice(['登', '測', '價']))
    code = {'臺北市': '北市稽', '新北市': '新北稅', '高雄市': '高市稽'}[c] + to[-4:-2] + '字第' + str(R.randint(1130000000, 1149999999)) + '號'
    k = R.randint(0, 2)
    if k == 0:
        gw_body(pg, f'有關{d}{sec}{no}地號土地面積更正登記案，請貴處配合更正稅籍資料，請查照。',
                [f'上開土地原登記面積{R.randint(50, 500)}.{R.randint(10, 99)}平方公尺，經地籍圖重測後更正為{R.randint(50, 500)}.{R.randint(10, 99)}平方公尺，業於{rdate(style=0)}登記完畢。',
                 f'所有權人{p["n"]}，權利範圍{R.choice(["全部", "1/2", "1/4"])}，請依更正後面積核計地價稅。', '檢附土地登記謄本影本1份。'], to, f'{p["n"]}（{p["a"]}）')
    elif k == 1:
        m = R.randint(1, 12)
        gw_body(pg, f'檢送本所{R.choice([113, 114])}年{m}月份辦竣之土地及建物所有權移轉登記清冊1份，請查照。',
                ['依土地稅法施行細則及相關通報作業規定辦理。', f'本月份計登記移轉案件{R.randint(40, 400)}件，其中買賣{R.randint(20, 200)}件、贈與{R.randint(3, 40)}件、繼承{R.randint(5, 60)}件，詳如清冊。',
                 '請據以更新地價稅及房屋稅納稅義務人資料。'], to, '本所登記課')
    else:
        gw_body(pg, f'貴處函詢{d}{sec}{no}地號等土地之登記資料，復如說明，請查照。',
                [f'復貴處{rdate(style=0)}{code}函。', f'該地號目前登記所有權人為{p["n"]}（{p["id"][:3]}******{p["id"][-1]}），登記原因{R.choice(["買賣", "繼承", "贈與", "拍賣"])}，登記日期{rdate(style=4)}。',
                 '另該筆土地設定抵押權1筆，權利人為' + R.choice(BANKS) + '，併予敘明。'], to, '')
    gw_sig(pg, '主任　' + name()); maybe_stamp(pg, c, 0.8)
def off_house(pg):
    c = city(); org = c + R.choice(CITIES[c][0]) + '戶政事務所'; p = person(c)
    if R.random() < 0.4: pg.faxhead(org, phone(c))
    gw_head(pg, org, addr(c), name(), c); to = bureau(c, R.random() < 0.6); gw_fields(pg, to, org[3:5] + '戶' + R.choice(['登', '籍']))
    gw_body(pg, R.choice(['本所轄區門牌整編，檢送門牌整編清冊1份，請惠予更新稅籍門牌資料，請查照。', f'有關{p["n"]}君戶籍資料查詢一案，復如說明，請查照。']),
           [f'依據貴處{rdate(style=0)}函辦理。', f'{R.choice(CITIES[c][0])}{R.choice(CITIES[c][1])}原門牌{R.randint(1, 300)}號，自{rdate(style=4)}起整編為{R.randint(1, 300)}號，計{R.randint(12, 240)}戶。' if R.random() < 0.5 else f'{p["n"]}（{p["id"]}）於{rdate(style=4)}自{addr(c)}遷出，現戶籍地址為{p["a"]}。',
            '本案資料僅供稅務作業使用，請依個人資料保護法妥善處理。'], to, f'{c}政府民政局')
    gw_sig(pg, '主任　' + name()); maybe_stamp(pg, c, 0.8)
def off_ntb(pg):
    c = city(); who = R.choice(['財政部' + c.replace('市', '') + '國稅局', '交通部公路局' + {'臺北市': '臺北市區監理所', '新北市': '臺北區監理所', '高雄市': '高雄市區監理所'}[c]]); p = person(c)
    pg.title(R.choice(['簡便行文表', '書　函', '移文單']))
    rows = [[('受文者', 2, 'L'), (bureau(c, False), 6)], [('發文日期', 2, 'L'), (rdate(style=0), 6)], [('發文字號', 2, 'L'), (f'{"財" + {"臺北市": "北", "新北市": "北區", "高雄市": "高"}[c] + "國稅" + R.choice(["審", "服", "資"]) if "國稅" in who else {"臺北市": "北市監", "新北市": "北監", "高雄市": "高市監"}[c] + R.choice(["稅", "字"])}字第{R.randint(1130000000, 1149999999)}號', 6)]]
    if '國稅' in who:
        msg = f'納稅義務人{p["n"]}（{p["id"]}）之遺產稅業經核定，其遺產中之{R.choice(SEC[c])}土地及房屋，請貴處依規定辦理{R.choice(["地價稅", "房屋稅"])}納稅義務人變更。'
    else:
        msg = f'車號{plate()}自用小客車已於{rdate(style=4)}辦理{R.choice(["報廢", "過戶", "繳銷牌照", "註銷"])}登記，車主{p["n"]}，請貴處停止課徵或結算使用牌照稅。'
    rows.append([('事由', 2, 'L'), (msg, 6)])
    rows.append([('辦理事項', 2, 'L'), ('■請查照　□請辦理見復　□請轉知　□請依權責辦理', 6)])
    pg.grid(rows)
    pg.text(f'發文機關：{who}', gap=0.1); pg.text(f'聯絡人：{name()}　{phone(c)}')
    maybe_stamp(pg, c, 0.85)

# ---------------------------------------------------------------- out-of-scope
def oos_water(pg):
    c = city(); p = person(c); kind = R.choice(['water', 'power'])
    if kind == 'water':
        pg.title(R.choice(['臺北自來水事業處　水費通知單', '台灣自來水公司第七區管理處　水費收據', '自來水水費繳費通知']))
        amt = R.randint(180, 2200)
        pg.kv([('用戶名稱', p['n'][0] + '○' + p['n'][2]), ('水號', f'{R.randint(1, 9)}-{R.randint(10, 99)}-{R.randint(100000, 999999)}-{R.randint(0, 9)}'), ('用水地址', addr(c)),
               ('計費期間', f'{rdate(style=2)} 至 {rdate(style=2)}'), ('本期指針', str(R.randint(1000, 9999))), ('用水度數', f'{R.randint(10, 80)}度')])
        pg.table(['項目', '金額(元)'], [['基本費', money(R.randint(30, 200))], ['用水費', money(R.randint(100, 1500))], ['水源保育與回饋費', money(R.randint(5, 40))], ['營業稅', money(R.randint(5, 80))], ['污水下水道使用費', money(R.randint(10, 300))]], [3, 2], total=['應繳總金額', money(amt)])
        pg.text(f'代收期限：{rdate(style=1)}　逾期請持本單至各地服務所繳納。', pg.body_pt * 0.9)
    else:
        pg.title(R.choice(['台灣電力股份有限公司　電費通知單', '電費繳費憑證']))
        pg.kv([('電號', f'{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}-{R.randint(10, 99)}-{R.randint(0, 9)}'), ('用電地址', addr(c)), ('計費度數', f'{R.randint(150, 900)}度'),
               ('流動電費', f'{money(R.randint(300, 4000))}元'), ('應繳總金額', f'{money(R.randint(300, 4500))}元'), ('繳費期限', rdate(style=2))])
        pg.text('節約用電小叮嚀：冷氣溫度設定在26至28度，搭配電扇使用更省電。', pg.body_pt * 0.9)
    maybe_stamp(pg, city(), 0.35)

def oos_job(pg):
    p = person(); c = p['c']
    pg.title(R.choice(['履　歷　表', '求職履歷', '應徵人員資料表']))
    pg.grid([[('姓名', 1, 'L'), (p['n'], 2), ('性別', 1, 'L'), (R.choice(['男', '女']), 1), ('出生', 1, 'L'), (rdate(R.randint(70, 90), style=2), 2)],
             [('應徵職務', 1, 'L'), (R.choice(['會計助理', '行政專員', '門市人員', '倉管人員', '業務代表']), 3), ('期望待遇', 1, 'L'), (R.choice(['面議', '32,000元', '依公司規定']), 2)],
             [('通訊地址', 1, 'L'), (p['a'], 7)], [('手機', 1, 'L'), (mobile(), 3), ('E-mail', 1, 'L'), (f'job{R.randint(100, 999)}@gmail.com', 3)]])
    pg.table(['學校', '科系', '起訖年月', '學位'], [[R.choice(['國立高雄科技大學', '輔仁大學', '銘傳大學', '臺北商業大學']), R.choice(['會計系', '企管系', '資管系', '財務金融系']), f'{R.randint(100, 106)}.9-{R.randint(107, 110)}.6', '學士']], [3, 2, 2, 1])
    pg.table(['服務單位', '職稱', '期間', '離職原因'], [[company(), R.choice(['助理', '專員', '門市']), f'{R.randint(107, 110)}.{R.randint(1, 12)}-{R.randint(111, 113)}.{R.randint(1, 12)}', R.choice(['合約到期', '搬家', '進修'])] for _ in range(R.randint(1, 3))], [3, 1.5, 2, 1.5])
    pg.text('自傳：', bold=True)
    pg.paras(['我個性細心、做事有條理，在前一份工作負責每月帳款核對與報表整理，熟悉Excel與會計軟體。希望能在貴公司持續學習，與團隊一起成長。'])
    maybe_stamp(pg, city(), 0.35)

def oos_flyer(pg):
    c = city(); shop = R.choice(['阿霞', '老王', '鼎香', '好味', '福來']) + R.choice(['牛肉麵', '小吃', '便當', '火鍋', '熱炒'])
    pg.title(shop, pt=pg.body_pt * 3); pg.title(R.choice(['盛大開幕　全品項九折', '外送滿300免運', '新菜上市　歡迎嚐鮮']), pt=pg.body_pt * 1.8)
    items = R.sample(['紅燒牛肉麵', '清燉牛肉麵', '滷肉飯', '雞腿便當', '排骨便當', '酸辣湯', '燙青菜', '滷味拼盤', '麻婆豆腐', '宮保雞丁', '鍋貼(10顆)', '酸菜白肉鍋'], 8)
    pg.table(['品項', '價格'], [[it, f'${R.randint(4, 28) * 10}'] for it in items], [3, 1])
    pg.text(f'地址：{addr(c)}　訂購專線：{phone(c)}', align='center'); pg.text('營業時間：11:00-14:00、17:00-21:00（週一公休）', align='center')
    maybe_stamp(pg, city(), 0.35)

def oos_news(pg):
    c = city()
    pg.text(R.choice(['地方新聞', '生活', '社會']) + '　' + rdate(style=2), pg.body_pt * 0.9)
    pg.title(R.choice([f'{c}捷運延伸線動工　居民期待交通更便利', '連假出遊人潮湧現　景區周邊塞車嚴重', f'{c}舉辦年貨大街　攤商業績成長兩成', '午後雷陣雨襲擊　多處路段積水']), pt=pg.body_pt * 1.7)
    pg.text(f'【記者{name()}／{c.replace("市", "")}報導】', gap=0.3)
    pg.paras(keep(['市府表示，工程預計分三階段施工，期間將採取交通維持計畫，盡量降低對周邊居民的影響。',
                       '一名在地店家老闆說，這幾年人潮明顯回來，週末生意比平常多出一倍以上，但也擔心停車問題更嚴重。',
                       '交通局提醒民眾多利用大眾運輸工具，並注意即時路況資訊，避開尖峰時段。',
                       '氣象署預估，未來一週午後仍有局部短暫陣雨，山區要留意較大雨勢。',
                       '有民眾反映，相關資訊公告不夠清楚，希望主管機關多加宣導，讓年長者也能了解。'], 4))
    maybe_stamp(pg, city(), 0.35)

def oos_bank(pg):
    c = city(); p = person(c); bk, br, acct = bank()
    pg.title(bk + '　' + R.choice(['存款往來明細', '交易明細對帳單', '活期儲蓄存款對帳單']))
    pg.text(f'戶名：{p["n"]}　帳號：{acct}　分行：{br}　列印日期：{rdate(style=2)}', pg.body_pt * 0.9)
    bal = R.randint(5000, 300000); rows = []
    for i in range(R.randint(10, 18)):
        out = R.random() < 0.6; v = R.randint(100, 30000)
        bal = bal - v if out else bal + v
        rows.append([f'{R.choice([113, 114])}/{R.randint(1, 12):02d}/{R.randint(1, 28):02d}', R.choice(['ATM提款', '跨行轉帳', '薪資', '信用卡款', '利息', '行動支付', '電費代繳', '轉帳支出']), money(v) if out else '', '' if out else money(v), money(bal)])
    pg.table(['日期', '摘要', '支出', '存入', '餘額'], rows, [2, 2.5, 1.5, 1.5, 2], pt=pg.body_pt * 0.9)
    pg.text('本對帳單如有疑問，請於收到後十五日內與本行聯絡。', pg.body_pt * 0.85)
    maybe_stamp(pg, city(), 0.35)

def oos_rent(pg):
    c = city(); a = person(c); b = person(); rent = R.randint(8, 45) * 1000
    pg.title(R.choice(['房屋租賃契約書', '住宅租賃契約', '租　賃　契　約']))
    pg.paras([f'出租人{a["n"]}（以下簡稱甲方）與承租人{b["n"]}（以下簡稱乙方）雙方同意訂立本租賃契約，條款如下：'], indent_first=False)
    pg.numbered([f'租賃標的：{addr(c)}，含{R.choice(["冷氣兩台、冰箱一台", "家具全配", "車位一個"])}。', f'租賃期間：自{rdate(style=0)}起至{rdate(style=0)}止，共{R.choice(["壹年", "貳年"])}。',
                 f'租金：每月新臺幣{fin(rent)}，乙方應於每月{R.randint(1, 10)}日前匯入甲方指定帳戶。', f'押金：新臺幣{money(rent * 2)}元，於租期屆滿交還房屋時無息返還。',
                 '乙方不得將房屋轉租或供非法使用，並應以善良管理人之注意義務使用房屋。', '水電費、瓦斯費由乙方負擔，管理費由甲方負擔。'], style='cn')
    pg.sign([('甲方', a['n']), ('乙方', b['n'])]); pg.text(rdate(style=0), align='center')
    maybe_stamp(pg, city(), 0.35)

def oos_meeting(pg):
    c = city(); bld = R.choice(['信義華廈', '港都新城', '大安花園', '美術館晶華', '翠湖山莊']) + '社區管理委員會'
    pg.title(R.choice(['區分所有權人會議開會通知', '住戶大會開會通知單', '管理委員會會議通知']))
    pg.kv([('發文單位', bld), ('開會時間', f'{rdate(style=1)}（星期{R.choice("一二三四五六日")}）{R.choice(["晚上7時30分", "上午10時", "下午2時"])}'), ('開會地點', R.choice(['社區一樓交誼廳', '地下一樓會議室', '中庭'])), ('主持人', f'主任委員 {name()}')])
    pg.text('討論事項：', bold=True)
    pg.numbered(R.sample(['電梯汰換工程招標案', '調整管理費案', '地下停車場照明改善', '中庭植栽維護廠商續約', '外牆磁磚修繕', '改選第十屆管理委員'], 4))
    pg.paras(['敬請各住戶準時出席，如不克出席，請填寫委託書委託他人代理出席，以利會議順利進行。'])
    pg.text(f'{bld}　敬啟', align='right')
    maybe_stamp(pg, city(), 0.35)

def oos_quote(pg):
    c = city(); co = company(R.choice(['科技', '電子', '貿易'])); u = ubn(); cust = company()
    if R.random() < 0.5: pg.faxhead(co[:8], phone(c))
    pg.letterhead(co, u, addr(c), phone(c))
    pg.title(R.choice(['報　價　單', '報價單 QUOTATION']))
    pg.text(f'客戶：{cust}　統一編號：{ubn()}　報價日期：{rdate(style=2)}', pg.body_pt * 0.9)
    items = R.sample(['A4影印紙(箱)', '碳粉匣 TN-2480', '筆記型電腦', '無線滑鼠', '24吋螢幕', '網路交換器', '不斷電系統UPS', '標籤機'], R.randint(4, 7))
    rows, tot = [], 0
    for i, it in enumerate(items):
        q, pr = R.randint(1, 30), R.randint(2, 300) * 100; tot += q * pr
        rows.append([i + 1, it, q, money(pr), money(q * pr)])
    pg.table(['項次', '品名規格', '數量', '單價', '金額'], rows, [0.8, 4, 1, 1.6, 1.8], total=['', '小計', '', '', money(tot)])
    pg.text(f'營業稅5%：{money(round(tot * 0.05))}　總計：{money(round(tot * 1.05))}（{fin(round(tot * 1.05))}）', pg.body_pt * 0.9)
    pg.text('報價有效期限：30天　付款條件：月結30天　交貨：訂購後7個工作天', pg.body_pt * 0.9)
    maybe_stamp(pg, city(), 0.35)

def oos_clinic(pg):
    c = city(); p = person(c)
    pg.title(R.choice(['門診醫療費用收據', '醫療費用明細收據']) )
    pg.text(R.choice(['仁心', '康寧', '安和', '長庚', '博愛']) + R.choice(['診所', '聯合診所', '醫院']) + f'　醫事機構代碼：{R.randint(1000000000, 3999999999)}', align='center')
    pg.kv([('姓名', p['n']), ('病歷號碼', str(R.randint(100000, 999999))), ('就診日期', rdate(style=2)), ('科別', R.choice(['家醫科', '耳鼻喉科', '牙科', '復健科', '小兒科']))])
    pg.table(['項目', '金額(元)'], [['部分負擔', R.choice(['50', '150', '200'])], ['掛號費', R.choice(['100', '150', '200'])], ['藥品費', money(R.randint(0, 300))], ['自費項目', money(R.randint(0, 2000))]], [3, 2])
    pg.text('本收據可作為申報綜合所得稅醫藥費列舉扣除之憑證，請妥善保存，遺失恕不補發。', pg.body_pt * 0.85)

# ---------------------------------------------------------------- plan + main
    maybe_stamp(pg, city(), 0.35)

def title_kind(fn):  # which templates carry the label's obvious title
    return fn.__name__
T = {
    'house-tax-relief': [('ruled-form', htr_grid, 1), ('generic-申請書-kv', htr_generic, 0), ('owner-letter', htr_letter, 0), ('agent-cover-memo', htr_office, 0)],
    'land-value-tax-self-use': [('ruled-form+parcel-table', lvt_grid, 1), ('parcel-list-table', lvt_table, 0), ('owner-letter', lvt_letter, 0), ('land-agent-cover', lvt_cover, 0)],
    'vehicle-license-tax-exemption': [('ruled-form', vlt_grid, 1), ('organisation-letterhead-memo', vlt_org, 0), ('family-letter', vlt_letter, 0), ('generic-checkbox-form', vlt_checkform, 0)],
    'deed-tax-declaration': [('ruled-form-checkboxes', deed_grid, 1), ('kv-form', deed_kv, 1), ('land-agent-cover', deed_cover, 0), ('buyer-letter', deed_letter, 0)],
    'land-value-increment-tax-declaration': [('ruled-form+parcel-table', lvi_grid, 1), ('kv-form', lvi_kv, 1), ('land-agent-cover', lvi_cover, 0), ('seller-letter', lvi_letter, 0)],
    'tax-refund-request': [('ruled-form', ref_grid, 1), ('company-letterhead-公文style', ref_company, 0), ('owner-letter', ref_letter, 0), ('bookkeeper-fax', ref_cpa, 0)],
    'appeal-reexamination': [('ruled-form', app_grid, 1), ('law-firm-letter', app_lawyer, 0), ('owner-letter', app_letter, 0)],
    'mailing-address-change': [('ruled-form', addr_grid, 1), ('e-bill-kv-form', addr_ebill, 1), ('owner-letter', addr_letter, 0), ('company-relocation-letter', addr_company, 0)],
    'installment-or-deferral': [('ruled-form', inst_grid, 1), ('company-letterhead-memo', inst_company, 0), ('owner-letter', inst_letter, 0), ('instalment-schedule-table', inst_table, 1)],
    'stamp-tax': [('ruled-form', stamp_grid, 1), ('monthly-big-table', stamp_table, 1), ('company-letter', stamp_letter, 0), ('bookkeeper-fax-cover', stamp_cover, 0)],
    'amusement-tax': [('monthly-return-table', amu_table, 1), ('exemption-ruled-form', amu_exempt, 1), ('association-letter', amu_letter, 0), ('venue-letterhead-letter', amu_ktv, 0)],
    'official-letter': [('enforcement-函', off_enforce, 1), ('land-office-函', off_land, 1), ('household-office-函', off_house, 1), ('簡便行文表-table', off_ntb, 0)],
    'out-of-scope': [('water/power-bill', oos_water, 0), ('resume', oos_job, 0), ('restaurant-flyer', oos_flyer, 0), ('news-clipping', oos_news, 0), ('bank-statement', oos_bank, 0),
                     ('rental-contract', oos_rent, 0), ('residents-meeting-notice', oos_meeting, 0), ('quotation-letterhead', oos_quote, 0), ('clinic-receipt', oos_clinic, 0)],
}
def plan():
    docs = []
    for lab, ts in T.items():
        n = 15 if lab == 'out-of-scope' else 10
        titled = [i for i, t in enumerate(ts) if t[2]]; untitled = [i for i, t in enumerate(ts) if not t[2]]
        seq = list(range(len(ts))) * (n // len(ts))
        if lab == 'out-of-scope': seq = list(range(len(ts))) + R.sample(range(len(ts)), n - len(ts))
        while len(seq) < n: seq.append(untitled[len(seq) % len(untitled)])
        seq = seq[:n]
        for i in seq: docs.append((lab, ts[i][0], ts[i][1]))
    R.shuffle(docs); return docs

def main():
    for sub in ['images', 'texts']:
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(OUT, sub)): os.remove(os.path.join(OUT, sub, f))
    docs = plan(); rows = []
    faces = list(FONTS)
    for k, (lab, tname, fn) in enumerate(docs, 1):
        face = faces[k % len(faces)] if R.random() < 0.7 else None
        pg = build(fn, face)
        fname = degrade(pg, k)
        with open(os.path.join(OUT, 'texts', f'{k:03d}.txt'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(l for l in pg.lines if l.strip()) + '\n')
        rows.append((fname, lab, tname, pg.face, pg.overflow))
        print(k, fname, lab, tname, pg.face, pg.dpi, 'OVERFLOW' if pg.overflow else '')
    for sub, col in [('images', 0), ('texts', None)]:
        with open(os.path.join(OUT, sub, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
            w = csv.writer(fh); w.writerow(['file', 'label', 'template'])
            for r in rows: w.writerow([r[0] if sub == 'images' else r[0].rsplit('.', 1)[0] + '.txt', r[1], r[2]])

if __name__ == '__main__':
    main()
