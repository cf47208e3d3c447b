package io.weeklyreport.cli;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event streams of the pages that are open: one channel per page (a note's path, or the index),
 * each with the browsers listening to it. A stream holds no thread: its exchange stays open, and a change is
 * written to it when it happens. A comment every {@link #PING_SECONDS} seconds finds the streams whose browser
 * went away (the write fails) and keeps proxies from closing quiet ones.
 */
final class EventStreams implements AutoCloseable {
    /** More open pages than anyone reads at once; past it a new stream is refused (503), not a thread or socket more. */
    static final int MOST = 64;
    static final int PING_SECONDS = 15;

    private final Map<String, Set<HttpExchange>> channels = new ConcurrentHashMap<>();
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("preview-events"));
    private volatile boolean closed;

    EventStreams() {
        pings.scheduleWithFixedDelay(() -> broadcast(": ping\n\n"), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    /** Answers the request with an event stream on {@code channel}, left open. */
    void open(HttpExchange exchange, String channel) throws IOException {
        if (closed || count() >= MOST) {
            exchange.getResponseHeaders().set("Retry-After", "5");
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        // the browser reconnects half a second after the stream breaks (a restarted server), and then refetches
        if (write(exchange, "retry: 500\n: listening to " + channel.replaceAll("[\r\n]", "") + "\n\n")) {
            channels.computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet()).add(exchange);
        }
    }

    /** Whether a browser shows the page of {@code channel}. */
    boolean listening(String channel) {
        Set<HttpExchange> listeners = channels.get(channel);
        return listeners != null && !listeners.isEmpty();
    }

    /** Tells the browsers on {@code channel} that their page changed. */
    void publish(String channel) {
        Set<HttpExchange> listeners = channels.get(channel);
        if (listeners != null) {
            String event = "event: change\ndata: " + System.currentTimeMillis() + "\n\n";
            for (HttpExchange exchange : List.copyOf(listeners)) {
                if (!write(exchange, event)) {
                    listeners.remove(exchange);
                }
            }
        }
    }

    private void broadcast(String text) {
        channels.values().forEach(listeners -> {
            for (HttpExchange exchange : List.copyOf(listeners)) {
                if (!write(exchange, text)) {
                    listeners.remove(exchange);
                }
            }
        });
    }

    private int count() {
        return channels.values().stream().mapToInt(Set::size).sum();
    }

    /** False when the browser went away; its exchange is then closed. */
    private static boolean write(HttpExchange exchange, String text) {
        synchronized (exchange) {
            try {
                OutputStream body = exchange.getResponseBody();
                body.write(text.getBytes(StandardCharsets.UTF_8));
                body.flush();
                return true;
            } catch (IOException | RuntimeException e) {
                exchange.close();
                return false;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        pings.shutdownNow();
        channels.values().forEach(listeners -> listeners.forEach(exchange -> {
            synchronized (exchange) {
                exchange.close();
            }
        }));
        channels.clear();
    }
}
