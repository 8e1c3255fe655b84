package app.pos.platform.control;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/** One readable line per record: time, level, logger, message (and a trace when there is one). */
public class TextLineFormatter extends Formatter {

  @Override
  public String format(LogRecord record) {
    StringBuilder line =
        new StringBuilder()
            .append(record.getInstant())
            .append(' ')
            .append(record.getLevel().getName())
            .append(' ')
            .append(record.getLoggerName())
            .append(" - ")
            .append(formatMessage(record))
            .append(System.lineSeparator());
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      line.append(trace);
    }
    return line.toString();
  }
}
