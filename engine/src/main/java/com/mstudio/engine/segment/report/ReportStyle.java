package com.mstudio.engine.segment.report;

/**
 * The report's inline style sheet. Screen: a centred page on grey. Print: landscape, 10 mm margins, the first sheet
 * with the summary, cards, sizes and heat map, the second with the scatter, auto-k and box plots; figures never split
 * across sheets, and colours print as they show (heat map cells and segment colours carry meaning).
 */
final class ReportStyle {
    static final String CSS = """
            *{box-sizing:border-box}
            html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            body{margin:0;background:#eceef1;color:#1d2127;font:13px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif}
            .sheet{background:#fff;max-width:1120px;margin:18px auto;padding:22px 26px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
            header{display:flex;justify-content:space-between;align-items:flex-end;gap:24px;border-bottom:2px solid #1d2127;padding-bottom:8px;margin-bottom:12px}
            h1{font-size:24px;line-height:1.15;margin:0 0 3px;font-weight:700;overflow-wrap:anywhere}
            h2{font-size:13.5px;margin:0 0 4px;font-weight:650}
            .meta{color:#4a5058;font-size:12px;margin:0;overflow-wrap:anywhere}
            .stats{display:flex;gap:18px;margin:0;text-align:right;flex-shrink:0}
            .stat b{display:block;font-size:19px;line-height:1.1}
            .stat span{font-size:10.5px;color:#5a6068;text-transform:uppercase;letter-spacing:.04em}
            .cards{display:grid;grid-template-columns:repeat(var(--cols),minmax(0,1fr));gap:8px;margin-bottom:12px}
            .card{border:1px solid #d9dce1;border-top:5px solid var(--c);border-radius:4px;padding:6px 9px 7px;break-inside:avoid}
            .card h3{font-size:13.5px;margin:0;overflow-wrap:anywhere}
            .card .size{font-size:11.5px;color:#4a5058;margin:1px 0 3px}
            .card .size b{color:#1d2127;font-size:15px}
            .card p{margin:0 0 4px;font-size:11.5px;overflow-wrap:anywhere}
            .card ul{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:3px}
            .card li{font-size:10.5px;background:#f1f3f5;border-radius:3px;padding:0 5px;overflow-wrap:anywhere}
            .row{display:grid;gap:18px;align-items:start}
            .row.two{grid-template-columns:minmax(0,43fr) minmax(0,57fr)}
            .row.wide{grid-template-columns:minmax(0,54fr) minmax(0,46fr)}
            .row.three{grid-template-columns:repeat(3,minmax(0,1fr))}
            figure{margin:0 0 10px;break-inside:avoid}
            figure svg{display:block;width:100%;height:auto}
            figcaption{font-size:11px;color:#5a6068;margin-top:3px}
            .notes{font-size:11.5px;color:#3a4048;border-left:3px solid #d9dce1;padding:2px 0 2px 10px}
            .notes p{margin:0 0 5px}
            footer{font-size:10.5px;color:#6a7078;border-top:1px solid #d9dce1;padding-top:5px;margin-top:4px}
            @page{size:landscape;margin:9mm}
            @media print{
              body{background:#fff;font-size:12px}
              .sheet{box-shadow:none;margin:0;max-width:none;padding:0}
              .sheet+.sheet{break-before:page}
              figure{margin-bottom:5px}
              header{margin-bottom:8px}
              .cards{margin-bottom:8px}
              .card h3,.card p{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
              .many .card h3,.many .card p{-webkit-line-clamp:2}
              .many .card ul{display:none}
              .heat svg{max-height:92mm}
              .sizes svg{max-height:88mm}
              .many .heat svg{max-height:70mm}
              .many .sizes svg{max-height:70mm}
              .scatter svg{max-height:88mm}
              .kscan svg{max-height:64mm}
              .boxes svg{max-height:44mm}
              .many .boxes svg{max-height:62mm}
            }
            """;

    private ReportStyle() {}
}
