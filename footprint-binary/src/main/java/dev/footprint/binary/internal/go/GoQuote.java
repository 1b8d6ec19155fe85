package dev.footprint.binary.internal.go;

/** Go's strconv.Quote and Unquote, for the quoted keys and values of build settings. */
final class GoQuote {
  private GoQuote() {}

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case 7 -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case 11 -> out.append("\\v");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", c));
          } else if (c > 0x7f && !printable(c)) {
            out.append(c > 0xffff ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.append('"').toString();
  }

  private static boolean printable(int c) {
    int type = Character.getType(c);
    return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
        && type != Character.SURROGATE && type != Character.PRIVATE_USE
        && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
        && (type != Character.SPACE_SEPARATOR || c == ' ');
  }

  /** Length of the quoted prefix of {@code s} (Go's QuotedPrefix), or -1 when there is none. */
  static int quotedPrefix(String s) {
    if (s.isEmpty()) {
      return -1;
    }
    char q = s.charAt(0);
    if (q == '`') {
      int end = s.indexOf('`', 1);
      return end < 0 ? -1 : end + 1;
    }
    if (q != '"') {
      return -1;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i + 1;
      } else if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** The unquoted value, or null when {@code s} is not one whole valid quoted string. */
  static String unquote(String s) {
    if (quotedPrefix(s) != s.length()) {
      return null;
    }
    if (s.charAt(0) == '`') {
      return s.substring(1, s.length() - 1).replace("\r", "");
    }
    StringBuilder out = new StringBuilder();
    String body = s.substring(1, s.length() - 1);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i >= body.length()) {
        return null;
      }
      char e = body.charAt(i);
      int hex = switch (e) {
        case 'x' -> 2;
        case 'u' -> 4;
        case 'U' -> 8;
        default -> 0;
      };
      if (hex > 0) {
        if (i + hex > body.length() - 1) {
          return null;
        }
        try {
          int v = Integer.parseUnsignedInt(body.substring(i + 1, i + 1 + hex), 16);
          if (e == 'x') {
            out.append((char) v);
          } else {
            out.appendCodePoint(v);
          }
        } catch (RuntimeException bad) {
          return null;
        }
        i += hex;
        continue;
      }
      if (e >= '0' && e <= '7') {
        if (i + 3 > body.length()) {
          return null;
        }
        try {
          out.append((char) Integer.parseInt(body.substring(i, i + 3), 8));
        } catch (NumberFormatException bad) {
          return null;
        }
        i += 2;
        continue;
      }
      switch (e) {
        case 'a' -> out.append((char) 7);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'v' -> out.append((char) 11);
        case '\\' -> out.append('\\');
        case '"' -> out.append('"');
        default -> {
          return null;
        }
      }
    }
    return out.toString();
  }
}
