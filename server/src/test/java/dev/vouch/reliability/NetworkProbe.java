package dev.vouch.reliability;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * The negative control of {@link NoNetworkTest}: a program that does try the network, once with each API
 * a library could use. Run under {@link NoNetwork}, every attempt must be refused and logged. The
 * addresses are reserved for documentation (192.0.2.0/24, .invalid), so nothing leaves the machine
 * even without the detector.
 */
public final class NetworkProbe {
    private NetworkProbe() {}

    public static void main(String[] args) {
        attempt("socket", () -> new Socket().connect(new InetSocketAddress(InetAddress.getByAddress(
                new byte[] {(byte) 192, 0, 2, 1}), 9), 200));
        attempt("channel", () -> SocketChannel.open(new InetSocketAddress(InetAddress.getByAddress(
                new byte[] {(byte) 192, 0, 2, 2}), 9)));
        attempt("dns", () -> InetAddress.getByName("vouch-probe.invalid"));
        attempt("http", () -> HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build().send(
                HttpRequest.newBuilder(URI.create("http://192.0.2.3/remote-rule")).build(),
                HttpResponse.BodyHandlers.discarding()));
        attempt("url", () -> URI.create("http://192.0.2.4/premium").toURL().openConnection().connect());
    }

    interface Attempt {
        void run() throws Exception;
    }

    private static void attempt(String what, Attempt a) {
        try {
            a.run();
            System.out.println(what + ": connected");
        } catch (Exception e) {
            System.out.println(what + ": " + e.getClass().getSimpleName());
        }
    }
}
