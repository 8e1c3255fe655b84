package app.pos.platform.control;

import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/** One JSON object per line (LOG_FORMAT=json), for log shippers. */
public class JsonLineFormatter extends Formatter {

  private static final String[] ACCESS_FIELDS = {
    "method", "path", "status", "duration_us", "user", "tenant"
  };

  @Override
  public String format(LogRecord record) {
    JsonObjectBuilder line =
        JsonCodec.JSON
            .createObjectBuilder()
            .add("time", record.getInstant().toString())
            .add("level", record.getLevel().getName())
            .add("logger", String.valueOf(record.getLoggerName()))
            .add("message", String.valueOf(formatMessage(record)));
    Object[] params = record.getParameters();
    if ("app.pos.access".equals(record.getLoggerName())
        && params != null
        && params.length == ACCESS_FIELDS.length) {
      for (int i = 0; i < params.length; i++) {
        if (params[i] instanceof Number n) {
          line.add(ACCESS_FIELDS[i], n.longValue());
        } else if (params[i] != null) {
          line.add(ACCESS_FIELDS[i], params[i].toString());
        }
      }
    }
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      line.add("exception", trace.toString());
    }
    return line.build().toString() + System.lineSeparator();
  }
}
