package dev.assay.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.assay.cli.AssayCommand;
import dev.assay.corpus.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the report of a graded batch in headless Chromium (Debian's {@code chromium}): takes a
 * screenshot and the rendered DOM, and checks that the charts and the answer table are there and
 * that the page makes no network request.
 *
 * <p>The batch is the bundled interview set, graded by {@code assay grade} and reported with both
 * raters' grades and the bank; when the shared data folder is absent, the hand-made fixture batch.
 *
 * <p>"No network request" is checked three ways. (1) Statically: the page has no construct that
 * loads anything — no {@code src}, {@code srcset}, {@code <link>}, {@code <base>}, {@code url(} or
 * {@code @import}, and every {@code href} is a {@code #fragment}. (2) The page carries a
 * Content-Security-Policy of {@code default-src 'none'}, so the browser would refuse any load, and
 * the rendered DOM still has it. (3) Dynamically, in the browser: a probe script inserted into a copy
 * of the page records every {@code securitypolicyviolation} event (the browser reports each load the
 * policy refused) and every Resource Timing entry (each load that went ahead), and writes both into
 * the DOM Chromium dumps; both lists must be empty, and a control page with one external image
 * must show up in them (so the probe is known to see a load). Chromium runs with
 * {@code --host-resolver-rules="MAP * ~NOTFOUND"} as well, so even a slip could not reach a host.
 * Chromium's own log ({@code --enable-logging --v=1}) is not used: the browser process makes
 * requests of its own that would have to be told apart from the page's.
 *
 * <p>Without Chromium the test is skipped, or fails when {@code CI=true}.
 */
class ReportBrowserTest {

    static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    static Path out;
    static Path report;
    static String html;

    static Optional<Path> chromium() {
        String configured = System.getenv("ASSAY_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        return CHROMIUM.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    @BeforeAll
    static void renderReport() throws Exception {
        if (chromium().isEmpty()) {
            String msg = "Chromium is not installed (looked for " + CHROMIUM + " and $ASSAY_CHROMIUM): the report's"
                    + " browser test needs it; install it with 'apt-get install -y chromium'";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(msg);
            }
            Assumptions.abort(msg);
        }
        out = Path.of(System.getProperty("assay.root", ".")).resolve("cli/target/report-browser").toAbsolutePath();
        Files.createDirectories(out);
        report = out.resolve("report.html");
        Optional<Path> interview = interviewSet();
        List<String> args = new ArrayList<>();
        if (interview.isPresent()) {
            Path d = interview.get();
            Path graded = out.resolve("interview-graded.jsonl");
            int rc = AssayCommand.newCommandLine().execute("grade", "--bank", d.resolve("bank.md").toString(),
                    "--answers", d.resolve("answers.jsonl").toString(), "--out", graded.toString(), "--quiet",
                    "--threads", "2");
            assertEquals(0, rc, "assay grade of the interview set");
            args.addAll(List.of("report", "--evaluations", graded.toString(), "--answers",
                    d.resolve("answers.jsonl").toString(), "--bank", d.resolve("bank.md").toString(),
                    "--grades", d.resolve("grades-C.jsonl").toString(), "--grades", d.resolve("grades-D.jsonl").toString(),
                    "--title", "Interview answers: engine against raters C and D"));
        } else {
            ReportFixture.Files3 f = ReportFixture.write(out, 40);
            args.addAll(List.of("report", "--evaluations", f.evaluations().toString(), "--answers",
                    f.answers().toString(), "--grades", f.gradesA().toString(), "--grades", f.gradesB().toString()));
        }
        args.addAll(List.of("-o", report.toString()));
        assertEquals(0, AssayCommand.newCommandLine().execute(args.toArray(String[]::new)), "assay report");
        html = Files.readString(report, StandardCharsets.UTF_8);
    }

    static Optional<Path> interviewSet() {
        try {
            Path d = Datasets.dataset("interview-answers");
            return Files.isRegularFile(d.resolve("grades-C.jsonl")) ? Optional.of(d) : Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    @Test
    void pageLoadsNothingFromAnywhere() {
        List<String> offending = new ArrayList<>();
        Matcher attr = Pattern.compile("(?i)\\s(src|srcset|poster|background|data|action|formaction|xlink:href|href)"
                + "\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)").matcher(html);
        while (attr.find()) {
            String name = attr.group(1).toLowerCase();
            String value = attr.group(2).replaceAll("^[\"']|[\"']$", "");
            if (!(name.equals("href") && value.startsWith("#"))) {
                offending.add(attr.group().strip());
            }
        }
        for (String construct : List.of("url(", "@import", "<link", "<base", "<iframe", "<object", "<embed", "<img",
                "http-equiv=\"refresh\"")) {
            if (html.toLowerCase().contains(construct)) {
                offending.add(construct);
            }
        }
        assertEquals(List.of(), offending, "constructs that could load a resource");
        assertTrue(html.contains("content=\"" + ReportPage.CSP + "\"") && ReportPage.CSP.startsWith("default-src 'none'"));
    }

    /** Listens for loads the CSP refused and loads made, and writes both into the DOM after the load event. */
    static final String PROBE = "<script>(function(){var v=[];document.addEventListener('securitypolicyviolation',"
            + "function(e){v.push(e.blockedURI+' '+e.violatedDirective);});window.addEventListener('load',"
            + "function(){var r=performance.getEntriesByType('resource').map(function(x){return x.name;});"
            + "document.documentElement.setAttribute('data-probe-violations',JSON.stringify(v));"
            + "document.documentElement.setAttribute('data-probe-resources',JSON.stringify(r));"
            + "document.documentElement.setAttribute('data-probe-done','yes');});})();</script>";

    /** The page with the probe inserted right after its CSP, so it sees every later element. */
    static String probed(String page) {
        int head = page.indexOf("<meta name=\"viewport\"");
        return page.substring(0, head) + PROBE + page.substring(head);
    }

    @Test
    void theProbeSeesALoadWhenThereIsOne() throws Exception {
        // The control: the same page with one external image must be reported, else the check below proves nothing.
        String leaky = probed(html).replace("<main>", "<main><img alt=\"\" src=\"https://example.invalid/x.png\">");
        Path file = out.resolve("report-leaky.html");
        Files.writeString(file, leaky, StandardCharsets.UTF_8);
        Run dom = chromium(List.of("--dump-dom", "--virtual-time-budget=3000", file.toUri().toString()));
        assertEquals(0, dom.exit, "chromium --dump-dom failed: " + dom.stderr);
        assertTrue(dom.stdout.contains("data-probe-done=\"yes\""), "the probe ran");
        assertTrue(attrOf(dom.stdout, "data-probe-violations").contains("example.invalid"),
                "the CSP refused the image and the probe saw it");
    }

    @Test
    void chromiumRendersChartsAndTableAndRequestsNothing() throws Exception {
        // A copy of the page with a probe listening for refused and completed loads.
        Path probed = out.resolve("report-probed.html");
        Files.writeString(probed, probed(html), StandardCharsets.UTF_8);

        Run dom = chromium(List.of("--dump-dom", "--virtual-time-budget=3000", probed.toUri().toString()));
        Files.writeString(out.resolve("dom.html"), dom.stdout, StandardCharsets.UTF_8);
        assertEquals(0, dom.exit, "chromium --dump-dom failed: " + dom.stderr);
        String d = dom.stdout;
        assertTrue(d.contains("data-probe-done=\"yes\""), "the probe ran in the browser");
        assertTrue(d.contains("data-probe-violations=\"[]\""), "loads refused by the CSP: " + attrOf(d, "data-probe-violations"));
        assertTrue(d.contains("data-probe-resources=\"[]\""), "loads made: " + attrOf(d, "data-probe-resources"));
        assertTrue(d.contains("default-src 'none'"), "the CSP is in the rendered page");
        for (String id : List.of("chart-histogram-all", "chart-bands", "chart-coverage", "chart-confusion",
                "chart-scatter")) {
            assertTrue(Pattern.compile("<svg[^>]*id=\"" + id + "\"").matcher(d).find(), "chart " + id + " in the DOM");
        }
        assertTrue(d.contains("id=\"table-answers\""), "answer table in the DOM");
        int rows = count(d, "<tr class=\"summary\">");
        assertTrue(rows >= 6, "answer rows: " + rows);
        assertTrue(d.contains("id=\"table-agreement\""));

        Path png = out.resolve("report.png");
        Files.deleteIfExists(png);
        Run shot = chromium(List.of("--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars",
                report.toUri().toString()));
        assertEquals(0, shot.exit, "chromium --screenshot failed: " + shot.stderr);
        assertTrue(Files.size(png) > 20_000, "a screenshot with something on it");
    }

    record Run(int exit, String stdout, String stderr) {
    }

    static Run chromium(List<String> extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("assay-chromium-");
        try {
            List<String> cmd = new ArrayList<>(List.of(chromium().orElseThrow().toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--mute-audio",
                    "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile));
            cmd.addAll(extra);
            Path stdout = profile.resolveSibling(profile.getFileName() + ".out");
            Path stderr = profile.resolveSibling(profile.getFileName() + ".err");
            Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("chromium did not finish in 120 s: " + cmd);
            }
            Run r = new Run(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            return r;
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    static String attrOf(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
        return m.find() ? m.group(1) : "(absent)";
    }

    static int count(String s, String what) {
        return ReportPageTest.count(s, what);
    }
}
