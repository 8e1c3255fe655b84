package app.pos.subscriptions.boundary;

import app.pos.platform.control.Money;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;

/**
 * An invoice as an A4 PDF; rendered beside the receipt PDFs, in the EJB module, the one PDF layer.
 */
@ApplicationScoped
public class InvoicePdf {

  public byte[] render(InvoiceView invoice) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4);
    PdfWriter.getInstance(document, bytes);
    document.open();
    Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    Font plain = FontFactory.getFont(FontFactory.HELVETICA, 10);
    document.add(new Paragraph("Invoice " + invoice.invoiceNumber(), title));
    document.add(
        new Paragraph(
            "Period "
                + invoice.periodStart().atZone(ZoneOffset.UTC).toLocalDate()
                + " to "
                + invoice.periodEnd().atZone(ZoneOffset.UTC).toLocalDate()
                + "   Due "
                + invoice.dueDate()
                + "   Status "
                + invoice.status(),
            plain));
    PdfPTable table = new PdfPTable(new float[] {6, 1, 2, 2});
    table.setWidthPercentage(100);
    table.setSpacingBefore(12);
    for (String head : new String[] {"Description", "Qty", "Unit price", "Amount"}) {
      table.addCell(new Paragraph(head, plain));
    }
    for (InvoiceView.Line line : invoice.lines()) {
      table.addCell(new Paragraph(line.description(), plain));
      table.addCell(new Paragraph(String.valueOf(line.quantity()), plain));
      table.addCell(new Paragraph(Money.format(line.unitPrice()), plain));
      table.addCell(new Paragraph(Money.format(line.amount()), plain));
    }
    document.add(table);
    document.add(new Paragraph("Tax " + Money.format(invoice.tax()), plain));
    document.add(
        new Paragraph("Total " + invoice.currency() + " " + Money.format(invoice.total()), title));
    document.close();
    return bytes.toByteArray();
  }
}
