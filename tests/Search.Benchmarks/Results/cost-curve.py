#!/usr/bin/env python3
"""The cost curve: one table and one SVG plot from the JSON files that `macro --out FILE` writes (FILE.json).

usage: cost-curve.py OUT_PREFIX RUN.md.json [RUN.md.json ...]
Writes OUT_PREFIX.md (a Markdown table, one column per corpus size) and OUT_PREFIX.svg (each figure against the
number of documents, log-log, with a dotted line of linear growth from the smallest size for comparison).
Percentiles as the benchmark computes them: p50 = sorted[n // 2]; plain and full p50 = median of per-query p50s.
"""
import json, math, sys

def pct(values, q):
    s = sorted(values)
    if not s:
        return float('nan')
    i = len(s) // 2 if q == 0.5 else math.ceil(q * len(s)) - 1
    return s[max(0, min(i, len(s) - 1))]

def secs(span):  # "hh:mm:ss.fffffff"
    h, m, s = span.split(':')
    return int(h) * 3600 + int(m) * 60 + float(s)

def figures(path):
    d = json.load(open(path))
    w = d['workers'][0]
    sets = {s['Name']: s['Queries'] for s in w['Sets']}
    def p50(name):
        return pct([pct(q['Ms'], 0.5) for q in sets[name]], 0.5)
    def p95(name):
        return pct([m for q in sets[name] for m in q['Ms']], 0.95)
    build_s = pct([b['TookMs'] for b in d['builds']], 0.5) / 1000
    return {
        'docs': d['docs'],
        'build docs/s': d['docs'] / build_s,
        'build s': build_s,
        'build peak RSS MB': pct([b['PeakRssKb'] for b in d['builds']], 0.5) / 1024,
        'index MB': d['indexBytes'] / 1e6,
        'plain p50 ms': p50('plain-anded'),
        'plain p95 ms': p95('plain-anded'),
        'full p50 ms': p50('full'),
        'full p95 ms': p95('full'),
        'match-all facets p50 ms': p50('matchall-facets'),
        'match-all facets p95 ms': p95('matchall-facets'),
        'one changed file s (wall)': pct([secs(u['Wall']) for u in d['updates']], 0.5),
        'searching RSS MB (peak)': w['PeakRssKb'] / 1024,
    }

def label(n):
    return f'{n // 1000}k' if n < 1_000_000 else f'{n / 1e6:g}M'

def main():
    out, paths = sys.argv[1], sys.argv[2:]
    runs = sorted((figures(p) for p in paths), key=lambda r: r['docs'])
    keys = [k for k in runs[0] if k != 'docs']
    lines = ['| figure | ' + ' | '.join(label(r['docs']) for r in runs) + ' | growth from ' + label(runs[0]['docs']) + ' to ' + label(runs[-1]['docs']) + ' (docs x' + f"{runs[-1]['docs'] / runs[0]['docs']:g}" + ') |',
             '|---|' + '---|' * (len(runs) + 1)]
    for k in keys:
        fmt = lambda v: f'{v:,.0f}' if v >= 100 else f'{v:.1f}' if v >= 10 else f'{v:.2f}'
        growth = runs[-1][k] / runs[0][k] if runs[0][k] else float('nan')
        lines.append(f'| {k} | ' + ' | '.join(fmt(r[k]) for r in runs) + f' | x{growth:.1f} |')
    open(out + '.md', 'w').write('\n'.join(lines) + '\n')
    open(out + '.svg', 'w').write(svg(runs, keys))
    print('\n'.join(lines))

def svg(runs, keys):
    cols, pw, ph, pad = 4, 260, 190, 46
    rows = math.ceil(len(keys) / cols)
    W, H = cols * (pw + pad) + pad, rows * (ph + pad + 20) + 40
    o = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="11">',
         f'<rect width="{W}" height="{H}" fill="white"/>',
         f'<text x="{pad}" y="22" font-size="14">Cost curve: each figure against documents (log-log); dotted: linear growth from the smallest size</text>']
    xs = [r['docs'] for r in runs]
    lx0, lx1 = math.log10(min(xs)), math.log10(max(xs))
    for i, k in enumerate(keys):
        cx, cy = pad + (i % cols) * (pw + pad), 40 + (i // cols) * (ph + pad + 20)
        ys = [r[k] for r in runs]
        lin = [ys[0] * x / xs[0] for x in xs]
        vals = [v for v in ys + lin if v > 0]
        ly0, ly1 = math.log10(min(vals)), math.log10(max(vals))
        if ly1 - ly0 < 1e-9:
            ly0, ly1 = ly0 - 0.5, ly1 + 0.5
        def px(x):
            return cx + (math.log10(x) - lx0) / max(lx1 - lx0, 1e-9) * pw
        def py(y):
            return cy + ph - (math.log10(y) - ly0) / (ly1 - ly0) * ph
        o.append(f'<rect x="{cx}" y="{cy}" width="{pw}" height="{ph}" fill="none" stroke="#999"/>')
        o.append(f'<text x="{cx}" y="{cy - 6}" font-weight="bold">{k}</text>')
        o.append('<polyline fill="none" stroke="#999" stroke-dasharray="3,3" points="' + ' '.join(f'{px(x):.1f},{py(y):.1f}' for x, y in zip(xs, lin) if y > 0) + '"/>')
        o.append('<polyline fill="none" stroke="#1f5fbf" stroke-width="2" points="' + ' '.join(f'{px(x):.1f},{py(y):.1f}' for x, y in zip(xs, ys) if y > 0) + '"/>')
        for x, y in zip(xs, ys):
            if y > 0:
                o.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="#1f5fbf"/>')
                o.append(f'<text x="{px(x) + 4:.1f}" y="{py(y) - 5:.1f}" font-size="9">{y:,.3g}</text>')
            o.append(f'<text x="{px(x):.1f}" y="{cy + ph + 14}" font-size="9" text-anchor="middle">{label(x)}</text>')
    o.append('</svg>')
    return '\n'.join(o) + '\n'

if __name__ == '__main__':
    main()
