package io.weeklyreport.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.weeklyreport.render.Format;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview server of `serve`: the JDK's own HTTP server (com.sun.net.httpserver, in every JDK; nothing added to the
 * jar, no start-up cost worth measuring), bound to 127.0.0.1 alone.
 *
 * <pre>
 *   GET /                        the index: every note, newest first
 *   GET /2023/05-18.md           the note's page: its HTML, with a script that updates it when the note is saved
 *   GET /2023/05-18.md?format=pdf  the note rendered now (pdf, docx, pptx, html), as a download
 *   GET /2023/05-18.md?events    the page's server-sent events ("/?events" for the index's)
 *   GET /2023/images/a.png       a picture below the folder, for pages whose pictures are linked (embed: false)
 * </pre>
 *
 * Nothing else is served: a path that is not one of the notes found, or a picture, below the folder answers 404,
 * and so does every path that would leave it ({@link RequestPath}). A request naming another host than 127.0.0.1
 * or localhost is refused too, so that a web page elsewhere cannot reach the server through a name of its own that
 * resolves to this machine (DNS rebinding).
 */
final class PreviewServer implements AutoCloseable {
    /** What a picture is served as, by its extension; any other file is not served. */
    private static final Map<String, String> PICTURES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "gif", "image/gif", "webp", "image/webp", "bmp", "image/bmp", "svg", "image/svg+xml");
    private static final Map<Format, String> TYPES = Map.of(Format.PDF, "application/pdf",
            Format.DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Format.PPTX, "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            Format.HTML, "text/html; charset=utf-8");
    private static final String INDEX = "/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer http;
    private final ExecutorService workers;
    private final LiveNotes live;
    private final PreviewSite site;
    private final PreviewPages pages = new PreviewPages();
    private final EventStreams events = new EventStreams();
    private final Log log;
    private final Path folder;

    /** Where the server says what it did: a page made again, a download, or what failed. */
    interface Log {
        void said(String line, boolean failure);
    }

    private PreviewServer(HttpServer http, LiveNotes live, PreviewSite site, Log log, Path folder) {
        this.http = http;
        this.live = live;
        this.site = site;
        this.log = log;
        this.folder = folder;
        this.workers = Executors.newFixedThreadPool(4, new DaemonThreads("preview-http"));
        http.setExecutor(workers);
        http.createContext("/", this::handle);
    }

    /**
     * Serves a folder of notes, or one note (and its folder's pictures), on 127.0.0.1.
     *
     * @param port    0 for any free one
     * @param options the command line's settings, over each note's weekly-report.yaml
     * @param log     one line per page made again after a change, and per download
     * @throws BindException when the port is taken
     */
    static PreviewServer start(Path given, int port, List<Setting.Given> options, Log log) throws IOException {
        Path root = Files.isDirectory(given) ? given : given.toAbsolutePath().getParent();
        InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        HttpServer http = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        PreviewServer[] server = new PreviewServer[1];
        LiveNotes live = new LiveNotes(List.of(given), options, change -> server[0].changed(change));
        PreviewSite site = new PreviewSite(root, live::notes, options);
        server[0] = new PreviewServer(http, live, site, log, Files.isDirectory(given) ? given : given.getParent() == null ? Path.of(".") : given.getParent());
        live.start();
        http.start();
        return server[0];
    }

    /** "http://127.0.0.1:40123/". */
    URI address() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    /** On the watcher's thread: makes again the pages that browsers show and that changed, then tells those browsers. */
    private void changed(LiveNotes.Change change) {
        if (change.settings()) {
            site.forgetRenderers();
        }
        for (Inputs.Input note : change.notes()) {
            String channel = site.href(note);
            if (change.mayConcern(note) && events.listening(channel) && site.refresh(note)) {
                PreviewSite.Made page = site.page(note);
                log.said(page.failed() ? page.problem().lines().findFirst().orElse("")
                        : site.name(note) + " -> page updated in " + Progress.millis(page.time()), page.failed());
                events.publish(channel);
            }
        }
        events.publish(INDEX);
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean keepOpen = false;
        try {
            keepOpen = route(exchange);
        } catch (IOException e) {
            // the browser went away mid-answer
        } catch (RuntimeException | Error e) {
            log.said("weekly-report serve: " + exchange.getRequestURI().getRawPath() + ": " + RenderCommand.describe(e), true);
            try {
                send(exchange, 500, "text/plain; charset=utf-8", "the preview failed to answer; see the terminal\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException ignored) {
                // headers were sent already: the browser sees a cut answer
            }
        } finally {
            if (!keepOpen) {
                exchange.close();
            }
        }
    }

    /** True when the exchange stays open (an event stream). */
    private boolean route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
            return false;
        }
        if (!ourHost(exchange.getRequestHeaders().getFirst("Host"))) {
            send(exchange, 421, "text/plain; charset=utf-8", "this server answers to 127.0.0.1 and localhost only\n"
                    .getBytes(StandardCharsets.UTF_8));
            return false;
        }
        String raw = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        Optional<List<String>> segments = RequestPath.segments(raw);
        if (segments.isEmpty()) {
            notFound(exchange);
            return false;
        }
        if (segments.get().isEmpty()) {
            if (query == null) {
                index(exchange);
            } else if (query.equals("events") && method.equals("GET")) {
                events.open(exchange, INDEX);
                return true;
            } else {
                notFound(exchange);
            }
            return false;
        }
        Optional<Path> file = RequestPath.file(site.root(), raw);
        Optional<Inputs.Input> note = file.flatMap(site::note);
        if (note.isPresent()) {
            if (query == null) {
                page(exchange, note.get());
            } else if (query.equals("events") && method.equals("GET")) {
                events.open(exchange, site.href(note.get()));
                return true;
            } else if (query.startsWith("format=") && Format.byName(query.substring(7)) != null) {
                download(exchange, note.get(), Format.byName(query.substring(7)));
            } else {
                notFound(exchange);
            }
            return false;
        }
        String type = file.map(PreviewServer::pictureType).orElse(null);
        if (type != null && query == null) {
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
            send(exchange, 200, type, Files.readAllBytes(file.get()));
        } else {
            notFound(exchange);
        }
        return false;
    }

    private void index(HttpExchange exchange) throws IOException {
        List<PreviewSite.Entry> entries = site.entries();
        Map<PreviewSite.Entry, List<Format>> downloads = new HashMap<>();
        entries.forEach(e -> downloads.put(e, site.downloads(e.note())));
        String nonce = nonce();
        htmlHeaders(exchange, nonce);
        send(exchange, 200, TYPES.get(Format.HTML), pages.index(folder, entries, downloads, nonce));
    }

    private void page(HttpExchange exchange, Inputs.Input note) throws IOException {
        PreviewSite.Made page = site.page(note);
        String nonce = nonce();
        htmlHeaders(exchange, nonce);
        if (page.failed()) {
            // the note's problem, on the page where its HTML would be: 422, the note is what cannot be processed
            send(exchange, 422, TYPES.get(Format.HTML), PreviewPages.problem(site.name(note), page.problem(), nonce));
        } else {
            send(exchange, 200, TYPES.get(Format.HTML), PreviewPages.withScript(page.bytes(), nonce, site.downloads(note)));
        }
    }

    private void download(HttpExchange exchange, Inputs.Input note, Format format) throws IOException {
        PreviewSite.Made made = site.download(note, format);
        if (made.failed()) {
            send(exchange, 422, "text/plain; charset=utf-8", (made.problem() + "\n").getBytes(StandardCharsets.UTF_8));
            log.said(made.problem().lines().findFirst().orElse(""), true);
            return;
        }
        String name = OutputPaths.baseName(note.file().getFileName().toString()) + "." + format.extension();
        exchange.getResponseHeaders().set("Content-Disposition", ContentDisposition.attachment(name));
        send(exchange, 200, TYPES.get(format), made.bytes());
        log.said(site.name(note) + " -> " + format.extension() + " (" + Progress.size(made.bytes().length) + ") in "
                + Progress.millis(made.time()), false);
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Pages run no script but the one we add (its nonce), load nothing from elsewhere, and talk only to this server:
     * notes and templates are untrusted input, and a page that slipped a script through could do nothing with it.
     */
    private static void htmlHeaders(HttpExchange exchange, String nonce) {
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; img-src 'self' data:; "
                + "style-src 'self' 'unsafe-inline'; font-src 'self' data:; script-src 'nonce-" + nonce + "'; "
                + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (exchange.getRequestMethod().equals("HEAD")) {
            headers.set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String pictureType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : PICTURES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The Host header of a request for us: 127.0.0.1 or localhost, with our port or none. */
    private boolean ourHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        String port = ":" + http.getAddress().getPort();
        for (String name : List.of("127.0.0.1", "localhost")) {
            if (h.equals(name) || h.equals(name + port)) {
                return true;
            }
        }
        return false;
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public void close() {
        live.close();
        events.close();
        http.stop(0);
        workers.shutdownNow();
        site.close();
    }
}
