package app.pos.sales.boundary;

import app.pos.accounts.boundary.BusinessView;
import app.pos.accounts.boundary.Businesses;
import app.pos.inventory.boundary.Locations;
import app.pos.platform.control.Money;
import app.pos.platform.control.MoneyJsonSerializer;
import app.pos.platform.control.TenantStore;
import app.pos.platform.control.UnitPriceJsonSerializer;
import app.pos.sales.entity.PaymentMethod;
import app.pos.sales.entity.PaymentStatus;
import app.pos.sales.entity.SaleStatus;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** Receipts: the sale as the customer takes it home (JSON, plain text for printers, PDF). */
@Stateless
public class Receipts {

  @Inject Sales sales;
  @Inject Businesses businesses;
  @Inject Locations locations;
  @Inject TenantStore store;

  /**
   * A receipt line: {@code quantity x unit_price = amount} (before discount and tax), its discount,
   * its tax and its total; the receipt's subtotal is the sum of the amounts.
   */
  public record Line(
      String name,
      String sku,
      BigDecimal quantity,
      @JsonbTypeSerializer(UnitPriceJsonSerializer.class) BigDecimal unitPrice,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amount,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal discount,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal tax,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal total) {}

  /** A tender on the receipt. */
  public record TenderLine(
      PaymentMethod method, @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amount) {}

  public record Receipt(
      UUID saleId,
      String receiptNumber,
      String businessName,
      String header,
      String storefront,
      String currency,
      String timeZone,
      Instant issuedAt,
      SaleStatus status,
      String statusText,
      List<Line> lines,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal subtotal,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal discountTotal,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal taxTotal,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal total,
      List<TenderLine> tenders,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amountPaid,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal changeDue,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal amountDue,
      String footer) {}

  public Receipt of(UUID saleId) {
    SaleView sale = sales.find(saleId);
    BusinessView business = businesses.settings();
    String storefront = locations.nameOf(sale.storefrontId()).orElse("");
    return new Receipt(
        sale.id(),
        sale.receiptNumber(),
        business.name(),
        business.receiptHeader(),
        storefront,
        business.currency(),
        business.timeZone(),
        sale.completedAt() == null ? sale.createdAt() : sale.completedAt(),
        sale.status(),
        statusText(sale.status()),
        sale.items().stream()
            .map(
                i ->
                    new Line(
                        i.name(),
                        i.sku(),
                        i.quantity(),
                        i.unitPrice(),
                        i.gross(),
                        i.discount(),
                        i.tax(),
                        i.total()))
            .toList(),
        sale.subtotal(),
        sale.discountTotal(),
        sale.taxTotal(),
        sale.total(),
        sale.payments().stream()
            .filter(p -> p.status() == PaymentStatus.RECEIVED)
            .map(p -> new TenderLine(p.method(), p.amount()))
            .toList(),
        sale.amountPaid(),
        sale.changeDue(),
        sale.amountDue(),
        business.receiptFooter());
  }

  /** The words a customer reads for a sale's status, the same on every rendering. */
  public static String statusText(SaleStatus status) {
    return switch (status) {
      case COMPLETED -> "PAID";
      case PENDING -> "AWAITING PAYMENT";
      case PARTIALLY_REFUNDED -> "PARTLY REFUNDED";
      case REFUNDED -> "REFUNDED";
      case CANCELLED -> "CANCELLED";
    };
  }

  /** One printed row: a label, an amount (or empty), and whether it is set in bold. */
  public record Printed(String label, String value, boolean strong) {}

  /**
   * What the text and PDF receipts print below the header, in order: each line (name, quantity x
   * unit price = amount, its discount), then subtotal, discounts, tax, total, tenders, change,
   * amount due and the status words. Both renderings print exactly these rows.
   */
  public static List<Printed> printed(Receipt r) {
    List<Printed> rows = new java.util.ArrayList<>();
    for (Line line : r.lines()) {
      rows.add(new Printed(line.name() == null ? line.sku() : line.name(), "", false));
      rows.add(
          new Printed(
              "  "
                  + line.quantity().stripTrailingZeros().toPlainString()
                  + " x "
                  + Money.format(line.unitPrice()),
              Money.format(line.amount()),
              false));
      if (line.discount().signum() > 0) {
        rows.add(new Printed("  discount", "-" + Money.format(line.discount()), false));
      }
    }
    rows.add(new Printed("Subtotal", Money.format(r.subtotal()), false));
    rows.add(new Printed("Discounts", "-" + Money.format(r.discountTotal()), false));
    rows.add(new Printed("Tax", Money.format(r.taxTotal()), false));
    rows.add(new Printed("TOTAL " + r.currency(), Money.format(r.total()), true));
    for (TenderLine tender : r.tenders()) {
      rows.add(new Printed(tender.method().name(), Money.format(tender.amount()), false));
    }
    rows.add(new Printed("Change", Money.format(r.changeDue()), false));
    if (r.amountDue().signum() > 0) {
      rows.add(new Printed("Amount due", Money.format(r.amountDue()), false));
    }
    rows.add(new Printed(r.statusText(), "", true));
    return rows;
  }

  private static final int WIDTH = 40;

  /** A 40-column receipt for till printers. */
  public static String text(Receipt r) {
    StringBuilder out = new StringBuilder();
    center(out, r.businessName());
    if (r.header() != null && !r.header().isBlank()) {
      r.header().lines().forEach(l -> center(out, l));
    }
    center(out, r.storefront());
    out.append("-".repeat(WIDTH)).append('\n');
    row(out, "Receipt " + r.receiptNumber(), when(r));
    out.append("-".repeat(WIDTH)).append('\n');
    for (Printed p : printed(r)) {
      if (p.label().equals("Subtotal")) {
        out.append("-".repeat(WIDTH)).append('\n');
      }
      if (p.value().isEmpty() && p.strong()) {
        center(out, p.label());
      } else if (p.value().isEmpty()) {
        out.append(cut(p.label(), WIDTH)).append('\n');
      } else {
        row(out, p.label(), p.value());
      }
    }
    if (r.footer() != null && !r.footer().isBlank()) {
      out.append("-".repeat(WIDTH)).append('\n');
      r.footer().lines().forEach(l -> center(out, l));
    }
    return out.toString();
  }

  /** The same receipt as a small PDF: the same rows as the text receipt. */
  public byte[] pdf(Receipt r) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document document = new Document(new Rectangle(226, 800), 12, 12, 12, 12);
    PdfWriter.getInstance(document, bytes);
    document.open();
    Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    Font plain = FontFactory.getFont(FontFactory.HELVETICA, 8);
    Paragraph title = new Paragraph(r.businessName(), bold);
    title.setAlignment(Element.ALIGN_CENTER);
    document.add(title);
    if (r.header() != null && !r.header().isBlank()) {
      Paragraph header = new Paragraph(r.header(), plain);
      header.setAlignment(Element.ALIGN_CENTER);
      document.add(header);
    }
    Paragraph meta = new Paragraph("Receipt " + r.receiptNumber() + "  " + when(r), plain);
    meta.setAlignment(Element.ALIGN_CENTER);
    document.add(meta);
    PdfPTable table = new PdfPTable(new float[] {5, 2});
    table.setWidthPercentage(100);
    for (Printed p : printed(r)) {
      cell(table, p.label(), p.strong() ? bold : plain, false);
      cell(table, p.value(), p.strong() ? bold : plain, true);
    }
    document.add(table);
    if (r.footer() != null && !r.footer().isBlank()) {
      document.add(new Paragraph(r.footer(), plain));
    }
    document.close();
    return bytes.toByteArray();
  }

  private static void cell(PdfPTable table, String text, Font font, boolean right) {
    PdfPCell cell = new PdfPCell(new com.lowagie.text.Phrase(text, font));
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    table.addCell(cell);
  }

  private static String when(Receipt r) {
    ZoneId zone;
    try {
      zone = ZoneId.of(r.timeZone() == null ? "UTC" : r.timeZone());
    } catch (RuntimeException e) {
      zone = ZoneId.of("UTC");
    }
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(r.issuedAt());
  }

  private static void center(StringBuilder out, String text) {
    String t = cut(text == null ? "" : text, WIDTH);
    out.append(" ".repeat((WIDTH - t.length()) / 2)).append(t).append('\n');
  }

  private static void row(StringBuilder out, String left, String right) {
    String l = cut(left, WIDTH - right.length() - 1);
    out.append(l)
        .append(" ".repeat(WIDTH - l.length() - right.length()))
        .append(right)
        .append('\n');
  }

  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width);
  }
}
