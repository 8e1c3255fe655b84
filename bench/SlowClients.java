import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slow-body attack against a running server while a normal client works. Usage: java
 * bench/SlowClients.java STATE CONNECTIONS SECONDS ADDRESSES (STATE from LoadGenerator seed).
 * CONNECTIONS sockets from ADDRESSES loopback addresses (127.0.2.1 ...) each send a request head
 * declaring a 100,000-byte body, then one byte every 2 s (half a PATCH of a profile with a token,
 * half an anonymous sign-in); a closed one is opened again a second later. Meanwhile one normal
 * client signs in and rings up a sale, in turn, as fast as it is answered. Prints the normal
 * client's success rate and latency and what the slow ones got.
 */
public class SlowClients {

  static final String URL = System.getenv().getOrDefault("POS_URL", "http://localhost:8080");
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  static final AtomicInteger open = new AtomicInteger();
  static final AtomicLong opened = new AtomicLong();
  static final AtomicLong answered408 = new AtomicLong();
  static final AtomicLong answered429 = new AtomicLong();
  static final AtomicLong answeredOther = new AtomicLong();
  static volatile boolean running = true;

  public static void main(String[] args) throws Exception {
    Properties state = new Properties();
    try (var in = Files.newBufferedReader(Path.of(args[0]))) {
      state.load(in);
    }
    int connections = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    int addresses = Integer.parseInt(args[3]);
    URI base = URI.create(URL);
    String token = state.getProperty("owner");
    List<Thread> attackers = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      String address = "127.0.2." + (1 + i % Math.min(addresses, 250));
      if (addresses > 250) {
        address = "127.0." + (2 + (i % addresses) / 250) + "." + (1 + (i % addresses) % 250);
      }
      boolean profile = i % 2 == 0;
      String from = address;
      Thread t = new Thread(() -> attack(base, from, profile, token));
      t.setDaemon(true);
      t.start();
      attackers.add(t);
    }
    Thread.sleep(8000); // let every slow connection open and stall
    System.out.printf(Locale.ROOT, "slow connections open: %d of %d%n", open.get(), connections);

    String email = "cashier0." + state.getProperty("ownerEmail");
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    int ok = 0;
    int failed = 0;
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    String cashier = null;
    int minOpen = Integer.MAX_VALUE;
    while (System.nanoTime() < end) {
      minOpen = Math.min(minOpen, open.get());
      long started = System.nanoTime();
      int status;
      String body;
      try {
        HttpResponse<String> a =
            HTTP.send(
                HttpRequest.newBuilder(base.resolve("/accounts/api/auth/login/"))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"" + email + "\",\"password\":\"Bench-Pass-1234\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        status = a.statusCode();
        body = a.body();
        if (status == 200) {
          cashier = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        }
      } catch (IOException e) {
        status = -1;
        body = "";
      }
      latencies.add(System.nanoTime() - started);
      if (status == 200) {
        ok++;
      } else {
        failed++;
      }
      if (cashier == null) {
        continue;
      }
      started = System.nanoTime();
      try {
        status =
            HTTP.send(
                    HttpRequest.newBuilder(base.resolve("/sales/api/sales/"))
                        .timeout(Duration.ofSeconds(15))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + cashier)
                        .POST(HttpRequest.BodyPublishers.ofString(sale(state)))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode();
      } catch (IOException e) {
        status = -1;
      }
      latencies.add(System.nanoTime() - started);
      if (status == 201) {
        ok++;
      } else {
        failed++;
      }
    }
    running = false;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "normal client: %d requests (sign-ins and sales), %.1f %% answered 2xx, p50 %.0f ms,"
            + " p99 %.0f ms, max %.0f ms%n",
        ok + failed,
        100.0 * ok / Math.max(1, ok + failed),
        pct(sorted, 50),
        pct(sorted, 99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    System.out.printf(
        Locale.ROOT,
        "slow connections: %d opened in all, at least %d open throughout; answered 408: %d, 429:"
            + " %d, other: %d%n",
        opened.get(),
        minOpen,
        answered408.get(),
        answered429.get(),
        answeredOther.get());
  }

  static double pct(List<Long> sorted, int p) {
    return sorted.isEmpty()
        ? 0
        : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1))
            / 1e6;
  }

  static String sale(Properties s) {
    String[] products = s.getProperty("products").split(",");
    return "{\"storefront_id\":\""
        + s.getProperty("storefront")
        + "\",\"sale_type\":\"RETAIL\",\"items\":[{\"product_id\":\""
        + products[(int) (Math.random() * products.length)]
        + "\",\"quantity\":1}],\"payments\":[{\"method\":\"CASH\",\"amount\":\"5.00\"}]}";
  }

  /** One slow client: a 100,000-byte body at one byte every 2 s; again when the server closes. */
  static void attack(URI base, String address, boolean profile, String token) {
    while (running) {
      try (Socket socket = new Socket()) {
        socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
        socket.setSoTimeout(2000);
        opened.incrementAndGet();
        open.incrementAndGet();
        try {
          String head =
              (profile
                      ? "PATCH /accounts/api/users/me/profile/ HTTP/1.1\r\nAuthorization: Bearer "
                          + token
                          + "\r\n"
                      : "POST /accounts/api/auth/login/ HTTP/1.1\r\n")
                  + "Host: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 100000\r\n\r\n{";
          OutputStream out = socket.getOutputStream();
          InputStream in = socket.getInputStream();
          out.write(head.getBytes(StandardCharsets.US_ASCII));
          out.flush();
          while (running) {
            try {
              int first = in.read();
              if (first < 0) {
                break; // closed without an answer
              }
              byte[] rest = new byte[64];
              int n = in.read(rest);
              String status =
                  (char) first + new String(rest, 0, Math.max(0, n), StandardCharsets.US_ASCII);
              if (status.startsWith("HTTP/1.1 408")) {
                answered408.incrementAndGet();
              } else if (status.startsWith("HTTP/1.1 429")) {
                answered429.incrementAndGet();
              } else {
                answeredOther.incrementAndGet();
              }
              break;
            } catch (java.net.SocketTimeoutException quiet) {
              out.write(' ');
              out.flush();
            }
          }
        } finally {
          open.decrementAndGet();
        }
      } catch (IOException e) {
        // refused or reset: try again below
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
