package com.mstudio.engine.segment.report;

/**
 * The report's inline style sheet. Screen: a centred sheet on grey. Print: one landscape sheet (A4 or US Letter,
 * 10 mm margins) for up to {@link ReportPage#COMPACT_K} segments: header, a strip of cards, then sizes, heat map and
 * scatter side by side, then auto-k, two box plots and the method note. No text prints below 9.5 CSS px (about 7 pt);
 * the charts' viewBoxes are sized so that they print near 1:1. Nothing forces a page break: with more segments the
 * lower row, which never splits, moves to a second sheet whole. Colours print as they show (heat map cells and segment
 * colours carry meaning).
 */
final class ReportStyle {
    static final String CSS = """
            *{box-sizing:border-box}
            html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            body{margin:0;background:#eceef1;color:#1d2127;font:13px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif}
            .sheet{background:#fff;max-width:1180px;margin:18px auto;padding:22px 26px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
            header{display:flex;justify-content:space-between;align-items:flex-end;gap:24px;border-bottom:2px solid #1d2127;padding-bottom:8px;margin-bottom:12px}
            h1{font-size:24px;line-height:1.15;margin:0 0 3px;font-weight:700;overflow-wrap:anywhere}
            h2{font-size:13.5px;margin:0 0 4px;font-weight:650}
            h3{font-size:12px;margin:0 0 2px;font-weight:600;overflow-wrap:anywhere}
            .meta{color:#4a5058;font-size:12px;margin:0;overflow-wrap:anywhere}
            .stats{display:flex;gap:18px;margin:0;text-align:right;flex-shrink:0}
            .stat b{display:block;font-size:19px;line-height:1.1}
            .stat span{font-size:10.5px;color:#5a6068;text-transform:uppercase;letter-spacing:.04em}
            .cards{display:grid;grid-template-columns:repeat(var(--cols),minmax(0,1fr));gap:8px;margin-bottom:14px}
            .card{border:1px solid #d9dce1;border-top:5px solid var(--c);border-radius:4px;padding:6px 9px 7px;break-inside:avoid}
            .card h3{font-size:13px;margin:0}
            .card .size{font-size:11.5px;color:#4a5058;margin:1px 0 3px}
            .card .size b{color:#1d2127;font-size:15px}
            .card p{margin:0 0 4px;font-size:11.5px;overflow-wrap:anywhere}
            .card ul{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:3px}
            .card li{font-size:10.5px;background:#f1f3f5;border-radius:3px;padding:0 5px;overflow-wrap:anywhere}
            .row{display:flex;gap:20px;align-items:flex-start;margin-bottom:12px;break-inside:avoid}
            .row>*{min-width:0}
            .upper .sizes{flex:25 1 0}
            .upper .heat{flex:44 1 0}
            .upper .scatter{flex:31 1 0}
            .lower .kscan{flex:28 1 0}
            .lower .boxes{flex:50 1 0}
            .lower .notes{flex:50 1 0}
            .lower.auto .notes{flex:22 1 0}
            .pair{display:flex;gap:14px}
            .pair>*{flex:1 1 0;min-width:0}
            figure{margin:0;break-inside:avoid}
            figure svg{display:block;width:100%;height:auto}
            figcaption,.caption{font-size:11px;color:#5a6068;margin:3px 0 0}
            .notes{font-size:11.5px;color:#3a4048;border-left:3px solid #d9dce1;padding:2px 0 2px 10px}
            .notes p{margin:0 0 5px}
            footer{font-size:10.5px;color:#6a7078;border-top:1px solid #d9dce1;padding-top:5px;margin-top:4px}
            @media screen and (max-width:900px){
              .row{flex-wrap:wrap}
              .row>*{flex-basis:100%!important}
            }
            @page{size:landscape;margin:10mm}
            @media print{
              body{background:#fff;font-size:10px;line-height:1.3}
              .sheet{box-shadow:none;margin:0;max-width:none;padding:0}
              header{margin-bottom:5px;padding-bottom:3px;gap:16px}
              h1{font-size:19px;margin:0 0 1px}
              h2{font-size:11.5px;margin:0 0 2px}
              h3{font-size:10.5px;margin:0}
              .meta{font-size:10px}
              .stat b{font-size:16px}
              .stat span{font-size:9.5px}
              .cards{gap:6px;margin-bottom:6px}
              .card{padding:3px 7px 4px;border-top-width:4px}
              .card h3{font-size:10.5px;line-height:1.2}
              .card .size{font-size:9.5px;margin:0 0 1px}
              .card .size b{font-size:11.5px}
              .card p{font-size:9.5px;margin:0}
              .card h3,.card p{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
              .card ul{display:none}
              .row{gap:14px;margin-bottom:4px}
              .pair{gap:10px}
              figcaption,.caption{font-size:9.5px;margin-top:1px;line-height:1.25}
              .notes{font-size:9.5px;padding-left:7px;line-height:1.3}
              .notes p{margin:0 0 3px}
              footer{font-size:9.5px;padding-top:1px;margin-top:0;line-height:1.2}
            }
            """;

    private ReportStyle() {}
}
