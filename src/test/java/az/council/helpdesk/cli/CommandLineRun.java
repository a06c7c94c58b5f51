package az.council.helpdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the real command line, with what it wrote to standard output and standard error. */
record CommandLineRun(int exitCode, String out, String err) {
  static CommandLineRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CommandLineRun(exitCode, out.toString(), err.toString());
  }
}
