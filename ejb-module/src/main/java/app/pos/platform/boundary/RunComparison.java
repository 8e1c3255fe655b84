package app.pos.platform.boundary;

import app.pos.platform.control.JsonCodec;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two results of one job side by side: the rows of each matched by their key (an account code, a
 * storefront, a product at a location), each figure of both and its difference (b - a). A row only
 * one run has counts as zero in the other.
 */
public final class RunComparison {

  /** What is compared for each job: the result's list of rows, their key, label and figures. */
  private record Shape(String list, String key, String label, List<String> figures) {}

  private static final Map<String, Shape> SHAPES =
      Map.of(
          "trial-balance",
          new Shape("lines", "account_code", "account_name", List.of("debit", "credit")),
          "sales-report",
          new Shape(
              "storefronts",
              "key",
              "label",
              List.of("sales_count", "gross", "discounts", "tax", "net", "margin")),
          "inventory-valuation",
          new Shape("rows", "sku", "sku", List.of("quantity_on_hand", "value")));

  public static final String JOBS = "trial-balance, sales-report and inventory-valuation";

  /** One row of both runs: its figures in a, in b, and b - a. */
  public record Row(
      String key,
      String label,
      Map<String, String> a,
      Map<String, String> b,
      Map<String, String> difference) {}

  public record Comparison(
      String jobName,
      List<String> figures,
      Jobs.ExecutionView a,
      Jobs.ExecutionView b,
      List<Row> rows,
      Row totals) {

    /** The same with the runs' links absolute under {@code base}. */
    public Comparison at(java.net.URI base) {
      return new Comparison(jobName, figures, a.at(base), b.at(base), rows, totals);
    }
  }

  private RunComparison() {}

  static boolean comparable(String job) {
    return SHAPES.containsKey(job);
  }

  static Comparison of(Jobs.ExecutionView a, String aJson, Jobs.ExecutionView b, String bJson) {
    Shape shape = SHAPES.get(a.jobName());
    Map<String, Map<String, BigDecimal>> left = rows(shape, read(aJson));
    Map<String, Map<String, BigDecimal>> right = rows(shape, read(bJson));
    Map<String, String> labels = new LinkedHashMap<>();
    labels(shape, read(aJson), labels);
    labels(shape, read(bJson), labels);
    List<String> keys = new ArrayList<>(left.keySet());
    right.keySet().stream().filter(k -> !left.containsKey(k)).forEach(keys::add);
    keys.sort(null);
    List<Row> rows = new ArrayList<>();
    Map<String, BigDecimal> sumA = zeros(shape);
    Map<String, BigDecimal> sumB = zeros(shape);
    for (String key : keys) {
      Map<String, BigDecimal> x = left.getOrDefault(key, zeros(shape));
      Map<String, BigDecimal> y = right.getOrDefault(key, zeros(shape));
      x.forEach((f, v) -> sumA.merge(f, v, BigDecimal::add));
      y.forEach((f, v) -> sumB.merge(f, v, BigDecimal::add));
      rows.add(row(shape, key, labels.getOrDefault(key, key), x, y));
    }
    return new Comparison(
        a.jobName(), shape.figures(), a, b, rows, row(shape, "TOTAL", "Total", sumA, sumB));
  }

  private static Row row(
      Shape shape, String key, String label, Map<String, BigDecimal> x, Map<String, BigDecimal> y) {
    Map<String, String> a = new LinkedHashMap<>();
    Map<String, String> b = new LinkedHashMap<>();
    Map<String, String> difference = new LinkedHashMap<>();
    for (String figure : shape.figures()) {
      BigDecimal left = x.get(figure);
      BigDecimal right = y.get(figure);
      // a row only one run has shows its zero as the other's figure is written (0.00)
      int scale = Math.max(left.scale(), right.scale());
      left = left.setScale(scale);
      right = right.setScale(scale);
      a.put(figure, left.toPlainString());
      b.put(figure, right.toPlainString());
      difference.put(figure, right.subtract(left).toPlainString());
    }
    return new Row(key, label, a, b, difference);
  }

  private static Map<String, BigDecimal> zeros(Shape shape) {
    Map<String, BigDecimal> zeros = new LinkedHashMap<>();
    shape.figures().forEach(f -> zeros.put(f, BigDecimal.ZERO));
    return zeros;
  }

  private static JsonObject read(String json) {
    try (var reader = JsonCodec.JSON.createReader(new StringReader(json == null ? "{}" : json))) {
      return reader.readObject();
    }
  }

  private static Map<String, Map<String, BigDecimal>> rows(Shape shape, JsonObject result) {
    Map<String, Map<String, BigDecimal>> rows = new LinkedHashMap<>();
    for (JsonValue value :
        result.getJsonArray(shape.list()) == null
            ? List.<JsonValue>of()
            : result.getJsonArray(shape.list())) {
      JsonObject row = value.asJsonObject();
      JsonObject figures = row.containsKey("figures") ? row.getJsonObject("figures") : row;
      Map<String, BigDecimal> values = rows.computeIfAbsent(key(shape, row), k -> zeros(shape));
      for (String figure : shape.figures()) {
        values.merge(figure, number(figures.get(figure)), BigDecimal::add);
      }
    }
    return rows;
  }

  private static void labels(Shape shape, JsonObject result, Map<String, String> labels) {
    if (result.getJsonArray(shape.list()) == null) {
      return;
    }
    for (JsonValue value : result.getJsonArray(shape.list())) {
      JsonObject row = value.asJsonObject();
      String label = text(row.get(shape.label()));
      String key = key(shape, row);
      if ("rows".equals(shape.list())) {
        String location = text(row.get("location_name"));
        label = text(row.get("sku")) + (location.isEmpty() ? "" : " at " + location);
      }
      labels.putIfAbsent(key, label.isEmpty() ? key : label);
    }
  }

  private static String key(Shape shape, JsonObject row) {
    if ("rows".equals(shape.list())) {
      // a product is compared location by location; stock in transit is its own row
      return text(row.get("sku"))
          + " @ "
          + (row.getBoolean("in_transit", false) ? "in transit" : text(row.get("location_id")));
    }
    return text(row.get(shape.key()));
  }

  private static String text(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    return value instanceof JsonString s ? s.getString() : value.toString();
  }

  private static BigDecimal number(JsonValue value) {
    if (value instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    String text = text(value);
    return text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text);
  }
}
