package dev.assay.cli.report;

/** The page's only style sheet, inlined in a <style> element: screen and print. */
final class ReportCss {

    private ReportCss() {
    }

    static final String CSS = """
        :root { --ink:#212529; --muted:#6c757d; --line:#dee2e6; --soft:#f8f9fa; --accent:#3b5bdb;
          --S:#1971c2; --S-bg:#e7f5ff; --T:#7048e8; --T-bg:#f3f0ff; --A:#2b8a3e; --A-bg:#ebfbee; --R:#c2410c; --R-bg:#fff4e6; --O:#868e96; --O-bg:#f1f3f5; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 64px; }
        header.top { border-bottom: 1px solid var(--line); margin-bottom: 8px; padding-bottom: 12px; }
        h1 { font-size: 28px; margin: 8px 0 4px; letter-spacing: -0.01em; }
        h2 { font-size: 21px; margin: 40px 0 10px; padding-top: 8px; border-top: 2px solid var(--ink); }
        h3 { font-size: 16px; margin: 24px 0 8px; }
        h4 { font-size: 13px; margin: 16px 0 6px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
        p { margin: 6px 0 10px; }
        code { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #495057; }
        a { color: var(--accent); text-decoration: none; }
        a:hover, a:focus { text-decoration: underline; }
        .sub { color: var(--muted); margin: 0; }
        .muted { color: var(--muted); }
        .explain { color: #495057; max-width: 880px; }
        nav.toc { margin: 12px 0 0; font-size: 14px; }
        nav.toc a { margin-right: 14px; white-space: nowrap; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(128px, 1fr)); gap: 10px; margin: 18px 0 6px; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--soft); }
        .card .v { font-size: 24px; font-weight: 650; display: block; font-variant-numeric: tabular-nums; }
        .card .k { font-size: 12.5px; color: var(--muted); }
        .notice { border-left: 4px solid #f59f00; background: #fff9db; padding: 10px 14px; margin: 12px 0; border-radius: 0 6px 6px 0; }
        .notice.bad { border-color: #e03131; background: #fff5f5; }
        .notice h3 { margin: 0 0 4px; font-size: 15px; }
        .notice ul { margin: 4px 0; padding-left: 20px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; font-variant-numeric: tabular-nums; }
        caption { text-align: left; color: var(--muted); font-size: 13px; padding-bottom: 4px; }
        th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        thead th { background: var(--soft); border-bottom: 2px solid #adb5bd; font-weight: 600; font-size: 13px; }
        th.num, td.num { text-align: right; }
        tbody tr:hover > td { background: #f8f9ff; }
        .charts { display: flex; flex-wrap: wrap; gap: 18px 28px; align-items: flex-start; margin: 8px 0 12px; }
        .charts figure, .small-multiples figure { margin: 0; display: table; }
        .charts figcaption { display: table-caption; caption-side: bottom; }
        figcaption { font-size: 13px; color: var(--muted); margin-top: 2px; }
        svg.chart { max-width: 100%; height: auto; }
        .small-multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px 20px; }
        .flag { display: inline-block; font-size: 12px; padding: 0 7px; border-radius: 10px; background: #fff3bf; color: #5c3c00; border: 1px solid #ffe066; margin: 1px 2px 1px 0; white-space: nowrap; }
        .flag-needs_human_review { background: #ffe3e3; color: #7d1a1a; border-color: #ffa8a8; }
        .flag-empty, .flag-off_topic, .flag-copied_reference, .flag-not_english { background: #ffe8cc; color: #7a3300; border-color: #ffc078; }
        .credit { display: inline-block; min-width: 3.2em; padding: 0 6px; border-radius: 4px; white-space: nowrap; }
        .chip { display: inline-block; font-size: 12.5px; padding: 0 6px; margin: 1px 3px 1px 0; border-radius: 4px; white-space: nowrap; }
        .chip.yes { background: #d3f9d8; } .chip.no { background: #f1f3f5; color: var(--muted); } .chip.mis { background: #ffc9c9; }
        .credit.yes { background: #d3f9d8; } .credit.yes::after { content: " ✓"; }
        .credit.no { background: #f1f3f5; } .credit.no::after { content: " ✗"; color: var(--muted); }
        .meter { display: inline-block; width: 90px; height: 9px; background: #e9ecef; border-radius: 5px; vertical-align: middle; margin-right: 6px; overflow: hidden; }
        .meter > span { display: block; height: 100%; background: var(--accent); }
        .diff-pos { color: #c92a2a; } .diff-neg { color: #1864ab; }
        /* answers table: one tbody per answer, the second row holds the expandable details */
        table.answers tbody { border-bottom: 1px solid var(--line); }
        table.answers tbody tr.summary td { border-bottom: none; padding-bottom: 2px; }
        table.answers tbody tr.more td { padding-top: 0; }
        table.answers tbody:target { outline: 3px solid #ffd43b; outline-offset: -1px; }
        table.answers th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
        table.answers th button::after { content: " ↕"; color: #adb5bd; }
        details > summary { cursor: pointer; color: var(--accent); font-size: 13px; }
        details[open] > summary { margin-bottom: 6px; }
        .answer { border-left: 3px solid var(--line); padding: 2px 0 8px 16px; margin: 4px 0 8px; }
        .answer .prompt { color: #495057; font-size: 14px; }
        .answer .facts { font-size: 14px; }
        .text { line-height: 1.85; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; max-width: 960px; white-space: pre-wrap; }
        .seg { border-radius: 3px; padding: 1px 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
        .seg-S { background: var(--S-bg); box-shadow: inset 0 -2px 0 var(--S); }
        .seg-T { background: var(--T-bg); box-shadow: inset 0 -2px 0 var(--T); }
        .seg-A { background: var(--A-bg); box-shadow: inset 0 -2px 0 var(--A); }
        .seg-R { background: var(--R-bg); box-shadow: inset 0 -2px 0 var(--R); }
        .seg-O { background: var(--O-bg); box-shadow: inset 0 -2px 0 var(--O); }
        .tag { display: inline-block; font-size: 11px; font-weight: 700; line-height: 1.5; color: #fff; border-radius: 3px; padding: 0 5px; margin-right: 2px; letter-spacing: .02em; white-space: nowrap; }
        .tag-S { background: var(--S); } .tag-T { background: var(--T); } .tag-A { background: var(--A); } .tag-R { background: var(--R); } .tag-O { background: var(--O); }
        mark.ev { background: #fff08a; color: inherit; border-bottom: 2px solid #e8b100; padding: 0 1px; }
        mark.ev.neg { background: #e9ecef; text-decoration: line-through; text-decoration-color: #868e96; border-bottom-color: #868e96; }
        mark.ev.mis { background: #ffc9c9; border-bottom-color: #e03131; }
        a.ref { font-size: 10px; font-weight: 700; vertical-align: super; line-height: 0; margin: 0 1px; color: #7a5b00; }
        a.ref.neg { color: #868e96; }
        .quote { font-size: 13.5px; margin: 1px 0; }
        .neg { color: #c92a2a; font-weight: 600; }
        .legend { font-size: 13px; margin: 6px 0 12px; }
        .legend > span { margin-right: 14px; white-space: nowrap; }
        .seglist, .feedback, .raters { margin: 4px 0; padding-left: 20px; font-size: 14px; }
        .note { color: #7a5b00; font-size: 13.5px; }
        .ids { font-size: 13px; }
        .ids a { margin-right: 6px; white-space: nowrap; }
        td.nowrap { white-space: nowrap; }
        figure { margin: 0; }
        footer { margin-top: 48px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 12px; }
        @media print {
          @page { margin: 14mm 12mm; }
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          nav.toc, table.answers th button::after, details > summary { display: none; }
          h2 { break-after: avoid; page-break-after: avoid; }
          table, figure, .card, .notice { break-inside: avoid; page-break-inside: avoid; }
          table.answers tbody { break-inside: avoid; page-break-inside: avoid; }
          tbody tr:hover > td { background: none; }
          a { color: inherit; }
          .seg, .tag, mark, .credit, .flag, .card, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          #answers { break-before: page; page-break-before: always; }
        }
        """;
}
