package app.pos.platform.rest;

import java.util.Optional;

/**
 * The structural limits every JSON body must keep, checked on the raw text before any parser sees
 * it: nesting depth, string length, number size (digits and exponent), and no control characters
 * other than tab, line feed and carriage return, neither raw nor escaped. A parser given a body
 * that passes cannot overflow its stack, build a huge {@code BigDecimal} or store a NUL.
 */
public record JsonShape(int maxDepth, int maxStringLength, int maxNumberLength, int maxExponent) {

  public static final JsonShape DEFAULT = new JsonShape(32, 10_000, 40, 350);

  /**
   * The first limit the text breaks, as a sentence for the field error; empty when it keeps all.
   */
  public Optional<String> violation(CharSequence json) {
    int depth = 0;
    int length = json.length();
    int i = 0;
    while (i < length) {
      char c = json.charAt(i);
      if (c == '"') {
        int[] end = new int[1];
        Optional<String> broken = string(json, i + 1, end);
        if (broken.isPresent()) {
          return broken;
        }
        i = end[0];
        continue;
      }
      if (c == '{' || c == '[') {
        if (++depth > maxDepth) {
          return Optional.of("nests objects and arrays deeper than " + maxDepth + " levels");
        }
      } else if (c == '}' || c == ']') {
        depth--;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        int start = i;
        while (i < length && isNumberChar(json.charAt(i))) {
          i++;
        }
        Optional<String> broken = number(json.subSequence(start, i));
        if (broken.isPresent()) {
          return broken;
        }
        continue;
      } else if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return Optional.of("contains a control character");
      }
      i++;
    }
    return Optional.empty();
  }

  /** Scans a string from just after its opening quote; {@code end[0]} is after its closing one. */
  private Optional<String> string(CharSequence json, int from, int[] end) {
    int chars = 0;
    int i = from;
    int length = json.length();
    while (i < length) {
      char c = json.charAt(i);
      if (c == '"') {
        end[0] = i + 1;
        return Optional.empty();
      }
      if (c == '\\' && i + 1 < length) {
        char escaped = json.charAt(i + 1);
        if (escaped == 'u' && i + 5 < length) {
          int code = hex(json, i + 2);
          if (code >= 0 && isControl((char) code) && code != '\t' && code != '\n' && code != '\r') {
            return Optional.of("contains a control character (such as NUL) in a string");
          }
          i += 6;
        } else if (escaped == 'b' || escaped == 'f') {
          return Optional.of("contains a control character in a string");
        } else {
          i += 2;
        }
      } else {
        if (isControl(c) && c != '\t') {
          return Optional.of("contains a control character (such as NUL) in a string");
        }
        i++;
      }
      if (++chars > maxStringLength) {
        return Optional.of("has a string longer than " + maxStringLength + " characters");
      }
    }
    end[0] = length; // unterminated: the parser reports it as malformed
    return Optional.empty();
  }

  private Optional<String> number(CharSequence token) {
    if (token.length() > maxNumberLength) {
      return Optional.of("has a number longer than " + maxNumberLength + " characters");
    }
    String text = token.toString();
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (e >= 0) {
      String exponent = text.substring(e + 1);
      if (exponent.startsWith("+") || exponent.startsWith("-")) {
        exponent = exponent.substring(1);
      }
      boolean digits = !exponent.isEmpty() && exponent.chars().allMatch(Character::isDigit);
      // a malformed exponent is left to the parser, which reports the body as malformed
      if (digits && (exponent.length() > 9 || Integer.parseInt(exponent) > maxExponent)) {
        return Optional.of(
            "has a number whose exponent is beyond " + maxExponent + " (either sign)");
      }
    }
    return Optional.empty();
  }

  private static boolean isNumberChar(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
  }

  /** C0 controls and DEL. */
  static boolean isControl(char c) {
    return c < 0x20 || c == 0x7F;
  }

  private static int hex(CharSequence json, int from) {
    int value = 0;
    for (int k = from; k < from + 4; k++) {
      int digit = Character.digit(json.charAt(k), 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }
}
