package dev.vouch.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.vouch.engine.Linter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A connection to the server that speaks bytes, not lsp4j: so that a test can send what no client
 * library would (broken frames, bodies that are not JSON, messages of no known shape) and read every
 * message the server sends back.
 */
final class RawSession implements AutoCloseable {
    final LspServer.Connection connection;
    final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private final BytePipe toServer = new BytePipe();
    private final BytePipe toClient = new BytePipe();
    private final Thread reader;
    volatile RuntimeException readFailure;

    RawSession(Linter linter, ServerOptions options) {
        connection = LspServer.start(linter, options, toServer.in, toClient.out);
        reader = new Thread(this::readFrames, "raw-session-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends bytes as they are. */
    synchronized void sendRaw(String s) throws IOException {
        toServer.out.write(s.getBytes(StandardCharsets.UTF_8));
        toServer.out.flush();
    }

    /** Sends {@code json} in a correct frame, whatever it is. */
    void send(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        sendRaw("Content-Length: " + body.length + "\r\n\r\n" + json);
    }

    /** Waits for a message the server sent that matches. */
    JsonObject await(String what, Predicate<JsonObject> p) {
        long deadline = System.nanoTime() + TestClient.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonObject m : received) {
                if (p.test(m)) {
                    return m;
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("timed out waiting for " + what + "; received: " + received, readFailure);
    }

    JsonObject response(int id) {
        return await("the response to request " + id, m -> m.has("id") && m.get("id").isJsonPrimitive()
                && m.get("id").getAsString().equals(String.valueOf(id)) && !m.has("method"));
    }

    static boolean isMethod(JsonObject m, String method) {
        return m.has("method") && m.get("method").getAsString().equals(method);
    }

    private void readFrames() {
        InputStream in = toClient.in;
        try {
            while (true) {
                int length = -1;
                String line;
                while (!(line = readLine(in)).isEmpty()) {
                    if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                byte[] body = in.readNBytes(length);
                JsonElement e = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
                JsonObject m = e.getAsJsonObject();
                received.add(m);
                if (m.has("id") && m.has("method")) {
                    // A request from the server (configuration, registration): answer it with null.
                    send("{\"jsonrpc\":\"2.0\",\"id\":" + m.get("id") + ",\"result\":null}");
                }
            }
        } catch (IOException e) {
            // closed
        } catch (RuntimeException e) {
            readFailure = e;
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c < 0) {
            throw new IOException("closed");
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        toServer.close();
        toClient.close();
    }

    static ServerOptions options() {
        return ServerOptions.defaults("test").withDebounce(Duration.ofMillis(20))
                .withRuleDocsDir(Harness.SHARED_RULE_DOCS).withParentPoll(Duration.ofMillis(100)).withExit(code -> { });
    }
}
