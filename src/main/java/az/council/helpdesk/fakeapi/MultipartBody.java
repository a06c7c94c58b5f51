package az.council.helpdesk.fakeapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed {@code multipart/form-data} body (RFC 7578), enough for what OkHttp's MultipartBody writes. */
final class MultipartBody {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"?)([^\";]+)\\1", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  /** One part: a text field, or a file when {@code fileName} is present. */
  record Part(String name, Optional<String> fileName, String contentType, byte[] content) {
    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private MultipartBody() {}

  static List<Part> parse(String contentType, byte[] body) {
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw ApiError.badRequest("multipart boundary is missing");
    }
    byte[] delimiter = ("--" + m.group(2)).getBytes(StandardCharsets.US_ASCII);
    List<Part> parts = new ArrayList<>();
    int at = indexOf(body, delimiter, 0);
    while (at >= 0) {
      int start = at + delimiter.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        break; // closing delimiter
      }
      start = skipLineBreak(body, start);
      int next = indexOf(body, delimiter, start);
      if (next < 0) {
        throw ApiError.badRequest("multipart body is truncated");
      }
      int end = next - 2 >= start && body[next - 2] == '\r' && body[next - 1] == '\n' ? next - 2 : next;
      parts.add(part(body, start, end));
      at = next;
    }
    return parts;
  }

  private static Part part(byte[] body, int start, int end) {
    int headersEnd = indexOf(body, HEADER_END, start);
    if (headersEnd < 0 || headersEnd > end) {
      throw ApiError.badRequest("multipart part has no headers");
    }
    String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
    String name = "";
    Optional<String> fileName = Optional.empty();
    String type = "text/plain";
    for (String line : headers.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-disposition:")) {
        Matcher n = NAME.matcher(line);
        name = n.find() ? decode(n.group(1)) : "";
        Matcher f = FILENAME.matcher(line);
        fileName = f.find() ? Optional.of(decode(f.group(1))) : Optional.empty();
      } else if (lower.startsWith("content-type:")) {
        type = line.substring("content-type:".length()).trim();
      }
    }
    byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + HEADER_END.length, end);
    return new Part(name, fileName, type, content);
  }

  /** OkHttp percent-encodes quotes and line breaks in names (%22, %0D, %0A). */
  private static String decode(String quoted) {
    return quoted.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
  }

  private static int skipLineBreak(byte[] body, int at) {
    if (at + 1 < body.length && body[at] == '\r' && body[at + 1] == '\n') {
      return at + 2;
    }
    return at < body.length && body[at] == '\n' ? at + 1 : at;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
