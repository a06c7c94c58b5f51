package az.council.helpdesk.fakeapi;

/** A file part of a multipart request ({@code sendDocument}, {@code sendPhoto}…), as the bot uploaded it. */
public record UploadedFile(String partName, String fileName, String contentType, byte[] bytes) {
  public int size() {
    return bytes.length;
  }
}
