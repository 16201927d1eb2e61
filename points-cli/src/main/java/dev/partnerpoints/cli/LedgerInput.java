package dev.partnerpoints.cli;

import dev.partnerpoints.io.LedgerCsv;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --ledger FILE} option: a partner's ledger in the CSV format of {@link LedgerCsv}. */
final class LedgerInput {

  @Option(
      names = "--ledger",
      required = true,
      paramLabel = "FILE",
      description = "The partner's ledger: clients, deals, management periods and the dashboard's other inputs "
          + "in the CSV format documented in LedgerCsv's Javadoc (example: examples/showcase-ledger.csv).")
  Path file;

  /**
   * Reads the file.
   *
   * @throws ParameterException if the file is missing, a directory, unreadable or not UTF-8 text
   * @throws dev.partnerpoints.io.LedgerFileException if a record is invalid (its message names the
   *     file as given, the line and the value)
   */
  LedgerCsv.LedgerFile read(CliContext context, CommandSpec spec) {
    if (Files.isDirectory(file)) {
      throw new ParameterException(spec.commandLine(), "--ledger '" + file + "' is a directory, not a ledger file");
    }
    if (!Files.exists(file)) {
      throw new ParameterException(spec.commandLine(), "--ledger '" + file + "': no such file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "--ledger '" + file + "' cannot be read: " + e);
    }
    return LedgerCsv.read(new StringReader(utf8(bytes, spec)), file.toString(), context.rules());
  }

  /** Decodes the file, naming the first line that is not UTF-8; drops a leading byte order mark. */
  private String utf8(byte[] bytes, CommandSpec spec) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new ParameterException(spec.commandLine(), file + " line " + line + ": is not UTF-8 text (byte 0x"
          + String.format("%02X", bytes[in.position()] & 0xff) + "); save the ledger file as UTF-8");
    }
    out.flip();
    String text = out.toString();
    // a byte order mark, as some spreadsheets write, is not part of the first record
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The file as given. */
  String name() {
    return file.toString();
  }
}
